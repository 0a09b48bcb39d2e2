// SPDX-License-Identifier: MIT
#pragma once

#include "consoleoutput.h"
#include "trafficrun.h"

#include <QCoreApplication>
#include <QString>

#include <cstdio>

class RunStatistics;

// A TrafficRun in a terminal (udpchat-client --console --message TEXT --count N ...), like ping:
// a line per reply naming who answered, a line per datagram without a reply, and the summary at
// the end, or when the event loop is ended early (Ctrl+C).
//   Hello x 3!\n from 127.0.0.1:6000 seq=3 time=0.052 ms
//   --- 127.0.0.1:6000 ---
//   50 sent, 50 answered, 0% lost, 0 duplicated, 0 reordered, 1000.2/s
//   rtt min/p50/p99/max = 0.031/0.050/0.120/0.130 ms, jitter 0.012 ms
class TrafficConsole
{
    Q_DECLARE_TR_FUNCTIONS(TrafficConsole)

public:
    explicit TrafficConsole(std::FILE *out);
    // Runs until the run ends or QCoreApplication::quit() (Ctrl+C); prints the summary either way.
    // Exit status: 0 if any datagram was answered, 1 if none.
    int run(const TrafficRun::Settings &settings);

    static QString summary(const RunStatistics &stats, const QString &endpoint);

    // What was written, and whether all of it got there.
    const ConsoleOutput &output() const { return m_out; }

private:
    void print(const QString &line);

    ConsoleOutput m_out;
    TrafficRun m_run;
};
