// SPDX-License-Identifier: MIT
// TrafficRun against real servers on loopback: exact counts when every datagram is answered, all
// lost against a server that answers nothing, duplicates and reordering told by {seq}, round trips
// on an injected clock, and the console's summary line by line.
#include "arrivaltime.h"
#include "helloserver.h"
#include "replymode.h"
#include "runstatistics.h"
#include "runtestutil.h"
#include "sequencedmessage.h"
#include "trafficconsole.h"
#include "trafficrun.h"
#include "udptestutil.h"

#include <QSignalSpy>
#include <QtTest>

#include <set>

class TestTrafficRun : public QObject
{
    Q_OBJECT

private slots:
    void sequenceNumbers();
    void fiftyAnswered_data();
    void fiftyAnswered();
    void silentServerLosesAll();
    void duplicatesAndReordering();
    void roundTripOnInjectedClock();
    void stopCountsInFlightAsLost();
    void summaryFormat();
};

void TestTrafficRun::sequenceNumbers()
{
    QCOMPARE(SequencedMessage::payloadFor("x {seq} of {seq}", 7), QByteArray("x 7 of 7"));
    QCOMPARE(SequencedMessage::payloadFor("plain", 7), QByteArray("plain"));
    QCOMPARE(SequencedMessage::sequenceOf("x {seq}", "x 12"), 12u);
    QCOMPARE(SequencedMessage::sequenceOf("x {seq}!", "x 12!"), 12u);
    QCOMPARE(SequencedMessage::sequenceOf("x {seq}2", "x 12"), 1u);  // digits after the macro
    QCOMPARE(SequencedMessage::sequenceOf("x {seq}", "x 0"), 0u);     // never sent
    QCOMPARE(SequencedMessage::sequenceOf("x {seq}", "y 12"), 0u);
    QCOMPARE(SequencedMessage::sequenceOf("x {seq}", "x 12z"), 0u);
    QCOMPARE(SequencedMessage::intervalForRate(1000), 1000000);
}

void TestTrafficRun::fiftyAnswered_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("numbered") << QByteArray("x {seq}");
    QTest::newRow("all alike") << QByteArray("same");
}

void TestTrafficRun::fiftyAnswered()
{
    QFETCH(QByteArray, message);
    HelloServer server;
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));
    TrafficRun run;
    QSignalSpy finished(&run, &TrafficRun::finished);
    QSignalSpy replies(&run, &TrafficRun::replyReceived);
    QSignalSpy timedOut(&run, &TrafficRun::replyTimedOut);
    run.start(loopbackRun(server.port(), message, 50));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const RunStatistics &stats = run.statistics();
    QCOMPARE(stats.sentCount(), 50u);
    QCOMPARE(stats.answeredCount(), 50u);
    QCOMPARE(stats.lostCount(), 0u);
    QCOMPARE(stats.duplicatedCount(), 0u);
    QCOMPARE(stats.unknownCount(), 0u);
    QCOMPARE(timedOut.count(), 0);
    QCOMPARE(server.counters().received, 50u);
    std::set<quint64> seen;
    for (const QList<QVariant> &reply : replies)
        seen.insert(reply.at(0).toULongLong());
    QCOMPARE(seen.size(), size_t(50));
    QCOMPARE(*seen.begin(), 1u);
    QCOMPARE(*seen.rbegin(), 50u);
    QVERIFY(stats.minNs() > 0 && stats.minNs() <= stats.p50Ns() && stats.p99Ns() <= stats.maxNs());
    // 50 sends 1 ms apart: about 1000/s (timers may be late, never early).
    QVERIFY2(stats.sendRate() > 100 && stats.sendRate() <= 1001, qPrintable(QString::number(stats.sendRate())));
    QVERIFY(!run.isRunning());
}

void TestTrafficRun::silentServerLosesAll()
{
    HelloServer server;
    QString unused;
    server.setReplyMode(ReplyMode::create(QStringLiteral("none"), {}, &unused));
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    TrafficRun run;
    QSignalSpy finished(&run, &TrafficRun::finished);
    QSignalSpy timedOut(&run, &TrafficRun::replyTimedOut);
    TrafficRun::Settings settings = loopbackRun(server.port(), "x {seq}", 3);
    settings.timeoutMs = 200;
    run.start(settings);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(run.statistics().sentCount(), 3u);
    QCOMPARE(run.statistics().answeredCount(), 0u);
    QCOMPARE(run.statistics().lostCount(), 3u);
    QCOMPARE(timedOut.count(), 3);
    QCOMPARE(server.counters().received, 3u);
    QVERIFY(TrafficConsole::summary(run.statistics(), run.serverEndpoint()).contains(QStringLiteral("3 sent, 0 answered, 100% lost")));
}

