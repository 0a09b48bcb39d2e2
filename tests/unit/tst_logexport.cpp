// SPDX-License-Identifier: MIT
#include "logexport.h"
#include "logfilewriter.h"
#include "peertablemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

class TestLogExport : public QObject
{
    Q_OBJECT

private slots:
    void jsonLinesRoundTrip_data();
    void jsonLinesRoundTrip();
    void csvFields_data();
    void jsonLineHasTheBytesSent();
    void csvFields();
    void everyByteSurvives_data();
    void everyByteSurvives();
    void peersCountAndEnd();
    void peersBounded();
};

static DatagramRecord record(const QByteArray &payload, ReplyKind kind = ReplyKind::Hello, ReplyFate fate = ReplyFate::Sent,
                             quint16 port = 5000)
{
    DatagramRecord r;
    r.timeMs = QDateTime(QDate(2026, 11, 25), QTime(1, 2, 3, 456), Qt::UTC).toMSecsSinceEpoch();
    r.sender = QHostAddress(QStringLiteral("127.0.0.1"));
    r.senderPort = port;
    r.payload = payload;
    r.replyKind = kind;
    r.replyFate = fate;
    if (r.answered())
        r.reply = kind == ReplyKind::GoodBye ? QByteArray("Good bye!\n") : "Hello " + payload + "!\n";
    return r;
}

void TestLogExport::jsonLinesRoundTrip_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("asText");
    QTest::newRow("name") << QByteArray("Alice") << true;
    QTest::newRow("chinese") << QString::fromUtf8("张三").toUtf8() << true;
    QTest::newRow("quotes") << QByteArray("say \"hi\", then \\ leave") << true;
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("newline") << QByteArray("two\nlines") << false;
    QTest::newRow("binary") << QByteArray("\x00\xff\x1b[2J", 6) << false;
    QTest::newRow("invalid-utf8") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("bom") << QByteArray("\xef\xbb\xbf" "Alice") << false;  // Qt's JSON reader drops it from text
}

void TestLogExport::jsonLinesRoundTrip()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, asText);
    const QByteArray line = LogExport::jsonLine(record(payload, ReplyKind::Hello, ReplyFate::RateLimited));
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);  // one line, whatever the payload
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("time")).toString(), QStringLiteral("2026-11-25T01:02:03.456Z"));
    QCOMPARE(o.value(QStringLiteral("sender")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(o.value(QStringLiteral("port")).toInt(), 5000);
    QCOMPARE(o.value(QStringLiteral("bytes")).toInt(), payload.size());
    QCOMPARE(o.value(QStringLiteral("reply")).toString(), QStringLiteral("rate-limited"));
    QCOMPARE(o.contains(QStringLiteral("text")), asText);
    const QByteArray back = asText ? o.value(QStringLiteral("text")).toString().toUtf8()
                                   : QByteArray::fromHex(o.value(QStringLiteral("hex")).toString().toLatin1());
    QCOMPARE(back, payload);
}

void TestLogExport::jsonLineHasTheBytesSent()
{
    // The bytes the server kept as sent, not a reply rebuilt from the kind: a reply that differs
    // from what "hello" would give is written as it was.
    DatagramRecord r = record("Alice");
    r.reply = "Hi Alice";
    QJsonObject o = QJsonDocument::fromJson(LogExport::jsonLine(r)).object();
    QCOMPARE(o.value(QStringLiteral("reply")).toString(), QStringLiteral("hello"));
    QCOMPARE(o.value(QStringLiteral("replyText")).toString(), QStringLiteral("Hi Alice"));
    r.reply = "Hello Alice!\n";  // a line break is text here: JSON escapes it
    o = QJsonDocument::fromJson(LogExport::jsonLine(r)).object();
    QCOMPARE(o.value(QStringLiteral("replyText")).toString(), QStringLiteral("Hello Alice!\n"));
    r.reply = QByteArray("Hello \x1b[2J!\n");  // any other control character: hex, every byte survives
    o = QJsonDocument::fromJson(LogExport::jsonLine(r)).object();
    QCOMPARE(QByteArray::fromHex(o.value(QStringLiteral("replyHex")).toString().toLatin1()), r.reply);
    QVERIFY(!o.contains(QStringLiteral("replyText")));
    // Not sent: no reply bytes at all.
    o = QJsonDocument::fromJson(LogExport::jsonLine(record("Bob", ReplyKind::Hello, ReplyFate::RateLimited))).object();
    QVERIFY(!o.contains(QStringLiteral("replyText")) && !o.contains(QStringLiteral("replyHex")));
}

void TestLogExport::csvFields_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QByteArray("Alice") << QByteArray("2026-11-25T01:02:03.456Z,127.0.0.1,5000,5,hello,text,Alice\r\n");
    QTest::newRow("comma-quoted") << QByteArray("a,\"b\"")
                                  << QByteArray("2026-11-25T01:02:03.456Z,127.0.0.1,5000,5,hello,text,\"a,\"\"b\"\"\"\r\n");
    QTest::newRow("binary-hex") << QByteArray("\x01\xff", 2)
                                << QByteArray("2026-11-25T01:02:03.456Z,127.0.0.1,5000,2,hello,hex,01ff\r\n");
    QTest::newRow("formula-hex") << QByteArray("=1+1")
                                 << QByteArray("2026-11-25T01:02:03.456Z,127.0.0.1,5000,4,hello,hex,3d312b31\r\n");
}

