// SPDX-License-Identifier: MIT
// A traffic run in the conversation: one entry however many datagrams, its figures a line when
// folded and every one of them when unfolded.
#include "conversationmodel.h"

#include <QDateTime>

QVariant ConversationModel::runData(const Entry &e, int role) const
{
    if (role == ExpandedRole)
        return e.expanded;
    const RunSummary summary = e.run ? *e.run : RunSummary();
    if (role == StatusRole)  // waiting while it runs
        return int(summary.running ? Status::Waiting : Status::None);
    QString text = summary.line();
    // A line separator, not \n: the delegate's text layout breaks lines only at that.
    if (e.expanded)
        text += QChar::LineSeparator + summary.details().join(QChar::LineSeparator);
    return text;
}

void ConversationModel::addRun(const QByteArray &message)
{
    Entry e;
    e.kind = Kind::Run;
    e.bytes = message;
    e.run = std::make_shared<const RunSummary>();
    add(std::move(e));
    m_runIndex = m_removed + rowCount() - 1;
}

void ConversationModel::updateRun(const RunSummary &summary)
{
    const qint64 row = m_runIndex - m_removed;
    if (m_runIndex < 0 || row < 0 || row >= rowCount())
        return;
    Entry &e = m_entries[size_t(row)];
    e.run = std::make_shared<const RunSummary>(summary);
    e.lastTimeMs = QDateTime::currentMSecsSinceEpoch();
    const QModelIndex changed = index(int(row));
    emit dataChanged(changed, changed, {Qt::DisplayRole, StatusRole, LastTimeTextRole, Qt::AccessibleDescriptionRole});
}

void ConversationModel::toggleExpanded(int row)
{
    if (row < 0 || row >= rowCount() || m_entries[size_t(row)].kind != Kind::Run)
        return;
    Entry &e = m_entries[size_t(row)];
    e.expanded = !e.expanded;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed, {Qt::DisplayRole, ExpandedRole, Qt::AccessibleDescriptionRole});
}
