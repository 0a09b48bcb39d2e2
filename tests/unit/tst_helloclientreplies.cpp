// SPDX-License-Identifier: MIT
// HelloClient's replies from a server that answers only when told to: late, retried, unexpected,
// a duplicate of the largest reply.
#include "helloclient.h"
#include "helloclienttestutil.h"
#include "protocol.h"

#include <QSignalSpy>
#include <QtTest>

class TestHelloClientReplies : public QObject
{
    Q_OBJECT

private slots:
    void timeoutThenLateReply();
    void retryResends();
    void unexpectedReply();
    void duplicateOfLargeReply();
};

void TestHelloClientReplies::timeoutThenLateReply()
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

void TestHelloClientReplies::retryResends()
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

void TestHelloClientReplies::unexpectedReply()
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
void TestHelloClientReplies::duplicateOfLargeReply()
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

QTEST_GUILESS_MAIN(TestHelloClientReplies)
#include "tst_helloclientreplies.moc"
