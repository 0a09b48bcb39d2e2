// SPDX-License-Identifier: MIT
#pragma once

#include "coalescedflush.h"
#include "datagramrecord.h"
#include "defaults.h"
#include "textencoding.h"

#include <QAbstractTableModel>

#include <deque>

// The server's log: received datagrams, oldest first, at most maxRows() of them.
// Datagrams are queued and inserted about 30 times a second with one beginInsertRows per flush,
// and the oldest rows are trimmed with one beginRemoveRows: the view never redraws per datagram.
class DatagramLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, SenderColumn, SizeColumn, MessageColumn, ReplyColumn, ColumnCount };
    enum Role {
        PayloadRole = Qt::UserRole,  // QByteArray, every byte
        FullTextRole,                // the whole message, escaped, never elided
        SenderPortRole,              // int
    };

    // A record (56 bytes), the private parts of its two addresses when not shared, and the
    // payload's allocation header, rounded up.
    static constexpr qint64 RowOverheadBytes = 160;
    // What a row costs against maxBytes(): its payload, its reply and the overhead.
    static qint64 rowCost(const DatagramRecord &record)
    {
        return RowOverheadBytes + record.payload.size() + record.reply.size();
    }
    // Longest message text shown in a cell; the rest is in FullTextRole and the tooltip.
    static constexpr int CellChars = 160;
    static constexpr int ToolTipChars = 2000;

    explicit DatagramLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const DatagramRecord &record(int row) const { return m_rows[size_t(row)]; }

    // How payloads are read as text (the bytes stay as they came; only their display changes).
    void setEncoding(TextEncoding::Encoding encoding);
    TextEncoding::Encoding encoding() const { return m_encoding; }

    int maxRows() const { return m_maxRows; }
    void setMaxRows(int maxRows);
    qint64 maxBytes() const { return m_maxBytes; }
    void setMaxBytes(qint64 maxBytes);
    // Datagrams dropped from the log to keep it within maxRows() and maxBytes(), since the last clear().
    quint64 trimmedCount() const { return m_trimmed; }
    // Datagrams trimmed before they got here (the engine's thread was too far ahead to wait).
    void countTrimmed(quint64 count) { m_trimmed += count; }
    int pendingCount() const { return int(m_pending.size()); }

    // Queues a batch; rows appear at the next flush.
    void append(const DatagramBatch &batch);
    // Inserts what is queued now (the timer calls this; tests may too).
    void flush();
    void clear();

signals:
    // After each flush that changed the rows.
    void flushed();

private:
    QVariant displayText(const DatagramRecord &r, int column) const;
    QVariant toolTip(const DatagramRecord &r, int column) const;
    void trimTo(int rows, qint64 bytes);
    void trimPending();

    std::deque<DatagramRecord> m_rows;
    std::deque<DatagramRecord> m_pending;
    CoalescedFlush m_flush{CoalescedFlush::ViewIntervalMs, this, &DatagramLogModel::flush};
    int m_maxRows = Defaults::LogRows.defaultValue;
    qint64 m_maxBytes = Defaults::LogBytes;
    qint64 m_rowBytes = 0;
    qint64 m_pendingBytes = 0;
    quint64 m_trimmed = 0;
    TextEncoding::Encoding m_encoding = TextEncoding::Encoding::Utf8;
};
