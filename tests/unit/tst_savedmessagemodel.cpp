// SPDX-License-Identifier: MIT
// Saved messages without a display: the list model (order, names, bounds) and its JSON format
// (round trips, and files that are wrong in every way lose nothing).
#include "defaults.h"
#include "savedmessagemodel.h"
#include "savedmessagesfile.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using Input = TypedMessage::Input;
using Ending = TypedMessage::LineEnding;
using Encoding = TextEncoding::Encoding;

namespace {
SavedMessage message(const QString &name, const QByteArray &bytes = "ping\r\n")
{
    return {name, QStringLiteral("ping\\r\\n"), {Input::Escapes, Encoding::Utf8, Ending::None}, bytes};
}

QStringList names(const SavedMessageModel &model)
{
    QStringList list;
    for (const SavedMessage &m : model.messages())
        list << m.name;
    return list;
}
} // namespace

class TestSavedMessageModel : public QObject
{
    Q_OBJECT

private slots:
    void saveReplaceRenameMoveDelete();
    void bounded();
    void importRenamesClashes();
    void changedOncePerAction();
    void jsonRoundTrip();
    void badJsonLosesNothing_data();
    void badJsonLosesNothing();
    void typedWithoutBytesIsMadeAgain();
    void files();
    void namesShownEscaped();
};

void TestSavedMessageModel::saveReplaceRenameMoveDelete()
{
    SavedMessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &SavedMessageModel::changed);
    QString why;
    QVERIFY(model.save(message(QStringLiteral("a")), &why));
    QVERIFY(model.save(message(QStringLiteral(" b ")), &why));  // trimmed
    QVERIFY(model.save(message(QStringLiteral("c")), &why));
    QCOMPARE(names(model), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("a"));
    QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Ctrl+1")));
    // The same name replaces, in place.
    QVERIFY(model.save(message(QStringLiteral("a"), "other"), &why));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.at(0).bytes, QByteArray("other"));
    QVERIFY(!model.save(message(QStringLiteral("  ")), &why));
    QVERIFY(why.contains(QStringLiteral("name")));
    // Rename through the view's edit, refused onto another's name.
    QVERIFY(model.setData(model.index(1), QStringLiteral("bee")));
    QSignalSpy refused(&model, &SavedMessageModel::renameRefused);
    QVERIFY(!model.setData(model.index(1), QStringLiteral("c")));
    QCOMPARE(refused.count(), 1);
    QVERIFY(refused.at(0).at(0).toString().contains(QStringLiteral("'c'")));
    QVERIFY(!model.rename(1, QString(Defaults::SavedMessageNameLength + 1, QLatin1Char('x')), &why));
    QVERIFY(model.move(2, -1));
    QCOMPARE(names(model), (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("bee")}));
    QVERIFY(model.move(0, 1));
    QCOMPARE(names(model), (QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("bee")}));
    QVERIFY(!model.move(2, 1));
    QVERIFY(!model.move(0, -1));
    model.remove(1);
    QCOMPARE(names(model), (QStringList{QStringLiteral("c"), QStringLiteral("bee")}));
    QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Ctrl+2")));
    QVERIFY(changed.count() >= 8);
}

void TestSavedMessageModel::bounded()
{
    SavedMessageModel model;
    QString why;
    for (int i = 0; i < Defaults::SavedMessages; ++i)
        QVERIFY(model.save(message(QString::number(i)), &why));
    QVERIFY(!model.save(message(QStringLiteral("one more")), &why));
    QVERIFY2(why.contains(QString::number(Defaults::SavedMessages)), qPrintable(why));
    QVERIFY(model.save(message(QStringLiteral("0"), "replacing is not adding"), &why));
    QCOMPARE(model.rowCount(), Defaults::SavedMessages);

    // Bytes: large messages until the total would pass its bound; the one that would is refused.
    SavedMessageModel big;
    const QByteArray large(60000, 'x');
    int saved = 0;
    while (big.save(message(QString::number(saved), large), &why))
        ++saved;
    QCOMPARE(saved, int(Defaults::SavedMessagesBytes / message(QStringLiteral("0"), large).cost()));
    QVERIFY2(why.contains(QStringLiteral("bytes")), qPrintable(why));
    // An import that would not fit adds nothing.
    QVERIFY(!big.add({message(QStringLiteral("x"), large)}, &why));
    QCOMPARE(big.rowCount(), saved);
    // Settings holding more than the bounds keep what fits.
    QList<SavedMessage> many;
    for (int i = 0; i < Defaults::SavedMessages + 5; ++i)
        many << message(QString::number(i));
    big.setMessages(many);
    QCOMPARE(big.rowCount(), Defaults::SavedMessages);
}

