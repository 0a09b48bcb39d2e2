// SPDX-License-Identifier: MIT
// udpchat-bench: udpchat's servers beside the machine's limit and the seed, in one run.
// Targets: udpchat-server --headless; the server window (offscreen, log live); a reference server
// on plain OS sockets (the practical ceiling); the seed's Python server when ../shared/seed is there.
// Rounds are interleaved (A B C D A B C D ...) and medians reported with ratios to the reference.
// Then udpchat's own generator (TrafficRun) beside the load generator, against the headless server,
// and the window's probe round trips under a flood from one sender and from ever-new senders.
#include "floodbench.h"
#include "generatorbench.h"
#include "loadgen.h"
#include "median.h"
#include "targets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

namespace {

struct Scenario
{
    const char *name;
    int clients;
    int window;
    int payload;
};

const Scenario Scenarios[] = {
    {"throughput (16 B, W=64, K=1)", 1, 64, 16},
    {"latency (16 B, W=1, K=1)", 1, 1, 16},
    {"large (8 KiB, W=16, K=1)", 1, 16, 8192},
    {"many clients (16 B, K=50, W=100)", 50, 100, 16},
};

struct Figures
{
    std::vector<double> rps, p50, p99, p999;
    int64_t lost = 0;
    int64_t sent = 0;
};


// TrafficRun against the headless server, interleaved with the load generator's throughput
// scenario on the same server, and asked for the rate the load generator just reached: what it
// gets answered is set beside it (the target is >= 0.8 x).
void compareGenerators(const Target &headless, int rounds, double seconds)
{
    std::vector<double> loadgen, generator, generatorP50, generatorLoss;
    bool batched = false;
    for (int round = 0; round < rounds; ++round) {
        LoadSpec spec;
        spec.port = headless.port();
        spec.seconds = seconds;
        loadgen.push_back(runLoad(spec).repliesPerSecond);
        const GeneratorResult r = runTrafficRun(headless.port(), std::max(1.0, loadgen.back()), seconds);
        generator.push_back(r.answeredPerSecond);
        generatorP50.push_back(r.p50Us);
        generatorLoss.push_back(r.sent > 0 ? 100.0 * double(r.lost) / double(r.sent) : 0);
        batched = r.batched;
    }
    const double ratio = median(loadgen) > 0 ? median(generator) / median(loadgen) : 0;
    std::printf("== generator: udpchat's TrafficRun (%s, asked for the load generator's rate) against udpchat headless ==\n",
                batched ? "sendmmsg/recvmmsg" : "QUdpSocket");
    std::printf("  %-28s %12.0f replies/s\n", "load generator (W=64)", median(loadgen));
    std::printf("  %-28s %12.0f replies/s, p50 %.1f us, lost %.1f%%\n", "TrafficRun", median(generator),
                median(generatorP50), median(generatorLoss));
    std::printf("  TrafficRun %.2f x the load generator (target >= 0.8): %s\n\n", ratio, ratio >= 0.8 ? "met" : "NOT MET");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // figures appear as they are measured
    QCoreApplication::setApplicationName(QStringLiteral("udpchat-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("udpchat's servers beside a raw-socket reference and the seed."));
    parser.addHelpOption();
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Rounds per scenario (default 5)."),
                                    QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Seconds per measurement (default 2)."),
                                     QStringLiteral("s"), QStringLiteral("2"));
    const QCommandLineOption bin(QStringLiteral("bin"), QStringLiteral("Folder of the udpchat binaries."),
                                 QStringLiteral("dir"), QCoreApplication::applicationDirPath());
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("The seed's folder."),
                                  QStringLiteral("dir"), QStringLiteral(UDPCHAT_SEED_DIR));
    const QCommandLineOption rssCount(QStringLiteral("rss-count"),
                                      QStringLiteral("Datagrams for the window's memory run (default 1000000; 0 skips)."),
                                      QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption only(QStringLiteral("scenario"), QStringLiteral("Run only scenarios whose name contains this."),
                                  QStringLiteral("text"));
    const QCommandLineOption external(QStringLiteral("external"),
        QStringLiteral("Only load a server already running on 127.0.0.1:PORT (throughput scenario) and exit."),
        QStringLiteral("port"));
    const QCommandLineOption floodCount(QStringLiteral("flood-count"),
        QStringLiteral("Datagrams in each flood the window's probe runs under, one sender and distinct (default 200000; 0 skips)."),
        QStringLiteral("n"), QStringLiteral("200000"));
    const QCommandLineOption floodRate(QStringLiteral("flood-rate"),
        QStringLiteral("Datagrams a second in those floods (default 50000)."), QStringLiteral("n"), QStringLiteral("50000"));
    parser.addOptions({rounds, seconds, bin, seed, rssCount, only, external, floodCount, floodRate});
    parser.process(app);

    if (parser.isSet(external)) {
        LoadSpec spec;
        spec.port = quint16(parser.value(external).toUInt());
        spec.seconds = parser.value(seconds).toDouble();
        const LoadResult r = runLoad(spec);
        std::printf("%.0f replies/s, p50 %.0f us, p99 %.0f us, lost %lld of %lld\n", r.repliesPerSecond, r.p50Us,
                    r.p99Us, (long long)r.lost, (long long)r.sent);
        return 0;
    }

    const QDir dir(parser.value(bin));
    std::vector<std::unique_ptr<Target>> targets;
    targets.push_back(std::make_unique<Target>(QStringLiteral("reference (raw sockets)"),
        dir.filePath(QStringLiteral("udpchat-refserver")), QStringList{QStringLiteral("--port"), QStringLiteral("{port}")}));
    targets.push_back(std::make_unique<Target>(QStringLiteral("udpchat headless"),
        dir.filePath(QStringLiteral("../../server/udpchat-server")),
        QStringList{QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("{port}")}));
    targets.push_back(std::make_unique<Target>(QStringLiteral("udpchat window (log live)"),
        dir.filePath(QStringLiteral("../../server/udpchat-server")),
        QStringList{QStringLiteral("--port"), QStringLiteral("{port}")}, true));
    QTemporaryDir work;
    if (auto python = seedTarget(parser.value(seed), work.path()))
        targets.push_back(std::move(python));
    else
        std::printf("note: the seed's server is not benchmarked (no %s/udp_server.py or no python3)\n",
              qPrintable(parser.value(seed)));
    for (auto &target : targets) {
        if (!target->start()) {
            std::fprintf(stderr, "udpchat-bench: %s\n", qPrintable(target->error()));
            return 1;
        }
    }

    const int roundCount = std::max(1, parser.value(rounds).toInt());
    const double measureSeconds = std::max(0.2, parser.value(seconds).toDouble());
    std::printf("udpchat-bench: %d rounds of %.1f s per target and scenario, interleaved; figures are medians\n",
          roundCount, measureSeconds);
    std::printf("machine: %d cores; loopback 127.0.0.1\n\n", QThread::idealThreadCount());

    std::map<std::string, std::map<std::string, Figures>> all;
    for (const Scenario &scenario : Scenarios) {
        if (parser.isSet(only) && !QString::fromLatin1(scenario.name).contains(parser.value(only)))
            continue;
        auto &figures = all[scenario.name];
        for (int round = 0; round < roundCount; ++round) {
            for (auto &target : targets) {
                LoadSpec spec;
                spec.port = target->port();
                spec.clients = scenario.clients;
                spec.window = scenario.window;
                spec.payload = scenario.payload;
                spec.seconds = 0.2;  // warm-up, not counted
                runLoad(spec);
                spec.seconds = measureSeconds;
                const LoadResult r = runLoad(spec);
                Figures &f = figures[target->name().toStdString()];
                f.rps.push_back(r.repliesPerSecond);
                f.p50.push_back(r.p50Us);
                f.p99.push_back(r.p99Us);
                f.p999.push_back(r.p999Us);
                f.lost += r.lost;
                f.sent += r.sent;
            }
        }
        const Figures &reference = figures[targets.front()->name().toStdString()];
        const double refRps = median(reference.rps);
        const double refP50 = median(reference.p50);
        std::printf("== %s ==\n", scenario.name);
        std::printf("  %-28s %12s %8s %10s %10s %10s %12s\n", "server", "replies/s", "x ref", "p50 us", "p99 us", "p99.9 us",
                    "lost/sent");
        for (auto &target : targets) {
            const Figures &f = figures[target->name().toStdString()];
            std::printf("  %-28s %12.0f %8.2f %10.1f %10.1f %10.1f %6lld/%lld\n", qPrintable(target->name()), median(f.rps),
                  refRps > 0 ? median(f.rps) / refRps : 0.0, median(f.p50), median(f.p99), median(f.p999),
                  (long long)f.lost, (long long)f.sent);
        }
        (void)refP50;
        std::printf("\n");
    }

    // Headline and targets (the issue's, as ratios measured in this one run).
    const auto fig = [&](const char *scenario, int target) -> const Figures & {
        return all[scenario][targets[size_t(target)]->name().toStdString()];
    };
    const char *throughput = Scenarios[0].name;
    const char *latency = Scenarios[1].name;
    if (all.count(throughput) && all.count(latency)) {
        const double ref = median(fig(throughput, 0).rps);
        const double headless = median(fig(throughput, 1).rps) / ref;
        const double window = median(fig(throughput, 2).rps) / ref;
        const double p50ratio = median(fig(latency, 1).p50) / median(fig(latency, 0).p50);
        const double windowP99 = median(fig(throughput, 2).p99);
        // One request in flight: what a reply waits for besides the network (issue 22: the
        // window's p99.9 within 2 x the headless server's, so a reply never waits for a paint).
        const double headlessP999 = median(fig(latency, 1).p999);
        const double windowP999 = median(fig(latency, 2).p999);
        const double p999ratio = headlessP999 > 0 ? windowP999 / headlessP999 : 0;
        const auto verdict = [](bool ok) { return ok ? "met" : "NOT MET"; };
        std::printf("== targets ==\n");
        std::printf("  headless throughput %.2f x reference (target >= 0.85): %s\n", headless, verdict(headless >= 0.85));
        std::printf("  window throughput %.2f x reference, %lld lost at W=64 (target >= 0.9, none lost): %s\n", window,
              (long long)fig(throughput, 2).lost, verdict(window >= 0.9 && fig(throughput, 2).lost == 0));
        std::printf("  window p99.9 at W=1 %.0f us, %.2f x headless %.0f us (target <= 2): %s\n", windowP999, p999ratio,
              headlessP999, verdict(p999ratio > 0 && p999ratio <= 2));
        std::printf("  headless latency p50 %.2f x reference (target <= 2): %s\n", p50ratio, verdict(p50ratio <= 2));
        std::printf("  window p99 round trip while flooded %.2f ms (target < 5): %s\n", windowP99 / 1000,
              verdict(windowP99 < 5000));
        if (targets.size() > 3)
            std::printf("  seed Python server: %.2f x reference\n", median(fig(throughput, 3).rps) / ref);
        std::printf("headline: udpchat answers %.0f replies/s headless (%.2f x the raw-socket ceiling), "
              "%.0f with its window live (%.2f x)\n\n",
              median(fig(throughput, 1).rps), headless, median(fig(throughput, 2).rps), window);
    }

    if (!parser.isSet(only) || QStringLiteral("generator").contains(parser.value(only)))
        compareGenerators(*targets[1], roundCount, measureSeconds);

    const qint64 floodDatagrams = parser.value(floodCount).toLongLong();
    if (floodDatagrams > 0 && (!parser.isSet(only) || QStringLiteral("flood").contains(parser.value(only)))) {
        for (auto &target : targets)
            target->stop();  // the floods have the machine to themselves
        if (!compareFloods(dir.filePath(QStringLiteral("../../server/udpchat-server")), roundCount, floodDatagrams,
                           std::max(1, parser.value(floodRate).toInt())))
            return 1;
    }

    const qint64 rssDatagrams = parser.value(rssCount).toLongLong();
    if (rssDatagrams > 0) {
        // A window of its own, so only these datagrams count.
        for (auto &target : targets)
            target->stop();
        Target window(QStringLiteral("udpchat window (log live)"), dir.filePath(QStringLiteral("../../server/udpchat-server")),
                      QStringList{QStringLiteral("--port"), QStringLiteral("{port}")}, true);
        if (!window.start()) {
            std::fprintf(stderr, "udpchat-bench: %s\n", qPrintable(window.error()));
            return 1;
        }
        LoadSpec spec;
        spec.port = window.port();
        spec.window = 64;
        spec.seconds = 600;
        spec.maxCount = rssDatagrams;
        const LoadResult r = runLoad(spec);
        const qint64 kib = window.peakRssKiB();
        std::printf("== memory: a new server window after %lld datagrams (16 B, W=64) ==\n", (long long)r.sent);
        std::printf("  replies %lld, lost %lld, %.0f replies/s, p99 %.2f ms\n", (long long)r.replies, (long long)r.lost,
              r.repliesPerSecond, r.p99Us / 1000);
        if (kib >= 0)
            std::printf("  peak RSS (VmHWM) %.1f MB (target < 40): %s\n", kib / 1024.0, kib < 40 * 1024 ? "met" : "NOT MET");
    }
    for (auto &target : targets)
        target->stop();
    return 0;
}
