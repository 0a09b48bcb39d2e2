// SPDX-License-Identifier: MIT
// What a user typed (text, hex, escapes) and the line ending, turned into the bytes sent.
#include "typedmessage.h"

#include <QtTest>

using Input = TypedMessage::Input;
using Ending = TypedMessage::LineEnding;
using Encoding = TextEncoding::Encoding;

class TestTypedMessage : public QObject
{
    Q_OBJECT

private slots:
    void bytes_data();
    void bytes();
    void refused_data();
    void refused();
    void keysRoundTrip();
};

void TestTypedMessage::bytes_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("input");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<int>("ending");
    QTest::addColumn<QByteArray>("expected");
    const auto row = [](const char *name, const QString &typed, Input input, Encoding encoding, Ending ending,
                        const QByteArray &expected) {
        QTest::newRow(name) << typed << int(input) << int(encoding) << int(ending) << expected;
    };
    row("text as it is", QStringLiteral("Alice"), Input::Text, Encoding::Utf8, Ending::None, "Alice");
    row("backslash is text without escapes", QStringLiteral("a\\nb"), Input::Text, Encoding::Utf8, Ending::None,
        "a\\nb");
    row("text + LF", QStringLiteral("ping"), Input::Text, Encoding::Utf8, Ending::Lf, "ping\n");
    row("text + CR", QStringLiteral("ping"), Input::Text, Encoding::Utf8, Ending::Cr, "ping\r");
    row("text + CRLF", QStringLiteral("ping"), Input::Text, Encoding::Utf8, Ending::CrLf, "ping\r\n");
    row("nothing typed: no line ending", QString(), Input::Text, Encoding::Utf8, Ending::CrLf, QByteArray());
    row("UTF-16LE line ending is a character", QStringLiteral("A"), Input::Text, Encoding::Utf16LE, Ending::Lf,
        QByteArray("A\0\n\0", 4));
    row("GB18030 + CRLF", QStringLiteral("张三"), Input::Text, Encoding::Gb18030, Ending::CrLf,
        QByteArray::fromHex("d5c5c8fd0d0a"));
    row("escapes", QStringLiteral("a\\tb\\r\\n\\\\"), Input::Escapes, Encoding::Utf8, Ending::None, "a\tb\r\n\\");
    row("\\xNN is a byte", QStringLiteral("\\x00\\xff\\x41"), Input::Escapes, Encoding::Utf8, Ending::None,
        QByteArray("\0\xff" "A", 3));
    row("\\xNN stays one byte in UTF-16LE", QStringLiteral("A\\x01\\n"), Input::Escapes, Encoding::Utf16LE,
        Ending::None, QByteArray("A\0\x01\n\0", 5));
    row("escapes + CRLF", QStringLiteral("GET / HTTP/1.0\\r\\n"), Input::Escapes, Encoding::Utf8, Ending::CrLf,
        "GET / HTTP/1.0\r\n\r\n");
    row("escapes in GB18030", QStringLiteral("张\\n"), Input::Escapes, Encoding::Gb18030, Ending::None,
        QByteArray::fromHex("d5c50a"));
    row("hex", QStringLiteral("48 65 6c 6c 6f"), Input::Hex, Encoding::Utf8, Ending::None, "Hello");
    row("hex + CRLF as bytes", QStringLiteral("00ff"), Input::Hex, Encoding::Utf16LE, Ending::CrLf,
        QByteArray("\0\xff\r\n", 4));
}

void TestTypedMessage::bytes()
{
    QFETCH(QString, typed);
    QFETCH(int, input);
    QFETCH(int, encoding);
    QFETCH(int, ending);
    QFETCH(QByteArray, expected);
    if (!TextEncoding::isAvailable(Encoding(encoding)))
        QSKIP("this Qt cannot convert the encoding");
    const TypedMessage::Form form{Input(input), Encoding(encoding), Ending(ending)};
    QByteArray bytes("left over");
    QString why;
    QVERIFY2(TypedMessage::toBytes(typed, form, &bytes, &why), qPrintable(why));
    QCOMPARE(bytes.toHex(' '), expected.toHex(' '));
}

void TestTypedMessage::refused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("input");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown escape") << QStringLiteral("ab\\q") << int(Input::Escapes) << int(Encoding::Utf8)
                                    << QStringLiteral("'\\q' at character 3");
    QTest::newRow("short \\x") << QStringLiteral("\\x4") << int(Input::Escapes) << int(Encoding::Utf8)
                               << QStringLiteral("'\\x4' at character 1");
    QTest::newRow("backslash at the end") << QStringLiteral("a\\") << int(Input::Escapes) << int(Encoding::Utf8)
                                          << QStringLiteral("'\\' at character 2");
    QTest::newRow("not hex") << QStringLiteral("4g") << int(Input::Hex) << int(Encoding::Utf8)
                             << QStringLiteral("pairs of hex digits");
    QTest::newRow("Chinese in Latin-1") << QStringLiteral("张") << int(Input::Text) << int(Encoding::Latin1)
                                        << QStringLiteral("iso-8859-1 cannot write");
    QTest::newRow("Chinese in Latin-1, escapes") << QStringLiteral("张\\n") << int(Input::Escapes)
                                                 << int(Encoding::Latin1) << QStringLiteral("iso-8859-1 cannot write");
}

void TestTypedMessage::refused()
{
    QFETCH(QString, typed);
    QFETCH(int, input);
    QFETCH(int, encoding);
    QFETCH(QString, named);
    QByteArray bytes("unchanged");
    QString why;
    QVERIFY(!TypedMessage::toBytes(typed, {Input(input), Encoding(encoding), Ending::Lf}, &bytes, &why));
    QVERIFY2(why.contains(named), qPrintable(why));
    QCOMPARE(bytes, QByteArray("unchanged"));
}

void TestTypedMessage::keysRoundTrip()
{
    for (Input input : {Input::Text, Input::Hex, Input::Escapes}) {
        Input back = Input::Text;
        QVERIFY(TypedMessage::inputFromKey(TypedMessage::inputKey(input), &back));
        QCOMPARE(back, input);
    }
    for (Ending ending : {Ending::None, Ending::Lf, Ending::Cr, Ending::CrLf}) {
        Ending back = Ending::None;
        QVERIFY(TypedMessage::endingFromKey(TypedMessage::endingKey(ending), &back));
        QCOMPARE(back, ending);
    }
    QCOMPARE(TypedMessage::endingKey(Ending::CrLf), QStringLiteral("crlf"));
    Ending ending = Ending::Lf;
    QVERIFY(!TypedMessage::endingFromKey(QStringLiteral("CRLF\n"), &ending));
    QCOMPARE(ending, Ending::Lf);
}

QTEST_GUILESS_MAIN(TestTypedMessage)
#include "tst_typedmessage.moc"