void TestSavedMessageModel::importRenamesClashes()
{
    SavedMessageModel model;
    QString why;
    QVERIFY(model.save(message(QStringLiteral("ping")), &why));
    QVERIFY(model.add({message(QStringLiteral("ping"), "new"), message(QStringLiteral("ping"), "newer")}, &why));
    QCOMPARE(names(model), (QStringList{QStringLiteral("ping"), QStringLiteral("ping (2)"), QStringLiteral("ping (3)")}));
    QCOMPARE(model.at(0).bytes, QByteArray("ping\r\n"));  // the old one stays as it was
    QCOMPARE(model.at(2).bytes, QByteArray("newer"));
    // A long name clashing is cut so that with its suffix it fits, and is kept at the next start.
    const QString longName(Defaults::SavedMessageNameLength, QLatin1Char('x'));
    QVERIFY(model.save(message(longName), &why));
    QVERIFY(model.add({message(longName, "again")}, &why));
    const QString renamed = model.at(model.rowCount() - 1).name;
    QVERIFY2(renamed.endsWith(QStringLiteral(" (2)")), qPrintable(renamed));
    QCOMPARE(renamed.size(), Defaults::SavedMessageNameLength);
    SavedMessageModel restarted;
    restarted.setMessages(model.messages());
    QCOMPARE(names(restarted), names(model));
}

// Each change is written to the settings once: one `changed` per action, not one per signal of Qt's.
void TestSavedMessageModel::changedOncePerAction()
{
    SavedMessageModel model;
    QSignalSpy changed(&model, &SavedMessageModel::changed);
    QString why;
    QVERIFY(model.save(message(QStringLiteral("a")), &why));
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.save(message(QStringLiteral("b")), &why));
    QVERIFY(model.save(message(QStringLiteral("c")), &why));
    QVERIFY(model.save(message(QStringLiteral("a"), "other"), &why));  // replaced
    QCOMPARE(changed.count(), 4);
    QVERIFY(model.rename(1, QStringLiteral("bee"), &why));
    QCOMPARE(changed.count(), 5);
    QVERIFY(model.move(0, 1));
    QCOMPARE(changed.count(), 6);
    model.remove(0);
    QCOMPARE(changed.count(), 7);
    QVERIFY(model.add({message(QStringLiteral("d")), message(QStringLiteral("e"))}, &why));
    QCOMPARE(changed.count(), 8);
    QVERIFY(!model.move(0, -1));  // refused: nothing to write
    model.remove(9);
    QCOMPARE(changed.count(), 8);
}

void TestSavedMessageModel::jsonRoundTrip()
{
    const QList<SavedMessage> messages{
        message(QStringLiteral("escapes")),
        {QStringLiteral("binary"), QStringLiteral("00 ff 0a"), {Input::Hex, Encoding::Utf8, Ending::CrLf},
         QByteArray("\0\xff\n\r\n", 5)},
        {QStringLiteral("张三"), QStringLiteral("张三"), {Input::Text, Encoding::Gb18030, Ending::Lf},
         QByteArray::fromHex("d5c5c8fd0a")},
        {QStringLiteral("utf-16"), QStringLiteral("A"), {Input::Text, Encoding::Utf16BE, Ending::Cr},
         QByteArray("\0A\0\r", 4)}};
    const QByteArray json = SavedMessagesFile::toJson(messages);
    QVERIFY(json.contains("\"version\": 1"));
    QVERIFY(json.contains("\"bytes\": \"00ff0a0d0a\""));
    QList<SavedMessage> back;
    QString why;
    QVERIFY2(SavedMessagesFile::fromJson(json, &back, &why), qPrintable(why));
    QCOMPARE(back.size(), messages.size());
    for (int i = 0; i < messages.size(); ++i)
        QVERIFY2(back.at(i) == messages.at(i), qPrintable(messages.at(i).name));
    // An empty list is a file too.
    QVERIFY(SavedMessagesFile::fromJson(SavedMessagesFile::toJson({}), &back, &why));
    QVERIFY(back.isEmpty());
}

