// SPDX-License-Identifier: MIT
// The peers model under ever-new senders: bounded, evicting the quietest in one batch per flush.
#include "peertablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

class TestPeerTableModel : public QObject
{
    Q_OBJECT

private slots:
    void countsPerSender();
    void modelStaysConsistentWhileEvicting();
    void everNewSendersEvictInBatches();
    void newcomersBetweenFlushesAreSilent();
    void churnReplacesRowsInPlace();
    void talkingPeersKeepTheirRows();
    void evictedPeerComesBack();
};

namespace {
DatagramBatch batchFrom(quint32 firstSender, int count, qint64 timeMs)
{
    DatagramBatch batch;
    for (int i = 0; i < count; ++i) {
        DatagramRecord r;
        const quint32 n = firstSender + quint32(i);
        r.sender = QHostAddress((quint32(10) << 24) | (n >> 8));  // 256 ports per address
        r.senderPort = quint16(1024 + (n & 0xff));
        r.payload = "x";
        r.timeMs = timeMs;
        batch.append(r);
    }
    return batch;
}
} // namespace

void TestPeerTableModel::countsPerSender()
{
    PeerTableModel peers;
    QAbstractItemModelTester tester(&peers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    peers.add(batchFrom(0, 3, 1000));
    peers.add(batchFrom(1, 1, 2000));
    peers.flush();
    QCOMPARE(peers.rowCount(), 3);
    const int row = peers.rowOf(QHostAddress(QStringLiteral("10.0.0.0")), 1025);
    QVERIFY(row >= 0);
    QCOMPARE(peers.index(row, PeerTableModel::DatagramsColumn).data(PeerTableModel::DatagramCountRole).toULongLong(), 2ULL);
}

void TestPeerTableModel::modelStaysConsistentWhileEvicting()
{
    PeerTableModel peers;
    QAbstractItemModelTester tester(&peers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Some old peers keep talking: they must stay while the newcomers of long ago leave.
    for (int round = 0; round < 40; ++round) {
        peers.add(batchFrom(0, 10, 100000 + round));  // the same ten, always active
        peers.add(batchFrom(1000 + quint32(round) * 100, 100, round));
        peers.flush();
        QVERIFY(peers.rowCount() <= PeerTableModel::MaxPeers);
    }
    QCOMPARE(peers.rowCount(), PeerTableModel::MaxPeers);
    for (quint32 n = 0; n < 10; ++n)
        QVERIFY(peers.rowOf(QHostAddress((quint32(10) << 24) | (n >> 8)), quint16(1024 + (n & 0xff))) >= 0);
    // Every index points at its own row.
    for (int row = 0; row < peers.rowCount(); ++row) {
        const QString endpoint = peers.index(row, PeerTableModel::PeerColumn).data().toString();
        const int colon = endpoint.lastIndexOf(QLatin1Char(':'));
        QCOMPARE(peers.rowOf(QHostAddress(endpoint.left(colon)), quint16(endpoint.mid(colon + 1).toUInt())), row);
    }
}

// 200,000 distinct senders: one eviction per row made the window fall behind (a scan, an erase
// and a signal for each). Now each flush removes its rows in a few contiguous ranges.
void TestPeerTableModel::everNewSendersEvictInBatches()
{
    constexpr int Senders = 200000;
    constexpr int PerBatch = 64;
    PeerTableModel peers;
    QSignalSpy removed(&peers, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&peers, &QAbstractItemModel::rowsInserted);
    int flushes = 0;
    for (int first = 0; first < Senders; first += PerBatch) {
        peers.add(batchFrom(quint32(first), PerBatch, first));
        if ((first / PerBatch) % 50 == 49) {  // the timer's flush, every 50 batches here
            peers.flush();
            ++flushes;
        }
    }
    peers.flush();
    ++flushes;
    QCOMPARE(peers.rowCount(), PeerTableModel::MaxPeers);
    qInfo("%d flushes: %lld insertions, %lld removals", flushes, qlonglong(inserted.size()), qlonglong(removed.size()));
    QVERIFY2(removed.size() <= 2 * (flushes + Senders / PeerTableModel::MaxPeers), "removals are not batched");
    // The quietest left: the newest senders are the ones shown.
    QVERIFY(peers.rowOf(QHostAddress((quint32(10) << 24) | ((Senders - 1) >> 8)),
                        quint16(1024 + ((Senders - 1) & 0xff))) >= 0);
    QCOMPARE(peers.rowOf(QHostAddress(QStringLiteral("10.0.0.0")), 1024), -1);
}

namespace {
// Every signal that makes a view redo its rows or repaint them.
struct ViewSignals
{
    explicit ViewSignals(QAbstractItemModel *model)
        : removed(model, &QAbstractItemModel::rowsRemoved), inserted(model, &QAbstractItemModel::rowsInserted)
        , changed(model, &QAbstractItemModel::dataChanged), reset(model, &QAbstractItemModel::modelReset)
    {
    }
    qsizetype total() const { return removed.size() + inserted.size() + changed.size() + reset.size(); }
    QSignalSpy removed, inserted, changed, reset;
};

QString peerText(const PeerTableModel &peers, int row)
{
    return peers.index(row, PeerTableModel::PeerColumn).data().toString();
}
} // namespace

// 200,000 newcomers with no flush between: the window hears nothing until the flush (it used to
// flush, with its signals, every MaxPeers newcomers), and what is held stays bounded.
void TestPeerTableModel::newcomersBetweenFlushesAreSilent()
{
    PeerTableModel peers;
    QAbstractItemModelTester tester(&peers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    peers.add(batchFrom(0, PeerTableModel::MaxPeers, 0));
    peers.flush();
    const QString firstRow = peerText(peers, 0);
    ViewSignals view(&peers);
    for (int first = PeerTableModel::MaxPeers; first < 200000; first += 64) {
        peers.add(batchFrom(quint32(first), 64, first));
        QVERIFY(peers.pendingCount() <= PeerTableModel::MaxPending);
    }
    QCOMPARE(view.total(), 0);
    QCOMPARE(peers.rowCount(), PeerTableModel::MaxPeers);
    QCOMPARE(peerText(peers, 0), firstRow);  // evicted since, but shown as it was until the flush
    QCOMPARE(peers.rowOf(QHostAddress(QStringLiteral("10.0.0.0")), 1024), -1);
    peers.flush();
    QCOMPARE(peers.rowCount(), PeerTableModel::MaxPeers);
    // Newcomers took the evicted rows' places: the view only repaints.
    QCOMPARE(view.removed.size(), 0);
    QCOMPARE(view.inserted.size(), 0);
    QCOMPARE(view.reset.size(), 0);
    QCOMPARE(view.changed.size(), 1);
    const quint32 newest = 200000 - 1;
    QVERIFY(peers.rowOf(QHostAddress((quint32(10) << 24) | (newest >> 8)), quint16(1024 + (newest & 0xff))) >= 0);
}

// A flood as the window sees it (about 1,600 newcomers between two timer flushes): once the table
// is full, each flush is one change and nothing else, however many senders came.
void TestPeerTableModel::churnReplacesRowsInPlace()
{
    PeerTableModel peers;
    QAbstractItemModelTester tester(&peers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ViewSignals view(&peers);
    int flushes = 0;
    for (int first = 0; first < 200000; first += 64) {
        peers.add(batchFrom(quint32(first), 64, first));
        if ((first / 64) % 25 == 24) {
            peers.flush();
            ++flushes;
            QCOMPARE(peers.rowCount(), PeerTableModel::MaxPeers);
        }
    }
    QCOMPARE(view.inserted.size(), 1);  // the first flush filled the table
    QCOMPARE(view.removed.size(), 0);
    QCOMPARE(view.reset.size(), 0);
    QVERIFY(view.changed.size() <= flushes);
}

// Every other peer quiet: newcomers take the quiet ones' rows, and those still talking stay where
// they were (rows removed above them used to move them up).
void TestPeerTableModel::talkingPeersKeepTheirRows()
{
    PeerTableModel peers;
    QAbstractItemModelTester tester(&peers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    peers.add(batchFrom(0, PeerTableModel::MaxPeers, 0));
    peers.flush();
    for (int row = 1; row < PeerTableModel::MaxPeers; row += 2)
        peers.add(batchFrom(quint32(row), 1, 1000));  // the odd ones keep talking
    peers.add(batchFrom(100000, PeerTableModel::MaxPeers / 2, 2000));
    ViewSignals view(&peers);
    peers.flush();
    QCOMPARE(view.removed.size(), 0);
    QCOMPARE(view.inserted.size(), 0);
    QCOMPARE(view.reset.size(), 0);
    QCOMPARE(peers.rowCount(), PeerTableModel::MaxPeers);
    QCOMPARE(peers.rowOf(QHostAddress(quint32(10) << 24), 1024), -1);  // sender 0: quiet, gone
    for (quint32 n = 1; n < PeerTableModel::MaxPeers; n += 2)
        QCOMPARE(peers.rowOf(QHostAddress((quint32(10) << 24) | (n >> 8)), quint16(1024 + (n & 0xff))), int(n));
    for (int row = 0; row < peers.rowCount(); ++row) {
        const QString endpoint = peerText(peers, row);
        const int colon = endpoint.lastIndexOf(QLatin1Char(':'));
        QCOMPARE(peers.rowOf(QHostAddress(endpoint.left(colon)), quint16(endpoint.mid(colon + 1).toUInt())), row);
    }
}

// Evicted between flushes, then heard from again before the flush: a newcomer, counted afresh.
void TestPeerTableModel::evictedPeerComesBack()
{
    PeerTableModel peers;
    QAbstractItemModelTester tester(&peers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    peers.add(batchFrom(0, 1, 0));
    peers.add(batchFrom(0, 1, 0));
    peers.flush();
    peers.add(batchFrom(1, PeerTableModel::MaxPending, 10));  // evicts sender 0 (no signal)
    peers.add(batchFrom(1 + PeerTableModel::MaxPending, 1, 20));
    QCOMPARE(peers.rowOf(QHostAddress(quint32(10) << 24), 1024), -1);
    peers.add(batchFrom(0, 1, 30));
    peers.flush();
    QCOMPARE(peers.rowCount(), PeerTableModel::MaxPeers);
    const int row = peers.rowOf(QHostAddress(quint32(10) << 24), 1024);
    QVERIFY(row >= 0);
    QCOMPARE(peers.index(row, 0).data(PeerTableModel::DatagramCountRole).toULongLong(), 1ULL);
}

QTEST_GUILESS_MAIN(TestPeerTableModel)
#include "tst_peertablemodel.moc"
