// SPDX-License-Identifier: MIT
#include "logfiltermodel.h"

#include "datagramlogmodel.h"

LogFilterModel::LogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void LogFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QAbstractItemModel *log = sourceModel();
    const QString sender = log->index(sourceRow, DatagramLogModel::SenderColumn, sourceParent).data().toString();
    if (sender.contains(m_text, Qt::CaseInsensitive))
        return true;
    const QString text = log->index(sourceRow, DatagramLogModel::MessageColumn, sourceParent)
                             .data(DatagramLogModel::FullTextRole).toString();
    return text.contains(m_text, Qt::CaseInsensitive);
}
