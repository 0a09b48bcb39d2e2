// SPDX-License-Identifier: MIT
#include "generatorbench.h"
#include "sequencedmessage.h"

#include "batchedudp.h"
#include "trafficrun.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

GeneratorResult runTrafficRun(quint16 port, double rate, double seconds)
{
    TrafficRun run;
    TrafficRun::Settings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.message = "bench {seq}";
    settings.intervalNs = SequencedMessage::intervalForRate(rate);
    settings.timeoutMs = 200;  // as the load generator's loss timeout
    QEventLoop loop;
    QObject::connect(&run, &TrafficRun::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    QTimer::singleShot(int(seconds * 1000), &run, &TrafficRun::stop);
    QTimer::singleShot(int(seconds * 1000) + 10000, &loop, &QEventLoop::quit);  // bounded, whatever happens
    clock.start();
    run.start(settings);
    loop.exec();
    GeneratorResult r;
    const RunStatistics &s = run.statistics();
    r.seconds = clock.nsecsElapsed() / 1e9;
    r.sent = s.sentCount();
    r.answered = s.answeredCount();
    r.lost = s.lostCount();
    r.answeredPerSecond = r.seconds > 0 ? double(r.answered) / r.seconds : 0;
    r.p50Us = double(s.p50Ns()) / 1000;
    r.batched = BatchedUdp::isSupported() && qEnvironmentVariableIntValue("UDPCHAT_PORTABLE_IO") == 0;
    return r;
}