void TestSavedMessageModel::badJsonLosesNothing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("said");
    const QByteArray head = R"({"format": "udpchat saved messages", "version": 1, "messages": )";
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringLiteral("not JSON");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n", 8) << QStringLiteral("not JSON");
    QTest::newRow("another JSON") << QByteArray(R"({"name": "x"})") << QStringLiteral("not a udpchat saved messages");
    QTest::newRow("a list") << QByteArray("[1, 2]") << QStringLiteral("not a udpchat saved messages");
    QTest::newRow("newer version") << QByteArray(R"({"format": "udpchat saved messages", "version": 2})")
                                   << QStringLiteral("version 2");
    // A version that is no number was said as "is version 1; this udpchat reads version 1".
    QTest::newRow("version a string") << QByteArray(R"({"format": "udpchat saved messages", "version": "1", "messages": []})")
                                      << QStringLiteral("\"version\" is \"1\", not a whole number");
    QTest::newRow("version missing") << QByteArray(R"({"format": "udpchat saved messages", "messages": []})")
                                     << QStringLiteral("missing");
    // Without a list of messages it said "Imported 0 messages".
    QTest::newRow("no messages") << QByteArray(R"({"format": "udpchat saved messages", "version": 1})")
                                 << QStringLiteral("no \"messages\" list");
    QTest::newRow("messages an object") << head + R"({"name": "a", "bytes": "41"}})" << QStringLiteral("no \"messages\" list");
    QTest::newRow("message not an object") << head + R"([{"name": "a", "bytes": "41"}, 7]})"
                                           << QStringLiteral("Message 2 in this file: it is not an object");
    QTest::newRow("no name") << head + R"([{"bytes": "41"}]})" << QStringLiteral("Message 1");
    QTest::newRow("bad hex") << head + R"([{"name": "a", "bytes": "41"}, {"name": "b", "bytes": "4g"}]})"
                             << QStringLiteral("Message 2");
    // U+374C: glibc's isxdigit says yes to thousands of code points above 255.
    QTest::newRow("hex beyond ASCII") << head + QStringLiteral("[{\"name\": \"a\", \"bytes\": \"a\u374C\"}]}").toUtf8()
                                      << QStringLiteral("hex digits");
    QTest::newRow("odd hex") << head + R"([{"name": "a", "bytes": "414"}]})" << QStringLiteral("hex");
    QTest::newRow("bad input") << head + R"([{"name": "a", "input": "morse", "bytes": "41"}]})"
                               << QStringLiteral("morse");
    QTest::newRow("bad encoding") << head + R"([{"name": "a", "encoding": "ebcdic", "bytes": "41"}]})"
                                  << QStringLiteral("ebcdic");
    QTest::newRow("bad line ending") << head + R"([{"name": "a", "lineEnding": "lfcr", "bytes": "41"}]})"
                                     << QStringLiteral("lfcr");
    QTest::newRow("bad escape") << head + R"([{"name": "a", "input": "escapes", "typed": "\\q"}]})"
                                << QStringLiteral("'\\q'");
    QTest::newRow("no bytes") << head + R"([{"name": "a", "bytes": ""}]})" << QStringLiteral("no bytes");
    QTest::newRow("too large") << head + R"([{"name": "a", "bytes": ")" + QByteArray(65500 * 2, 'a') + R"("}]})"
                               << QLocale().toString(65500);  // the size, in the user's digits
}

