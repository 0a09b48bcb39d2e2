// SPDX-License-Identifier: MIT
#include "helloclient.h"
#include "helloclienttestutil.h"
#include "helloserver.h"
#include "protocol.h"
#include "udptestutil.h"

#include <QSignalSpy>
#include <QtTest>

class TestHelloClient : public QObject
{
    Q_OBJECT

private slots:
    void helloAndGoodBye();
    void refusesEmptyAndTooLarge();
    void newSessionNewSourcePort();
    void ignoresOtherSenders();
    void duplicateNamesMatchOldestFirst();
    void serverUnreachable();
    void unresolvableHost();
    void overIPv6Loopback_data();
    void overIPv6Loopback();
};

void TestHelloClient::helloAndGoodBye()
{
    HelloServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    HelloClient client;
    QSignalSpy replies(&client, &HelloClient::replyReceived);
    QSignalSpy ended(&client, &HelloClient::sessionEnded);
    startClient(client, server.port());

    const int alice = client.send("Alice");
    QVERIFY(alice > 0);
    QTRY_COMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).at(0).toInt(), alice);
    QCOMPARE(replies.at(0).at(1).toByteArray(), QByteArray("Hello Alice!\n"));
    // A real round trip: some time, and less than the wait for it.
    QVERIFY(replies.at(0).at(2).toLongLong() > 0 && replies.at(0).at(2).toLongLong() < 60000000);

    const int bye = client.send("exit");
    QTRY_COMPARE(ended.size(), 1);
    QCOMPARE(replies.size(), 2);
    QCOMPARE(replies.at(1).at(0).toInt(), bye);
    QCOMPARE(replies.at(1).at(1).toByteArray(), QByteArray("Good bye!\n"));
    QCOMPARE(ended.at(0).at(0).toString(), QStringLiteral("127.0.0.1:%1").arg(server.port()));
    QCOMPARE(client.state(), HelloClient::State::Ended);

    HelloClient::SendError error = HelloClient::SendError::None;
    QCOMPARE(client.send("again", &error), 0);
    QCOMPARE(error, HelloClient::SendError::Ended);
    QCOMPARE(server.counters().received, 2u);
}

void TestHelloClient::refusesEmptyAndTooLarge()
{
    HelloServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    HelloClient client;
    QSignalSpy sent(&client, &HelloClient::messageSent);
    startClient(client, server.port());
    HelloClient::SendError error = HelloClient::SendError::None;
    QCOMPARE(client.send(QByteArray(), &error), 0);
    QCOMPARE(error, HelloClient::SendError::Empty);
    QCOMPARE(client.send(QByteArray(Protocol::MaxNameSize + 1, 'x'), &error), 0);
    QCOMPARE(error, HelloClient::SendError::TooLarge);
    QCOMPARE(sent.size(), 0);
    // The largest name that fits is sent and answered in full.
    QSignalSpy replies(&client, &HelloClient::replyReceived);
    QVERIFY(client.send(QByteArray(Protocol::MaxNameSize, 'y'), &error) > 0);
    QTRY_COMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).at(1).toByteArray().size(), Protocol::MaxDatagramSize);
    QCOMPARE(server.counters().received, 1u);
}

void TestHelloClient::newSessionNewSourcePort()
{
    HelloServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QSignalSpy records(&server, &HelloServer::datagramsReceived);
    HelloClient client;
    QSignalSpy resets(&client, &HelloClient::statsReset);
    startClient(client, server.port());
    const quint16 first = client.localPort();
    QVERIFY(first != 0);
    QCOMPARE(resets.size(), 0);  // nothing to reset yet: not said
    client.send("one");
    QTRY_COMPARE(records.size(), 1);
    QTRY_COMPARE(client.stats().answered, 1);
    startClient(client, server.port());
    // Counts belong to a session: the engine starts them again and says so.
    QCOMPARE(resets.size(), 1);
    QCOMPARE(client.stats().sent, 0);
    QCOMPARE(client.stats().answered, 0);
    const quint16 second = client.localPort();
    QVERIFY(second != 0);
    QVERIFY(second != first);
    client.send("two");
    QTRY_COMPARE(records.size(), 2);
    QCOMPARE(records.at(0).at(0).value<DatagramBatch>().first().senderPort, first);
    QCOMPARE(records.at(1).at(0).value<DatagramBatch>().first().senderPort, second);
}

