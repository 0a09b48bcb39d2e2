// SPDX-License-Identifier: MIT
// TrafficRun counts datagrams, one signal each: a first answer (not every responder's reply) and
// every loss, those still waiting when stop() ends the run too. With anyone answering and replies
// all alike, each responder's reply is matched to the next datagram it has not answered, without
// rescanning what it already answered (a long queue stays linear, not quadratic).
#include "trafficrun.h"
#include "runtestutil.h"
#include "udptestutil.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

class TestRunAccounting : public QObject
{
    Q_OBJECT

private slots:
    void oneResponderLongQueueInOrder();
    void firstAnswersOnly_data();
    void firstAnswersOnly();
    void stopSignalsEveryLoss();

private:
    static TrafficRun::Settings anyoneSettings(quint16 port, const QByteArray &message, quint64 count);
};

TrafficRun::Settings TestRunAccounting::anyoneSettings(quint16 port, const QByteArray &message, quint64 count)
{
    TrafficRun::Settings settings = loopbackRun(port, message, count);
    settings.timeoutMs = 300;
    settings.socket.anySender = true;
    return settings;
}

void TestRunAccounting::oneResponderLongQueueInOrder()
{
    // Time stands still (injected clock): nothing expires, whatever the machine's speed. All the
    // datagrams go out first; then one responder answers them in order, in bounded bursts that
    // the run's receive buffer holds. Scanning from the queue's front for each reply took
    // N*N/2 steps (about 1.8e9 here, minutes); from each responder's cursor it takes N.
    constexpr int N = 60000;  // under RunStatistics' window: none given up on
    constexpr int Burst = 200;  // well inside a default receive buffer
    QUdpSocket responder;  // reads one datagram, to learn where the run is; the rest may drop
    QVERIFY(bindClient(responder));
    TrafficRun run;
    qint64 fake = 0;
    run.setClock([&fake] { return fake; });
    QSignalSpy sent(&run, &TrafficRun::datagramSent);
    TrafficRun::Settings settings = anyoneSettings(responder.localPort(), "x", N);
    settings.intervalNs = 1;
    settings.timeoutMs = 60000;
    run.start(settings);
    fake = 1000 * 1000;  // 1 ms later: every datagram is due, none has waited its 60 s
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), N, 20000);
    const QNetworkDatagram first = waitForDatagram(responder);
    QVERIFY(first.isValid());

    quint64 expected = 1;
    int mismatched = 0;
    connect(&run, &TrafficRun::datagramAnswered, this, [&](quint64 seq, qint64) {
        mismatched += seq != expected;
        ++expected;
    });
    QSignalSpy lost(&run, &TrafficRun::datagramLost);
    QTimer heartbeat;  // so that waiting for events ends even if a reply never comes
    heartbeat.start(50);
    QElapsedTimer took;
    took.start();
    const QByteArray reply = "Hello x!\n";
    for (int done = 0; done < N && took.elapsed() < 20000;) {
        for (int k = 0; k < Burst; ++k)
            responder.writeDatagram(reply, first.senderAddress(), quint16(first.senderPort()));
        done += Burst;
        while (run.statistics().answeredCount() < quint64(done) && took.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    qInfo("%d replies matched in %lld ms", N, took.elapsed());
    QCOMPARE(run.statistics().answeredCount(), quint64(N));
    QCOMPARE(expected, quint64(N) + 1);
    QCOMPARE(mismatched, 0);
    QCOMPARE(run.statistics().duplicatedCount(), quint64(0));
    QCOMPARE(run.statistics().lostCount(), quint64(0));
    QVERIFY2(took.elapsed() < 15000, "matching replies is not linear");
    run.stop();
    QCOMPARE(lost.size(), 0);
    QCOMPARE(run.statistics().lostCount(), quint64(0));
}

void TestRunAccounting::firstAnswersOnly_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("numbered") << QByteArray("x {seq}");
    QTest::newRow("all alike") << QByteArray("x");
}

void TestRunAccounting::firstAnswersOnly()
{
    // Two responders answer each datagram: two replies each, one answer each, as the figures say.
    QFETCH(QByteArray, message);
    QUdpSocket a, b;
    QVERIFY(bindClient(a));
    QVERIFY(bindClient(b));
    answerFromBoth(a, b);
    TrafficRun run;
    QSignalSpy replies(&run, &TrafficRun::replyReceived);
    QSignalSpy answered(&run, &TrafficRun::datagramAnswered);
    QSignalSpy finished(&run, &TrafficRun::finished);
    run.start(anyoneSettings(a.localPort(), message, 4));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(replies.size(), 8);
    QCOMPARE(answered.size(), 4);
    for (int i = 0; i < answered.size(); ++i)
        QCOMPARE(answered.at(i).at(0).toULongLong(), quint64(i) + 1);
    QCOMPARE(run.statistics().answeredCount(), quint64(4));
    QCOMPARE(run.statistics().duplicatedCount(), quint64(0));
    QCOMPARE(run.statistics().lostCount(), quint64(0));
}

void TestRunAccounting::stopSignalsEveryLoss()
{
    QUdpSocket silent;  // reads nothing, answers nothing
    QVERIFY(bindClient(silent));
    TrafficRun run;
    QSignalSpy sent(&run, &TrafficRun::datagramSent);
    QSignalSpy lost(&run, &TrafficRun::datagramLost);
    QSignalSpy timedOut(&run, &TrafficRun::replyTimedOut);
    TrafficRun::Settings settings = anyoneSettings(silent.localPort(), "x {seq}", 0);  // until stopped
    settings.socket.anySender = false;
    settings.timeoutMs = 60000;
    run.start(settings);
    QTRY_VERIFY(sent.size() >= 3);
    run.stop();
    QCOMPARE(quint64(lost.size()), run.statistics().lostCount());
    QCOMPARE(quint64(lost.size()), run.statistics().sentCount());
    for (int i = 0; i < lost.size(); ++i) {
        QCOMPARE(lost.at(i).at(0).toULongLong(), quint64(i) + 1);
        const qint64 waited = lost.at(i).at(1).toLongLong();
        QVERIFY2(waited >= 0 && waited < 60000LL * 1000 * 1000, "waited less than the timeout");
    }
    QCOMPARE(timedOut.size(), 0);  // their time had not run out
}

QTEST_GUILESS_MAIN(TestRunAccounting)
#include "tst_trafficrunaccounting.moc"
