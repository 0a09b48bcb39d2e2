// SPDX-License-Identifier: MIT
// Who may answer, over loopback: --any-sender names a second sender's reply, the connected socket
// never sees it; many responders matched exactly (B's hello is not A's, duplicates per responder);
// Responders bounded; TrafficRun (--count) with many responders. The socket's own options are
// tst_clientsocketsetup's.
#include "conversationmodel.h"
#include "helloclient.h"
#include "respondermodel.h"
#include "trafficrun.h"
#include "udptestutil.h"

#include <QtTest>

class TestAnySender : public QObject
{
    Q_OBJECT

private slots:
    void secondSenderShownWithAnySender();
    void secondSenderNeverReachesConnectedSocket();
    void manyRespondersMatchedExactly();
    void responderModelBounded();
    void conversationCountsResponders();
    void trafficRunManyResponders();
};

// The server answers "Hello x!\n"; then a stranger sends the same hello to the client's port,
// then the server a marker: loopback keeps their order, so once the marker is in, the stranger's
// datagram was delivered or refused by the kernel. No sleep.
void TestAnySender::secondSenderShownWithAnySender()
{
    QUdpSocket server, stranger;
    QVERIFY(bindClient(server));
    QVERIFY(bindClient(stranger));
    HelloClient client;
    client.setAnySender(true);
    QSignalSpy replies(&client, &HelloClient::replyReceived);
    QSignalSpy unexpected(&client, &HelloClient::unexpectedReply);
    client.setServer(QStringLiteral("127.0.0.1"), server.localPort());
    QVERIFY(client.send("x") > 0);
    QVERIFY(client.anyoneMayAnswer());
    const QNetworkDatagram got = waitForDatagram(server);
    QCOMPARE(got.data(), QByteArray("x"));
    server.writeDatagram("Hello x!\n", got.senderAddress(), quint16(got.senderPort()));
    stranger.writeDatagram("Hello x!\n", got.senderAddress(), quint16(got.senderPort()));
    server.writeDatagram("marker", got.senderAddress(), quint16(got.senderPort()));
    QTRY_COMPARE(unexpected.size(), 1);
    QCOMPARE(replies.size(), 2);
    QCOMPARE(replies.at(0).at(3).toString(), QStringLiteral("127.0.0.1:%1").arg(server.localPort()));
    QCOMPARE(replies.at(1).at(3).toString(), QStringLiteral("127.0.0.1:%1").arg(stranger.localPort()));
    QCOMPARE(unexpected.at(0).at(1).toString(), QStringLiteral("127.0.0.1:%1").arg(server.localPort()));
    QCOMPARE(client.stats().answered, 1);  // one message, answered (by two)
    QCOMPARE(client.whoMayAnswer(), QStringLiteral("Anyone may answer: each reply names its sender."));
}

void TestAnySender::secondSenderNeverReachesConnectedSocket()
{
    QUdpSocket server, stranger;
    QVERIFY(bindClient(server));
    QVERIFY(bindClient(stranger));
    HelloClient client;  // the server only: today's connected socket
    QSignalSpy replies(&client, &HelloClient::replyReceived);
    QSignalSpy unexpected(&client, &HelloClient::unexpectedReply);
    client.setServer(QStringLiteral("127.0.0.1"), server.localPort());
    QVERIFY(client.send("x") > 0);
    const QNetworkDatagram got = waitForDatagram(server);
    QVERIFY(got.isValid());
    QVERIFY(!client.anyoneMayAnswer());
    QCOMPARE(client.whoMayAnswer(), QString());
    server.writeDatagram("Hello x!\n", got.senderAddress(), quint16(got.senderPort()));
    stranger.writeDatagram("Hello x!\n", got.senderAddress(), quint16(got.senderPort()));
    server.writeDatagram("marker", got.senderAddress(), quint16(got.senderPort()));
    QTRY_COMPARE(unexpected.size(), 1);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).at(3).toString(), QString());  // the server: not named on every reply
    QCOMPARE(unexpected.at(0).at(0).toByteArray(), QByteArray("marker"));
}

void TestAnySender::manyRespondersMatchedExactly()
{
    QUdpSocket a, b;
    QVERIFY(bindClient(a));
    QVERIFY(bindClient(b));
    HelloClient client;
    client.setAnySender(true);
    client.setTimeout(2000);  // long enough for every reply to be read first on a loaded machine
    QSignalSpy replies(&client, &HelloClient::replyReceived);
    QSignalSpy duplicates(&client, &HelloClient::duplicateReply);
    QSignalSpy unexpected(&client, &HelloClient::unexpectedReply);
    QSignalSpy ended(&client, &HelloClient::waitEnded);
    QSignalSpy timedOut(&client, &HelloClient::replyTimedOut);
    client.setServer(QStringLiteral("127.0.0.1"), a.localPort());
    const int x = client.send("x");
    const int y = client.send("y");
    QVERIFY(x > 0 && y > 0);
    const QNetworkDatagram got = waitForDatagram(a);
    QVERIFY(got.isValid());
    const QHostAddress to = got.senderAddress();
    const quint16 port = quint16(got.senderPort());
    a.writeDatagram("Hello x!\n", to, port);
    a.writeDatagram("Hello x!\n", to, port);  // the same responder again: a duplicate
    b.writeDatagram("Hello x!\n", to, port);  // another responder: an answer of its own
    b.writeDatagram("Hello x!\n", to, port);  // and its copy: a duplicate of b's
    b.writeDatagram("Hello z!\n", to, port);  // answers nothing sent
    QTRY_COMPARE(unexpected.size(), 1);
    QCOMPARE(replies.size(), 2);
    QCOMPARE(replies.at(0).at(0).toInt(), x);
    QCOMPARE(replies.at(1).at(0).toInt(), x);
    QCOMPARE(duplicates.size(), 2);
    QCOMPARE(duplicates.at(0).at(2).toString(), QStringLiteral("127.0.0.1:%1").arg(a.localPort()));
    QCOMPARE(duplicates.at(1).at(2).toString(), QStringLiteral("127.0.0.1:%1").arg(b.localPort()));
    // y: no one answered; x: two did. Both waits end at the timeout; only y is lost.
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 2, 5000);
    QCOMPARE(ended.at(0).at(0).toInt(), x);
    QCOMPARE(ended.at(0).at(1).toInt(), 2);
    QCOMPARE(ended.at(1).at(1).toInt(), 0);
    QCOMPARE(timedOut.size(), 1);
    QCOMPARE(timedOut.at(0).at(0).toInt(), y);
    QCOMPARE(client.stats().answered, 1);
    QCOMPARE(client.stats().lost, 1);
    QCOMPARE(client.stats().duplicates, 2);
}

