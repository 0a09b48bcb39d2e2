// SPDX-License-Identifier: MIT
// udpchat-client-run-bench: the client window's Runs panel sending fast (20,000 datagrams/s for
// 5 s by default) to a real udpchat-server --headless over loopback, its figures and charts
// following live. Reports what the run achieved and how late a 10 ms timer fired meanwhile: the
// window must stay responsive (target: p99 < 20 ms).
#include "clientwindow.h"
#include "runpanel.h"
#include "targets.h"
#include "timerlateness.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QComboBox>
#include <QElapsedTimer>
#include <QSpinBox>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("Datagrams per second (default 20000)."),
                                  QStringLiteral("r"), QStringLiteral("20000"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("How long to send (default 5)."),
                                     QStringLiteral("s"), QStringLiteral("5"));
    const QCommandLineOption bin = serverBinaryOption();
    const QCommandLineOption folded(QStringLiteral("folded"), QStringLiteral("Keep the Runs panel folded (no charts drawn)."));
    const QCommandLineOption recvBuffer(QStringLiteral("recv-buffer"),
                                        QStringLiteral("The server's --recv-buffer: small, for real loss (the tour's step)."),
                                        QStringLiteral("bytes"));
    parser.addOptions({rate, seconds, bin, folded, recvBuffer});
    parser.process(app);
    const int perSecond = std::max(1, parser.value(rate).toInt());
    const int duration = std::max(1, parser.value(seconds).toInt());

    QStringList serverArguments{QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("{port}")};
    if (parser.isSet(recvBuffer))
        serverArguments << QStringLiteral("--recv-buffer") << parser.value(recvBuffer);
    Target server(QStringLiteral("udpchat headless"), parser.value(bin), serverArguments);
    if (!server.start()) {
        std::fprintf(stderr, "udpchat-client-run-bench: %s\n", qPrintable(server.error()));
        return 1;
    }
    ClientOptions options;
    options.port = server.port();
    ClientWindow window(options);
    window.resize(600, 900);
    window.show();
    RunPanel *panel = window.runPanel();
    panel->findChild<QCheckBox *>(QStringLiteral("runsCheck"))->setChecked(!parser.isSet(folded));  // charts shown
    panel->findChild<QSpinBox *>(QStringLiteral("runCountSpin"))->setValue(perSecond * duration);
    panel->findChild<QComboBox *>(QStringLiteral("runPaceCombo"))->setCurrentIndex(1);
    panel->findChild<QSpinBox *>(QStringLiteral("runPaceSpin"))->setValue(perSecond);

    // The event loop's health: how late a 10 ms timer fires while the run goes on.
    TimerLateness lateness;
    QObject::connect(panel->run(), &TrafficRun::finished, &app, &QCoreApplication::quit);
    QTimer::singleShot(0, &app, [&] {
        lateness.start();
        panel->start();
    });
    QTimer::singleShot((duration + 30) * 1000, &app, [&] { panel->stop(); });  // a bound, whatever happens
    QElapsedTimer clock;
    clock.start();
    app.exec();
    lateness.stop();

    const std::vector<qint64> sorted = lateness.takeSorted();
    const auto at = [&](double q) { return TimerLateness::quantile(sorted, q); };
    const RunStatistics &stats = panel->run()->statistics();
    std::printf("client window run%s: %d datagrams/s asked for %d s: %llu sent, %llu answered, %llu lost, "
                "achieved %.0f/s, rtt p50 %.3f ms p99 %.3f ms\n",
                parser.isSet(folded) ? " (panel folded)" : " (charts shown)", perSecond, duration, stats.sentCount(), stats.answeredCount(), stats.lostCount(), stats.sendRate(),
                stats.p50Ns() / 1e6, stats.p99Ns() / 1e6);
    const qint64 p99 = at(0.99);
    std::printf("event loop during the run: 10 ms timer late by p50 %lld ms, p99 %lld ms, worst %lld ms "
                "(target p99 < 20): %s\n",
                at(0.5), p99, TimerLateness::worst(sorted), p99 < 20 ? "met" : "NOT MET");
    server.stop();
    return 0;
}
