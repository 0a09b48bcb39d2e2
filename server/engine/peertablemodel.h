// SPDX-License-Identifier: MIT
#pragma once

#include "datagramrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <vector>

// Who is talking to the server: one row per sender address:port, with datagrams, bytes, first
// and last seen, and "ended" once its last datagram was exit (the seed's one server, many clients).
// Updated in batches like the log; at most MaxPeers rows, the longest quiet forgotten first.
class PeerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PeerColumn, DatagramsColumn, BytesColumn, FirstSeenColumn, LastSeenColumn, StateColumn,
                  ColumnCount };
    enum Role { EndedRole = Qt::UserRole, DatagramCountRole };

    static constexpr int MaxPeers = 1000;
    static constexpr int FlushIntervalMs = 33;

    explicit PeerTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void add(const DatagramBatch &batch);
    void flush();
    void clear();
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
    };
    struct Key
    {
        QHostAddress address;
        quint16 port;
        bool operator==(const Key &other) const { return port == other.port && address == other.address; }
    };
    friend size_t qHash(const Key &key, size_t seed) { return qHashMulti(seed, key.address, key.port); }

    void evictQuietest(int excess);
    void removeEvicted(const std::vector<bool> &gone);

    std::vector<Peer> m_peers;       // shown rows
    QHash<Key, int> m_rowOf;         // into m_peers, or into m_fresh as -(i + 1)
    std::vector<Peer> m_fresh;       // new peers, inserted at the next flush
    bool m_changed = false;
    QTimer m_flushTimer;
};
