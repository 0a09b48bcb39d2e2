// SPDX-License-Identifier: MIT
// The real udpchat-server binary in --headless mode, as a terminal user runs it.
#include "headlessserver.h"
#include "udptestutil.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestHeadless : public QObject
{
    Q_OBJECT

private slots:
    void printsWhatTheSeedPrints();
    void bindFailuresExitOne_data();
    void bindFailuresExitOne();
    void portInUseExitsOne();
    void helpAndVersion_data();
    void helpAndVersion();
    void payloadNeverReachesConsole();
    void clientHelpAndVersion_data();
    void clientHelpAndVersion();
    void logFileOption();
#ifdef Q_OS_UNIX
    void sigtermFlushesAndExitsZero();
#endif

private:
    static QString binary() { return QStringLiteral(UDPCHAT_SERVER_BIN); }
    // Starts a headless server on a free port; returns the port from its first line.
    quint16 start(QProcess &process, const QStringList &extra = {});
};

quint16 TestHeadless::start(QProcess &process, const QStringList &extra)
{
    return startHeadlessServer(process, binary(), extra);
}

void TestHeadless::printsWhatTheSeedPrints()
{
    QProcess server;
    const quint16 port = start(server);
    QVERIFY2(port != 0, server.readAllStandardError().constData());
    QUdpSocket a, b;
    QVERIFY(bindClient(a));
    QVERIFY(bindClient(b));
    a.writeDatagram("Alice", QHostAddress::LocalHost, port);
    QCOMPARE(waitForDatagram(a).data(), QByteArray("Hello Alice!\n"));
    b.writeDatagram("exit", QHostAddress::LocalHost, port);
    QCOMPARE(waitForDatagram(b).data(), QByteArray("Good bye!\n"));
    const QByteArray expected = "Receive from 127.0.0.1:" + QByteArray::number(a.localPort()) + "\n"
                              + "Receive from 127.0.0.1:" + QByteArray::number(b.localPort()) + "\n";
    QByteArray printed;
    QTRY_COMPARE((printed += server.readAllStandardOutput()), expected);
    server.terminate();
    QVERIFY(server.waitForFinished());
}

void TestHeadless::bindFailuresExitOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("words");
    QTest::newRow("malformed") << QStringList{"--bind", "300.1.1.1"} << "'300.1.1.1' is not an IPv4 or IPv6 address";
    QTest::newRow("not here") << QStringList{"--bind", "192.0.2.1"} << "192.0.2.1 is not an address of this computer";
    QTest::newRow("bad port") << QStringList{"--port", "65536"} << "not a port number";
    QTest::newRow("bad rate") << QStringList{"--rate-limit", "fast"} << "--rate-limit";
}

void TestHeadless::bindFailuresExitOne()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, words);
    QProcess server;
    server.start(binary(), QStringList{QStringLiteral("--headless")} + arguments);
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 1);
    const QString error = QString::fromLocal8Bit(server.readAllStandardError());
    QVERIFY2(error.contains(words), qPrintable(error));
    QCOMPARE(server.readAllStandardOutput(), QByteArray());
}

void TestHeadless::portInUseExitsOne()
{
    QUdpSocket holder;
    QVERIFY(bindClient(holder));
    QProcess server;
    server.start(binary(), {QStringLiteral("--headless"), QStringLiteral("--port"),
                            QString::number(holder.localPort())});
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitCode(), 1);
    const QString error = QString::fromLocal8Bit(server.readAllStandardError());
    QVERIFY2(error.contains(QStringLiteral("already in use")), qPrintable(error));
    QVERIFY2(error.contains(QString::number(holder.localPort())), qPrintable(error));
}

void TestHeadless::helpAndVersion_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("words");
    QTest::newRow("help") << "--help" << "--headless";
    QTest::newRow("version") << "--version" << "udpchat-server " UDPCHAT_VERSION;
}

