// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

class RunStatistics;

// A traffic run's figures at one moment, copied out of RunStatistics (which holds a large ring):
// what the conversation keeps for a run's entry and the window shows live, said in one place.
// Nothing is computed here that RunStatistics does not already say.
struct RunSummary
{
    Q_DECLARE_TR_FUNCTIONS(RunSummary)

public:
    static RunSummary of(const RunStatistics &stats, bool running);

    // "Run: 1,000 sent, 998 answered, 0.2% lost, p50 0.05 ms" (the collapsed entry).
    QString line() const;
    // Every figure, one per line: sent, answered, lost, duplicated, reordered, late, round trips,
    // jitter, achieved rate.
    QStringList details() const;
    // "0.2%": the share of sent datagrams lost, as the console prints it (no decimals when exact).
    QString lostPercent() const;

    quint64 sent = 0;
    quint64 answered = 0;
    quint64 lost = 0;
    quint64 duplicated = 0;
    quint64 reordered = 0;
    quint64 late = 0;
    qint64 minNs = 0;
    qint64 p50Ns = 0;
    qint64 p99Ns = 0;
    qint64 maxNs = 0;
    double jitterNs = 0;
    double ratePerSecond = 0;
    bool running = false;
};
