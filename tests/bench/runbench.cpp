// SPDX-License-Identifier: MIT
// udpchat-client-run-bench: the client window's Runs panel sending fast (20,000 datagrams/s for
// 5 s by default) to a real udpchat-server --headless over loopback, its figures and charts
// following live. Reports what the run achieved and how late a 10 ms timer fired meanwhile: the
// window must stay responsive (target: p99 < 20 ms). --resize resizes the window every 30 ms and
// --dialog holds a modal dialog open for the whole run (issue 22: does sending keep its pace and
// does nothing pile up in the receive buffer while the window relayouts or a dialog is open?).
#include "clientwindow.h"
#include "runpanel.h"
#include "targets.h"
#include "timerlateness.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QComboBox>
#include <QElapsedTimer>
#include <QMessageBox>
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
    const QCommandLineOption resize(QStringLiteral("resize"), QStringLiteral("Resize the window every 30 ms during the run."));
    const QCommandLineOption dialog(QStringLiteral("dialog"), QStringLiteral("Hold a modal dialog open during the run."));
    parser.addOptions({rate, seconds, bin, folded, recvBuffer, resize, dialog});
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
    QTimer resizer;
    resizer.setInterval(30);
    int resizes = 0;
    QObject::connect(&resizer, &QTimer::timeout, &window, [&] {
        window.resize(++resizes % 2 == 0 ? QSize(600, 900) : QSize(900, 700));
    });
    QMessageBox box(QMessageBox::Information, QStringLiteral("udpchat"), QStringLiteral("A modal dialog, open for the run"),
                    QMessageBox::Ok, &window);
    QObject::connect(panel->run(), &TrafficRun::finished, &box, &QDialog::accept);
    QTimer::singleShot(0, &app, [&] {
        lateness.start();
        panel->start();
        if (parser.isSet(resize))
            resizer.start();
        if (parser.isSet(dialog))
            box.exec();  // its own event loop until the run ends
    });
    QTimer::singleShot((duration + 30) * 1000, &app, [&] { panel->stop(); });  // a bound, whatever happens
    QElapsedTimer clock;
    clock.start();
    app.exec();
    lateness.stop();

    const std::vector<qint64> sorted = lateness.takeSorted();
    const auto at = [&](double q) { return TimerLateness::quantile(sorted, q); };
    const RunStatistics &stats = panel->run()->statistics();
    resizer.stop();
    if (parser.isSet(resize))
        std::printf("window resized %d times during the run\n", resizes);
    if (parser.isSet(dialog))
        std::printf("a modal dialog was open during the run\n");
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
