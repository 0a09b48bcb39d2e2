// SPDX-License-Identifier: MIT
// The window's Runs panel takes the window's choices as the console takes its options (replies
// expected, who may answer...), and its charts count as its figures do: datagrams answered (not
// every responder's reply) and every datagram lost, those still waiting at Stop too.
#include "clientoptions.h"
#include "clientwindow.h"
#include "runpanel.h"
#include "runsettings.h"
#include "runtimeline.h"
#include "runtestutil.h"
#include "udptestutil.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest>

#include "widgettestutil.h"

class TestRunWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runTakesWindowChoices();
    void chartCountsDatagramsNotReplies();
    void chartMarksLossesAtStop();

private:
    static ClientOptions optionsFor(quint16 port);
    static void prepare(RunPanel *panel, const QString &message, int count);
    static quint64 answeredInChart(const RunTimeline &timeline);
};

void TestRunWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // never the user's settings
}

ClientOptions TestRunWindow::optionsFor(quint16 port)
{
    ClientOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = port;
    options.timeoutMs = 500;
    return options;
}

void TestRunWindow::prepare(RunPanel *panel, const QString &message, int count)
{
    child<QSpinBox>(panel, "runCountSpin")->setValue(count);
    child<QSpinBox>(panel, "runPaceSpin")->setValue(1);  // one every 1 ms
    child<QLineEdit>(panel, "runMessageEdit")->setText(message);
}

quint64 TestRunWindow::answeredInChart(const RunTimeline &timeline)
{
    quint64 answered = 0;
    for (const RunTimeline::Second &second : timeline.perSecond())
        answered += second.answered;
    return answered;
}

void TestRunWindow::runTakesWindowChoices()
{
    // Replies = any against an echo: every echo is an answer (with the run's defaults, none was).
    QUdpSocket echo;
    QVERIFY(bindClient(echo));
    connect(&echo, &QUdpSocket::readyRead, this, [&echo] {
        while (echo.hasPendingDatagrams()) {
            const QNetworkDatagram d = echo.receiveDatagram();
            echo.writeDatagram(d.makeReply(d.data()));
        }
    });
    ClientOptions options = optionsFor(echo.localPort());
    options.expectAny = true;
    ClientWindow window(options);
    RunPanel *panel = window.runPanel();
    prepare(panel, QStringLiteral("echo {seq}"), 5);
    QSignalSpy finished(panel->run(), &TrafficRun::finished);
    panel->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const TrafficRun::Settings &used = panel->run()->settings();
    QVERIFY(used.expectAny);
    QCOMPARE(used.message, QByteArray("echo {seq}"));
    QCOMPARE(used.count, quint64(5));
    QCOMPARE(used.intervalNs, 1000LL * 1000);
    QCOMPARE(panel->run()->statistics().answeredCount(), quint64(5));
    QCOMPARE(panel->run()->statistics().lostCount(), quint64(0));
    // The rest as the console builds them from the same options.
    const TrafficRun::Settings console = runSettings(options);
    QCOMPARE(used.host, console.host);
    QCOMPARE(used.port, console.port);
    QCOMPARE(used.timeoutMs, console.timeoutMs);
    QCOMPARE(used.socket.anySender, console.socket.anySender);
    QCOMPARE(used.socket.ttl, console.socket.ttl);
    QCOMPARE(used.socket.multicastLoopback, console.socket.multicastLoopback);
}

void TestRunWindow::chartCountsDatagramsNotReplies()
{
    // Anyone may answer, two responders: two replies per datagram, one answer in the chart.
    QUdpSocket a, b;
    QVERIFY(bindClient(a));
    QVERIFY(bindClient(b));
    answerFromBoth(a, b);
    ClientOptions options = optionsFor(a.localPort());
    options.socket.anySender = true;
    ClientWindow window(options);
    RunPanel *panel = window.runPanel();
    prepare(panel, QStringLiteral("x {seq}"), 5);
    QSignalSpy replies(panel->run(), &TrafficRun::replyReceived);
    QSignalSpy finished(panel->run(), &TrafficRun::finished);
    panel->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(replies.size(), 10);
    QCOMPARE(panel->run()->statistics().answeredCount(), quint64(5));
    QCOMPARE(answeredInChart(panel->timeline()), quint64(5));
    QCOMPARE(panel->timeline().roundTrips().size(), size_t(5));
}

void TestRunWindow::chartMarksLossesAtStop()
{
    QUdpSocket silent;  // reads nothing, answers nothing
    QVERIFY(bindClient(silent));
    ClientOptions options = optionsFor(silent.localPort());
    options.timeoutMs = 60000;
    ClientWindow window(options);
    RunPanel *panel = window.runPanel();
    prepare(panel, QStringLiteral("x {seq}"), 0);  // until stopped
    QSignalSpy sent(panel->run(), &TrafficRun::datagramSent);
    panel->start();
    QTRY_VERIFY(sent.size() >= 3);
    panel->stop();
    const RunStatistics &stats = panel->run()->statistics();
    QVERIFY(stats.lostCount() >= 3);
    QCOMPARE(panel->timeline().losses().size(), size_t(stats.lostCount()));
    // Marked when they were sent: within the run, not before it.
    for (double at : panel->timeline().losses())
        QVERIFY2(at >= 0 && at <= panel->timeline().elapsedSeconds(), qPrintable(QString::number(at)));
}

QTEST_MAIN(TestRunWindow)
#include "tst_runsettings.moc"