void TestHelloClient::ignoresOtherSenders()
{
    HelloServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    HelloClient client;
    QSignalSpy replies(&client, &HelloClient::replyReceived);
    QSignalSpy unexpected(&client, &HelloClient::unexpectedReply);
    QSignalSpy duplicates(&client, &HelloClient::duplicateReply);
    startClient(client, server.port());
    const int id = client.send("Heidi");
    QVERIFY(id > 0);
    QTRY_COMPARE(replies.size(), 1);
    // A stranger sends forged replies to the client's port: one that answers nothing (it would be
    // shown as unexpected), one that repeats Heidi's (a duplicate). The connected socket never sees
    // them: had they come through, they would be read before Ivan's real reply, sent after them.
    QUdpSocket stranger;
    QVERIFY(bindClient(stranger));
    QCOMPARE(stranger.writeDatagram("Hello Mallory!\n", QHostAddress::LocalHost, client.localPort()), 15);
    QCOMPARE(stranger.writeDatagram("Hello Heidi!\n", QHostAddress::LocalHost, client.localPort()), 13);
    const int ivan = client.send("Ivan");
    QTRY_COMPARE(replies.size(), 2);
    QCOMPARE(replies.at(1).at(0).toInt(), ivan);
    QCOMPARE(unexpected.size(), 0);
    QCOMPARE(duplicates.size(), 0);
    QCOMPARE(client.stats().duplicates, 0);
}

void TestHelloClient::duplicateNamesMatchOldestFirst()
{
    HelloServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    HelloClient client;
    QSignalSpy replies(&client, &HelloClient::replyReceived);
    startClient(client, server.port());
    const int first = client.send("Judy");
    const int second = client.send("Judy");
    QTRY_COMPARE(replies.size(), 2);
    QCOMPARE(replies.at(0).at(0).toInt(), first);
    QCOMPARE(replies.at(1).at(0).toInt(), second);
}

void TestHelloClient::serverUnreachable()
{
    quint16 port = 0;
    {
        QUdpSocket probe;
        QVERIFY(bindClient(probe));
        port = probe.localPort();
    }  // closed: nobody listens on that port now
    HelloClient client;
    QSignalSpy errors(&client, &HelloClient::errorOccurred);
    startClient(client, port);
    QVERIFY(client.send("Rupert") > 0);
    QTRY_VERIFY(!errors.isEmpty());
    QCOMPARE(errors.at(0).at(0).value<HelloClient::Error>(), HelloClient::Error::ServerUnreachable);
    QCOMPARE(errors.at(0).at(1).toString(), QStringLiteral("No server is listening at 127.0.0.1:%1").arg(port));

    // Once a server listens there, the same session goes on.
    HelloServer server;
    if (!server.listen(QHostAddress::LocalHost, port))
        QSKIP("the port was taken meanwhile");
    QSignalSpy replies(&client, &HelloClient::replyReceived);
    QVERIFY(client.send("Sybil") > 0);
    QTRY_COMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).at(1).toByteArray(), QByteArray("Hello Sybil!\n"));
}

void TestHelloClient::unresolvableHost()
{
    HelloClient client;
    QSignalSpy errors(&client, &HelloClient::errorOccurred);
    // .invalid never resolves (RFC 2606); the lookup fails without any datagram sent.
    client.start(QStringLiteral("no-such-host.invalid"), 6000);
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 15000);
    QCOMPARE(errors.at(0).at(0).value<HelloClient::Error>(), HelloClient::Error::HostNotFound);
    QCOMPARE(client.state(), HelloClient::State::Idle);
}

void TestHelloClient::overIPv6Loopback_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("::1") << "::1";
    QTest::newRow("[::1]") << "[::1]";
}

void TestHelloClient::overIPv6Loopback()
{
    QFETCH(QString, host);
    HelloServer server;
    if (!server.listen(QHostAddress::LocalHostIPv6, 0))
        QSKIP("no IPv6 loopback (::1) on this host");
    QSignalSpy records(&server, &HelloServer::datagramsReceived);
    HelloClient client;
    QSignalSpy replies(&client, &HelloClient::replyReceived);
    QSignalSpy ended(&client, &HelloClient::sessionEnded);
    client.start(host, server.port());
    QTRY_COMPARE(client.state(), HelloClient::State::Ready);
    client.send("Alice");
    QTRY_COMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).at(1).toByteArray(), QByteArray("Hello Alice!\n"));
    const DatagramRecord record = records.at(0).at(0).value<DatagramBatch>().first();
    QCOMPARE(Protocol::endpointText(record.sender, record.senderPort), QStringLiteral("[::1]:%1").arg(client.localPort()));
    QCOMPARE(record.destination, QHostAddress(QHostAddress::LocalHostIPv6));
    client.send("exit");
    QTRY_COMPARE(ended.size(), 1);
    QCOMPARE(ended.at(0).at(0).toString(), QStringLiteral("[::1]:%1").arg(server.port()));
}

QTEST_GUILESS_MAIN(TestHelloClient)
#include "tst_helloclient.moc"
