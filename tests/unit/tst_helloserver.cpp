// SPDX-License-Identifier: MIT
#include "helloserver.h"
#include "platformio.h"
#include "protocol.h"
#include "udptestutil.h"

#include <QSignalSpy>
#include <QtTest>

class TestHelloServer : public QObject
{
    Q_OBJECT

private slots:
    void ioModeAsConfigured();
    void init();
    void cleanup();
    void repliesByteExact_data();
    void repliesByteExact();
    void recordsSender();
    void zeroLengthDatagram();
    void largestDatagramReadWhole();
    void tooLargeToAnswerKeepsServing();
    void replyToClosedPortThenServesOthers();
    void burstInBoundedBatches();
    void closeAndRelisten();
    void rateLimitOffOnLoopbackByDefault();
    void rateLimitHoldsItsRate();

private:
    HelloServer *m_server = nullptr;
    QSignalSpy *m_spy = nullptr;
};

void TestHelloServer::ioModeAsConfigured()
{
    HelloServer server;
#if UDPCHAT_LINUX_IO
    const bool portable = qEnvironmentVariableIntValue("UDPCHAT_PORTABLE_IO") != 0;
    QCOMPARE(server.ioMode(), portable ? HelloServer::IoMode::Portable : HelloServer::IoMode::Batched);
#else
    QCOMPARE(server.ioMode(), HelloServer::IoMode::Portable);
#endif
    qInfo("I/O mode: %s", server.ioMode() == HelloServer::IoMode::Batched ? "batched" : "portable");
}

void TestHelloServer::init()
{
    m_server = new HelloServer;
    m_spy = new QSignalSpy(m_server, &HelloServer::datagramsReceived);
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
    QVERIFY(m_server->port() != 0);
}

void TestHelloServer::cleanup()
{
    delete m_spy;
    delete m_server;
}

static DatagramBatch allRecords(const QSignalSpy &spy)
{
    DatagramBatch all;
    for (const QList<QVariant> &call : spy)
        all += call.at(0).value<DatagramBatch>();
    return all;
}

void TestHelloServer::repliesByteExact_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("Alice") << QByteArray("Alice") << QByteArray("Hello Alice!\n");
    QTest::newRow("exit") << QByteArray("exit") << QByteArray("Good bye!\n");
    QTest::newRow("EXIT") << QByteArray("EXIT") << QByteArray("Hello EXIT!\n");
    QTest::newRow("exit-newline") << QByteArray("exit\n") << QByteArray("Hello exit\n!\n");
    QTest::newRow("utf8") << QString::fromUtf8("张三").toUtf8() << ("Hello " + QString::fromUtf8("张三").toUtf8() + "!\n");
    QTest::newRow("nul-and-invalid") << QByteArray("\0\xff\x1b", 3) << QByteArray("Hello \0\xff\x1b!\n", 11);
    QTest::newRow("1025-bytes") << QByteArray(1025, 'n') << ("Hello " + QByteArray(1025, 'n') + "!\n");
    QTest::newRow("65499-bytes") << QByteArray(65499, 'm') << ("Hello " + QByteArray(65499, 'm') + "!\n");
}

void TestHelloServer::repliesByteExact()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, reply);
    QUdpSocket client;
    QVERIFY2(bindClient(client), qPrintable(client.errorString()));
    QCOMPARE(client.writeDatagram(name, QHostAddress::LocalHost, m_server->port()), name.size());
    const QNetworkDatagram answer = waitForDatagram(client);
    QVERIFY(answer.isValid());
    QCOMPARE(answer.data(), reply);
    QCOMPARE(answer.senderPort(), int(m_server->port()));
    const auto counters = m_server->counters();
    QCOMPARE(counters.received, 1u);
    QCOMPARE(counters.answered, 1u);
    QCOMPARE(counters.bytesIn, quint64(name.size()));
    QCOMPARE(counters.bytesOut, quint64(reply.size()));
}

