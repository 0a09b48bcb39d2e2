// SPDX-License-Identifier: MIT
#pragma once

#include "coalescedflush.h"
#include "datagramrecord.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

// Who is talking to the server: one row per sender address:port, with datagrams, bytes, first
// and last seen, and "ended" once its last datagram was exit (the seed's one server, many clients).
// Updated in batches like the log; at most MaxPeers rows, the longest quiet forgotten first.
// The view is told only at a flush (the timer's), whatever the senders do: ever-new senders are
// evicted between flushes without a signal (a shown row stays, unchanged, until the next flush),
// and at the flush newcomers take the evicted rows' places. A flood of them costs the view one
// dataChanged per flush, as one sender does: no removal, insertion or relayout per newcomer.
class PeerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PeerColumn, DatagramsColumn, BytesColumn, FirstSeenColumn, LastSeenColumn, StateColumn,
                  ColumnCount };
    enum Role { EndedRole = Qt::UserRole, DatagramCountRole };

    static constexpr int MaxPeers = 1000;
    // Newcomers held between two flushes; past it the quietest are evicted at once (no signal).
    // Twice MaxPeers so that each such eviction frees room for at least MaxPeers more: O(1) a newcomer.
    static constexpr int MaxPending = 2 * MaxPeers;

    explicit PeerTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void add(const DatagramBatch &batch);
    void flush();
    void clear();
    // Newcomers waiting for the next flush (at most MaxPending).
    int pendingCount() const { return int(m_fresh.size()); }
    // Row of a peer, or -1.
    int rowOf(const QHostAddress &address, quint16 port) const;

private:
    struct Peer
    {
        QHostAddress address;
        quint16 port = 0;
        quint64 datagrams = 0;
        quint64 bytes = 0;
        qint64 firstMs = 0;
        qint64 lastMs = 0;
        bool ended = false;
        bool evicted = false;  // gone since the last flush; shown as it was until the next
    };
    struct Key
    {
        QHostAddress address;
        quint16 port;
        bool operator==(const Key &other) const { return port == other.port && address == other.address; }
    };
    friend size_t qHash(const Key &key, size_t seed) { return qHashMulti(seed, key.address, key.port); }

    int liveCount() const { return int(m_peers.size()) - m_evictedRows + int(m_fresh.size()); }
    void evictQuietest(int excess);
    void replaceEvictedRows();
    void indexFresh();

    std::vector<Peer> m_peers;       // shown rows, those evicted since the last flush included
    int m_evictedRows = 0;           // of them
    QHash<Key, int> m_rowOf;         // live peers: into m_peers, or into m_fresh as -(i + 1)
    std::vector<Peer> m_fresh;       // new peers, inserted at the next flush
    bool m_changed = false;
    CoalescedFlush m_flush{CoalescedFlush::ViewIntervalMs, this, &PeerTableModel::flush};
};
