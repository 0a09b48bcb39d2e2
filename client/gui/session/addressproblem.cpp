// SPDX-License-Identifier: MIT
#include "addressproblem.h"

#include "colors.h"
#include "helloclient.h"

#include <QLabel>
#include <QLineEdit>

AddressProblem::AddressProblem(QLineEdit *edit, QLabel *label)
    : QObject(label)
    , m_edit(edit)
    , m_label(label)
{
    // A wrapped label is as wide as its longest word, so a 100,000-character host name in an
    // error would widen the window to its limit; ignoring its width, the layout gives it what the
    // window has, and it wraps (or is cut) within it.
    QSizePolicy policy = label->sizePolicy();
    policy.setHorizontalPolicy(QSizePolicy::Ignored);
    label->setSizePolicy(policy);
    label->hide();
    connect(edit, &QLineEdit::textEdited, label, &QWidget::hide);
}

bool AddressProblem::check()
{
    const QString problem = HelloClient::addressProblem(m_edit->text());
    if (problem.isEmpty()) {
        m_label->hide();
        return true;
    }
    show(problem);
    return false;
}

void AddressProblem::show(const QString &text)
{
    m_label->setText(text);
    m_label->setStyleSheet(Colors::errorLabelStyle(m_label->palette()));
    m_label->show();
    m_edit->setFocus();
}

void AddressProblem::hide() { m_label->hide(); }
