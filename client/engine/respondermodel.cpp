// SPDX-License-Identifier: MIT
#include "respondermodel.h"

#include <QDateTime>
#include <QLocale>

ResponderModel::ResponderModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ResponderModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ResponderModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ResponderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() == RoundTripColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ResponderColumn:
        return row.from;
    case MessageColumn:
        return tr("#%1").arg(row.messageId);
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(row.timeMs).toString(QStringLiteral("HH:mm:ss.zzz"));
    case RoundTripColumn:
        return tr("%1 ms").arg(QLocale().toString(double(row.roundTripUs) / 1000.0, 'f', 3));
    default:
        return {};
    }
}

QVariant ResponderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ResponderColumn:
        return tr("Responder");
    case MessageColumn:
        return tr("Message");
    case TimeColumn:
        return tr("Time");
    case RoundTripColumn:
        return tr("Round trip");
    default:
        return {};
    }
}

void ResponderModel::addResponse(int messageId, const QByteArray &, qint64 roundTripUs, const QString &from)
{
    if (from.isEmpty())
        return;
    if (int(m_rows.size()) >= m_maxRows) {
        // A tenth at once, so that a crowd trims once in a while, not on every reply.
        const int excess = int(m_rows.size()) - m_maxRows + qMax(1, m_maxRows / 10);
        const int removed = qMin(excess, int(m_rows.size()));
        beginRemoveRows({}, 0, removed - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + removed);
        m_trimmed += removed;
        endRemoveRows();
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.push_back({from.left(80), messageId, QDateTime::currentMSecsSinceEpoch(), roundTripUs});
    endInsertRows();
}

void ResponderModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_trimmed = 0;
    endResetModel();
}

void ResponderModel::setMaxRows(int rows)
{
    m_maxRows = qMax(1, rows);
    if (int(m_rows.size()) > m_maxRows) {
        const int removed = int(m_rows.size()) - m_maxRows;
        beginRemoveRows({}, 0, removed - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + removed);
        m_trimmed += removed;
        endRemoveRows();
    }
}
