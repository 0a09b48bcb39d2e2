// SPDX-License-Identifier: MIT
// The real udpchat-server --pcap, headless and with its window (offscreen), read back by tshark: N
// datagrams over IPv4 and IPv6 loopback, stopped with SIGTERM, SIGINT or SIGHUP before the 1 s
// flush, and the capture must read without a warning, hold exactly 2N packets (each datagram and
// its reply) with the right addresses, ports and payload bytes, and every UDP checksum must be
// Good. Skipped where tshark is not installed.
#include "udptestutil.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

class TestPcapCapture : public QObject
{
    Q_OBJECT

private slots:
    void tsharkReadsEveryPacket_data();
    void tsharkReadsEveryPacket();
};

namespace {
constexpr int PerFamily = 25;

// Sends "v4-0".."v4-24" (or v6-...) one at a time, each answered before the next goes.
int sendAndWait(QUdpSocket &client, const QHostAddress &server, quint16 port, const QByteArray &prefix)
{
    int answered = 0;
    for (int i = 0; i < PerFamily; ++i) {
        client.writeDatagram(prefix + QByteArray::number(i), server, port);
        if (waitForDatagram(client, 5000).isValid())
            ++answered;
    }
    return answered;
}

// The port the server bound, from the interface the capture names ("[::]:PORT"): both the console
// and the window write it as soon as they listen, and the window prints nothing else.
quint16 capturedPort(const QString &capture, QProcess &server)
{
    static const QRegularExpression named(QStringLiteral("udpchat-server on \\[::\\]:(\\d+)"));
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && server.state() != QProcess::NotRunning) {
        QFile file(capture);
        if (file.open(QIODevice::ReadOnly)) {
            const QRegularExpressionMatch match = named.match(QString::fromLatin1(file.readAll()));
            if (match.hasMatch())
                return quint16(match.captured(1).toUInt());
        }
        server.waitForFinished(20);  // a bounded wait that also notices an early exit
    }
    return 0;
}
} // namespace

void TestPcapCapture::tsharkReadsEveryPacket_data()
{
#ifdef Q_OS_UNIX
    QTest::addColumn<bool>("window");
    QTest::addColumn<int>("signal");
    QTest::newRow("headless, SIGTERM") << false << int(SIGTERM);
    QTest::newRow("window, SIGTERM") << true << int(SIGTERM);
    QTest::newRow("window, SIGINT") << true << int(SIGINT);
    QTest::newRow("window, SIGHUP") << true << int(SIGHUP);
#endif
}

void TestPcapCapture::tsharkReadsEveryPacket()
{
#ifndef Q_OS_UNIX
    QSKIP("stops the server with SIGTERM");
#else
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        QSKIP("tshark is not installed (Debian: apt install tshark): the capture cannot be read back");
    QUdpSocket v4;
    QUdpSocket v6;
    QVERIFY(bindClient(v4));
    if (!bindClient(v6, QHostAddress::LocalHostIPv6))
        QSKIP("no IPv6 loopback here");
    QFETCH(bool, window);
    QFETCH(int, signal);
    QTemporaryDir dir;
    const QString capture = dir.filePath(QStringLiteral("run.pcapng"));
    QProcess server;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());  // the window's settings: none, and not the user's
    server.setProcessEnvironment(env);
    // Dual stack, so one server hears both families; no rate limit off loopback to get in the way.
    QStringList args{QStringLiteral("--bind"), QStringLiteral("::"), QStringLiteral("--port"), QStringLiteral("0"),
                     QStringLiteral("--rate-limit"), QStringLiteral("0"), QStringLiteral("--pcap"), capture};
    if (!window)
        args.prepend(QStringLiteral("--headless"));
    server.start(QStringLiteral(UDPCHAT_SERVER_BIN), args);
    const quint16 port = capturedPort(capture, server);
    if (port == 0) {
        const QByteArray why = server.readAllStandardError();
        QFAIL(why.constData());
    }
    QCOMPARE(sendAndWait(v4, QHostAddress::LocalHost, port, "v4-"), PerFamily);
    QCOMPARE(sendAndWait(v6, QHostAddress::LocalHostIPv6, port, "v6-"), PerFamily);
    ::kill(pid_t(server.processId()), signal);  // before the 1 s flush: the exit path writes it
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);

    QProcess reader;
    // Decode the three ports as plain data, whatever dissector their numbers happen to belong to.
    QStringList readArgs{QStringLiteral("-r"), capture, QStringLiteral("-o"), QStringLiteral("udp.check_checksum:TRUE")};
    for (quint16 p : {port, v4.localPort(), v6.localPort()})
        readArgs << QStringLiteral("-d") << QStringLiteral("udp.port==%1,data").arg(p);
    readArgs << QStringLiteral("-T") << QStringLiteral("fields");
    for (const char *field : {"ip.src", "ipv6.src", "udp.srcport", "udp.dstport", "data", "udp.checksum.status",
                              "frame.time_epoch"})
        readArgs << QStringLiteral("-e") << QString::fromLatin1(field);
    reader.start(tshark, readArgs);
    QVERIFY(reader.waitForFinished(60000));
    const QByteArray warnings = reader.readAllStandardError();
    QCOMPARE(reader.exitCode(), 0);
    // tshark run as root says so on stderr; that is about us, not about the file.
    QString other;
    for (const QByteArray &line : warnings.split('\n')) {
        if (!line.trimmed().isEmpty() && !line.contains("Running as user \"root\"") && !line.contains("could be dangerous"))
            other += QString::fromLocal8Bit(line) + QLatin1Char('\n');
    }
    QVERIFY2(other.isEmpty(), qPrintable(other));

    const QList<QByteArray> lines = reader.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), qsizetype(4 * PerFamily));
    int requests = 0;
    int replies = 0;
    QByteArray requestTime;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].split('\t');
        QVERIFY2(f.size() == 7, lines[i].constData());
        const bool isV4 = !f[0].isEmpty();
        QCOMPARE(isV4 ? f[0] : f[1], isV4 ? QByteArray("127.0.0.1") : QByteArray("::1"));
        const quint16 client = isV4 ? v4.localPort() : v6.localPort();
        const QByteArray payload = QByteArray::fromHex(f[4]);
        const QByteArray name = QByteArray(isV4 ? "v4-" : "v6-") + QByteArray::number((i / 2) % PerFamily);
        if (i % 2 == 0) {  // each request is followed by its reply
            QCOMPARE(f[2].toUInt(), uint(client));
            QCOMPARE(f[3].toUInt(), uint(port));
            QCOMPARE(payload, name);
            requestTime = f[6];
            ++requests;
        } else {
            QCOMPARE(f[2].toUInt(), uint(port));
            QCOMPARE(f[3].toUInt(), uint(client));
            QCOMPARE(payload, "Hello " + name + "!\n");
            // Stamped when it was sent, after its request: it carried the request's time exactly.
            // Compared as text: "seconds.nanoseconds" of equal length, so the order is the string's.
            QVERIFY2(f[6].size() == requestTime.size() && f[6] > requestTime,
                     qPrintable(QStringLiteral("reply at %1, request at %2").arg(QString::fromLatin1(f[6]), QString::fromLatin1(requestTime))));
            ++replies;
        }
        QVERIFY2(f[5] == "1", lines[i].constData());  // 1: Good
    }
    QCOMPARE(requests, 2 * PerFamily);
    QCOMPARE(replies, 2 * PerFamily);
#endif
}

QTEST_GUILESS_MAIN(TestPcapCapture)
#include "tst_pcapcapture.moc"
