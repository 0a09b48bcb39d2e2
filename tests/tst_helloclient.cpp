// SPDX-License-Identifier: MIT
#include "helloclient.h"
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
    void timeoutThenLateReply();
    void retryResends();
    void unexpectedReply();
    void duplicateOfLargeReply();
    void serverUnreachable();
    void unresolvableHost();
    void overIPv6Loopback_data();
    void overIPv6Loopback();
};

static void startClient(HelloClient &client, quint16 port)
{
    QSignalSpy state(&client, &HelloClient::stateChanged);
    client.start(QStringLiteral("127.0.0.1"), port);
    QTRY_COMPARE(client.state(), HelloClient::State::Ready);
}

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
    QVERIFY(replies.at(0).at(2).toLongLong() >= 0);

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
    startClient(client, server.port());
    const quint16 first = client.localPort();
    QVERIFY(first != 0);
    client.send("one");
    QTRY_COMPARE(records.size(), 1);
    startClient(client, server.port());
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

// A server that answers only when told to: loss and lateness on demand.
struct ManualServer
{
    QUdpSocket socket;
    QHostAddress clientAddress;
    quint16 clientPort = 0;

    bool start() { return socket.bind(QHostAddress::LocalHost, 0); }
    QByteArray receive()
    {
        const QNetworkDatagram d = waitForDatagram(socket);
        clientAddress = d.senderAddress();
        clientPort = quint16(d.senderPort());
        return d.data();
    }
    void send(const QByteArray &bytes) { socket.writeDatagram(bytes, clientAddress, clientPort); }
};

void TestHelloClient::timeoutThenLateReply()
{
    ManualServer server;
    QVERIFY(server.start());
    HelloClient client;
    client.setTimeout(50);
    QSignalSpy timedOut(&client, &HelloClient::replyTimedOut);
    QSignalSpy replies(&client, &HelloClient::replyReceived);
    startClient(client, server.socket.localPort());
    const int id = client.send("Mallory");
    QCOMPARE(server.receive(), QByteArray("Mallory"));
    QTRY_COMPARE(timedOut.size(), 1);
    QCOMPARE(timedOut.at(0).at(0).toInt(), id);
    QCOMPARE(client.waitingCount(), 0);
    server.send("Hello Mallory!\n");
    QTRY_COMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).at(0).toInt(), id);
    QVERIFY(replies.at(0).at(2).toLongLong() >= 50000);
}

void TestHelloClient::retryResends()
{
    ManualServer server;
    QVERIFY(server.start());
    HelloClient client;
    client.setTimeout(50);
    QSignalSpy timedOut(&client, &HelloClient::replyTimedOut);
    QSignalSpy replies(&client, &HelloClient::replyReceived);
    startClient(client, server.socket.localPort());
    const int id = client.send("Niaj");
    QCOMPARE(server.receive(), QByteArray("Niaj"));  // "lost": no answer
    QTRY_COMPARE(timedOut.size(), 1);
    QVERIFY(client.retry(id));
    QCOMPARE(server.receive(), QByteArray("Niaj"));
    server.send("Hello Niaj!\n");
    QTRY_COMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).at(0).toInt(), id);
    QVERIFY(!client.retry(id));  // answered: nothing left to retry
    QCOMPARE(timedOut.size(), 1);
}

void TestHelloClient::unexpectedReply()
{
    ManualServer server;
    QVERIFY(server.start());
    HelloClient client;
    QSignalSpy unexpected(&client, &HelloClient::unexpectedReply);
    startClient(client, server.socket.localPort());
    client.send("Olivia");
    QCOMPARE(server.receive(), QByteArray("Olivia"));
    server.send("Hello Peggy!\n");
    server.send(QByteArray("\x1b[2J", 4));
    QTRY_COMPARE(unexpected.size(), 2);
    QCOMPARE(unexpected.at(0).at(0).toByteArray(), QByteArray("Hello Peggy!\n"));
    QCOMPARE(client.waitingCount(), 1);
}

// Replies are remembered by size and hash, not kept whole: a 65,507-byte reply sent again is
// still known as a duplicate, and one byte different is not.
void TestHelloClient::duplicateOfLargeReply()
{
    ManualServer server;
    QVERIFY(server.start());
    HelloClient client;
    QSignalSpy replies(&client, &HelloClient::replyReceived);
    QSignalSpy duplicates(&client, &HelloClient::duplicateReply);
    QSignalSpy unexpected(&client, &HelloClient::unexpectedReply);
    startClient(client, server.socket.localPort());
    const QByteArray name(Protocol::MaxNameSize, 'n');
    const int id = client.send(name);
    QCOMPARE(server.receive(), name);
    const QByteArray reply = Protocol::replyTo(name);
    QCOMPARE(reply.size(), Protocol::MaxDatagramSize);
    server.send(reply);
    QTRY_COMPARE(replies.size(), 1);
    server.send(reply);
    QTRY_COMPARE(duplicates.size(), 1);
    QCOMPARE(duplicates.at(0).at(0).toInt(), id);
    QByteArray other = reply;
    other[100] = 'm';
    server.send(other);
    QTRY_COMPARE(unexpected.size(), 1);
    QCOMPARE(duplicates.size(), 1);
    QCOMPARE(client.stats().duplicates, 1);
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
