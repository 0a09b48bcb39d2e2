// SPDX-License-Identifier: MIT
// The real udpchat-server binary leaving by every way out: SIGHUP (headless and window), the X
// server going away under the window, and a log file that is a FIFO. Every datagram the server
// answered must be in the log file afterwards.
#include "headlessserver.h"
#include "udptestutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/stat.h>
#endif

class TestShutdown : public QObject
{
    Q_OBJECT

private slots:
#ifdef Q_OS_UNIX
    void headlessSighupWritesEverything();
    void headlessClosedOutputWritesEverything();
    void windowSighupWritesEverything();
    void windowLosingXServerWritesEverything();
    void fifoLogFileRefused();
    void queuedDatagramsServedOnTheWayOut_data();
    void queuedDatagramsServedOnTheWayOut();
#endif

private:
    static constexpr int Datagrams = 1000;
    QTemporaryDir m_home;  // the window's settings go here, not into the user's
    QProcessEnvironment environment(const QString &platform) const;
    quint16 startHeadless(QProcess &process, const QString &logFile);
    quint16 startWindow(QProcess &process, const QString &logFile, const QProcessEnvironment &env);
};

namespace {
QString serverBinary() { return QStringLiteral(UDPCHAT_SERVER_BIN); }

// A port free a moment ago: the window prints nothing, so it cannot be told to pick one itself.
quint16 freePort()
{
    QUdpSocket probe;
    return probe.bind(QHostAddress::LocalHost, 0) ? probe.localPort() : 0;
}

// Sends "probe" until the server answers (it may still be starting); false after timeoutMs.
bool waitUntilServing(QUdpSocket &client, quint16 port, int timeoutMs = 15000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        client.writeDatagram("probe", QHostAddress::LocalHost, port);
        if (client.waitForReadyRead(200)) {
            while (client.hasPendingDatagrams())
                client.receiveDatagram();
            return true;
        }
    }
    return false;
}

// Sends Datagrams numbered payloads ("n0".."n999") in batches, each batch answered before the
// next goes; returns how many answers came.
int sendNumbered(QUdpSocket &client, quint16 port, int count)
{
    constexpr int Batch = 100;
    int answered = 0;
    for (int first = 0; first < count; first += Batch) {
        const int last = qMin(first + Batch, count);
        for (int i = first; i < last; ++i)
            client.writeDatagram("n" + QByteArray::number(i), QHostAddress::LocalHost, port);
        QDeadlineTimer deadline(5000);
        while (answered < last && !deadline.hasExpired()) {
            if (!client.hasPendingDatagrams() && !client.waitForReadyRead(100))
                continue;
            while (client.hasPendingDatagrams()) {
                client.receiveDatagram();
                ++answered;
            }
        }
        if (answered < last)
            break;
    }
    return answered;
}

// How many of "n0".."n<count-1>" the log file holds; why is set when a line is not whole JSON.
int numberedInLog(const QString &path, int count, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    QSet<QString> seen;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QString text = QJsonDocument::fromJson(line, &error).object().value(QStringLiteral("text")).toString();
        if (error.error != QJsonParseError::NoError)
            *why = QStringLiteral("not a whole JSON line: ") + QString::fromLatin1(line.left(60));
        if (text.startsWith(QLatin1Char('n')) && text.mid(1).toInt() < count)
            seen.insert(text);
    }
    return int(seen.size());
}
} // namespace

QProcessEnvironment TestShutdown::environment(const QString &platform) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    return env;
}

quint16 TestShutdown::startHeadless(QProcess &process, const QString &logFile)
{
    return startHeadlessServer(process, serverBinary(), {QStringLiteral("--log-file"), logFile});
}

quint16 TestShutdown::startWindow(QProcess &process, const QString &logFile, const QProcessEnvironment &env)
{
    const quint16 port = freePort();
    process.setProcessEnvironment(env);
    process.start(serverBinary(), {QStringLiteral("--port"), QString::number(port), QStringLiteral("--log-file"), logFile});
    return process.waitForStarted() ? port : 0;
}

