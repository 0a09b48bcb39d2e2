// SPDX-License-Identifier: MIT
#include "floodbench.h"

#include "floodprobe.h"
#include "median.h"
#include "targets.h"

#include <QLocale>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr double TargetP99Ms = 5.0;

struct Series
{
    std::vector<double> p50, p99, max;
    int64_t sent = 0;
    int64_t answered = 0;
    int probes = 0;
    int probesLost = 0;
};

} // namespace

bool compareFloods(const QString &serverProgram, int rounds, int64_t count, int rate)
{
    const QLocale english(QLocale::English);
    std::printf("== the server window's probe round trips while flooded: %s datagrams at %s/s, --rate-limit 0, "
                "a probe every 10 ms (%d rounds, fresh window each, medians) ==\n",
                qPrintable(english.toString(qlonglong(count))), qPrintable(english.toString(rate)), rounds);
    if (!floodIsSupported()) {
        std::printf("  skipped: %s\n\n", runFlood(FloodSpec{}).error);
        return true;
    }
    Series series[2];  // one sender, distinct senders
    for (int round = 0; round < rounds; ++round) {
        for (int kind = 0; kind < 2; ++kind) {
            Target window(QStringLiteral("udpchat window (flooded)"), serverProgram,
                          QStringList{QStringLiteral("--port"), QStringLiteral("{port}"), QStringLiteral("--rate-limit"),
                                      QStringLiteral("0")}, true);
            if (!window.start()) {
                std::fprintf(stderr, "udpchat-bench: %s\n", qPrintable(window.error()));
                return false;
            }
            FloodSpec spec;
            spec.port = window.port();
            spec.count = count;
            spec.rate = rate;
            spec.distinct = kind == 1;
            const FloodResult r = runFlood(spec);
            if (!r.ok) {
                std::fprintf(stderr, "udpchat-bench: %s\n", r.error);
                return false;
            }
            Series &s = series[kind];
            s.p50.push_back(r.p50Ms);
            s.p99.push_back(r.p99Ms);
            s.max.push_back(r.maxMs);
            s.sent += r.sent;
            s.answered += r.answered;
            s.probes += r.probes;
            s.probesLost += r.probesLost;
        }
    }
    const QByteArray distinctName = QStringLiteral("%1 distinct senders").arg(english.toString(qlonglong(count))).toLatin1();
    const char *names[2] = {"one sender", distinctName.constData()};
    std::printf("  %-28s %10s %10s %10s %18s %14s\n", "flood", "p50 ms", "p99 ms", "max ms", "answered/sent", "probes lost");
    for (int kind = 0; kind < 2; ++kind) {
        const Series &s = series[kind];
        std::printf("  %-28s %10.2f %10.2f %10.2f %9lld/%-8lld %7d/%d\n", names[kind], median(s.p50), median(s.p99),
                    median(s.max), (long long)s.answered, (long long)s.sent, s.probesLost, s.probes);
    }
    const double single = median(series[0].p99);
    const double distinct = median(series[1].p99);
    const bool met = single < TargetP99Ms && distinct < TargetP99Ms && series[1].probesLost == 0;
    std::printf("  window probe p99 while flooded: one sender %.2f ms, distinct senders %.2f ms (%.1f x); "
                "target < %.0f ms under both, no probe lost: %s\n\n",
                single, distinct, single > 0 ? distinct / single : 0.0, TargetP99Ms, met ? "met" : "NOT MET");
    return true;
}