// A hand-driven server: datagram 2 answered twice, 3 and 4 answered out of order.
void TestTrafficRun::duplicatesAndReordering()
{
    QUdpSocket server;
    QVERIFY(bindClient(server));
    TrafficRun run;
    QSignalSpy finished(&run, &TrafficRun::finished);
    QSignalSpy duplicates(&run, &TrafficRun::duplicateReceived);
    run.start(loopbackRun(server.localPort(), "n{seq}", 4));
    QList<QNetworkDatagram> got;
    QDeadlineTimer deadline(5000);
    while (got.size() < 4 && !deadline.hasExpired()) {
        const QNetworkDatagram datagram = waitForDatagram(server, int(qMax<qint64>(1, deadline.remainingTime())));
        if (datagram.isValid())
            got.append(datagram);
    }
    QCOMPARE(got.size(), 4);
    for (int index : {0, 1, 1, 3, 2})
        server.writeDatagram(got[index].makeReply("Hello " + got[index].data() + "!\n"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QTRY_COMPARE(duplicates.count(), 1);  // the second copy may trail the last answer
    QCOMPARE(duplicates.first().at(0).toULongLong(), 2u);
    QCOMPARE(run.statistics().answeredCount(), 4u);
    QCOMPARE(run.statistics().duplicatedCount(), 1u);
    QCOMPARE(run.statistics().reorderedCount(), 1u);
}

void TestTrafficRun::roundTripOnInjectedClock()
{
    HelloServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    TrafficRun run;
    qint64 fake = 1000;
    run.setClock([&fake] { return fake; });
    // Time stands still but for 7 ms that pass as each datagram goes out: every round trip is 7 ms.
    connect(&run, &TrafficRun::datagramSent, this, [&fake] { fake += 7 * 1000 * 1000; });
    QSignalSpy finished(&run, &TrafficRun::finished);
    TrafficRun::Settings settings = loopbackRun(server.port(), "clock", 1);
    run.start(settings);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QCOMPARE(run.statistics().answeredCount(), 1u);
    QCOMPARE(run.statistics().minNs(), 7 * 1000 * 1000);
    QCOMPARE(run.statistics().maxNs(), 7 * 1000 * 1000);
}

void TestTrafficRun::stopCountsInFlightAsLost()
{
    QUdpSocket silent;  // reads nothing, answers nothing
    QVERIFY(bindClient(silent));
    TrafficRun run;
    QSignalSpy sent(&run, &TrafficRun::datagramSent);
    QSignalSpy finished(&run, &TrafficRun::finished);
    TrafficRun::Settings settings = loopbackRun(silent.localPort(), "x {seq}", 0);  // until stopped
    settings.timeoutMs = 60000;
    run.start(settings);
    QTRY_VERIFY(sent.count() >= 3);
    run.stop();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(run.statistics().lostCount(), run.statistics().sentCount());
    const int after = sent.count();
    QTest::qWait(20);
    QCOMPARE(sent.count(), after);  // nothing more goes out
}

void TestTrafficRun::summaryFormat()
{
    RunStatistics stats;
    const qint64 ms = 1000 * 1000;
    for (quint64 seq = 1; seq <= 4; ++seq)
        stats.sent(seq, qint64(seq) * 10 * ms);  // 10 ms apart: 100/s
    stats.answered(1, 10 * ms + ms);       // 1 ms
    stats.answered(2, 20 * ms + 3 * ms);   // 3 ms
    stats.answered(2, 20 * ms + 4 * ms);   // a duplicate
    stats.answered(3, 30 * ms + ms);       // 1 ms
    stats.timedOut(4);
    // Without kernel receive times (another system, or a UDPCHAT_PORTABLE_IO build) it says so.
    const QString readTimes = ArrivalTime::isSupported()
        ? QString() : QStringLiteral("\n(timed when read: this system gives no kernel receive times)");
    QCOMPARE(TrafficConsole::summary(stats, QStringLiteral("127.0.0.1:6000")),
             QStringLiteral("--- 127.0.0.1:6000 ---\n"
                            "4 sent, 3 answered, 25% lost, 1 duplicated, 0 reordered, 100.0/s\n"
                            "rtt min/p50/p99/max = 1.000/1.004/2.998/3.000 ms, jitter 0.242 ms")  // quantiles: bucket middles (within 0.8%)
                 + readTimes);
    RunStatistics none;
    none.sent(1, 0);
    none.timedOut(1);
    QCOMPARE(TrafficConsole::summary(none, QStringLiteral("[::1]:6000")),
             QStringLiteral("--- [::1]:6000 ---\n1 sent, 0 answered, 100% lost, 0 duplicated, 0 reordered, 0.0/s"));
}

QTEST_GUILESS_MAIN(TestTrafficRun)
#include "tst_trafficrun.moc"
