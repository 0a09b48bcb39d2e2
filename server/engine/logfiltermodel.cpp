#include "logfilter.h"

#include "datagramlog.h"

LogFilter::LogFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void LogFilter::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool LogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QAbstractItemModel *log = sourceModel();
    const QString sender = log->index(sourceRow, DatagramLog::SenderColumn, sourceParent).data().toString();
    if (sender.contains(m_text, Qt::CaseInsensitive))
        return true;
    const QString text = log->index(sourceRow, DatagramLog::MessageColumn, sourceParent)
                             .data(DatagramLog::FullTextRole).toString();
    return text.contains(m_text, Qt::CaseInsensitive);
}
