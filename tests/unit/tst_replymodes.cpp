// SPDX-License-Identifier: MIT
// How the server answers (--reply): each mode byte for byte over real loopback sockets, on the
// I/O path in use (this test also runs with UDPCHAT_PORTABLE_IO=1), and --reply-text's language.
#include "datagramlogmodel.h"
#include "helloserver.h"
#include "protocol.h"
#include "replymode.h"
#include "udptestutil.h"

#include <QSignalSpy>
#include <QtTest>

class TestReplyModes : public QObject
{
    Q_OBJECT

private slots:
    void templateParses_data();
    void templateParses();
    void templateErrorsNameTheProblem_data();
    void templateErrorsNameTheProblem();
    void unknownModeNamed();
    void helloByteExact();
    void echoSendsTheSameBytes();
    void textWithMacros();
    void noneOnlyListens();
    void tooLargeTextNotSent();
    void amplifyingTextTurnsRateLimitOn();

private:
    static std::unique_ptr<HelloServer> serverWith(const QString &mode, const QString &text = {});
    static QByteArray exchange(HelloServer &server, QUdpSocket &client, const QByteArray &datagram);
};

void TestReplyModes::templateParses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << "OK" << QByteArray("x") << QByteArray("OK");
    QTest::newRow("escapes") << "a\\r\\n\\t\\\\\\x00\\xff" << QByteArray() << QByteArray("a\r\n\t\\\x00\xff", 7);
    QTest::newRow("payload binary") << "<{payload}>" << QByteArray("\x00\x01\xfe", 3) << QByteArray("<\x00\x01\xfe>", 5);
    QTest::newRow("size and counter") << "{size}/{counter}" << QByteArray("abcd") << QByteArray("4/41");
    QTest::newRow("sender") << "{sender}" << QByteArray() << QByteArray("127.0.0.1:5555");
    QTest::newRow("json braces are text") << "{\"ok\":true}" << QByteArray() << QByteArray("{\"ok\":true}");
    QTest::newRow("chinese") << QString::fromUtf8("好{payload}") << QByteArray("!") << QByteArray("\xe5\xa5\xbd!");
    QTest::newRow("time") << "{time}" << QByteArray() << QByteArray("2026-11-25T12:00:00.123Z");
    // {PAYLOAD} was sent as it is while {foo} was refused: macro names are not case-sensitive.
    QTest::newRow("upper case macro") << "<{PAYLOAD}|{Size}>" << QByteArray("ab") << QByteArray("<ab|2>");
    QTest::newRow("largest that fits") << QString(Protocol::MaxDatagramSize, QLatin1Char('x')) << QByteArray()
                                       << QByteArray(Protocol::MaxDatagramSize, 'x');
}

void TestReplyModes::templateParses()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, expected);
    ReplyTemplate parsed;
    QString error;
    QVERIFY2(ReplyTemplate::parse(text, &parsed, &error), qPrintable(error));
    const ReplyTemplate::Context context{payload, QHostAddress(QStringLiteral("127.0.0.1")), 5555, 41,
                                         QDateTime(QDate(2026, 11, 25), QTime(12, 0, 0, 123), Qt::UTC).toMSecsSinceEpoch()};
    QByteArray out;
    parsed.render(context, &out);
    QCOMPARE(out, expected);
}

void TestReplyModes::templateErrorsNameTheProblem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("words");
    QTest::newRow("unknown escape") << "a\\qb" << "unknown escape '\\q' at character 2";
    QTest::newRow("short hex") << "\\x4" << "bad escape '\\x4'";
    QTest::newRow("bad hex") << "\\xg0" << "bad escape '\\xg0'";
    QTest::newRow("trailing backslash") << "abc\\" << "unknown escape '\\'";
    QTest::newRow("unknown macro") << "{name}" << "unknown macro {name}: the macros are {payload} {sender}";
    QTest::newRow("unknown upper-case macro") << "{FOO}" << "unknown macro {FOO}";
    // Accepted, then every datagram went unanswered without a word.
    QTest::newRow("never fits") << QString(Protocol::MaxDatagramSize + 1, QLatin1Char('x'))
                                << "at least 65508 bytes, and one datagram carries at most 65507";
    QTest::newRow("never fits with macros") << QString(Protocol::MaxDatagramSize - 20, QLatin1Char('x')) + QStringLiteral("{time}")
                                            << "at least 65511 bytes";
}

void TestReplyModes::templateErrorsNameTheProblem()
{
    QFETCH(QString, text);
    QFETCH(QString, words);
    ReplyTemplate parsed;
    QString error;
    QVERIFY(!ReplyTemplate::parse(text, &parsed, &error));
    QVERIFY2(error.contains(words), qPrintable(error));
}

void TestReplyModes::unknownModeNamed()
{
    QString error;
    QVERIFY(!ReplyMode::create(QStringLiteral("shout"), {}, &error));
    QVERIFY2(error.contains(QStringLiteral("'shout' is not a reply mode: the modes are hello, echo, text, none")),
             qPrintable(error));
}

std::unique_ptr<HelloServer> TestReplyModes::serverWith(const QString &mode, const QString &text)
{
    auto server = std::make_unique<HelloServer>();
    QString error;
    auto replyMode = ReplyMode::create(mode, text, &error);
    if (!replyMode)
        qFatal("%s", qPrintable(error));
    server->setReplyMode(std::move(replyMode));
    if (!server->listen(QHostAddress::LocalHost, 0))
        qFatal("%s", qPrintable(server->errorString()));
    return server;
}

