// SPDX-License-Identifier: MIT
// udpchat-client --console honours the client's options: --any-sender prints every reply naming
// its sender (and how many answered) before the next prompt, while the default connected socket
// never shows a stranger's; --expect any takes an echo as the reply; a --local-port in use is
// explained, the exit status is 1 and nothing is sent. Fake servers are sockets of the test's own.
#include "udptestutil.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

class TestConsoleOptions : public QObject
{
    Q_OBJECT

private slots:
    void anySenderPrintsEveryResponder_data();
    void anySenderPrintsEveryResponder();
    void connectedIgnoresStranger();
    void expectAnyTakesEcho();
    void localPortInUse();
    void hostileRepliesEscaped();

private:
    // Runs the console client with this input, serving events (the fake servers) until it ends.
    static QString run(const QStringList &arguments, const QByteArray &input, int *exitCode, QByteArray *raw = nullptr);
};

QString TestConsoleOptions::run(const QStringList &arguments, const QByteArray &input, int *exitCode, QByteArray *raw)
{
    QProcess client;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    client.setProcessEnvironment(env);
    client.start(QStringLiteral(UDPCHAT_CLIENT_BIN), QStringList{QStringLiteral("--console")} + arguments);
    if (!client.waitForStarted(10000))
        return QStringLiteral("did not start");
    client.write(input);
    client.closeWriteChannel();
    QDeadlineTimer deadline(15000);
    while (client.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(5);  // the fake servers answer from this event loop
    if (client.state() != QProcess::NotRunning) {
        client.kill();
        client.waitForFinished(5000);
    }
    *exitCode = client.exitCode();
    const QByteArray out = client.readAllStandardOutput() + client.readAllStandardError();
    if (raw)
        *raw = out;
    return QString::fromUtf8(out);
}

void TestConsoleOptions::anySenderPrintsEveryResponder_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("address") << QStringLiteral("127.0.0.1");
    QTest::newRow("name, looked up first") << QStringLiteral("localhost");
}

void TestConsoleOptions::anySenderPrintsEveryResponder()
{
    QFETCH(QString, host);
    QUdpSocket a, b;
    QVERIFY(bindClient(a));
    QVERIFY(bindClient(b));
    connect(&a, &QUdpSocket::readyRead, this, [&] {
        while (a.hasPendingDatagrams()) {
            const QNetworkDatagram d = a.receiveDatagram();
            const QByteArray reply = "Hello " + d.data() + "!\n";
            a.writeDatagram(reply, d.senderAddress(), quint16(d.senderPort()));
            b.writeDatagram(reply, d.senderAddress(), quint16(d.senderPort()));
        }
    });
    int code = -1;
    const QString out = run({QStringLiteral("--host"), host, QStringLiteral("--port"), QString::number(a.localPort()),
                             QStringLiteral("--any-sender"), QStringLiteral("--timeout"), QStringLiteral("1500")},
                            "alice\n", &code);
    QCOMPARE(code, 0);
    const QString fromA = QStringLiteral("from 127.0.0.1:%1 time=").arg(a.localPort());
    const QString fromB = QStringLiteral("from 127.0.0.1:%1 time=").arg(b.localPort());
    QVERIFY2(out.contains(fromA) && out.contains(fromB), qPrintable(out));
    // Both replies, and the count, before the next prompt.
    const qsizetype secondPrompt = out.indexOf(QStringLiteral("Please input your name: "), 1);
    QVERIFY2(out.indexOf(QStringLiteral("answered by 2 servers\n")) < secondPrompt
                 && out.indexOf(fromA) < secondPrompt && out.indexOf(fromB) < secondPrompt,
             qPrintable(out));
}

