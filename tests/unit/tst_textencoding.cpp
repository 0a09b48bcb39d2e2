// SPDX-License-Identifier: MIT
// Text in the encodings people meet (--encoding): round trips, Chinese in GB18030, and bytes that
// do not decode escaped, never dropped.
#include "displaytext.h"
#include "textencoding.h"

#include <QtTest>

using TextEncoding::Encoding;
Q_DECLARE_METATYPE(TextEncoding::Encoding)

class TestTextEncoding : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void namesAndAliases();
    void unencodableSaid();
    void invalidBytesEscaped_data();
    void invalidBytesEscaped();
};

void TestTextEncoding::roundTrip_data()
{
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    const QString zhang = QString::fromUtf8("张三");
    QTest::newRow("utf-8") << Encoding::Utf8 << zhang << QByteArray("\xe5\xbc\xa0\xe4\xb8\x89");
    QTest::newRow("gb18030") << Encoding::Gb18030 << zhang << QByteArray::fromHex("d5c5c8fd");
    QTest::newRow("gb18030 four bytes") << Encoding::Gb18030 << QString::fromUtf8("\xf0\x9f\x98\x80")  // 😀
                                        << QByteArray::fromHex("9439fc36");
    QTest::newRow("utf-16le") << Encoding::Utf16LE << QStringLiteral("Hi") << QByteArray("H\0i\0", 4);
    QTest::newRow("utf-16be") << Encoding::Utf16BE << zhang << QByteArray::fromHex("5f204e09");
    QTest::newRow("latin-1") << Encoding::Latin1 << QString::fromUtf8("café") << QByteArray("caf\xe9");
}

void TestTextEncoding::roundTrip()
{
    QFETCH(Encoding, encoding);
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    QVERIFY(TextEncoding::isAvailable(encoding));
    bool ok = false;
    QCOMPARE(TextEncoding::encode(text, encoding, &ok), bytes);
    QVERIFY(ok);
    QCOMPARE(DisplayText::escaped(bytes, -1, encoding), text);
}

void TestTextEncoding::namesAndAliases()
{
    Encoding e = Encoding::Utf8;
    QVERIFY(TextEncoding::fromName(QStringLiteral("GBK"), &e));
    QCOMPARE(e, Encoding::Gb18030);
    QVERIFY(TextEncoding::fromName(QStringLiteral("ISO-8859-1"), &e));
    QCOMPARE(e, Encoding::Latin1);
    QVERIFY(!TextEncoding::fromName(QStringLiteral("ebcdic"), &e));
    for (const QString &name : TextEncoding::names()) {
        QVERIFY(TextEncoding::fromName(name, &e));
        QCOMPARE(TextEncoding::name(e), name);
    }
}

void TestTextEncoding::unencodableSaid()
{
    bool ok = true;
    TextEncoding::encode(QString::fromUtf8("张"), Encoding::Latin1, &ok);
    QVERIFY(!ok);
}

void TestTextEncoding::invalidBytesEscaped_data()
{
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("shown");
    QTest::newRow("gb18030 lone lead") << Encoding::Gb18030 << QByteArray("a\xd5") << QStringLiteral("a\\xd5");
    QTest::newRow("gb18030 bad lead") << Encoding::Gb18030 << QByteArray("\xff\xd5\xc5") << QString::fromUtf8("\\xff张");
    QTest::newRow("utf-16le odd") << Encoding::Utf16LE << QByteArray("A\0B", 3) << QStringLiteral("A\\x42");
    QTest::newRow("utf-16be lone surrogate") << Encoding::Utf16BE << QByteArray("\xdc\x00\x00" "A", 4)
                                             << QStringLiteral("\\xdc\\x00A");
    QTest::newRow("utf-16le newline") << Encoding::Utf16LE << QByteArray("\n\0", 2) << QStringLiteral("\\n");
    QTest::newRow("latin-1 control") << Encoding::Latin1 << QByteArray("\x85", 1) << QStringLiteral("\\u0085");
}

void TestTextEncoding::invalidBytesEscaped()
{
    QFETCH(Encoding, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, shown);
    QCOMPARE(DisplayText::escaped(bytes, -1, encoding), shown);
}

QTEST_APPLESS_MAIN(TestTextEncoding)
#include "tst_textencoding.moc"