#ifdef Q_OS_UNIX
void TestShutdown::headlessSighupWritesEverything()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("log.jsonl"));
    QProcess server;
    const quint16 port = startHeadless(server, log);
    QVERIFY2(port != 0, server.readAllStandardError().constData());
    QUdpSocket client;
    QVERIFY(bindClient(client));
    QCOMPARE(sendNumbered(client, port, Datagrams), Datagrams);
    ::kill(pid_t(server.processId()), SIGHUP);  // a closed terminal, before the 1 s flush
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);  // like SIGTERM: not killed by the signal
    QCOMPARE(server.exitCode(), 0);
    QString why;
    QCOMPARE(numberedInLog(log, Datagrams, &why), Datagrams);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(server.readAllStandardOutput().count("Receive from 127.0.0.1:"), qsizetype(Datagrams));
}

// `udpchat-server --headless | head -1`: the reader goes, the next line raises SIGPIPE, whose
// default action killed the server with its log file's last lines unwritten.
void TestShutdown::headlessClosedOutputWritesEverything()
{
    const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
    if (bash.isEmpty())
        QSKIP("bash is not installed");
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("log.jsonl"));
    QProcess pipeline;  // prints head's one line, then the server's exit status
    pipeline.start(bash, {QStringLiteral("-c"),
                          QStringLiteral("\"$0\" --headless --port 0 --log-file \"$1\" | head -n 1; "
                                         "echo \"status ${PIPESTATUS[0]}\""),
                          serverBinary(), log});
    QByteArray first;
    QDeadlineTimer deadline(10000);
    while (!first.contains('\n') && !deadline.hasExpired() && pipeline.state() != QProcess::NotRunning) {
        pipeline.waitForReadyRead(100);
        first += pipeline.readLine();
    }
    const QRegularExpressionMatch bound =
        QRegularExpression(QStringLiteral("^UDP bound on port (\\d+)")).match(QString::fromLatin1(first));
    QVERIFY2(bound.hasMatch(), first.constData());
    const quint16 port = quint16(bound.captured(1).toUInt());
    QUdpSocket client;
    QVERIFY(bindClient(client));
    QCOMPARE(sendNumbered(client, port, Datagrams), Datagrams);
    QVERIFY(pipeline.waitForFinished(10000));  // the console's next flush finds no reader
    const QByteArray rest = pipeline.readAllStandardOutput();
    const QByteArray errors = pipeline.readAllStandardError();
    QVERIFY2(rest.contains("status 0"), (rest + errors).constData());  // not 141: killed by SIGPIPE
    QString why;
    QCOMPARE(numberedInLog(log, Datagrams, &why), Datagrams);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY2(errors.contains("dropped by the system"), errors.constData());  // the summary still reaches stderr
}

void TestShutdown::windowSighupWritesEverything()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("log.jsonl"));
    QProcess server;
    const quint16 port = startWindow(server, log, environment(QStringLiteral("offscreen")));
    QVERIFY(port != 0);
    QUdpSocket client;
    QVERIFY(bindClient(client));
    QVERIFY2(waitUntilServing(client, port), server.readAllStandardError().constData());
    QCOMPARE(sendNumbered(client, port, Datagrams), Datagrams);
    ::kill(pid_t(server.processId()), SIGHUP);
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
    QString why;
    QCOMPARE(numberedInLog(log, Datagrams, &why), Datagrams);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestShutdown::queuedDatagramsServedOnTheWayOut_data()
{
    QTest::addColumn<bool>("window");
    QTest::newRow("headless") << false;
    QTest::newRow("window") << true;
}

// Datagrams still queued in the socket when SIGTERM comes were dropped by the window without a
// word (and it printed no totals): they are served, logged and counted, and the totals said.
void TestShutdown::queuedDatagramsServedOnTheWayOut()
{
    QFETCH(bool, window);
    constexpr int Queued = 200;  // what a stock receive buffer (rmem_max 212992) holds, with room
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("log.jsonl"));
    QProcess server;
    const quint16 port = window ? startWindow(server, log, environment(QStringLiteral("offscreen")))
                                : startHeadless(server, log);
    QVERIFY(port != 0);
    QUdpSocket client;
    QVERIFY(bindClient(client));
    QVERIFY2(waitUntilServing(client, port), server.readAllStandardError().constData());
    const pid_t pid = pid_t(server.processId());
    ::kill(pid, SIGSTOP);  // stopped: what comes now waits in its socket
    for (int i = 0; i < Queued; ++i)
        client.writeDatagram("n" + QByteArray::number(i), QHostAddress::LocalHost, port);
    ::kill(pid, SIGTERM);
    ::kill(pid, SIGCONT);
    // The replies are read as they come: more than the client's receive buffer holds.
    int answered = 0;
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && (server.state() != QProcess::NotRunning || client.hasPendingDatagrams())) {
        if (client.hasPendingDatagrams() || client.waitForReadyRead(20)) {
            while (client.hasPendingDatagrams())
                answered += client.receiveDatagram().data().startsWith("Hello n");
        }
        server.waitForFinished(0);
    }
    QCOMPARE(server.state(), QProcess::NotRunning);
    QCOMPARE(server.exitCode(), 0);
    QCOMPARE(answered, Queued);
    QString why;
    QCOMPARE(numberedInLog(log, Queued, &why), Queued);
    const QString errors = QString::fromLocal8Bit(server.readAllStandardError());
    const QRegularExpressionMatch totals =
        QRegularExpression(QStringLiteral("received (\\d+), answered (\\d+), dropped by the system: 0")).match(errors);
    QVERIFY2(totals.hasMatch(), qPrintable(errors));
    QVERIFY2(totals.captured(1).toInt() >= Queued + 1 && totals.captured(1) == totals.captured(2), qPrintable(errors));
}