void TestLogExport::csvFields()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, expected);
    QCOMPARE(LogExport::csvLine(record(payload)), expected);
    QCOMPARE(LogExport::csvHeader(), QByteArray("time,sender,port,bytes,reply,encoding,payload\r\n"));
}

namespace {
// The payload back from a JSON line: its text as UTF-8, or its hex decoded.
QByteArray payloadFromJson(const QByteArray &line)
{
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    return o.contains(QStringLiteral("text")) ? o.value(QStringLiteral("text")).toString().toUtf8()
                                              : QByteArray::fromHex(o.value(QStringLiteral("hex")).toString().toLatin1());
}

// The payload back from a CSV line, read as a spreadsheet would (RFC 4180 quoting).
QByteArray payloadFromCsv(const QByteArray &line)
{
    QList<QByteArray> fields{QByteArray()};
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (quoted && c == '"' && i + 1 < line.size() && line.at(i + 1) == '"') {
            fields.last() += '"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == ',') {
            fields.append(QByteArray());
        } else if (!quoted && c == '\r' && line.mid(i) == "\r\n") {
            break;
        } else {
            fields.last() += c;
        }
    }
    if (fields.size() != 7)
        return "<" + QByteArray::number(fields.size()) + " fields>";
    return fields[5] == "hex" ? QByteArray::fromHex(fields[6]) : fields[6];
}
} // namespace

void TestLogExport::everyByteSurvives_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("bom") << QByteArray("\xef\xbb\xbf");
    QTest::newRow("bom-text") << QByteArray("\xef\xbb\xbf" "Bob");
    QTest::newRow("two-boms") << QByteArray("\xef\xbb\xbf\xef\xbb\xbf");
    QTest::newRow("bom-inside") << QByteArray("a\xef\xbb\xbf" "b");
    QTest::newRow("bom-nul") << QByteArray("\xef\xbb\xbf\x00", 4);
    QTest::newRow("nul") << QByteArray("\x00", 1);
    QTest::newRow("nul-inside") << QByteArray("a\x00" "b", 3);
    QTest::newRow("cr") << QByteArray("\r");
    QTest::newRow("crlf-inside") << QByteArray("a\r\nb");
    QTest::newRow("invalid-utf8") << QByteArray("\xff\xfe");
    QTest::newRow("overlong") << QByteArray("\xc0\xaf");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80");
    QTest::newRow("truncated") << QByteArray("ab\xe4\xb8");
    QTest::newRow("replacement-char") << QByteArray("\xef\xbf\xbd");
    QTest::newRow("noncharacters") << QByteArray("\xef\xbf\xbe\xef\xbf\xbf");
    QTest::newRow("escape-then-bom") << QByteArray("\"\xef\xbb\xbf");
    QTest::newRow("quotes-commas") << QByteArray("\"a\",b,");
    QTest::newRow("formula") << QByteArray("\xef\xbb\xbf=1+1");
}

