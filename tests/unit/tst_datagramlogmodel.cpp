// SPDX-License-Identifier: MIT
#include "datagramlogmodel.h"
#include "defaults.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

class TestDatagramLogModel : public QObject
{
    Q_OBJECT

private slots:
    void batchesBecomeOneInsert();
    void flushesByTimer();
    void trimsToCapAndCounts();
    void pendingNeverExceedsCap();
    void byteBudgetBoundsMemory();
    void showsEveryColumnSafely();
    void clearEmpties();
    void rowSettingIsCapped();
    void emptyDatagramsBoundedByTheirRowCost();
};

static DatagramBatch makeBatch(int count, int first = 0)
{
    DatagramBatch batch;
    for (int i = 0; i < count; ++i) {
        DatagramRecord r;
        r.timeMs = 1700000000000 + first + i;
        r.sender = QHostAddress(QHostAddress::LocalHost);
        r.senderPort = quint16(40000 + (first + i) % 1000);
        r.payload = "name" + QByteArray::number(first + i);
        r.reply = "Hello " + r.payload + "!\n";
        batch.append(r);
    }
    return batch;
}

void TestDatagramLogModel::batchesBecomeOneInsert()
{
    DatagramLogModel log;
    QAbstractItemModelTester tester(&log);
    QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
    log.append(makeBatch(64));
    log.append(makeBatch(64, 64));
    QCOMPARE(log.rowCount(), 0);  // nothing shown before the flush
    QCOMPARE(log.pendingCount(), 128);
    log.flush();
    QCOMPARE(log.rowCount(), 128);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 127);
    QCOMPARE(log.record(127).payload, QByteArray("name127"));
}

void TestDatagramLogModel::flushesByTimer()
{
    DatagramLogModel log;
    QSignalSpy flushed(&log, &DatagramLogModel::flushed);
    log.append(makeBatch(3));
    QVERIFY(flushed.wait(1000));
    QCOMPARE(log.rowCount(), 3);
}

void TestDatagramLogModel::trimsToCapAndCounts()
{
    DatagramLogModel log;
    QAbstractItemModelTester tester(&log);
    log.setMaxRows(100);
    QSignalSpy removed(&log, &QAbstractItemModel::rowsRemoved);
    log.append(makeBatch(80));
    log.flush();
    log.append(makeBatch(50, 80));
    log.flush();
    QCOMPARE(log.rowCount(), 100);
    QCOMPARE(log.trimmedCount(), 30u);
    QCOMPARE(removed.size(), 1);  // one removal for the whole excess
    QCOMPARE(log.record(0).payload, QByteArray("name30"));
    QCOMPARE(log.record(99).payload, QByteArray("name129"));
    log.setMaxRows(10);
    QCOMPARE(log.rowCount(), 10);
    QCOMPARE(log.trimmedCount(), 120u);
    QCOMPARE(log.record(0).payload, QByteArray("name120"));
}

void TestDatagramLogModel::pendingNeverExceedsCap()
{
    DatagramLogModel log;
    log.setMaxRows(1000);
    for (int i = 0; i < 100; ++i)
        log.append(makeBatch(64, i * 64));
    QCOMPARE(log.pendingCount(), 1000);
    QCOMPARE(log.trimmedCount(), 6400u - 1000u);
    log.flush();
    QCOMPARE(log.rowCount(), 1000);
    QCOMPARE(log.record(999).payload, QByteArray("name6399"));
    QCOMPARE(quint64(log.rowCount()) + log.trimmedCount(), 6400u);
}

void TestDatagramLogModel::byteBudgetBoundsMemory()
{
    DatagramLogModel log;
    QAbstractItemModelTester tester(&log);
    log.setMaxBytes(10 * (10 * 1024 + DatagramLogModel::RowOverheadBytes));  // room for 10 datagrams of 10 KiB
    DatagramBatch batch;
    for (int i = 0; i < 25; ++i) {
        DatagramRecord r;
        r.sender = QHostAddress(QHostAddress::LocalHost);
        r.payload = QByteArray(10 * 1024, char('a' + i));
        batch.append(r);
    }
    log.append(batch);
    QCOMPARE(log.pendingCount(), 10);  // queued: within the budget too
    log.flush();
    QCOMPARE(log.rowCount(), 10);
    QCOMPARE(log.trimmedCount(), 15u);
    QCOMPARE(log.record(0).payload.at(0), 'p');  // the newest are kept
    log.append(batch.mid(0, 5));
    log.flush();
    QCOMPARE(log.rowCount(), 10);
    QCOMPARE(log.trimmedCount(), 20u);
    QCOMPARE(log.record(9).payload.at(0), 'e');
}

