// SPDX-License-Identifier: MIT
#include "inputhistory.h"

#include <QKeyEvent>
#include <QLineEdit>

InputHistory::InputHistory(QLineEdit *edit)
    : QObject(edit)
    , m_edit(edit)
{
    edit->installEventFilter(this);
}

void InputHistory::add(const QString &text)
{
    if (!text.isEmpty() && (m_entries.isEmpty() || m_entries.last() != text))
        m_entries.append(text);
    while (m_entries.size() > MaxEntries)
        m_entries.removeFirst();
    m_position = int(m_entries.size());
    m_draft.clear();
}

void InputHistory::setEntries(const QStringList &entries)
{
    m_entries = entries.mid(qMax<qsizetype>(0, entries.size() - MaxEntries));
    m_position = int(m_entries.size());
}

bool InputHistory::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down) {
            step(key == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void InputHistory::step(int direction)
{
    const int next = m_position + direction;
    if (next < 0 || next > m_entries.size())
        return;
    if (m_position == m_entries.size())
        m_draft = m_edit->text();
    m_position = next;
    m_edit->setText(m_position == m_entries.size() ? m_draft : m_entries.at(m_position));
}
