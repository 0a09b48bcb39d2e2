// SPDX-License-Identifier: MIT
// ServerSession: where both front-ends' options meet the engine. The options applied, payloads
// kept only where something shows or writes them, a start that fails on the bind or on the
// capture, and the way out that serves what is queued into the log file before it closes.
#include "serversession.h"

#include "udptestutil.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestServerSession : public QObject
{
    Q_OBJECT

private slots:
    void optionsReachTheEngine();
    void badReplyRefusedTheRestApplied();
    void payloadsKeptOnlyWhereNeeded();
    void bindFailureSaid();
    void unwritableCaptureSaidAtStart();
    void finishServesTheQueueIntoTheLogFile();
};

namespace {
QByteArrayList lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArrayList list = file.readAll().split('\n');
    if (!list.isEmpty() && list.last().isEmpty())
        list.removeLast();
    return list;
}
} // namespace

void TestServerSession::optionsReachTheEngine()
{
    ServerSession session(false);
    ServerOptions options;
    options.replyMode = QStringLiteral("echo");
    options.rateLimit = 7;
    options.receiveBuffer = 123456;
    MulticastGroup group;
    QVERIFY(MulticastGroup::parse(QStringLiteral("239.255.0.1"), &group));
    options.groups = {group};
    QString error;
    QVERIFY2(session.apply(options, &error), qPrintable(error));
    QCOMPARE(session.server().replyMode().name(), QStringLiteral("echo"));
    QCOMPARE(session.server().rateLimitSetting(), 7);
    QCOMPARE(session.server().wantedReceiveBuffer(), 123456);
    QCOMPARE(session.server().multicastGroups(), options.groups);
}

void TestServerSession::badReplyRefusedTheRestApplied()
{
    ServerSession session(true);
    ServerOptions options;
    options.replyMode = QStringLiteral("text");
    options.replyText = QStringLiteral("{nosuch}");
    options.rateLimit = 9;
    QString error;
    QVERIFY(!session.apply(options, &error));
    QVERIFY2(error.contains(QStringLiteral("unknown macro")), qPrintable(error));
    QCOMPARE(session.server().replyMode().name(), QStringLiteral("hello"));  // kept
    QCOMPARE(session.server().rateLimitSetting(), 9);
}

void TestServerSession::payloadsKeptOnlyWhereNeeded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.jsonl"));
    ServerSession session(false);  // as headless: only senders are printed
    QSignalSpy spy(&session.server(), &HelloServer::datagramsReceived);
    QCOMPARE(session.start(QHostAddress::LocalHost, 0), ServerSession::Start::Listening);
    QUdpSocket client;
    QVERIFY(bindClient(client));
    const auto send = [&](const QByteArray &payload) {
        spy.clear();
        client.writeDatagram(payload, QHostAddress::LocalHost, session.server().port());
    };
    const auto received = [&] { return spy.at(0).at(0).value<DatagramBatch>().constFirst(); };
    send("Bob");
    QTRY_COMPARE(spy.size(), 1);
    DatagramRecord r = received();
    QVERIFY(r.answered());
    QVERIFY(r.payload.isEmpty() && r.reply.isEmpty());  // nothing needs them: no copy made

    QString error;
    QVERIFY2(session.setLogFile(path, &error), qPrintable(error));
    send("Carol");
    QTRY_COMPARE(spy.size(), 1);
    r = received();
    QCOMPARE(r.payload, QByteArray("Carol"));
    QCOMPARE(r.reply, QByteArray("Hello Carol!\n"));  // the bytes that were sent
    session.logFile().close();
    const QJsonObject o = QJsonDocument::fromJson(lines(path).value(0)).object();
    QCOMPARE(o.value(QStringLiteral("replyText")).toString(), QStringLiteral("Hello Carol!\n"));

    QVERIFY(session.setLogFile(QString(), &error));  // off again
    send("Dave");
    QTRY_COMPARE(spy.size(), 1);
    r = received();
    QVERIFY(r.payload.isEmpty() && r.reply.isEmpty());
    QVERIFY(!session.setLogFile(dir.filePath(QStringLiteral("no/such/dir/log.jsonl")), &error));
    QVERIFY(!error.isEmpty());
}

void TestServerSession::bindFailureSaid()
{
    QUdpSocket holder;
    QVERIFY(holder.bind(QHostAddress::LocalHost, 0, QAbstractSocket::DontShareAddress));
    ServerSession session(true);
    QSignalSpy errors(&session.server(), &HelloServer::errorOccurred);
    QCOMPARE(session.start(QHostAddress::LocalHost, holder.localPort()), ServerSession::Start::BindFailed);
    QVERIFY(!session.server().isListening());
    QCOMPARE(errors.size(), 1);
    QVERIFY(!session.server().bindErrorMessage().isEmpty());
}

void TestServerSession::unwritableCaptureSaidAtStart()
{
    QTemporaryDir dir;
    ServerSession session(false);
    QSignalSpy errors(&session.capture(), &ServerCapture::errorOccurred);
    QVERIFY(session.setCaptureFile(dir.filePath(QStringLiteral("no/such/dir/x.pcapng"))));  // opened at start
    QCOMPARE(session.start(QHostAddress::LocalHost, 0), ServerSession::Start::CaptureFailed);
    QVERIFY(session.server().isListening());  // the front-end decides: the window goes on, headless stops
    QCOMPARE(errors.size(), 1);
    QVERIFY(session.capture().fileName().isEmpty());  // off, so a window's menu unticks
    session.server().close();
    QCOMPARE(session.start(QHostAddress::LocalHost, 0), ServerSession::Start::Listening);  // not asked any more
    // Asked for while listening and refused at once: off, and not asked for at the next start.
    QVERIFY(!session.setCaptureFile(dir.filePath(QStringLiteral("no/such/dir/y.pcapng"))));
    QCOMPARE(errors.size(), 2);
    session.server().close();
    QCOMPARE(session.start(QHostAddress::LocalHost, 0), ServerSession::Start::Listening);
}

void TestServerSession::finishServesTheQueueIntoTheLogFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.jsonl"));
    ServerSession session(false);
    QString error;
    QVERIFY2(session.setLogFile(path, &error), qPrintable(error));
    QCOMPARE(session.start(QHostAddress::LocalHost, 0), ServerSession::Start::Listening);
    QUdpSocket client;
    QVERIFY(bindClient(client));
    // Queued in the socket, never read by the event loop (it does not run here).
    constexpr int Count = 20;
    for (int i = 0; i < Count; ++i)
        QCOMPARE(client.writeDatagram("n" + QByteArray::number(i), QHostAddress::LocalHost, session.server().port()), qint64(2 + (i >= 10)));
    QVERIFY(session.finish());
    QVERIFY(!session.server().isListening());
    QVERIFY(!session.logFile().isOpen());
    QCOMPARE(lines(path).size(), Count);
    QCOMPARE(session.server().counters().received, quint64(Count));
}

QTEST_GUILESS_MAIN(TestServerSession)
#include "tst_serversession.moc"