void TestAnySender::responderModelBounded()
{
    ResponderModel model;
    model.setMaxRows(100);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 1000; ++i) {
        model.addResponse(1, "Hello x!\n", 1500, QStringLiteral("192.0.2.%1:6000").arg(i % 250));
        if (i % 250 == 249)
            model.flush();  // as the 30 Hz timer would between bursts
    }
    QCOMPARE(inserted.size(), 4);  // a batch at once, not a row at a time
    QVERIFY(model.rowCount() <= 100);
    QVERIFY(model.rowCount() >= 90);
    QCOMPARE(model.trimmedCount() + model.rowCount(), 1000);
    model.addResponse(2, "Hello y!\n", 1500, QString());  // a connected socket's reply: no row
    model.flush();
    QCOMPARE(model.trimmedCount() + model.rowCount(), 1000);
    // Unflushed replies show by themselves, within a batch's time.
    model.addResponse(3, "Hello z!\n", 2500, QStringLiteral("192.0.2.9:6000"));
    QTRY_COMPARE(model.trimmedCount() + model.rowCount(), 1001);
    QCOMPARE(model.data(model.index(model.rowCount() - 1, ResponderModel::RoundTripColumn)).toString(),
             QLocale().toString(2.5, 'f', 3) + QStringLiteral(" ms"));  // "2,500 ms" in German
}

void TestAnySender::conversationCountsResponders()
{
    // Each reply bubble names its server with its own round trip; the message counts who answered
    // and keeps the first round trip. A connected socket's reply (no sender) counts no one.
    ConversationModel model;
    model.addSent(1, "x");
    model.addReply(1, "Hello x!\n", 150, QStringLiteral("192.0.2.1:6000"));
    model.addReply(1, "Hello x!\n", 4900, QStringLiteral("192.0.2.2:6000"));
    model.addReply(1, "Hello x!\n", 7000, QStringLiteral("192.0.2.3:6000"));
    const QModelIndex sent = model.index(model.rowOfMessage(1));
    QCOMPARE(sent.data(ConversationModel::RespondersRole).toInt(), 3);
    QCOMPARE(sent.data(ConversationModel::RoundTripUsRole).toLongLong(), 150);
    QCOMPARE(model.index(2).data(ConversationModel::ResponderRole).toString(), QStringLiteral("192.0.2.2:6000"));
    QCOMPARE(model.index(2).data(ConversationModel::RoundTripUsRole).toLongLong(), 4900);
    model.addSent(2, "y");
    model.addReply(2, "Hello y!\n", 200);
    QCOMPARE(model.index(model.rowOfMessage(2)).data(ConversationModel::RespondersRole).toInt(), 0);
    QCOMPARE(model.index(model.rowCount() - 1).data(ConversationModel::ResponderRole).toString(), QString());
}

void TestAnySender::trafficRunManyResponders()
{
    // Two responders answer each numbered datagram: each reply names its sender, with its own
    // round trip; the statistics count datagrams answered (3 of 3), nothing duplicated.
    QUdpSocket a, b;
    QVERIFY(bindClient(a));
    QVERIFY(bindClient(b));
    const auto answer = [&b](QUdpSocket *socket) {
        while (socket->hasPendingDatagrams()) {
            const QNetworkDatagram d = socket->receiveDatagram();
            const QByteArray reply = "Hello " + d.data() + "!\n";
            socket->writeDatagram(reply, d.senderAddress(), quint16(d.senderPort()));
            b.writeDatagram(reply, d.senderAddress(), quint16(d.senderPort()));
        }
    };
    connect(&a, &QUdpSocket::readyRead, this, [&] { answer(&a); });
    TrafficRun run;
    TrafficRun::Settings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = a.localPort();
    settings.message = "x {seq}";
    settings.count = 3;
    settings.intervalNs = 1000 * 1000;
    settings.timeoutMs = 2000;  // the fake servers answer from this event loop: room on a loaded machine
    settings.socket.anySender = true;
    QSignalSpy replies(&run, &TrafficRun::replyReceived);
    QSignalSpy finished(&run, &TrafficRun::finished);
    run.start(settings);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(replies.size(), 6);
    QSet<QString> senders;
    for (const QList<QVariant> &r : replies)
        senders.insert(r.at(3).toString());
    QCOMPARE(senders, (QSet<QString>{QStringLiteral("127.0.0.1:%1").arg(a.localPort()),
                                     QStringLiteral("127.0.0.1:%1").arg(b.localPort())}));
    QCOMPARE(run.statistics().answeredCount(), quint64(3));
    QCOMPARE(run.statistics().duplicatedCount(), quint64(0));
    QCOMPARE(run.statistics().lostCount(), quint64(0));
}

QTEST_GUILESS_MAIN(TestAnySender)
#include "tst_anysender.moc"
