// SPDX-License-Identifier: MIT
// RunStatistics from scripted sequences: quantiles of known distributions within the histogram's
// stated error, RFC 3550 jitter against a value worked by hand, the loss / duplicate / reorder
// counts, and memory that does not grow over ten million datagrams.
#include "runstatistics.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <vector>

class TestRunStatistics : public QObject
{
    Q_OBJECT

private slots:
    void quantilesOfKnownDistributions_data();
    void quantilesOfKnownDistributions();
    void extremesClampedAndExact();
    void jitterAsRfc3550();
    void lossDuplicatesReordering();
    void ringForgetsUnansweredAsLost();
    void sendRate();
    void memoryFixedOverTenMillion();
};

void TestRunStatistics::quantilesOfKnownDistributions_data()
{
    QTest::addColumn<QString>("distribution");
    QTest::newRow("uniform 1 us..100 ms") << QStringLiteral("uniform");
    QTest::newRow("exponential, mean 200 us") << QStringLiteral("exponential");
    QTest::newRow("log-uniform 1 us..60 s") << QStringLiteral("loguniform");
}

void TestRunStatistics::quantilesOfKnownDistributions()
{
    QFETCH(QString, distribution);
    QRandomGenerator random(15);  // fixed: the same samples every run
    std::vector<qint64> samples;
    const int n = 200000;
    samples.reserve(n);
    for (int i = 0; i < n; ++i) {
        const double u = random.generateDouble();
        double ns = 0;
        if (distribution == QLatin1String("uniform"))
            ns = 1e3 + u * (1e8 - 1e3);
        else if (distribution == QLatin1String("exponential"))
            ns = -std::log(1 - u) * 200e3;
        else
            ns = std::exp(std::log(1e3) + u * (std::log(60e9) - std::log(1e3)));
        samples.push_back(qint64(ns));
    }
    RunStatistics stats;
    for (int i = 0; i < n; ++i) {
        stats.sent(quint64(i), 0);
        stats.answered(quint64(i), samples[size_t(i)]);
    }
    std::sort(samples.begin(), samples.end());
    // Nearest rank: the smallest sample with at least q of all samples at or below it.
    const auto exact = [&](double q) { return samples[size_t(std::ceil(q * n)) - 1]; };
    const auto within = [](qint64 got, qint64 want) {
        return std::abs(double(got - want)) <= double(want) * LatencyHistogram::RelativeError + 1;
    };
    QCOMPARE(stats.answeredCount(), quint64(n));
    QCOMPARE(stats.minNs(), samples.front());
    QCOMPARE(stats.maxNs(), samples.back());
    for (double q : {0.01, 0.25, 0.5, 0.9, 0.99, 0.999}) {
        const qint64 got = stats.roundTrips().quantileNs(q);
        QVERIFY2(within(got, exact(q)), qPrintable(QStringLiteral("q %1: %2 ns, exactly %3 ns")
                                                       .arg(q).arg(got).arg(exact(q))));
    }
    QVERIFY(within(stats.p50Ns(), exact(0.5)));
    QVERIFY(within(stats.p99Ns(), exact(0.99)));
}

void TestRunStatistics::extremesClampedAndExact()
{
    RunStatistics stats;
    stats.sent(1, 0);
    stats.answered(1, 90LL * 1000 * 1000 * 1000);  // 90 s: beyond the histogram's range
    stats.sent(2, 0);
    stats.answered(2, 37);                          // 37 ns: below it, kept exactly
    QCOMPARE(stats.maxNs(), 90LL * 1000 * 1000 * 1000);
    QCOMPARE(stats.minNs(), qint64(37));
    QCOMPARE(stats.roundTrips().quantileNs(0.5), qint64(37));
    // The top bucket holds 60 s and above; its middle is still reported within [min, max].
    QVERIFY(stats.p99Ns() >= LatencyHistogram::MaxNs * (1 - LatencyHistogram::RelativeError));
    QVERIFY(stats.p99Ns() <= stats.maxNs());
}