void TestHelloServer::recordsSender()
{
    QUdpSocket client;
    QVERIFY(bindClient(client));
    client.writeDatagram("Bob", QHostAddress::LocalHost, m_server->port());
    QTRY_COMPARE(allRecords(*m_spy).size(), 1);
    const DatagramRecord record = allRecords(*m_spy).first();
    QCOMPARE(record.sender, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(record.senderPort, client.localPort());
    QCOMPARE(record.payload, QByteArray("Bob"));
    QCOMPARE(record.replyKind, ReplyKind::Hello);
    QCOMPARE(record.replyFate, ReplyFate::Sent);
    QCOMPARE(record.reply, QByteArray("Hello Bob!\n"));  // the bytes that left, kept
    QVERIFY(qAbs(record.timeMs - QDateTime::currentMSecsSinceEpoch()) < 60000);
}

void TestHelloServer::zeroLengthDatagram()
{
    QUdpSocket client;
    QVERIFY(bindClient(client));
    QCOMPARE(client.writeDatagram(QByteArray(), QHostAddress::LocalHost, m_server->port()), 0);
    const QNetworkDatagram answer = waitForDatagram(client);
    QVERIFY(answer.isValid());
    QCOMPARE(answer.data(), QByteArray("Hello !\n"));
    QTRY_COMPARE(allRecords(*m_spy).size(), 1);
    QCOMPARE(allRecords(*m_spy).first().payload.size(), 0);
}

void TestHelloServer::largestDatagramReadWhole()
{
    QUdpSocket client;
    QVERIFY(bindClient(client));
    QByteArray big(Protocol::MaxDatagramSize, 'z');
    big[0] = 'A';
    big[big.size() - 1] = 'Z';
    QCOMPARE(client.writeDatagram(big, QHostAddress::LocalHost, m_server->port()), big.size());
    QTRY_COMPARE(allRecords(*m_spy).size(), 1);
    const DatagramRecord record = allRecords(*m_spy).first();
    QCOMPARE(record.payload.size(), big.size());
    QCOMPARE(record.payload, big);
    // Its reply would be 65,515 bytes: logged, not answered.
    QCOMPARE(record.replyFate, ReplyFate::TooLarge);
    QVERIFY(record.reply.isEmpty());  // nothing left
    QCOMPARE(m_server->counters().unanswered, 1u);
}

void TestHelloServer::tooLargeToAnswerKeepsServing()
{
    QUdpSocket big;
    QUdpSocket other;
    QVERIFY(bindClient(big));
    QVERIFY(bindClient(other));
    big.writeDatagram(QByteArray(65500, 'x'), QHostAddress::LocalHost, m_server->port());
    other.writeDatagram("Carol", QHostAddress::LocalHost, m_server->port());
    const QNetworkDatagram answer = waitForDatagram(other);
    QCOMPARE(answer.data(), QByteArray("Hello Carol!\n"));
    QTRY_COMPARE(allRecords(*m_spy).size(), 2);
    QCOMPARE(allRecords(*m_spy).at(0).replyFate, ReplyFate::TooLarge);
    QVERIFY(!big.hasPendingDatagrams());
    const auto counters = m_server->counters();
    QCOMPARE(counters.received, 2u);
    QCOMPARE(counters.answered, 1u);
    QCOMPARE(counters.unanswered, 1u);
}

void TestHelloServer::replyToClosedPortThenServesOthers()
{
    {
        QUdpSocket gone;
        QVERIFY(bindClient(gone));
        gone.writeDatagram("Ghost", QHostAddress::LocalHost, m_server->port());
        gone.close();  // its reply gets an ICMP port unreachable
    }
    QTRY_COMPARE(m_server->counters().received, 1u);
    QUdpSocket client;
    QVERIFY(bindClient(client));
    for (int i = 0; i < 3; ++i) {
        const QByteArray name = "Frank" + QByteArray::number(i);
        client.writeDatagram(name, QHostAddress::LocalHost, m_server->port());
        QCOMPARE(waitForDatagram(client).data(), "Hello " + name + "!\n");
    }
    QCOMPARE(m_server->counters().received, 4u);
}

void TestHelloServer::burstInBoundedBatches()
{
    constexpr int Count = 2000;
    QUdpSocket client;
    QVERIFY(bindClient(client));
    client.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 8 * 1024 * 1024);
    int sent = 0;
    int received = 0;
    QDeadlineTimer deadline(20000);
    // Keep at most 64 in flight so neither socket buffer overflows: the counts must be exact.
    while ((sent < Count || received < Count) && !deadline.hasExpired()) {
        while (sent < Count && sent - received < 64) {
            client.writeDatagram(QByteArray::number(sent), QHostAddress::LocalHost, m_server->port());
            ++sent;
        }
        QCoreApplication::processEvents();
        while (client.hasPendingDatagrams()) {
            client.receiveDatagram();
            ++received;
        }
    }
    QCOMPARE(received, Count);
    const auto counters = m_server->counters();
    QCOMPARE(counters.received, quint64(Count));
    QCOMPARE(counters.answered + counters.unanswered, counters.received);
    int records = 0;
    for (const QList<QVariant> &call : *m_spy) {
        const auto batch = call.at(0).value<DatagramBatch>();
        QVERIFY(batch.size() <= HelloServer::BatchLimit);
        records += int(batch.size());
    }
    QCOMPARE(records, Count);
}

