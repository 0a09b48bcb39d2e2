#include "peertable.h"

#include "protocol.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

PeerTable::PeerTable(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &PeerTable::flush);
}

int PeerTable::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_peers.size()); }

int PeerTable::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PeerTable::data(const QModelIndex &index, int role) const
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
        case BytesColumn: return QLocale().formattedDataSize(qint64(p.bytes));
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

QVariant PeerTable::headerData(int section, Qt::Orientation orientation, int role) const
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

void PeerTable::add(const DatagramBatch &batch)
{
    for (const DatagramRecord &r : batch) {
        const Key key{r.sender, r.senderPort};
        auto it = m_rowOf.find(key);
        Peer *peer = nullptr;
        if (it == m_rowOf.end()) {
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
        peer->ended = r.outcome == Outcome::GoodBye;
        m_changed = true;
    }
    if (m_changed && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void PeerTable::flush()
{
    m_flushTimer.stop();
    if (!m_changed)
        return;
    m_changed = false;
    if (!m_peers.empty())
        emit dataChanged(index(0, DatagramsColumn), index(rowCount() - 1, StateColumn));
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
    while (int(m_peers.size()) > MaxPeers)
        evictQuietest();
}

void PeerTable::evictQuietest()
{
    const auto quietest = std::min_element(m_peers.begin(), m_peers.end(),
                                           [](const Peer &a, const Peer &b) { return a.lastMs < b.lastMs; });
    const int row = int(quietest - m_peers.begin());
    beginRemoveRows({}, row, row);
    m_rowOf.remove(Key{quietest->address, quietest->port});
    m_peers.erase(quietest);
    for (auto it = m_rowOf.begin(); it != m_rowOf.end(); ++it) {
        if (it.value() > row)
            --it.value();
    }
    endRemoveRows();
}

void PeerTable::clear()
{
    m_flushTimer.stop();
    beginResetModel();
    m_peers.clear();
    m_fresh.clear();
    m_rowOf.clear();
    m_changed = false;
    endResetModel();
}

int PeerTable::rowOf(const QHostAddress &address, quint16 port) const
{
    const int row = m_rowOf.value(Key{address, port}, -1);
    return row >= 0 ? row : -1;
}
