// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QPushButton;

// Help > Tour: the tutorial's lesson in five steps, done in the app itself.
class TourDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TourDialog(QWidget *parent = nullptr);

    int step() const { return m_step; }
    int stepCount() const { return int(m_steps.size()); }
    void showStep(int step);

private:
    QStringList m_steps;
    int m_step = 0;
    QLabel *m_counter = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
};
