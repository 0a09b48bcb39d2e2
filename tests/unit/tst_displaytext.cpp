// SPDX-License-Identifier: MIT
#include "displaytext.h"

#include <QtTest>

class TestDisplayText : public QObject
{
    Q_OBJECT

private slots:
    void escaped_data();
    void escaped();
    void neverRawControls_data();
    void neverRawControls();
    void elides();
    void escapedLinesKeepOnlyLineBreaks();
    void hexDump();
};

void TestDisplayText::escaped_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << QByteArray("Alice") << QStringLiteral("Alice");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("utf8") << QString::fromUtf8("张三").toUtf8() << QString::fromUtf8("张三");
    QTest::newRow("emoji") << QByteArray("\xf0\x9f\x98\x80") << QString::fromUtf8("\xf0\x9f\x98\x80");
    QTest::newRow("newline") << QByteArray("a\nb\r\tc") << QStringLiteral("a\\nb\\r\\tc");
    QTest::newRow("backslash") << QByteArray("a\\nb") << QStringLiteral("a\\\\nb");
    QTest::newRow("nul") << QByteArray("a\0b", 3) << QStringLiteral("a\\x00b");
    QTest::newRow("ansi") << QByteArray("\x1b[31mred") << QStringLiteral("\\x1b[31mred");
    QTest::newRow("del") << QByteArray("\x7f") << QStringLiteral("\\x7f");
    QTest::newRow("c1-control") << QByteArray("\xc2\x9b") << QStringLiteral("\\u009b");
    QTest::newRow("bidi-rlo") << QByteArray("a\xe2\x80\xae" "b") << QStringLiteral("a\\u202eb");
    QTest::newRow("bidi-isolate") << QByteArray("\xe2\x81\xa6x\xe2\x81\xa9") << QStringLiteral("\\u2066x\\u2069");
    QTest::newRow("line-separator") << QByteArray("\xe2\x80\xa8") << QStringLiteral("\\u2028");
    QTest::newRow("bom") << QByteArray("\xef\xbb\xbf") << QStringLiteral("\\ufeff");
    QTest::newRow("zwj-kept") << QByteArray("a\xe2\x80\x8d" "b") << QString::fromUtf8("a\xe2\x80\x8d" "b");
    QTest::newRow("invalid-byte") << QByteArray("\xff") << QStringLiteral("\\xff");
    QTest::newRow("overlong") << QByteArray("\xc0\xaf") << QStringLiteral("\\xc0\\xaf");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("\\xed\\xa0\\x80");
    QTest::newRow("truncated") << QByteArray("\xe5\xbc") << QStringLiteral("\\xe5\\xbc");
    QTest::newRow("past-max") << QByteArray("\xf4\x90\x80\x80") << QStringLiteral("\\xf4\\x90\\x80\\x80");
    QTest::newRow("noncharacter") << QByteArray("\xef\xbf\xbf") << QStringLiteral("\\uffff");
    QTest::newRow("tag-char") << QByteArray("\xf3\xa0\x80\x81") << QStringLiteral("\\U000e0001");
    QTest::newRow("few-marks-kept") << QByteArray("e\xcc\x81") << QString::fromUtf8("e\xcc\x81");
    QTest::newRow("zalgo") << QByteArray("e" "\xcc\x81\xcc\x82\xcc\x83\xcc\x84\xcc\x85\xcc\x86")
                           << QString::fromUtf8("e\xcc\x81\xcc\x82\xcc\x83\xcc\x84") + QStringLiteral("\\u0305\\u0306");
}

void TestDisplayText::escaped()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(DisplayText::escaped(bytes), text);
}

void TestDisplayText::neverRawControls_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(char(i));
    QTest::newRow("every-byte") << all;
    QByteArray c1;
    for (int i = 0x80; i < 0xa0; ++i)
        c1.append(char(0xc2)).append(char(i));
    QTest::newRow("every-c1") << c1;
}

void TestDisplayText::neverRawControls()
{
    QFETCH(QByteArray, bytes);
    const QString text = DisplayText::escaped(bytes);
    for (QChar c : text) {
        QVERIFY2(c.isPrint() && c.category() != QChar::Other_Format,
                 qPrintable(QStringLiteral("raw U+%1 in output").arg(c.unicode(), 4, 16, QLatin1Char('0'))));
    }
}

// For terminals: every byte but LF as escaped() shows it; LF stays a line break, except in
// UTF-16 where a 0x0A byte is half a character.
void TestDisplayText::escapedLinesKeepOnlyLineBreaks()
{
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(char(i));
    const QString text = DisplayText::escapedLines(all);
    for (QChar c : text) {
        QVERIFY2(c == QLatin1Char('\n') || c == QLatin1Char('\t') || (c.isPrint() && c.category() != QChar::Other_Format),
                 qPrintable(QStringLiteral("raw U+%1 in output").arg(c.unicode(), 4, 16, QLatin1Char('0'))));
    }
    QCOMPARE(text.count(QLatin1Char('\n')), 1);
    QCOMPARE(DisplayText::escapedLines("Hello Bob!\n"), QStringLiteral("Hello Bob!\n"));  // the seed's reply, as it is
    QCOMPARE(DisplayText::escapedLines("a\x1b[2Jb\r\nc"), QStringLiteral("a\\x1b[2Jb\\r\nc"));
    QCOMPARE(DisplayText::escapedLines("\n\n"), QStringLiteral("\n\n"));
    // A backslash and a tab as the seed's client prints them; the escapes after them still escaped.
    QCOMPARE(DisplayText::escapedLines("Hello DOM\\user\t!\n"), QStringLiteral("Hello DOM\\user\t!\n"));
    QCOMPARE(DisplayText::escapedLines("\\x1b\\\x1b"), QStringLiteral("\\x1b\\\\x1b"));
    QCOMPARE(DisplayText::escapedLines(QByteArray("a\0\n\0", 4), TextEncoding::Encoding::Utf16LE),
             DisplayText::escaped(QByteArray("a\0\n\0", 4), -1, TextEncoding::Encoding::Utf16LE));
}

void TestDisplayText::elides()
{
    const QString text = DisplayText::escaped(QByteArray(1000, 'x'), 10);
    QCOMPARE(text, QString(10, QLatin1Char('x')) + QChar(0x2026));
    QCOMPARE(DisplayText::escaped(QByteArray(10, 'x'), 10), QString(10, QLatin1Char('x')));
    // An escape is never cut in half.
    const QString escapes = DisplayText::escaped(QByteArray(100, '\x01'), 10);
    QVERIFY(escapes.startsWith(QStringLiteral("\\x01\\x01\\x01")));
    QVERIFY(escapes.endsWith(QChar(0x2026)));
    QCOMPARE(escapes.size(), 12 + 1);
}

void TestDisplayText::hexDump()
{
    const QString dump = DisplayText::hexDump(QByteArray("Hello \x01\xff!\n0123456789", 20));
    QCOMPARE(dump, QStringLiteral(
        "00000000  48 65 6c 6c 6f 20 01 ff  21 0a 30 31 32 33 34 35  |Hello ..!.012345|\n"
        "00000010  36 37 38 39                                       |6789|\n"
        "00000014\n"));
    QCOMPARE(DisplayText::hexDump(QByteArray()), QStringLiteral("00000000\n"));
}

QTEST_APPLESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