void TestDatagramLogModel::showsEveryColumnSafely()
{
    DatagramLogModel log;
    DatagramBatch batch;
    DatagramRecord r;
    r.timeMs = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678)).toMSecsSinceEpoch();
    r.sender = QHostAddress(QStringLiteral("::1"));
    r.senderPort = 5353;
    r.payload = QByteArray("\x1b[2Jevil\n\xe2\x80\xae", 12);
    r.reply = "Hello " + r.payload + "!\n";
    batch.append(r);
    DatagramRecord big;
    big.sender = QHostAddress(QHostAddress::LocalHost);
    big.senderPort = 1;
    big.payload = QByteArray(65500, 'x');
    big.replyFate = ReplyFate::TooLarge;
    batch.append(big);
    log.append(batch);
    log.flush();

    const auto text = [&](int row, int column) { return log.index(row, column).data().toString(); };
    QCOMPARE(text(0, DatagramLogModel::TimeColumn), QStringLiteral("03:04:05.678"));
    QCOMPARE(text(0, DatagramLogModel::SenderColumn), QStringLiteral("[::1]:5353"));
    QCOMPARE(log.index(0, DatagramLogModel::SizeColumn).data().toInt(), 12);
    QCOMPARE(text(0, DatagramLogModel::MessageColumn), QStringLiteral("\\x1b[2Jevil\\n\\u202e"));
    QCOMPARE(text(0, DatagramLogModel::ReplyColumn), QStringLiteral("Hello \\x1b[2Jevil\\n\\u202e!\\n"));
    QCOMPARE(text(1, DatagramLogModel::ReplyColumn), QStringLiteral("too large to answer"));
    // Elided in the cell, whole in FullTextRole.
    QVERIFY(text(1, DatagramLogModel::MessageColumn).size() <= DatagramLogModel::CellChars + 1);
    QCOMPARE(log.index(1, 0).data(DatagramLogModel::FullTextRole).toString().size(), 65500);
    QCOMPARE(log.index(1, 0).data(DatagramLogModel::PayloadRole).toByteArray().size(), 65500);
    QCOMPARE(log.headerData(DatagramLogModel::SenderColumn, Qt::Horizontal).toString(), QStringLiteral("Sender"));
}

void TestDatagramLogModel::clearEmpties()
{
    DatagramLogModel log;
    log.append(makeBatch(5));
    log.flush();
    log.append(makeBatch(5));
    log.clear();
    QCOMPARE(log.rowCount(), 0);
    QCOMPARE(log.pendingCount(), 0);
    log.flush();
    QCOMPARE(log.rowCount(), 0);
}

void TestDatagramLogModel::rowSettingIsCapped()
{
    DatagramLogModel log;
    log.setMaxRows(2000000000);
    QCOMPARE(log.maxRows(), Defaults::LogRows.max);
}

// 3,000,000 empty datagrams took the window to 286 MB at --max-rows 2000000000: a row costs
// memory even with no payload, and that cost is counted in the byte budget now.
void TestDatagramLogModel::emptyDatagramsBoundedByTheirRowCost()
{
    DatagramLogModel log;
    log.setMaxRows(Defaults::LogRows.max);
    DatagramRecord empty;
    empty.sender = QHostAddress(QHostAddress::LocalHost);
    const DatagramBatch batch(4096, empty);
    const qint64 maxRows = Defaults::LogBytes / DatagramLogModel::RowOverheadBytes;
    for (int i = 0; i < 100; ++i) {  // 409,600 datagrams
        log.append(batch);
        log.flush();
        QVERIFY(log.rowCount() <= maxRows);
    }
    QCOMPARE(log.rowCount(), int(maxRows));
    QCOMPARE(log.trimmedCount(), quint64(100 * 4096 - maxRows));
}

QTEST_GUILESS_MAIN(TestDatagramLogModel)
#include "tst_datagramlogmodel.moc"