void TestRunStatistics::jitterAsRfc3550()
{
    // Sent every 20 ms; transit times 10, 12, 9, 15 ms, so |D| = 2, 3, 6 ms. By hand:
    //   J1 = 0     + (2 - 0)     / 16 = 0.125 ms
    //   J2 = 0.125 + (3 - 0.125) / 16 = 0.3046875 ms
    //   J3 = J2    + (6 - J2)    / 16 = 0.66064453125 ms = 660644.53125 ns (exact in binary)
    RunStatistics stats;
    const qint64 ms = 1000000;
    const qint64 transit[] = {10 * ms, 12 * ms, 9 * ms, 15 * ms};
    for (int i = 0; i < 4; ++i) {
        stats.sent(quint64(i), i * 20 * ms);
        stats.answered(quint64(i), i * 20 * ms + transit[i]);
    }
    QCOMPARE(stats.jitterNs(), 660644.53125);
    // A duplicate is not a new arrival: jitter unchanged.
    stats.answered(3, 200 * ms);
    QCOMPARE(stats.jitterNs(), 660644.53125);
}

void TestRunStatistics::lossDuplicatesReordering()
{
    RunStatistics stats;
    for (quint64 seq = 1; seq <= 10; ++seq)
        stats.sent(seq, qint64(seq) * 1000);
    const auto reply = [&](quint64 seq) { stats.answered(seq, qint64(seq) * 1000 + 500); };
    reply(1);
    reply(2);
    reply(4);
    reply(3);   // after 4: reordered
    reply(5);
    reply(5);   // again: duplicated
    reply(6);
    stats.timedOut(7);
    stats.timedOut(8);
    stats.timedOut(8);  // twice: still one loss
    stats.timedOut(6);  // already answered: not lost
    reply(8);   // after its timeout: late, not answered
    reply(99);  // never sent
    QCOMPARE(stats.sentCount(), quint64(10));
    QCOMPARE(stats.answeredCount(), quint64(6));
    QCOMPARE(stats.lostCount(), quint64(2));
    QCOMPARE(stats.duplicatedCount(), quint64(1));
    QCOMPARE(stats.reorderedCount(), quint64(1));
    QCOMPARE(stats.lateCount(), quint64(1));
    QCOMPARE(stats.unknownCount(), quint64(1));
    QCOMPARE(stats.minNs(), qint64(500));
    QCOMPARE(stats.maxNs(), qint64(500));
}

void TestRunStatistics::ringForgetsUnansweredAsLost()
{
    RunStatistics stats(4);
    for (quint64 seq = 0; seq < 6; ++seq)
        stats.sent(seq, 0);
    QCOMPARE(stats.lostCount(), quint64(2));  // 0 and 1 gave their slots to 4 and 5
    stats.answered(0, 10);                     // forgotten
    QCOMPARE(stats.unknownCount(), quint64(1));
    stats.answered(5, 10);
    QCOMPARE(stats.answeredCount(), quint64(1));
}

void TestRunStatistics::sendRate()
{
    RunStatistics stats;
    QCOMPARE(stats.sendRate(), 0.0);
    for (quint64 seq = 0; seq <= 1000; ++seq)
        stats.sent(seq, qint64(seq) * 1000000);  // one a millisecond for a second
    QCOMPARE(stats.sendRate(), 1000.0);
}

void TestRunStatistics::memoryFixedOverTenMillion()
{
    RunStatistics stats;
    const size_t before = stats.memoryBytes();
    QVERIFY2(before < 4 * 1024 * 1024, qPrintable(QString::number(before)));
    QElapsedTimer clock;
    clock.start();
    const quint64 n = 10000000;
    for (quint64 seq = 0; seq < n; ++seq) {
        const qint64 t = qint64(seq) * 1000;
        stats.sent(seq, t);
        stats.answered(seq, t + 50000 + qint64(seq % 1000) * 100);  // 50..150 us
    }
    qInfo("10 million datagrams in %lld ms", clock.elapsed());
    QCOMPARE(stats.memoryBytes(), before);
    QCOMPARE(stats.answeredCount(), n);
    QCOMPARE(stats.lostCount(), quint64(0));
    QVERIFY(std::abs(double(stats.p50Ns()) - 100000) <= 100000 * LatencyHistogram::RelativeError + 100);
}

QTEST_GUILESS_MAIN(TestRunStatistics)
#include "tst_runstatistics.moc"
