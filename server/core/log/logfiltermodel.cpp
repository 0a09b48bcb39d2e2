// SPDX-License-Identifier: MIT
#include "logfiltermodel.h"

#include "datagramlogmodel.h"

#include <algorithm>

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

QString LogFilterModel::rowsText(const QModelIndexList &rows) const
{
    QList<int> order;
    for (const QModelIndex &index : rows)
        order.append(index.row());
    std::sort(order.begin(), order.end());
    QStringList lines;
    for (int row : order) {
        QStringList cells;
        for (int column = 0; column < columnCount(); ++column)
            cells << index(row, column).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
