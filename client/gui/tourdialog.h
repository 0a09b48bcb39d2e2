// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QPushButton;

// Help > Tour: the tutorial's lesson in seven steps (the sixth: one datagram, many servers; the seventh:
// real loss), done in the app itself.
class TourDialog : public QDialog
{
    Q_OBJECT

public:
    // serverEndpoint: where this client sends ("127.0.0.1:6000"), named in the first step.
    explicit TourDialog(const QString &serverEndpoint, QWidget *parent = nullptr);

    int step() const { return m_step; }
    int stepCount() const { return int(m_steps.size()); }
    void showStep(int step);
    QString stepText() const;

private:
    static QStringList steps(const QString &serverEndpoint);
    // Sizes the text for the longest step, so no step is cut and the buttons never move.
    void fitText();

    QStringList m_steps;
    int m_step = 0;
    QLabel *m_counter = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
};
