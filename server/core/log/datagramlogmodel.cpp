// SPDX-License-Identifier: MIT
#include "datagramlogmodel.h"

#include "defaults.h"
#include "destinationkind.h"
#include "displaytext.h"
#include "protocol.h"

#include <QDateTime>

DatagramLogModel::DatagramLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int DatagramLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DatagramLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DatagramLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DatagramRecord &r = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(r, index.column());
    case Qt::ToolTipRole:
        return toolTip(r, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case PayloadRole:
        return r.payload;
    case FullTextRole:
        return DisplayText::escaped(r.payload, -1, m_encoding);
    case SenderPortRole:
        return int(r.senderPort);
    default:
        return {};
    }
}

QVariant DatagramLogModel::displayText(const DatagramRecord &r, int column) const
{
    switch (column) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(r.timeMs).toString(QStringLiteral("HH:mm:ss.zzz"));
    case SenderColumn:
        return Protocol::endpointText(r.sender, r.senderPort);
    case SizeColumn:
        return r.payload.size();
    case MessageColumn:
        return DisplayText::escaped(r.payload, CellChars, m_encoding);
    case ReplyColumn:
        switch (r.replyFate) {
        case ReplyFate::Sent:
            return DisplayText::escaped(r.reply, CellChars, m_encoding);
        case ReplyFate::NotAnswered:
            return tr("not answered (listen only)");
        case ReplyFate::TooLarge:
            return tr("too large to answer");
        case ReplyFate::SendFailed:
            return tr("send failed");
        case ReplyFate::RateLimited:
            return tr("rate-limited, not answered");
        case ReplyFate::WouldAmplify:
            return tr("held back: would amplify");
        }
    }
    return {};
}

QVariant DatagramLogModel::toolTip(const DatagramRecord &r, int column) const
{
    // Where it was sent, which the Sender column has no room for: a group, a broadcast or us.
    if (column == SenderColumn && !r.destination.isNull()) {
        return tr("From %1 %2").arg(Protocol::endpointText(r.sender, r.senderPort),
                                    DestinationKind::text(r.destination));
    }
    if (column == MessageColumn || column == ReplyColumn) {
        const QByteArray &bytes = column == ReplyColumn && r.answered() ? r.reply : r.payload;
        const QString text = DisplayText::escaped(bytes, ToolTipChars, m_encoding);
        // Rich text so Qt wraps it; the escaped text is HTML-escaped too.
        return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
    }
    return {};
}

QVariant DatagramLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case SenderColumn: return tr("Sender");
    case SizeColumn: return tr("Bytes");
    case MessageColumn: return tr("Message");
    case ReplyColumn: return tr("Reply");
    default: return {};
    }
}

void DatagramLogModel::setEncoding(TextEncoding::Encoding encoding)
{
    if (encoding == m_encoding)
        return;
    m_encoding = encoding;
    if (!m_rows.empty())
        emit dataChanged(index(0, MessageColumn), index(rowCount() - 1, ReplyColumn));
}

void DatagramLogModel::setMaxBytes(qint64 maxBytes)
{
    m_maxBytes = qMax<qint64>(1, maxBytes);
    trimTo(m_maxRows, m_maxBytes);
    trimPending();
}

void DatagramLogModel::setMaxRows(int maxRows)
{
    m_maxRows = qBound(1, maxRows, Defaults::LogRows.max);
    trimTo(m_maxRows, m_maxBytes);
    trimPending();
}

void DatagramLogModel::append(const DatagramBatch &batch)
{
    for (const DatagramRecord &record : batch) {
        m_pending.push_back(record);
        m_pendingBytes += rowCost(record);
    }
    trimPending();
    m_flush.request();
}

void DatagramLogModel::flush()
{
    m_flush.cancel();
    if (m_pending.empty())
        return;
    const int incoming = int(m_pending.size());
    trimTo(m_maxRows - incoming, m_maxBytes - m_pendingBytes);
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + incoming - 1);
    std::move(m_pending.begin(), m_pending.end(), std::back_inserter(m_rows));
    m_pending.clear();
    m_rowBytes += m_pendingBytes;
    m_pendingBytes = 0;
    endInsertRows();
    emit flushed();
}

void DatagramLogModel::trimPending()
{
    // Between two flushes keep no more than the log can hold.
    while (!m_pending.empty() && (int(m_pending.size()) > m_maxRows || m_pendingBytes > m_maxBytes)) {
        m_pendingBytes -= rowCost(m_pending.front());
        m_pending.pop_front();
        ++m_trimmed;
    }
}

void DatagramLogModel::trimTo(int rows, qint64 bytes)
{
    int excess = qMax(0, int(m_rows.size()) - qMax(0, rows));
    qint64 kept = m_rowBytes;
    for (int i = 0; i < excess; ++i)
        kept -= rowCost(m_rows[size_t(i)]);
    while (excess < int(m_rows.size()) && kept > bytes)
        kept -= rowCost(m_rows[size_t(excess++)]);
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + excess);
    m_rowBytes = kept;
    endRemoveRows();
    m_trimmed += quint64(excess);
}

void DatagramLogModel::clear()
{
    m_flush.cancel();
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_rowBytes = 0;
    m_pendingBytes = 0;
    endResetModel();
    m_trimmed = 0;
}
