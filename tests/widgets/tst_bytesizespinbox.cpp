// SPDX-License-Identifier: MIT
// ByteSizeSpinBox: sizes written exactly in the largest unit that divides them, read back as
// people type them (64k, 1.5 MiB, 4096 bytes), and arrows that double and halve.
#include "bytesizespinbox.h"
#include "defaults.h"
#include "translations.h"

#include <QtTest>

class TestByteSizeSpinBox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QStringLiteral("en")); }  // English plural forms: "1 byte"
    void sizeText_data();
    void sizeText();
    void parseSize_data();
    void parseSize();
    void arrowsDoubleAndHalve();
    void manyStepsStopAtTheMaximum();
    void germanNumbers();
};

void TestByteSizeSpinBox::sizeText_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");
    // Numbers as this locale writes them (group separators or none).
    QTest::newRow("MiB") << qint64(8 * 1024 * 1024) << QStringLiteral("8 MiB");
    QTest::newRow("KiB") << qint64(425984) << QStringLiteral("416 KiB");
    QTest::newRow("bytes") << qint64(2304) << QLocale().toString(2304) + QStringLiteral(" bytes");
    QTest::newRow("one byte") << qint64(1) << QStringLiteral("1 byte");
    QTest::newRow("largest") << qint64(Defaults::ReceiveBuffer.max) << QLocale().toString(1024) + QStringLiteral(" MiB");
}

void TestByteSizeSpinBox::sizeText()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(ByteSizeSpinBox::sizeText(bytes), text);
    qint64 back = 0;
    QVERIFY(ByteSizeSpinBox::parseSize(text, &back));  // what is shown reads back
    QCOMPARE(back, bytes);
}

void TestByteSizeSpinBox::parseSize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("number") << QStringLiteral("4096") << true << qint64(4096);
    QTest::newRow("spaces") << QStringLiteral("  4096  bytes ") << true << qint64(4096);
    QTest::newRow("k") << QStringLiteral("64k") << true << qint64(65536);
    QTest::newRow("KB") << QStringLiteral("64 KB") << true << qint64(65536);
    QTest::newRow("fraction") << QStringLiteral("1.5 MiB") << true << qint64(1572864);
    QTest::newRow("GiB") << QStringLiteral("1 GiB") << true << qint64(1 << 30);
    QTest::newRow("beyond int") << QStringLiteral("2 GiB") << false << qint64(0);
    QTest::newRow("negative") << QStringLiteral("-5") << false << qint64(0);
    QTest::newRow("unknown unit") << QStringLiteral("5 parsecs") << false << qint64(0);
    QTest::newRow("no number") << QStringLiteral("KiB") << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
}

void TestByteSizeSpinBox::parseSize()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, bytes);
    qint64 parsed = 0;
    QCOMPARE(ByteSizeSpinBox::parseSize(text, &parsed), ok);
    if (ok)
        QCOMPARE(parsed, bytes);
}

void TestByteSizeSpinBox::arrowsDoubleAndHalve()
{
    ByteSizeSpinBox spin;
    spin.setRange(0, Defaults::ReceiveBuffer.max);
    spin.setSpecialValueText(QStringLiteral("default"));
    spin.setSpecialValueBytes(4 * 1024 * 1024);
    spin.setValue(0);
    spin.stepBy(1);  // from what the default stands for
    QCOMPARE(spin.value(), 8 * 1024 * 1024);
    spin.setValue(0);
    spin.stepBy(-1);
    QCOMPARE(spin.value(), 2 * 1024 * 1024);
    spin.setValue(3000);
    spin.stepBy(1);
    QCOMPARE(spin.value(), 4096);
    spin.stepBy(-2);
    QCOMPARE(spin.value(), 1024);
    spin.setValue(1);
    spin.stepBy(-1);  // below the smallest: the default again
    QCOMPARE(spin.value(), 0);
    QCOMPARE(spin.text(), QStringLiteral("default"));
    spin.setValue(Defaults::ReceiveBuffer.max);
    spin.stepBy(1);
    QCOMPARE(spin.value(), Defaults::ReceiveBuffer.max);
    // Typed, then stepped: from what was typed.
    spin.show();
    spin.selectAll();
    QTest::keyClicks(&spin, QStringLiteral("64 KiB"));
    QCOMPARE(spin.value(), 65536);
    spin.stepBy(1);
    QCOMPARE(spin.value(), 131072);
    QCOMPARE(spin.text(), QStringLiteral("128 KiB"));
    spin.selectAll();
    QTest::keyClick(&spin, Qt::Key_Delete);  // emptied: the default
    QTest::keyClick(&spin, Qt::Key_Enter);
    QCOMPARE(spin.value(), 0);
}

void TestByteSizeSpinBox::manyStepsStopAtTheMaximum()
{
    // Ctrl+wheel steps ten at a time: past 2^62 doubling used to overflow and never end.
    ByteSizeSpinBox spin;
    spin.setRange(0, Defaults::ReceiveBuffer.max);
    spin.setValue(512 * 1024 * 1024);
    spin.stepBy(100);
    QCOMPARE(spin.value(), Defaults::ReceiveBuffer.max);
    spin.stepBy(std::numeric_limits<int>::max());
    QCOMPARE(spin.value(), Defaults::ReceiveBuffer.max);
    spin.stepBy(std::numeric_limits<int>::min() + 1);
    QCOMPARE(spin.value(), 0);
}

void TestByteSizeSpinBox::germanNumbers()
{
    // '.' groups thousands in German: what the field shows reads back, and 1.5M is still 1.5 MiB.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    qint64 bytes = 0;
    QVERIFY(ByteSizeSpinBox::parseSize(QStringLiteral("1.5M"), &bytes));
    QCOMPARE(bytes, qint64(1536 * 1024));
    QVERIFY(ByteSizeSpinBox::parseSize(QStringLiteral("1,5 MiB"), &bytes));
    QCOMPARE(bytes, qint64(1536 * 1024));
    QVERIFY(ByteSizeSpinBox::parseSize(ByteSizeSpinBox::sizeText(2304), &bytes));
    QCOMPARE(bytes, qint64(2304));
    QVERIFY(ByteSizeSpinBox::parseSize(QStringLiteral("1.234.567"), &bytes));
    QCOMPARE(bytes, qint64(1234567));
}

QTEST_MAIN(TestByteSizeSpinBox)
#include "tst_bytesizespinbox.moc"
