// SPDX-License-Identifier: MIT
// The status bar's "per second", computed by the engine on a clock the test gives.
#include "ratemeter.h"

#include <QtTest>

class TestRateMeter : public QObject
{
    Q_OBJECT

private slots:
    void steadyRateConverges();
    void independentOfHowOftenAsked();
    void resetsWhenCountGoesBack();
};

static constexpr qint64 Ms = 1000000;

void TestRateMeter::steadyRateConverges()
{
    RateMeter meter;
    meter.sample(0, 0);
    for (int i = 1; i <= 40; ++i)  // 1,000 a second for 10 s, asked every 250 ms
        meter.sample(quint64(i) * 250, i * 250 * Ms);
    QVERIFY2(qAbs(meter.rate() - 1000.0) < 1.0, qPrintable(QString::number(meter.rate())));
}

void TestRateMeter::independentOfHowOftenAsked()
{
    RateMeter often;
    RateMeter seldom;
    often.sample(0, 0);
    seldom.sample(0, 0);
    for (int ms = 10; ms <= 500; ms += 10)
        often.sample(quint64(ms) * 4, ms * Ms);  // 4,000 a second
    seldom.sample(500 * 4, 500 * Ms);
    QVERIFY2(qAbs(often.rate() - seldom.rate()) < 1.0,
             qPrintable(QStringLiteral("%1 vs %2").arg(often.rate()).arg(seldom.rate())));
}

void TestRateMeter::resetsWhenCountGoesBack()
{
    RateMeter meter;
    meter.sample(0, 0);
    meter.sample(1000, 1000 * Ms);
    QVERIFY(meter.rate() > 0);
    QCOMPARE(meter.sample(0, 2000 * Ms), 0.0);  // a new listen: counters start again
}

QTEST_APPLESS_MAIN(TestRateMeter)
#include "tst_ratemeter.moc"
