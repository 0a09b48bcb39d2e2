// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QLabel;
class QLineEdit;

// What is wrong with the server address, in the label under its field: shown when a check or the
// engine finds a problem (the field then takes the focus), hidden as soon as the user edits it.
class AddressProblem : public QObject
{
    Q_OBJECT

public:
    AddressProblem(QLineEdit *edit, QLabel *label);

    // Shows what is wrong with the address typed; false if anything is.
    bool check();
    void show(const QString &text);
    void hide();

private:
    QLineEdit *m_edit;
    QLabel *m_label;
};