void TestConsoleOptions::connectedIgnoresStranger()
{
    QUdpSocket a, b;
    QVERIFY(bindClient(a));
    QVERIFY(bindClient(b));
    connect(&a, &QUdpSocket::readyRead, this, [&] {
        while (a.hasPendingDatagrams()) {
            const QNetworkDatagram d = a.receiveDatagram();
            b.writeDatagram("Hello " + d.data() + "!\n", d.senderAddress(), quint16(d.senderPort()));  // first
            a.writeDatagram("Hello " + d.data() + "!\n", d.senderAddress(), quint16(d.senderPort()));
        }
    });
    int code = -1;
    const QString out = run({QStringLiteral("--port"), QString::number(a.localPort())}, "alice\n", &code);
    QCOMPARE(code, 0);
    // The seed's output, byte for byte: the stranger's datagram never reached the socket.
    QCOMPARE(out, QStringLiteral("Please input your name: Hello alice!\n\nPlease input your name: \n"));
}

void TestConsoleOptions::expectAnyTakesEcho()
{
    QUdpSocket echo;
    QVERIFY(bindClient(echo));
    connect(&echo, &QUdpSocket::readyRead, this, [&] {
        while (echo.hasPendingDatagrams()) {
            const QNetworkDatagram d = echo.receiveDatagram();
            echo.writeDatagram(d.data(), d.senderAddress(), quint16(d.senderPort()));
        }
    });
    int code = -1;
    const QString hello = run({QStringLiteral("--port"), QString::number(echo.localPort()), QStringLiteral("--timeout"),
                               QStringLiteral("300")}, "ping\n", &code);
    QVERIFY2(hello.contains(QStringLiteral("no reply from")), qPrintable(hello));  // not a hello reply
    const QString any = run({QStringLiteral("--port"), QString::number(echo.localPort()), QStringLiteral("--expect"),
                             QStringLiteral("any")}, "ping\n", &code);
    QCOMPARE(code, 0);
    QCOMPARE(any, QStringLiteral("Please input your name: ping\nPlease input your name: \n"));
}

void TestConsoleOptions::localPortInUse()
{
    QUdpSocket holder, server;
    QVERIFY(bindClient(holder));
    QVERIFY(bindClient(server));
    int code = -1;
    const QString out = run({QStringLiteral("--port"), QString::number(server.localPort()), QStringLiteral("--local-address"),
                             QStringLiteral("127.0.0.1"), QStringLiteral("--local-port"), QString::number(holder.localPort())},
                            "alice\nbob\n", &code);
    QCOMPARE(code, 1);
    QVERIFY2(out.contains(QStringLiteral("The local port 127.0.0.1:%1 is in use by another program").arg(holder.localPort()))
                 && out.contains(QStringLiteral("Nothing was sent.")),
             qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("bob")), qPrintable(out));  // it stops: asking again would not help
    QVERIFY(!server.hasPendingDatagrams());
    QVERIFY(!holder.hasPendingDatagrams());
}

// A hostile server's reply reached the terminal raw in the interactive console: ESC sequences
// could retitle the window or move the cursor. Now escaped as the window escapes it; a line break
// stays a line break.
void TestConsoleOptions::hostileRepliesEscaped()
{
    QUdpSocket hostile;
    QVERIFY(bindClient(hostile));
    static const char evilBytes[] = "\x1b]0;pwned\x07\x1b[31mred\x00\xff\rover\nsecond line\n";
    const QByteArray evil(evilBytes, sizeof evilBytes - 1);
    connect(&hostile, &QUdpSocket::readyRead, this, [&] {
        while (hostile.hasPendingDatagrams()) {
            const QNetworkDatagram d = hostile.receiveDatagram();
            hostile.writeDatagram(evil, d.senderAddress(), quint16(d.senderPort()));
        }
    });
    int code = -1;
    QByteArray raw;
    const QString out = run({QStringLiteral("--port"), QString::number(hostile.localPort()), QStringLiteral("--expect"),
                             QStringLiteral("any")}, "alice\n", &code, &raw);
    QCOMPARE(code, 0);
    for (const char c : {'\x1b', '\x00', '\x07', '\r', '\xff'})
        QVERIFY2(!raw.contains(c), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("\\x1b]0;pwned\\x07\\x1b[31mred\\x00\\xff\\rover\nsecond line\n")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestConsoleOptions)
#include "tst_consoleoptions.moc"
