// SPDX-License-Identifier: MIT
// Both binaries' command lines, as a terminal user types them: every bad value is an error that
// names it (exit 1, nothing started), and the bind address does what --help says.
#include "headlessserver.h"
#include "udptestutil.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void serverRefuses_data();
    void serverRefuses();
    void clientRefuses_data();
    void clientRefuses();
    void headlessColonColonAnswersIPv4AndIPv6();
    void headlessReplyModes_data();
    void headlessReplyModes();

private:
    static void expectRefusal(const QString &binary, const QStringList &arguments, const QString &words);
};

void TestCommandLine::expectRefusal(const QString &binary, const QStringList &arguments, const QString &words)
{
    QProcess process;
    // Refused before any window: offscreen so that a regression cannot open one here.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(binary, arguments);
    QVERIFY(process.waitForStarted());
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
        QFAIL("still running: the argument was accepted");
    }
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QString error = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(error.contains(words), qPrintable(error));
}

void TestCommandLine::serverRefuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("words");
    QTest::newRow("positional") << QStringList{"--headless", "--port", "0", "6000"} << "unexpected argument '6000'";
    QTest::newRow("positional, window") << QStringList{"--port", "0", "extra"} << "unexpected argument 'extra'";
    QTest::newRow("empty log file") << QStringList{"--headless", "--port", "0", "--log-file", ""}
                                    << "--log-file: the file name is empty";
    QTest::newRow("empty pcap") << QStringList{"--headless", "--port", "0", "--pcap", ""}
                                << "--pcap: the file name is empty";
    QTest::newRow("pcap a folder") << QStringList{"--headless", "--port", "0", "--pcap", "/"}
                                   << "Cannot write the capture /: it is not a regular file";
    QTest::newRow("port +80") << QStringList{"--headless", "--port", "+80"} << "--port: '+80' is not a port number";
    QTest::newRow("interface that does not exist") << QStringList{"--headless", "--port", "0", "--bind", "fe80::1%nosuch"}
                                                   << "this computer has no interface named 'nosuch'";
    QTest::newRow("reply text that never fits")
        << QStringList{"--headless", "--port", "0", "--reply", "text", "--reply-text", QString(65508, QLatin1Char('x'))}
        << "at least 65508 bytes";
    QTest::newRow("rate 2^30") << QStringList{"--headless", "--port", "0", "--rate-limit", "1073741824"}
                               << "--rate-limit: '1073741824' is not a number of replies per second from 0 (off) to 1000000";
    QTest::newRow("rate -5") << QStringList{"--headless", "--port", "0", "--rate-limit", "-5"} << "--rate-limit";
    QTest::newRow("rows 2e9") << QStringList{"--headless", "--port", "0", "--max-rows", "2000000000"}
                              << "--max-rows: '2000000000' is not a number of rows from 1 to 1000000";
    QTest::newRow("mapped") << QStringList{"--headless", "--port", "0", "--bind", "::ffff:127.0.0.1"}
                            << "IPv4-mapped IPv6 address; listen on 127.0.0.1 instead";
    QTest::newRow("link-local") << QStringList{"--headless", "--port", "0", "--bind", "fe80::1"}
                                << "link-local address, which needs its interface";
    QTest::newRow("join a name") << QStringList{"--headless", "--port", "0", "--join", "group1"}
                                 << "--join: 'group1' is not a group address with an optional %interface";
    QTest::newRow("join, empty interface") << QStringList{"--headless", "--port", "0", "--join", "239.255.0.1%"}
                                           << "--join: '239.255.0.1%' is not a group address";
    QTest::newRow("join, window") << QStringList{"--port", "0", "--join", "ff12::1%%eth0"}
                                  << "--join: 'ff12::1%%eth0' is not a group address";
    QTest::newRow("reply mode") << QStringList{"--headless", "--port", "0", "--reply", "shout"}
                                << "--reply: 'shout' is not a reply mode: the modes are hello, echo, text, none";
    QTest::newRow("reply macro") << QStringList{"--headless", "--port", "0", "--reply-text", "{who}"}
                                 << "--reply-text: unknown macro {who}";
    QTest::newRow("reply escape") << QStringList{"--headless", "--port", "0", "--reply", "text", "--reply-text", "\\q"}
                                  << "--reply-text: unknown escape '\\q'";
    QTest::newRow("recv buffer 0") << QStringList{"--headless", "--port", "0", "--recv-buffer", "0"}
                                   << "--recv-buffer: '0' is not a number of bytes from 1 to 1073741824";
    QTest::newRow("reply text with echo") << QStringList{"--headless", "--port", "0", "--reply", "echo", "--reply-text", "x"}
                                          << "--reply-text goes with --reply text, not --reply echo";
}

void TestCommandLine::serverRefuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, words);
    expectRefusal(QStringLiteral(UDPCHAT_SERVER_BIN), arguments, words);
}

