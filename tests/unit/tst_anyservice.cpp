// SPDX-License-Identifier: MIT
// The client against services that are not hello servers (--expect any), and from a local
// endpoint of the user's choosing (--local-address, --local-port), over real loopback sockets.
#include "helloclient.h"
#include "helloserver.h"
#include "replymode.h"
#include "udptestutil.h"

#include <QSignalSpy>
#include <QtTest>

class TestAnyService : public QObject
{
    Q_OBJECT

private slots:
    void expectAnyAgainstEcho();
    void expectAnyAgainstOtherBytes();
    void expectHelloCallsOtherBytesUnexpected();
    void localPortUsed();
    void localPortInUseExplained();

private:
    static std::unique_ptr<HelloServer> server(const QString &mode, const QString &text = {});
};

std::unique_ptr<HelloServer> TestAnyService::server(const QString &mode, const QString &text)
{
    auto s = std::make_unique<HelloServer>();
    QString error;
    s->setReplyMode(ReplyMode::create(mode, text, &error));
    if (!s->listen(QHostAddress::LocalHost, 0))
        qFatal("%s", qPrintable(s->errorString()));
    return s;
}

void TestAnyService::expectAnyAgainstEcho()
{
    auto echo = server(QStringLiteral("echo"));
    HelloClient client;
    client.setExpect(ReplyMatcher::Expect::Any);
    QSignalSpy replies(&client, &HelloClient::replyReceived);
    QSignalSpy unexpected(&client, &HelloClient::unexpectedReply);
    client.start(QStringLiteral("127.0.0.1"), echo->port());
    const int first = client.send("ping");
    const int second = client.send("exit");  // no protocol here: exit is just bytes, no session end
    QTRY_COMPARE(replies.size(), 2);
    QCOMPARE(replies.at(0).at(0).toInt(), first);
    QCOMPARE(replies.at(0).at(1).toByteArray(), QByteArray("ping"));
    QCOMPARE(replies.at(1).at(0).toInt(), second);
    QVERIFY(replies.at(0).at(2).toLongLong() > 0);  // a round trip takes time
    QCOMPARE(client.state(), HelloClient::State::Ready);
    QCOMPARE(unexpected.size(), 0);
}

void TestAnyService::expectAnyAgainstOtherBytes()
{
    auto acker = server(QStringLiteral("text"), QStringLiteral("ACK {counter}\\n"));
    HelloClient client;
    client.setExpect(ReplyMatcher::Expect::Any);
    QSignalSpy replies(&client, &HelloClient::replyReceived);
    client.start(QStringLiteral("127.0.0.1"), acker->port());
    const int id = client.send("anything");
    QTRY_COMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).at(0).toInt(), id);
    QCOMPARE(replies.at(0).at(1).toByteArray(), QByteArray("ACK 0\n"));
    QCOMPARE(client.waitingCount(), 0);
}

void TestAnyService::expectHelloCallsOtherBytesUnexpected()
{
    auto acker = server(QStringLiteral("text"), QStringLiteral("ACK"));
    HelloClient client;
    QSignalSpy unexpected(&client, &HelloClient::unexpectedReply);
    client.start(QStringLiteral("127.0.0.1"), acker->port());
    client.send("anything");
    QTRY_COMPARE(unexpected.size(), 1);
    QCOMPARE(client.waitingCount(), 1);
}

void TestAnyService::localPortUsed()
{
    auto hello = server(QStringLiteral("hello"));
    QSignalSpy received(hello.get(), &HelloServer::datagramsReceived);
    QUdpSocket probe;  // a port that is free now
    QVERIFY(bindClient(probe));
    const quint16 port = probe.localPort();
    probe.close();
    HelloClient client;
    client.setLocalEndpoint(QHostAddress::LocalHost, port);
    client.start(QStringLiteral("127.0.0.1"), hello->port());
    QTRY_COMPARE(client.state(), HelloClient::State::Ready);
    QCOMPARE(client.localPort(), port);
    client.send("Ann");
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).value<DatagramBatch>().constFirst().senderPort, port);
}

void TestAnyService::localPortInUseExplained()
{
    auto hello = server(QStringLiteral("hello"));
    QUdpSocket holder;
    QVERIFY(bindClient(holder));
    HelloClient client;
    QSignalSpy errors(&client, &HelloClient::errorOccurred);
    client.setLocalEndpoint(QHostAddress::LocalHost, holder.localPort());
    client.start(QStringLiteral("127.0.0.1"), hello->port());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).at(0).value<HelloClient::Error>(), HelloClient::Error::LocalPortInUse);
    const QString message = errors.at(0).at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("is in use by another program")), qPrintable(message));
    HelloClient::SendError error = HelloClient::SendError::None;
    QCOMPARE(client.send("Ann", &error), 0);  // nothing is sent
    QCOMPARE(error, HelloClient::SendError::NotStarted);
    QCOMPARE(hello->counters().received, 0u);
}

QTEST_GUILESS_MAIN(TestAnyService)
#include "tst_anyservice.moc"