void TestHeadless::helpAndVersion()
{
    QFETCH(QString, flag);
    QFETCH(QString, words);
    QProcess server;
    server.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    server.start(binary(), {flag});
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitCode(), 0);
    const QString out = QString::fromLocal8Bit(server.readAllStandardOutput());
    QVERIFY2(out.contains(words), qPrintable(out));
}

void TestHeadless::payloadNeverReachesConsole()
{
    QProcess server;
    const quint16 port = start(server);
    QVERIFY(port != 0);
    QUdpSocket client;
    QVERIFY(bindClient(client));
    const QByteArray evil("\x1b]0;pwned\x07\x1b[2J\r\nReceive from 6.6.6.6:666\n\xe2\x80\xae", 45);
    client.writeDatagram(evil, QHostAddress::LocalHost, port);
    QCOMPARE(waitForDatagram(client).data(), "Hello " + evil + "!\n");
    const QByteArray expected = "Receive from 127.0.0.1:" + QByteArray::number(client.localPort()) + "\n";
    QByteArray printed;
    QTRY_COMPARE((printed += server.readAllStandardOutput()), expected);
    server.terminate();
    QVERIFY(server.waitForFinished());
}

#ifdef Q_OS_UNIX
void TestHeadless::sigtermFlushesAndExitsZero()
{
    QProcess server;
    const quint16 port = start(server);
    QVERIFY(port != 0);
    QUdpSocket client;
    QVERIFY(bindClient(client));
    client.writeDatagram("last words", QHostAddress::LocalHost, port);
    QVERIFY(waitForDatagram(client).isValid());
    server.terminate();  // SIGTERM, possibly before the 100 ms flush
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
    QCOMPARE(server.readAllStandardOutput(),
             "Receive from 127.0.0.1:" + QByteArray::number(client.localPort()) + "\n");
}
#endif

void TestHeadless::clientHelpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("words");
    QTest::newRow("help") << QStringList{"--help"} << 0 << "--timeout";
    QTest::newRow("version") << QStringList{"--version"} << 0 << "udpchat-client " UDPCHAT_VERSION;
    QTest::newRow("unknown option") << QStringList{"--help-not"} << 1 << "Unknown option";
    QTest::newRow("bad port") << QStringList{"--port", "0"} << 1 << "--port: '0' is not a port number (1-65535)";
    // Longer than any host name can be: refused before a window could be widened by it.
    QTest::newRow("host too long") << QStringList{"--host", QString(100000, QLatin1Char('a'))} << 1
                                   << "--host: the server address is 100000 characters long";
}

void TestHeadless::clientHelpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, words);
    QProcess client;
    // --help and --version need no display; the bad option case must not open a window either.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    client.setProcessEnvironment(env);
    client.start(QStringLiteral(UDPCHAT_CLIENT_BIN), arguments);
    QVERIFY(client.waitForFinished(10000));
    QCOMPARE(client.exitCode(), exitCode);
    const QString out = QString::fromLocal8Bit(client.readAllStandardOutput() + client.readAllStandardError());
    QVERIFY2(out.contains(words), qPrintable(out));
}

void TestHeadless::logFileOption()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.jsonl"));
    QProcess server;
    const quint16 port = start(server, {QStringLiteral("--log-file"), path});
    QVERIFY(port != 0);
    QUdpSocket client;
    QVERIFY(bindClient(client));
    client.writeDatagram(QByteArray("\x01" "bin", 4), QHostAddress::LocalHost, port);
    QVERIFY(waitForDatagram(client).isValid());
    server.terminate();  // flushes the file on the way out
    QVERIFY(server.waitForFinished(10000));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray line = file.readAll();
    QVERIFY2(line.contains("\"hex\":\"0162696e\"") && line.contains("\"reply\":\"hello\""), line.constData());
    // A log file that cannot be opened: exit 1 and the reason.
    QProcess bad;
    bad.start(binary(), {QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                         QStringLiteral("--log-file"), dir.filePath(QStringLiteral("no/such/dir/log.jsonl"))});
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 1);
    QVERIFY(bad.readAllStandardError().contains("Cannot open the log file"));
}

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headlessserver.moc"
