// SPDX-License-Identifier: MIT
#pragma once

#include "coalescedflush.h"
#include "defaults.h"

#include <QAbstractTableModel>
#include <QString>

#include <deque>

// Who answered (the Responders view): one row per reply from anyone, when anyone may answer
// (a group, a broadcast, --any-sender): the responder's address:port, the message it answered,
// when, and its own round trip. A crowd can answer, so it keeps at most maxRows() rows; the
// oldest leave in batches and are counted. Replies are shown about 30 times a second, each batch
// inserted at once (one layout and one scroll for a crowd, not one per reply).
class ResponderModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ResponderColumn, MessageColumn, TimeColumn, RoundTripColumn, ColumnCount };

    explicit ResponderModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A reply from `from` answered message messageId. Replies without a sender (a connected
    // socket: only the server answers) are not rows.
    void addResponse(int messageId, const QByteArray &reply, qint64 roundTripUs, const QString &from);
    // Shows the replies added since the last batch now (the timer does it otherwise).
    void flush();
    void clear();
    void setMaxRows(int rows);
    int maxRows() const { return m_maxRows; }
    // Rows removed to stay within maxRows(), since the last clear().
    qint64 trimmedCount() const { return m_trimmed; }

private:
    struct Row
    {
        QString from;
        int messageId = 0;
        qint64 timeMs = 0;
        qint64 roundTripUs = 0;
    };

    void trimTo(int rows);

    std::deque<Row> m_rows;
    std::deque<Row> m_pending;  // added, not shown yet: at most maxRows() (older ones are trimmed)
    CoalescedFlush m_flush{CoalescedFlush::ViewIntervalMs, this, &ResponderModel::flush};
    int m_maxRows = Defaults::ResponderRows;
    qint64 m_trimmed = 0;
};