QByteArray TestReplyModes::exchange(HelloServer &server, QUdpSocket &client, const QByteArray &datagram)
{
    client.writeDatagram(datagram, QHostAddress::LocalHost, server.port());
    const QNetworkDatagram reply = waitForDatagram(client);
    return reply.isValid() ? reply.data() : QByteArray("<no reply>");
}

void TestReplyModes::helloByteExact()
{
    auto server = serverWith(QStringLiteral("hello"));
    QUdpSocket client;
    QVERIFY(bindClient(client));
    QCOMPARE(exchange(*server, client, "Alice"), QByteArray("Hello Alice!\n"));
    QCOMPARE(exchange(*server, client, "exit"), QByteArray("Good bye!\n"));
}

void TestReplyModes::echoSendsTheSameBytes()
{
    auto server = serverWith(QStringLiteral("echo"));
    QSignalSpy spy(server.get(), &HelloServer::datagramsReceived);
    QUdpSocket client;
    QVERIFY(bindClient(client));
    QByteArray binary(256, '\0');
    for (int i = 0; i < 256; ++i)
        binary[i] = char(i);
    QCOMPARE(exchange(*server, client, binary), binary);
    QCOMPARE(exchange(*server, client, "exit"), QByteArray("exit"));  // no protocol: exit is bytes
    const QByteArray big(65499, 'e');
    QCOMPARE(exchange(*server, client, big), big);
    QTRY_COMPARE(server->counters().answered, 3u);
    QCOMPARE(server->counters().bytesOut, quint64(256 + 4 + 65499));
    DatagramLogModel log;
    for (const QList<QVariant> &call : spy)
        log.append(call.at(0).value<DatagramBatch>());
    log.flush();
    QCOMPARE(log.record(0).replyKind, ReplyKind::Echo);
    QCOMPARE(log.record(0).reply, log.record(0).payload);
    QVERIFY(log.record(0).reply.isSharedWith(log.record(0).payload));  // the bytes kept once, not twice
    QCOMPARE(log.index(1, DatagramLogModel::ReplyColumn).data().toString(), QStringLiteral("exit"));
}

void TestReplyModes::textWithMacros()
{
    auto server = serverWith(QStringLiteral("text"), QStringLiteral("ACK {counter} {size} [{payload}]\\n"));
    QSignalSpy spy(server.get(), &HelloServer::datagramsReceived);
    QUdpSocket client;
    QVERIFY(bindClient(client));
    QCOMPARE(exchange(*server, client, "one"), QByteArray("ACK 0 3 [one]\n"));
    QCOMPARE(exchange(*server, client, QByteArray("\x00\xff", 2)), QByteArray("ACK 1 2 [\x00\xff]\n", 13));
    QTRY_COMPARE(spy.size(), 2);
    const DatagramRecord second = spy.at(1).at(0).value<DatagramBatch>().constFirst();
    QCOMPARE(second.replyKind, ReplyKind::Text);
    QCOMPARE(second.reply, QByteArray("ACK 1 2 [\x00\xff]\n", 13));  // the log shows what was sent
}

void TestReplyModes::noneOnlyListens()
{
    auto server = serverWith(QStringLiteral("none"));
    QSignalSpy spy(server.get(), &HelloServer::datagramsReceived);
    QUdpSocket client;
    QVERIFY(bindClient(client));
    client.writeDatagram("anyone?", QHostAddress::LocalHost, server->port());
    QTRY_COMPARE(spy.size(), 1);
    const DatagramRecord record = spy.at(0).at(0).value<DatagramBatch>().constFirst();
    QCOMPARE(record.replyKind, ReplyKind::None);
    QCOMPARE(record.replyFate, ReplyFate::NotAnswered);
    QVERIFY(record.reply.isEmpty());
    QCOMPARE(server->counters().unanswered, 1u);
    QVERIFY(!client.waitForReadyRead(200));  // nothing comes back
    DatagramLogModel log;
    log.append({record});
    log.flush();
    QCOMPARE(log.index(0, DatagramLogModel::ReplyColumn).data().toString(), QStringLiteral("not answered (listen only)"));
}

void TestReplyModes::tooLargeTextNotSent()
{
    auto server = serverWith(QStringLiteral("text"), QStringLiteral("{payload}{payload}"));
    QUdpSocket client;
    QVERIFY(bindClient(client));
    client.writeDatagram(QByteArray(40000, 'x'), QHostAddress::LocalHost, server->port());
    QTRY_COMPARE(server->counters().received, 1u);
    QCOMPARE(server->counters().unanswered, 1u);
    QCOMPARE(exchange(*server, client, "ok"), QByteArray("okok"));  // and it goes on serving
}

void TestReplyModes::amplifyingTextTurnsRateLimitOn()
{
    // On loopback the guard is off for hello and echo, but a text reply can outgrow what it answers.
    QCOMPARE(serverWith(QStringLiteral("echo"))->effectiveRateLimit(), 0);
    QCOMPARE(serverWith(QStringLiteral("text"), QStringLiteral("{payload}"))->effectiveRateLimit(), 0);
    QCOMPARE(serverWith(QStringLiteral("text"), QStringLiteral("ACK"))->effectiveRateLimit(), Defaults::RateLimitElsewhere);
}

QTEST_GUILESS_MAIN(TestReplyModes)
#include "tst_replymodes.moc"