void TestLogExport::everyByteSurvives()
{
    QFETCH(QByteArray, payload);
    const DatagramRecord r = record(payload);
    QCOMPARE(payloadFromJson(LogExport::jsonLine(r)), payload);
    QCOMPARE(payloadFromCsv(LogExport::csvLine(r)), payload);
    // And through the --log-file writer, next to another record.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.jsonl"));
    {
        LogFileWriter writer;
        QVERIFY(writer.open(path));
        writer.append({r, record("next")});
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(payloadFromJson(lines[0]), payload);
    QCOMPARE(payloadFromJson(lines[1]), QByteArray("next"));
}

void TestLogExport::peersCountAndEnd()
{
    PeerTableModel peers;
    QAbstractItemModelTester tester(&peers);
    peers.add({record("Alice", ReplyKind::Hello, ReplyFate::Sent, 1), record("Bob", ReplyKind::Hello, ReplyFate::Sent, 2), record("exit", ReplyKind::GoodBye, ReplyFate::Sent, 1)});
    QCOMPARE(peers.rowCount(), 0);  // batched, like the log
    peers.flush();
    QCOMPARE(peers.rowCount(), 2);
    const int alice = peers.rowOf(QHostAddress(QStringLiteral("127.0.0.1")), 1);
    const int bob = peers.rowOf(QHostAddress(QStringLiteral("127.0.0.1")), 2);
    QVERIFY(alice >= 0 && bob >= 0 && alice != bob);
    QCOMPARE(peers.index(alice, 0).data(PeerTableModel::DatagramCountRole).toULongLong(), 2u);
    QCOMPARE(peers.index(alice, PeerTableModel::StateColumn).data().toString(), QStringLiteral("ended"));
    QCOMPARE(peers.index(bob, PeerTableModel::StateColumn).data().toString(), QStringLiteral("active"));
    QCOMPARE(peers.index(alice, PeerTableModel::PeerColumn).data().toString(), QStringLiteral("127.0.0.1:1"));
    QCOMPARE(peers.index(alice, PeerTableModel::BytesColumn).data().toString(), QLocale().toString(9));  // one unit for sizes: bytes, as in the log
    peers.add({record("again", ReplyKind::Hello, ReplyFate::Sent, 1)});
    peers.flush();
    QCOMPARE(peers.index(alice, 0).data(PeerTableModel::DatagramCountRole).toULongLong(), 3u);
    QCOMPARE(peers.index(alice, 0).data(PeerTableModel::EndedRole).toBool(), false);
}

void TestLogExport::peersBounded()
{
    PeerTableModel peers;
    DatagramBatch batch;
    for (int i = 0; i < PeerTableModel::MaxPeers + 10; ++i) {
        DatagramRecord r = record("x", ReplyKind::Hello, ReplyFate::Sent, quint16(1000 + i));
        r.timeMs += i;
        batch.append(r);
    }
    peers.add(batch);
    peers.flush();
    QCOMPARE(peers.rowCount(), PeerTableModel::MaxPeers);
    QCOMPARE(peers.rowOf(QHostAddress(QStringLiteral("127.0.0.1")), 1000), -1);  // the quietest went
    QVERIFY(peers.rowOf(QHostAddress(QStringLiteral("127.0.0.1")), quint16(1000 + PeerTableModel::MaxPeers + 9)) >= 0);
}

QTEST_GUILESS_MAIN(TestLogExport)
#include "tst_logexport.moc"
