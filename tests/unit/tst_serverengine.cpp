// SPDX-License-Identifier: MIT
// ServerEngine: the window's server on a thread of its own. A reply never waits for this thread
// (it is kept busy without an event loop and the reply still comes); records reach this thread,
// in order, and only as many as the log could show; settings, files and counters cross safely
// while a flood is served (built once more under ThreadSanitizer by test.sh: the tsan label).
#include "serverengine.h"

#include "recordmailbox.h"
#include "replymode.h"
#include "udpload.h"
#include "udptestutil.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestServerEngine : public QObject
{
    Q_OBJECT

private slots:
    void replyNeverWaitsForThisThread();
    void recordsArriveHereInOrder();
    void settingsReachTheEngine();
    void bindFailureToldBeforeStartReturns();
    void slowViewsKeepOnlyWhatTheLogShows();
    void mailboxWakesOnceAndDropsWholeBatches();
    void floodWhileSettingsChange();
};

namespace {
DatagramBatch batchOf(int count, int payloadBytes)
{
    DatagramBatch batch;
    for (int i = 0; i < count; ++i) {
        DatagramRecord record;
        record.payload = QByteArray(payloadBytes, 'x');
        batch.append(record);
    }
    return batch;
}

qsizetype rowsIn(const QList<QList<QVariant>> &spy)
{
    qsizetype rows = 0;
    for (const QList<QVariant> &args : spy)
        rows += args.at(0).value<DatagramBatch>().size();
    return rows;
}
} // namespace

// This thread is kept from its event loop (as a long paint or a modal dialog's first frame would)
// while a client waits for its reply: the engine answers from its own thread all the same.
void TestServerEngine::replyNeverWaitsForThisThread()
{
    ServerEngine engine;
    QCOMPARE(engine.start(QHostAddress::LocalHost, 0), ServerSession::Start::Listening);
    QUdpSocket client;
    QVERIFY(bindClient(client));
    client.writeDatagram("Alice", QHostAddress::LocalHost, engine.port());
    QVERIFY2(client.waitForReadyRead(5000), "no reply while this thread ran no events");  // no event loop here
    QCOMPARE(client.receiveDatagram().data(), QByteArray("Hello Alice!\n"));
}

void TestServerEngine::recordsArriveHereInOrder()
{
    ServerEngine engine;
    QThread *arrivedOn = nullptr;
    DatagramBatch all;
    connect(&engine, &ServerEngine::datagramsReceived, this, [&](const DatagramBatch &batch) {
        arrivedOn = QThread::currentThread();
        all += batch;
    });
    QCOMPARE(engine.start(QHostAddress::LocalHost, 0), ServerSession::Start::Listening);
    QUdpSocket client;
    QVERIFY(bindClient(client));
    constexpr int Count = 50;
    for (int i = 0; i < Count; ++i) {
        client.writeDatagram(QByteArray::number(i), QHostAddress::LocalHost, engine.port());
        QVERIFY(client.waitForReadyRead(5000));  // one at a time: the system keeps their order
        client.receiveDatagram();
    }
    QTRY_COMPARE(all.size(), Count);
    QCOMPARE(arrivedOn, QThread::currentThread());
    QVERIFY(arrivedOn != engine.engineThread());
    for (int i = 0; i < Count; ++i) {
        QCOMPARE(all[i].payload, QByteArray::number(i));
        QCOMPARE(all[i].reply, "Hello " + QByteArray::number(i) + "!\n");  // the bytes sent
    }
    QCOMPARE(engine.counters().received, quint64(Count));
    QCOMPARE(engine.counters().answered, quint64(Count));
}