void TestShutdown::windowLosingXServerWritesEverything()
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty())
        QSKIP("Xvfb is not installed (Debian: apt install xvfb): cannot break a real X connection");
    QProcess display;
    // -displayfd 1: Xvfb picks a free display and prints its number once it accepts clients.
    display.start(xvfb, {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-nolisten"),
                         QStringLiteral("tcp"), QStringLiteral("-screen"), QStringLiteral("0"),
                         QStringLiteral("1280x1024x24")});
    QByteArray number;
    QDeadlineTimer deadline(15000);
    while (!number.contains('\n') && !deadline.hasExpired() && display.state() != QProcess::NotRunning) {
        display.waitForReadyRead(100);
        number += display.readAllStandardOutput();
    }
    const auto stopDisplay = qScopeGuard([&display] { display.terminate(); display.waitForFinished(); });
    bool numeric = false;
    number.trimmed().toInt(&numeric);
    QVERIFY2(numeric, display.readAllStandardError().constData());

    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("log.jsonl"));
    QProcessEnvironment env = environment(QStringLiteral("xcb"));
    env.insert(QStringLiteral("DISPLAY"), QLatin1Char(':') + QString::fromLatin1(number.trimmed()));
    QProcess server;
    const quint16 port = startWindow(server, log, env);
    QVERIFY(port != 0);
    QUdpSocket client;
    QVERIFY(bindClient(client));
    QVERIFY2(waitUntilServing(client, port), server.readAllStandardError().constData());
    QCOMPARE(sendNumbered(client, port, Datagrams), Datagrams);
    // The X server goes (SIGTERM: it still removes its lock file); Qt's xcb plugin then calls
    // exit(1), so no destructor runs in the window.
    display.terminate();
    QVERIFY(display.waitForFinished(10000));
    QVERIFY2(server.waitForFinished(10000), "the window should leave when its X server is gone");
    const QByteArray errors = server.readAllStandardError();
    QVERIFY2(errors.contains("X11 connection broke") || server.exitCode() != 0, errors.constData());
    QString why;
    QCOMPARE(numberedInLog(log, Datagrams, &why), Datagrams);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestShutdown::fifoLogFileRefused()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.jsonl"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    // Headless: exit 1 at once with the reason (it used to block in open(), deaf to Ctrl+C).
    QProcess headless;
    headless.start(serverBinary(), {QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                                    QStringLiteral("--log-file"), fifo});
    QElapsedTimer timer;
    timer.start();
    const bool finished = headless.waitForFinished(5000);
    if (!finished)
        headless.kill();
    QVERIFY2(finished, "a FIFO as --log-file blocked the headless server");
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(headless.exitCode(), 1);
    const QString error = QString::fromLocal8Bit(headless.readAllStandardError());
    QVERIFY2(error.contains(fifo) && error.contains(QStringLiteral("not a regular file")), qPrintable(error));
    // The window (a FIFO saved as its log file kept it from ever appearing) comes up and serves.
    QProcess window;
    const quint16 port = startWindow(window, fifo, environment(QStringLiteral("offscreen")));
    QVERIFY(port != 0);
    QUdpSocket client;
    QVERIFY(bindClient(client));
    const bool serving = waitUntilServing(client, port);
    window.terminate();
    if (!window.waitForFinished(10000))
        window.kill();
    QVERIFY2(serving, "a FIFO as log file kept the window from starting");
}
#endif

QTEST_GUILESS_MAIN(TestShutdown)
#include "tst_shutdown.moc"
