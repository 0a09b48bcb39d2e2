// SPDX-License-Identifier: MIT
// udpchat-client --console --message against the real udpchat-server --headless: a ping-like line
// per reply naming the responder, the summary, the exit status, and Ctrl+C ending a run early.
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

class TestTrafficCli : public QObject
{
    Q_OBJECT

private slots:
    void countedRunAllAnswered();
    void messageAloneSendsOnce();
    void silentServerExitsOne();
    void interruptStillSummarises();
    void fullOutputSaid_data();
    void fullOutputSaid();

private:
    // Starts the headless server with these extra arguments; returns its port, 0 on failure.
    static quint16 startServer(QProcess &server, const QStringList &extra = {});
    static void runClient(QProcess &client, quint16 port, const QStringList &arguments);
};

quint16 TestTrafficCli::startServer(QProcess &server, const QStringList &extra)
{
    server.start(QStringLiteral(UDPCHAT_SERVER_BIN),
                 QStringList{QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0")} + extra);
    if (!server.waitForReadyRead(10000))
        return 0;
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^UDP bound on port (\\d+)")).match(QString::fromLatin1(server.readLine()));
    return m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
}

void TestTrafficCli::runClient(QProcess &client, quint16 port, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));  // a console run needs no display
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    client.setProcessEnvironment(env);
    client.start(QStringLiteral(UDPCHAT_CLIENT_BIN),
                 QStringList{QStringLiteral("--console"), QStringLiteral("--port"), QString::number(port)} + arguments);
}

void TestTrafficCli::countedRunAllAnswered()
{
    QProcess server;
    const quint16 port = startServer(server);
    QVERIFY2(port != 0, server.readAllStandardError().constData());
    QProcess client;
    runClient(client, port, {QStringLiteral("--message"), QStringLiteral("x {seq}"), QStringLiteral("--count"),
                             QStringLiteral("5"), QStringLiteral("--interval"), QStringLiteral("1")});
    QVERIFY(client.waitForFinished(10000));
    QCOMPARE(client.exitCode(), 0);
    const QStringList lines = QString::fromUtf8(client.readAllStandardOutput()).split(QLatin1Char('\n'));
    QVERIFY2(lines.size() == 9 && lines.last().isEmpty(), qPrintable(lines.join(QLatin1Char('|'))));
    const QString where = QStringLiteral("127.0.0.1:%1").arg(port);
    for (int seq = 1; seq <= 5; ++seq) {
        // The reply escaped (\n as two characters), who sent it, its number and round trip.
        const QRegularExpression line(QStringLiteral("^Hello x %1!\\\\n from %2 seq=%1 time=\\d+\\.\\d{3} ms$")
                                          .arg(seq).arg(QRegularExpression::escape(where)));
        QVERIFY2(lines.count() > 0 && !lines.filter(line).isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
    }
    QCOMPARE(lines[5], QStringLiteral("--- %1 ---").arg(where));
    QVERIFY2(lines[6].startsWith(QStringLiteral("5 sent, 5 answered, 0% lost, 0 duplicated, 0 reordered, ")),
             qPrintable(lines[6]));
    QVERIFY2(QRegularExpression(QStringLiteral("^rtt min/p50/p99/max = [\\d.]+/[\\d.]+/[\\d.]+/[\\d.]+ ms, jitter [\\d.]+ ms$"))
                 .match(lines[7]).hasMatch(), qPrintable(lines[7]));
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
    QVERIFY(server.readAllStandardError().contains("received 5, answered 5, dropped by the system: 0"));
}

void TestTrafficCli::messageAloneSendsOnce()
{
    QProcess server;
    const quint16 port = startServer(server);
    QVERIFY(port != 0);
    QProcess client;
    runClient(client, port, {QStringLiteral("--message"), QStringLiteral("once")});
    QVERIFY(client.waitForFinished(10000));
    QCOMPARE(client.exitCode(), 0);
    const QByteArray out = client.readAllStandardOutput();
    QVERIFY2(out.startsWith("Hello once!\\n from 127.0.0.1:") && out.contains("\n1 sent, 1 answered, 0% lost"),
             out.constData());
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
}

void TestTrafficCli::silentServerExitsOne()
{
    QProcess server;
    const quint16 port = startServer(server, {QStringLiteral("--reply"), QStringLiteral("none")});
    QVERIFY(port != 0);
    QProcess client;
    runClient(client, port, {QStringLiteral("--message"), QStringLiteral("x {seq}"), QStringLiteral("--count"),
                             QStringLiteral("3"), QStringLiteral("--interval"), QStringLiteral("1"),
                             QStringLiteral("--timeout"), QStringLiteral("200")});
    QVERIFY(client.waitForFinished(10000));
    QCOMPARE(client.exitCode(), 1);
    const QString out = QString::fromUtf8(client.readAllStandardOutput());
    for (int seq = 1; seq <= 3; ++seq)
        QVERIFY2(out.contains(QStringLiteral("no reply from 127.0.0.1:%1 seq=%2 within 200 ms\n").arg(port).arg(seq)),
                 qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("\n3 sent, 0 answered, 100% lost, ")), qPrintable(out));
    QVERIFY(!out.contains(QStringLiteral("rtt")));
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
}

