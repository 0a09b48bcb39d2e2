// SPDX-License-Identifier: MIT
#include "runsummary.h"

#include "arrivaltime.h"

#include "runstatistics.h"

#include <QLocale>

namespace {
// Milliseconds with the precision a loopback round trip needs (µs), in the user's locale.
QString ms(double ns) { return QLocale().toString(ns / 1e6, 'f', ns < 10e6 ? 3 : 1); }
QString count(quint64 n) { return QLocale().toString(n); }
} // namespace

RunSummary RunSummary::of(const RunStatistics &stats, bool running)
{
    RunSummary s;
    s.sent = stats.sentCount();
    s.answered = stats.answeredCount();
    s.lost = stats.lostCount();
    s.duplicated = stats.duplicatedCount();
    s.reordered = stats.reorderedCount();
    s.late = stats.lateCount();
    s.minNs = stats.minNs();
    s.p50Ns = stats.p50Ns();
    s.p99Ns = stats.p99Ns();
    s.maxNs = stats.maxNs();
    s.jitterNs = stats.jitterNs();
    s.ratePerSecond = stats.sendRate();
    s.running = running;
    return s;
}

QString RunSummary::lostPercent() const
{
    if (sent == 0)
        return QLocale().toString(0) + QLatin1Char('%');
    const double p = 100.0 * double(lost) / double(sent);
    const bool exact = lost * 100 % sent == 0;
    return QLocale().toString(p, 'f', exact ? 0 : 1) + QLatin1Char('%');
}

QString RunSummary::line() const
{
    QString text = tr("Run: %1 sent, %2 answered, %3 lost").arg(count(sent), count(answered), lostPercent());
    if (answered > 0)
        text += tr(", p50 %1 ms").arg(ms(double(p50Ns)));
    return text;
}

QStringList RunSummary::details() const
{
    QStringList lines{
        tr("Sent %1 · answered %2 · lost %3 (%4)").arg(count(sent), count(answered), count(lost), lostPercent()),
        tr("Duplicated %1 · reordered %2 · late %3").arg(count(duplicated), count(reordered), count(late)),
    };
    if (answered > 0) {
        lines << tr("Round trip min %1 · p50 %2 · p99 %3 · max %4 ms")
                     .arg(ms(double(minNs)), ms(double(p50Ns)), ms(double(p99Ns)), ms(double(maxNs)))
              << tr("Jitter %1 ms").arg(ms(jitterNs));
        if (!ArrivalTime::isSupported())
            lines << tr("Round trips timed when the program read each reply: this system gives no kernel receive times.");
    }
    lines << tr("Achieved rate %1 datagrams/s").arg(QLocale().toString(ratePerSecond, 'f', 1));
    return lines;
}