void TestHelloServer::closeAndRelisten()
{
    const quint16 port = m_server->port();
    QSignalSpy listening(m_server, &HelloServer::listeningChanged);
    m_server->close();
    QVERIFY(!m_server->isListening());
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, port), qPrintable(m_server->errorString()));
    QCOMPARE(listening.size(), 2);
    QUdpSocket client;
    QVERIFY(bindClient(client));
    client.writeDatagram("Grace", QHostAddress::LocalHost, port);
    QCOMPARE(waitForDatagram(client).data(), QByteArray("Hello Grace!\n"));
}

void TestHelloServer::rateLimitOffOnLoopbackByDefault()
{
    QCOMPARE(m_server->rateLimitSetting(), int(Defaults::RateLimitAuto));
    QCOMPARE(m_server->effectiveRateLimit(), 0);
    HelloServer any;
    if (!any.listen(QHostAddress::AnyIPv4, 0))
        QSKIP("cannot bind 0.0.0.0 here");
    QCOMPARE(any.effectiveRateLimit(), 50);  // not loopback: the guard is on
    any.setRateLimit(0);
    QCOMPARE(any.effectiveRateLimit(), 0);
    m_server->setRateLimit(7);
    QCOMPARE(m_server->effectiveRateLimit(), 7);
}

// On a clock of the test's own: exact counts, whatever the machine or the sanitizers do to timing.
void TestHelloServer::rateLimitHoldsItsRate()
{
    constexpr int Rate = 100;  // burst 200
    constexpr int Seconds = 2;
    constexpr int PerSecond = 1000;  // ten times the limit
    qint64 nowNs = 0;
    m_server->setClock([&nowNs] { return nowNs; });
    m_server->setRateLimit(Rate);
    QUdpSocket client;
    QVERIFY(bindClient(client));
    int replies = 0;
    const auto drain = [&] {
        while (client.hasPendingDatagrams()) {
            client.receiveDatagram();
            ++replies;
        }
    };
    // 1,000 datagrams a second of the server's clock, sent in rounds of 50 (50 ms each).
    int sent = 0;
    for (int round = 0; round < Seconds * PerSecond / 50; ++round) {
        for (int i = 0; i < 50; ++i)
            client.writeDatagram("flood", QHostAddress::LocalHost, m_server->port());
        sent += 50;
        QTRY_COMPARE(m_server->counters().received, quint64(sent));
        nowNs += 50 * 1000000LL;
        drain();
    }
    const auto counters = m_server->counters();
    // The burst, then 100 a second over the 1.95 s between the first and the last round.
    const quint64 expected = 2 * Rate + quint64(Rate * 1.95);
    QCOMPARE(counters.answered, expected);
    QCOMPARE(counters.rateLimited, quint64(sent) - expected);
    QCOMPARE(counters.answered + counters.rateLimited, counters.received);
    const DatagramBatch records = allRecords(*m_spy);
    QCOMPARE(records.size(), sent);
    QCOMPARE(std::count_if(records.begin(), records.end(),
                           [](const DatagramRecord &r) { return r.replyFate == ReplyFate::RateLimited; }),
             qsizetype(counters.rateLimited));
    QTRY_COMPARE((drain(), quint64(replies)), counters.answered);
}

QTEST_GUILESS_MAIN(TestHelloServer)
#include "tst_helloserver.moc"