void TestTrafficCli::interruptStillSummarises()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGINT is Unix");
#else
    QProcess server;
    const quint16 port = startServer(server);
    QVERIFY(port != 0);
    QProcess client;
    runClient(client, port, {QStringLiteral("--message"), QStringLiteral("x {seq}"), QStringLiteral("--interval"),
                             QStringLiteral("5")});  // no --count: until Ctrl+C
    QVERIFY(client.waitForStarted());
    QByteArray out;
    QDeadlineTimer deadline(10000);
    while (out.count("seq=") < 3 && !deadline.hasExpired() && client.state() == QProcess::Running) {
        client.waitForReadyRead(100);
        out += client.readAllStandardOutput();
    }
    QVERIFY2(out.count("seq=") >= 3, out.constData());
    QCOMPARE(::kill(pid_t(client.processId()), SIGINT), 0);
    QVERIFY(client.waitForFinished(10000));
    QCOMPARE(client.exitStatus(), QProcess::NormalExit);
    QCOMPARE(client.exitCode(), 0);
    out += client.readAllStandardOutput();
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("\\n(\\d+) sent, (\\d+) answered, "))
                                          .match(QString::fromUtf8(out));
    QVERIFY2(m.hasMatch(), out.constData());
    QVERIFY(m.captured(1).toInt() >= 3 && m.captured(2).toInt() >= 3);
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
#endif
}

void TestTrafficCli::fullOutputSaid_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("--message") << QStringList{QStringLiteral("--message"), QStringLiteral("hi")} << QByteArray();
    QTest::newRow("interactive") << QStringList() << QByteArray("Bob\nexit\n");
}

// `--message hi >/dev/full` exited 0 without a word: everything it printed was lost.
void TestTrafficCli::fullOutputSaid()
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full on this system");
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QProcess server;
    const quint16 port = startServer(server);
    QVERIFY(port != 0);
    QProcess client;
    client.setStandardOutputFile(QStringLiteral("/dev/full"));
    runClient(client, port, arguments);
    client.write(input);
    client.closeWriteChannel();
    QVERIFY(client.waitForFinished(10000));
    QCOMPARE(client.exitStatus(), QProcess::NormalExit);
    QVERIFY(client.exitCode() != 0);
    const QString error = QString::fromUtf8(client.readAllStandardError());
    QVERIFY2(error.contains(QStringLiteral("Could not write to standard output: No space left on device")), qPrintable(error));
    QCOMPARE(error.count(QStringLiteral("Could not write")), 1);  // said once, not per line
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestTrafficCli)
#include "tst_trafficconsole.moc"
