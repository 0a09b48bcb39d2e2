// SPDX-License-Identifier: MIT
// The inspector's font is fixed-width by its advances, whatever fonts the machine has.
#include "fixedwidthfont.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QtTest>

class TestFixedWidthFont : public QObject
{
    Q_OBJECT

private slots:
    void systemFontHasEqualAdvances();
    void proportionalIsReplaced();
    void fixedIsKept();
    void sizeIsKept();
};

namespace {
bool anyMonospacedInstalled()
{
    for (const QString &family : QFontDatabase::families()) {
        if (FixedWidthFont::hasEqualAdvances(QFont(family)))
            return true;
    }
    return false;
}

// A family installed here whose letters differ in width.
QString proportionalFamily()
{
    for (const QString &family : QFontDatabase::families()) {
        if (!FixedWidthFont::hasEqualAdvances(QFont(family)))
            return family;
    }
    return {};
}
} // namespace

void TestFixedWidthFont::systemFontHasEqualAdvances()
{
    if (!anyMonospacedInstalled())
        QSKIP("no monospaced font is installed");
    const QFontMetricsF metrics(FixedWidthFont::system());
    QCOMPARE(metrics.horizontalAdvance(QLatin1Char('i')), metrics.horizontalAdvance(QLatin1Char('W')));
    QCOMPARE(metrics.horizontalAdvance(QLatin1Char('.')), metrics.horizontalAdvance(QLatin1Char('0')));
}

void TestFixedWidthFont::proportionalIsReplaced()
{
    const QString family = proportionalFamily();
    if (family.isEmpty() || !anyMonospacedInstalled())
        QSKIP("needs a proportional and a monospaced font installed");
    QVERIFY(!FixedWidthFont::hasEqualAdvances(QFont(family)));
    const QFont chosen = FixedWidthFont::choose(QFont(family));
    QVERIFY2(FixedWidthFont::hasEqualAdvances(chosen), qPrintable(QFontInfo(chosen).family()));
}

void TestFixedWidthFont::fixedIsKept()
{
    for (const QString &family : QFontDatabase::families()) {
        const QFont font(family);
        if (FixedWidthFont::hasEqualAdvances(font)) {
            QCOMPARE(QFontInfo(FixedWidthFont::choose(font)).family(), QFontInfo(font).family());
            return;
        }
    }
    QSKIP("no monospaced font is installed");
}

void TestFixedWidthFont::sizeIsKept()
{
    const QString family = proportionalFamily();
    if (family.isEmpty())
        QSKIP("no proportional font is installed");
    QFont big(family);
    big.setPointSize(23);
    QCOMPARE(FixedWidthFont::choose(big).pointSize(), 23);
}

QTEST_MAIN(TestFixedWidthFont)
#include "tst_fixedwidthfont.moc"
