// SPDX-License-Identifier: MIT
#include "peertablemodel.h"

#include "protocol.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

PeerTableModel::PeerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int PeerTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_peers.size()); }

int PeerTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PeerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Peer &p = m_peers[size_t(index.row())];
    const auto time = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss.zzz"));
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case PeerColumn: return Protocol::endpointText(p.address, p.port);
        case DatagramsColumn: return QLocale().toString(p.datagrams);
        // A plain count, like the log's Bytes column: one unit and one format across the window.
        case BytesColumn: return QLocale().toString(p.bytes);
        case FirstSeenColumn: return time(p.firstMs);
        case LastSeenColumn: return time(p.lastMs);
        case StateColumn: return p.ended ? tr("ended") : tr("active");
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == DatagramsColumn || index.column() == BytesColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == EndedRole)
        return p.ended;
    if (role == DatagramCountRole)
        return p.datagrams;
    return {};
}

QVariant PeerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeerColumn: return tr("Peer");
    case DatagramsColumn: return tr("Datagrams");
    case BytesColumn: return tr("Bytes");
    case FirstSeenColumn: return tr("First seen");
    case LastSeenColumn: return tr("Last seen");
    case StateColumn: return tr("State");
    default: return {};
    }
}

void PeerTableModel::add(const DatagramBatch &batch)
{
    for (const DatagramRecord &r : batch) {
        const Key key{r.sender, r.senderPort};
        auto it = m_rowOf.find(key);
        Peer *peer = nullptr;
        if (it == m_rowOf.end()) {
            // Ever-new senders between two flushes are bounded too, without telling the view.
            if (int(m_fresh.size()) >= MaxPending)
                evictQuietest(liveCount() - MaxPeers);
            Peer fresh;
            fresh.address = r.sender;
            fresh.port = r.senderPort;
            fresh.firstMs = r.timeMs;
            m_fresh.push_back(fresh);
            m_rowOf.insert(key, -int(m_fresh.size()));
            peer = &m_fresh.back();
        } else {
            peer = it.value() >= 0 ? &m_peers[size_t(it.value())] : &m_fresh[size_t(-it.value() - 1)];
        }
        ++peer->datagrams;
        peer->bytes += quint64(r.payload.size());
        peer->lastMs = r.timeMs;
        peer->ended = r.replyKind == ReplyKind::GoodBye && r.answered();
        m_changed = true;
    }
    if (m_changed)
        m_flush.request();
}

void PeerTableModel::flush()
{
    m_flush.cancel();
    if (!m_changed)
        return;
    m_changed = false;
    evictQuietest(liveCount() - MaxPeers);
    replaceEvictedRows();
    // Eviction keeps MaxPeers live and at most MaxPeers rows are shown, so every evicted row had a
    // newcomer to take it: no row is ever removed.
    Q_ASSERT(m_evictedRows == 0);
    if (!m_peers.empty())
        emit dataChanged(index(0, PeerColumn), index(rowCount() - 1, StateColumn));
    if (!m_fresh.empty()) {
        const int first = int(m_peers.size());
        beginInsertRows({}, first, first + int(m_fresh.size()) - 1);
        for (Peer &p : m_fresh) {
            m_rowOf[Key{p.address, p.port}] = int(m_peers.size());
            m_peers.push_back(std::move(p));
        }
        m_fresh.clear();
        endInsertRows();
    }
}

void PeerTableModel::replaceEvictedRows()
{
    // Newcomers take the rows of those who left: no row moves, so the view only repaints (no
    // removal, insertion, relayout or scroll bar change), and the peers still talking keep their rows.
    size_t next = 0;
    for (size_t row = 0; row < m_peers.size() && next < m_fresh.size() && m_evictedRows > 0; ++row) {
        if (!m_peers[row].evicted)
            continue;
        m_peers[row] = std::move(m_fresh[next++]);
        m_rowOf[Key{m_peers[row].address, m_peers[row].port}] = int(row);
        --m_evictedRows;
    }
    if (next > 0) {
        m_fresh.erase(m_fresh.begin(), m_fresh.begin() + qsizetype(next));
        indexFresh();
    }
}

void PeerTableModel::evictQuietest(int excess)
{
    if (excess <= 0)
        return;
    // The excess quietest, over live shown and fresh peers alike, found in one pass (nth_element):
    // a flood of ever-new senders costs O(n) per MaxPeers newcomers, not a scan per evicted row.
    std::vector<qint64> last;
    last.reserve(size_t(liveCount()));
    for (const Peer &p : m_peers) {
        if (!p.evicted)
            last.push_back(p.lastMs);
    }
    for (const Peer &p : m_fresh)
        last.push_back(p.lastMs);
    std::nth_element(last.begin(), last.begin() + (excess - 1), last.end());
    const qint64 threshold = last[size_t(excess - 1)];
    int below = int(std::count_if(last.begin(), last.end(), [&](qint64 ms) { return ms < threshold; }));
    int tiesToEvict = excess - below;  // at the threshold, the first ones go
    const auto evict = [&](const Peer &p) {
        if (p.lastMs < threshold)
            return true;
        if (p.lastMs == threshold && tiesToEvict > 0) {
            --tiesToEvict;
            return true;
        }
        return false;
    };
    // Shown rows are only marked: the view learns of it at the next flush, in one batch.
    for (Peer &p : m_peers) {
        if (!p.evicted && evict(p)) {
            p.evicted = true;
            ++m_evictedRows;
            m_rowOf.remove(Key{p.address, p.port});
        }
    }
    // Fresh peers that leave before they were shown are never shown.
    const auto kept = std::remove_if(m_fresh.begin(), m_fresh.end(), [&](const Peer &p) {
        if (!evict(p))
            return false;
        m_rowOf.remove(Key{p.address, p.port});
        return true;
    });
    if (kept != m_fresh.end()) {
        m_fresh.erase(kept, m_fresh.end());
        indexFresh();
    }
}

void PeerTableModel::indexFresh()
{
    for (int i = 0; i < int(m_fresh.size()); ++i)
        m_rowOf[Key{m_fresh[size_t(i)].address, m_fresh[size_t(i)].port}] = -(i + 1);
}

void PeerTableModel::clear()
{
    m_flush.cancel();
    beginResetModel();
    m_peers.clear();
    m_fresh.clear();
    m_rowOf.clear();
    m_evictedRows = 0;
    m_changed = false;
    endResetModel();
}

int PeerTableModel::rowOf(const QHostAddress &address, quint16 port) const
{
    const int row = m_rowOf.value(Key{address, port}, -1);
    return row >= 0 ? row : -1;
}
