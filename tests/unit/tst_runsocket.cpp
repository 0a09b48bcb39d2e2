// SPDX-License-Identifier: MIT
// RunSocket never deletes an object from inside that object's own signal: the QUdpSocket it
// lets go once connected (inside QUdpSocket::connected) and the notifier whose activated() led
// to close() both go later, from the event loop, and the socket works on in between.
#include "runsocket.h"
#include "udptestutil.h"

#include <QPointer>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QtTest>

class TestRunSocket : public QObject
{
    Q_OBJECT

private slots:
    void letsGoOfTheSocketLater();
    void closeFromItsOwnReadyRead();
};

void TestRunSocket::letsGoOfTheSocketLater()
{
    QUdpSocket server;
    QVERIFY(bindClient(server));
    RunSocket run;
    auto *socket = new QUdpSocket;
    QVERIFY(socket->bind(QHostAddress::LocalHost, 0));
    QPointer<QUdpSocket> watched(socket);
    bool aliveWhenConnected = false;
    connect(&run, &RunSocket::connected, this, [&] { aliveWhenConnected = !watched.isNull(); });
    QSignalSpy connected(&run, &RunSocket::connected);
    run.adopt(socket, QHostAddress::LocalHost, server.localPort(), false);
    QTRY_COMPARE(connected.size(), 1);
    if (!run.isBatched())
        QSKIP("the portable path keeps its QUdpSocket");
    QVERIFY2(aliveWhenConnected, "the socket was deleted inside its own connected()");
    QTRY_VERIFY(watched.isNull());  // but it does go

    // And the run's socket works on: out and back.
    const QByteArray payload = "ping";
    const QByteArrayView view(payload);
    QCOMPARE(run.send(&view, 1), 1);
    const QNetworkDatagram got = waitForDatagram(server);
    QCOMPARE(got.data(), payload);
    server.writeDatagram(got.makeReply("pong"));
    QByteArray reply;
    QSignalSpy readable(&run, &RunSocket::readyRead);
    QTRY_VERIFY(readable.size() > 0);
    run.read([&reply](QByteArrayView p, qint64, const QHostAddress &, quint16) { reply = p.toByteArray(); });
    QCOMPARE(reply, QByteArray("pong"));
}

void TestRunSocket::closeFromItsOwnReadyRead()
{
    QUdpSocket server;
    QVERIFY(bindClient(server));
    RunSocket run;
    auto *socket = new QUdpSocket;
    QVERIFY(socket->bind(QHostAddress::LocalHost, 0));
    QSignalSpy connected(&run, &RunSocket::connected);
    run.adopt(socket, QHostAddress::LocalHost, server.localPort(), false);
    QTRY_COMPARE(connected.size(), 1);
    if (!run.isBatched())
        QSKIP("no notifier on the portable path");
    QPointer<QSocketNotifier> notifier(run.findChild<QSocketNotifier *>(QString(), Qt::FindDirectChildrenOnly));
    QVERIFY(notifier);
    // As TrafficRun does: a reply that ends the run closes the socket from inside readyRead.
    int handled = 0;
    bool aliveAfterClose = false;
    connect(&run, &RunSocket::readyRead, this, [&] {
        run.read([&handled](QByteArrayView, qint64, const QHostAddress &, quint16) { ++handled; });
        run.close();
        aliveAfterClose = !notifier.isNull();
    });
    const QByteArray payload = "last";
    const QByteArrayView view(payload);
    QCOMPARE(run.send(&view, 1), 1);
    server.writeDatagram(waitForDatagram(server).makeReply("bye"));
    QTRY_COMPARE(handled, 1);
    QVERIFY2(aliveAfterClose, "the notifier was deleted inside its own activated()");
    QVERIFY(!run.isOpen());
    QTRY_VERIFY(notifier.isNull());
    QCOMPARE(handled, 1);
}

QTEST_GUILESS_MAIN(TestRunSocket)
#include "tst_runsocket.moc"
