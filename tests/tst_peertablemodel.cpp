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

QTEST_GUILESS_MAIN(TestPeerTableModel)
#include "tst_peertablemodel.moc"