void TestSavedMessageModel::badJsonLosesNothing()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, said);
    QList<SavedMessage> messages{message(QStringLiteral("kept"))};
    QString why;
    QVERIFY(!SavedMessagesFile::fromJson(json, &messages, &why));
    QVERIFY2(why.contains(said), qPrintable(why));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).name, QStringLiteral("kept"));
}

void TestSavedMessageModel::typedWithoutBytesIsMadeAgain()
{
    const QByteArray json = R"({"format": "udpchat saved messages", "version": 1, "future": true, "messages": [
        {"name": "get", "typed": "GET /\\r\\n", "input": "escapes", "lineEnding": "crlf", "colour": "red"}]})";
    QList<SavedMessage> messages;
    QString why;
    QVERIFY2(SavedMessagesFile::fromJson(json, &messages, &why), qPrintable(why));
    QCOMPARE(messages.at(0).bytes, QByteArray("GET /\r\n\r\n"));
    QCOMPARE(messages.at(0).form.encoding, Encoding::Utf8);
}

void TestSavedMessageModel::files()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.json"));
    const QList<SavedMessage> messages{message(QStringLiteral("one")), message(QStringLiteral("two"), "2")};
    QString why;
    QVERIFY2(SavedMessagesFile::write(path, messages, &why), qPrintable(why));
    QList<SavedMessage> back;
    QVERIFY2(SavedMessagesFile::read(path, &back, &why), qPrintable(why));
    QVERIFY(back == messages);
    QVERIFY(!SavedMessagesFile::read(dir.filePath(QStringLiteral("missing.json")), &back, &why));
    QVERIFY2(why.contains(QStringLiteral("missing.json")), qPrintable(why));
    QVERIFY(!SavedMessagesFile::read(dir.path(), &back, &why));
    QVERIFY2(why.contains(QStringLiteral("folder")), qPrintable(why));
    // Too large is refused before it is read (a sparse file: no disk used).
    QFile large(dir.filePath(QStringLiteral("large.json")));
    QVERIFY(large.open(QIODevice::WriteOnly) && large.resize(Defaults::SavedMessagesFileBytes + 1));
    large.close();
    QVERIFY(!SavedMessagesFile::read(large.fileName(), &back, &why));
    QVERIFY2(why.contains(QStringLiteral("too large")), qPrintable(why));
    // A FIFO is refused without opening it for a writer that never comes (the window froze).
    const QString fifo = dir.filePath(QStringLiteral("fifo.json"));
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QVERIFY(!SavedMessagesFile::read(fifo, &back, &why));
    QVERIFY2(why.contains(QStringLiteral("not a regular file")), qPrintable(why));
    QVERIFY(!SavedMessagesFile::write(dir.filePath(QStringLiteral("no/such/folder.json")), messages, &why));
    QVERIFY(!why.isEmpty());
    QVERIFY(back == messages);  // unchanged by every failure
}

// Names come from shared files: controls and bidi characters are shown escaped, kept as they are.
void TestSavedMessageModel::namesShownEscaped()
{
    SavedMessageModel model;
    const QString name = QStringLiteral("evil\u202Etxt.exe\x1b[31m") + QChar(0) + QStringLiteral("end");
    QString why;
    QVERIFY2(model.save(message(name), &why), qPrintable(why));
    const QString shown = model.index(0).data(Qt::DisplayRole).toString();
    QVERIFY2(shown.contains(QStringLiteral("\\u202e")) && shown.contains(QStringLiteral("\\x1b")) && shown.contains(QStringLiteral("\\x00")),
             qPrintable(shown));
    QVERIFY(!shown.contains(QChar(0x202E)) && !shown.contains(QChar(0x1b)) && !shown.contains(QChar(0)));
    QCOMPARE(model.index(0).data(SavedMessageModel::NameRole).toString(), name);
}

QTEST_GUILESS_MAIN(TestSavedMessageModel)
#include "tst_savedmessagemodel.moc"