void TestCommandLine::clientRefuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("words");
    QTest::newRow("positional") << QStringList{"127.0.0.1"} << "unexpected argument '127.0.0.1'";
    QTest::newRow("port +80") << QStringList{"--port", "+80"} << "--port: '+80' is not a port number";
    QTest::newRow("port 0") << QStringList{"--port", "0"} << "--port: '0' is not a port number";
    QTest::newRow("count alone") << QStringList{"--console", "--count", "3"} << "--count goes with --message";
    QTest::newRow("message, window") << QStringList{"--message", "x"} << "--message needs --console";
    QTest::newRow("empty message") << QStringList{"--console", "--message", ""} << "--message: the message is empty";
    QTest::newRow("count 0") << QStringList{"--console", "--message", "x", "--count", "0"}
                             << "--count: '0' is not a positive number";
    QTest::newRow("both paces") << QStringList{"--console", "--message", "x", "--interval", "5", "--rate", "9"}
                                << "--interval and --rate say the same thing";
    QTest::newRow("interval 0") << QStringList{"--console", "--message", "x", "--interval", "0"}
                                << "--interval: '0' is not a number of ms from 1 to 86400000";
    QTest::newRow("rate -1") << QStringList{"--console", "--message", "x", "--rate", "-1"} << "--rate: '-1' is not";
    // A send every 31.7 years was accepted while --interval stops at a day: one range for both.
    QTest::newRow("rate 1e-9") << QStringList{"--console", "--message", "x", "--rate", "1e-9"}
                               << "--rate: '1e-9' is not a number of datagrams per second from 1.157e-05 (one a day";
    // Too large was called "not a positive number".
    QTest::newRow("timeout huge") << QStringList{"--console", "--message", "x", "--timeout", "99999999999"}
                                  << "--timeout: '99999999999' is not a number of ms from 1 to 600000";
    QTest::newRow("timeout 0") << QStringList{"--timeout", "0"} << "--timeout: '0' is not a number of ms from 1 to 600000";
}

void TestCommandLine::clientRefuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, words);
    expectRefusal(QStringLiteral(UDPCHAT_CLIENT_BIN), arguments, words);
}

// --bind :: was IPv6-only: IPv4 clients got silence.
void TestCommandLine::headlessColonColonAnswersIPv4AndIPv6()
{
    QProcess server;
    const quint16 port = startHeadlessServer(server, QStringLiteral(UDPCHAT_SERVER_BIN),
                                             {QStringLiteral("--bind"), QStringLiteral("::")});
    if (port == 0) {
        const QByteArray error = server.readAllStandardError();
        if (error.contains("address family"))
            QSKIP("no IPv6 on this host");
        QFAIL(error.constData());
    }
    QUdpSocket v4;
    QVERIFY(bindClient(v4));
    v4.writeDatagram("four", QHostAddress::LocalHost, port);
    QCOMPARE(waitForDatagram(v4).data(), QByteArray("Hello four!\n"));
    QUdpSocket v6;
    QVERIFY(v6.bind(QHostAddress::LocalHostIPv6, 0));
    v6.writeDatagram("six", QHostAddress::LocalHostIPv6, port);
    QCOMPARE(waitForDatagram(v6).data(), QByteArray("Hello six!\n"));
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
    const QByteArray out = server.readAllStandardOutput();
    QVERIFY2(out.contains("Receive from 127.0.0.1:" + QByteArray::number(v4.localPort()) + "\n"), out.constData());
    QVERIFY2(out.contains("Receive from [::1]:" + QByteArray::number(v6.localPort()) + "\n"), out.constData());
}

void TestCommandLine::headlessReplyModes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::newRow("echo") << QStringList{"--reply", "echo"} << QByteArray("one") << QByteArray("two");
    QTest::newRow("text") << QStringList{"--reply", "text", "--reply-text", "ACK {counter}\\n"}
                          << QByteArray("ACK 0\n") << QByteArray("ACK 1\n");
    QTest::newRow("none") << QStringList{"--reply", "none"} << QByteArray() << QByteArray();
}

// The README's examples, through the real binary: each answered as it says, and the console
// still prints only who sent.
void TestCommandLine::headlessReplyModes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QProcess server;
    const quint16 port = startHeadlessServer(server, QStringLiteral(UDPCHAT_SERVER_BIN), arguments);
    const QByteArray error = port == 0 ? server.readAllStandardError() : QByteArray();
    QVERIFY2(port != 0, error.constData());
    QUdpSocket client;
    QVERIFY(bindClient(client));
    const QList<QByteArray> sent{"one", "two"};
    const QList<QByteArray> expected{first, second};
    for (int i = 0; i < 2; ++i) {
        client.writeDatagram(sent[i], QHostAddress::LocalHost, port);
        if (expected[i].isEmpty())
            QVERIFY(!client.waitForReadyRead(300));
        else
            QCOMPARE(waitForDatagram(client).data(), expected[i]);
    }
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
    const QByteArray line = "Receive from 127.0.0.1:" + QByteArray::number(client.localPort()) + "\n";
    QCOMPARE(server.readAllStandardOutput(), line + line);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