void TestServerEngine::settingsReachTheEngine()
{
    ServerEngine engine;
    QSignalSpy listening(&engine, &ServerEngine::listeningChanged);
    engine.setRateLimit(7);
    engine.setWantedReceiveBuffer(300000);
    QString error;
    engine.setReplyMode(ReplyMode::create(QStringLiteral("echo"), QString(), &error));
    QCOMPARE(engine.start(QHostAddress::LocalHost, 0), ServerSession::Start::Listening);
    QCOMPARE(listening.size(), 1);  // told before start() returned
    QVERIFY(engine.isListening());
    QCOMPARE(engine.address(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(engine.port() != 0);
    QCOMPARE(engine.effectiveRateLimit(), 7);
    QCOMPARE(engine.wantedReceiveBuffer(), 300000);
    QVERIFY(engine.receiveBufferSize() > 0);  // what the system granted (its limit may be lower)
    QCOMPARE(engine.replyModeName(), QStringLiteral("echo"));
    QUdpSocket client;
    QVERIFY(bindClient(client));
    client.writeDatagram("ping", QHostAddress::LocalHost, engine.port());
    QVERIFY(client.waitForReadyRead(5000));
    QCOMPARE(client.receiveDatagram().data(), QByteArray("ping"));
    const ServerEngine::Status status = engine.status();
    QVERIFY(status.listening);
    QCOMPARE(status.counters.answered, 1u);
    QCOMPARE(status.effectiveRateLimit, 7);
    engine.close();
    QCOMPARE(listening.size(), 2);
    QVERIFY(!engine.isListening());
    QVERIFY2(engine.summary().contains(QStringLiteral("answered 1")), qPrintable(engine.summary()));
}

void TestServerEngine::bindFailureToldBeforeStartReturns()
{
    QUdpSocket holder;
    QVERIFY(bindClient(holder));
    ServerEngine engine;
    QSignalSpy errors(&engine, &ServerEngine::errorOccurred);
    QCOMPARE(engine.start(QHostAddress::LocalHost, holder.localPort()), ServerSession::Start::BindFailed);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().contains(QString::number(holder.localPort())),
             qPrintable(errors.first().first().toString()));
    QVERIFY(!engine.isListening());
}

// The window is kept away while 1,000 datagrams are answered: what reaches it is at most what
// its log could show (100 rows here, in whole batches), the rest counted as not shown, and the
// engine's counters have every one.
void TestServerEngine::slowViewsKeepOnlyWhatTheLogShows()
{
    ServerEngine engine;
    engine.setShownLimits(100, 1 << 20);
    QSignalSpy shown(&engine, &ServerEngine::datagramsReceived);
    QSignalSpy notShown(&engine, &ServerEngine::datagramsNotShown);
    QCOMPARE(engine.start(QHostAddress::LocalHost, 0), ServerSession::Start::Listening);
    const quint16 port = engine.port();
    QUdpSocket client;
    QVERIFY(bindClient(client));
    constexpr int Count = 1000;
    int answered = 0;
    for (int i = 0; i < Count; ++i) {  // no event loop here until all are answered
        client.writeDatagram(QByteArray::number(i), QHostAddress::LocalHost, port);
        if (!client.waitForReadyRead(5000))
            break;
        answered += client.receiveDatagram().isValid();
    }
    QCOMPARE(answered, Count);
    const auto dropped = [&] {
        quint64 sum = 0;
        for (const QList<QVariant> &args : notShown)
            sum += args.at(0).toULongLong();
        return sum;
    };
    // Told in turns (the window takes what is there every 10 ms while records flow): wait for all.
    QTRY_COMPARE(quint64(rowsIn(shown)) + dropped(), quint64(Count));
    const qsizetype rows = rowsIn(shown);
    QVERIFY2(rows >= 100 && rows < 100 + HelloServer::BatchLimit, qPrintable(QString::number(rows)));
    QCOMPARE(shown.last().at(0).value<DatagramBatch>().last().payload, QByteArray::number(Count - 1));  // the newest kept
    QCOMPARE(engine.counters().received, quint64(Count));
}

void TestServerEngine::mailboxWakesOnceAndDropsWholeBatches()
{
    RecordMailbox box;
    box.setLimits(100, 1 << 30);
    QVERIFY(box.post(batchOf(40, 1)));   // the reader waits: wake it
    QVERIFY(!box.post(batchOf(40, 1)));  // already woken
    QVERIFY(!box.post(batchOf(40, 1)));  // 120 rows: all kept, the newer 80 alone do not fill 100
    QVERIFY(!box.post(batchOf(40, 1)));  // 160: the first 40 go (the newer 120 fill the log)
    RecordMailbox::Taken taken = box.take();
    QCOMPARE(taken.batches.size(), size_t(3));
    QCOMPARE(taken.dropped, 40u);
    QVERIFY(!box.post(batchOf(1, 1)));  // the reader took something: it comes back by itself
    QCOMPARE(box.take().batches.size(), size_t(1));
    QCOMPARE(box.take().batches.size(), size_t(0));  // found nothing: now it waits
    QVERIFY(!box.post(DatagramBatch()));  // nothing to tell
    QVERIFY(box.post(batchOf(1, 1)));     // the first after a quiet spell wakes it
    box.take();

    // Bytes bound it too: three 64 KiB payloads where two fit.
    const qint64 big = RecordMailbox::bytesOf(batchOf(1, 65536));
    box.setLimits(1000, 2 * big);
    box.post(batchOf(1, 65536));
    box.post(batchOf(1, 65536));
    box.post(batchOf(1, 65536));
    taken = box.take();
    QCOMPARE(taken.batches.size(), size_t(2));
    QCOMPARE(taken.dropped, 1u);
}

// A flood answered on the engine's thread while this one changes the reply mode, the rate limit,
// the receive buffer and groups asked for, reads the counters, and moves the log file and the
// capture to new files (from the first turn on, so it happens however fast the flood): every datagram is answered or
// counted, what the views got is what the engine counted, and ThreadSanitizer (the tsan build)
// sees no race.
void TestServerEngine::floodWhileSettingsChange()
{
    QTemporaryDir dir;
    ServerEngine engine;
    engine.setShownLimits(Defaults::LogRows.max, qint64(1) << 40);  // keep every record for the count
    qsizetype shownRows = 0;
    connect(&engine, &ServerEngine::datagramsReceived, this, [&](const DatagramBatch &batch) { shownRows += batch.size(); });
    QString error;
    QVERIFY2(engine.setLogFile(dir.filePath(QStringLiteral("log.jsonl")), &error), qPrintable(error));
    QVERIFY(engine.setCaptureFile(dir.filePath(QStringLiteral("live.pcapng"))));
    QCOMPARE(engine.start(QHostAddress::LocalHost, 0), ServerSession::Start::Listening);
    constexpr int Count = 20000;
    UdpLoad load(engine.port(), Count, 16, 30000);
    load.start();
    const QStringList modes{QStringLiteral("hello"), QStringLiteral("echo"), QStringLiteral("text")};
    MulticastGroup group;
    QVERIFY(MulticastGroup::parse(QStringLiteral("239.255.0.1"), &group));  // asked for, never joined here
    for (int i = 0; !load.finished && i < 100000; ++i) {  // bounded: the load gives up within 30 s
        engine.setRateLimit(i % 2 == 0 ? 0 : 1000000);
        engine.setWantedReceiveBuffer(i % 2 == 0 ? 262144 : 524288);  // both take effect at the next listen
        engine.setMulticastGroups(i % 2 == 0 ? QList<MulticastGroup>() : QList<MulticastGroup>{group});
        engine.setReplyMode(ReplyMode::create(modes[i % modes.size()], QStringLiteral("ok {counter}"), &error));
        const ServerEngine::Status status = engine.status();
        QVERIFY(status.listening);
        if (i % 50 == 0) {  // the log file and the capture move on while datagrams are written
            QVERIFY(engine.setLogFile(dir.filePath(QStringLiteral("log%1.jsonl").arg(i)), &error));
            QVERIFY(engine.setCaptureFile(dir.filePath(QStringLiteral("live%1.pcapng").arg(i))));
        }
        QCoreApplication::processEvents();
    }
    load.wait();
    QCOMPARE(load.sent.load(), Count);
    QVERIFY(engine.finish());
    const HelloServer::Counters counters = engine.counters();
    QCOMPARE(counters.received, quint64(Count));  // loopback with a 16-deep window loses none
    QCOMPARE(counters.answered + counters.unanswered, counters.received);
    QTRY_COMPARE(quint64(shownRows), counters.received);
    QVERIFY(engine.logFileName().isEmpty());  // finish() closed both
    QVERIFY(engine.captureFileName().isEmpty());
}

QTEST_GUILESS_MAIN(TestServerEngine)
#include "tst_serverengine.moc"
