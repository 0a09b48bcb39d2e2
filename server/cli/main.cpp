// SPDX-License-Identifier: MIT
#include "appstart.h"
#include "headlessserver.h"
#include "servercommandline.h"
#include "serversettings.h"
#include "serverengine.h"
#include "serverwindow.h"
#include "terminationsignals.h"
#include "threadniceness.h"
#include "translations.h"
#include "windowdestroyedwatcher.h"

#include <QApplication>
#include <QIcon>
#include <QWidget>
#include <QCoreApplication>

#include <memory>

namespace {
constexpr int WindowThreadNiceness = 10;
void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("udpchat"));
    QCoreApplication::setApplicationName(QStringLiteral("udpchat-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UDPCHAT_VERSION));
    // The Wayland app id and X11 startup id: the compositor finds the .desktop file (name, icon) by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.udpchat.Server"));
}

// --headless: the seed's output in this terminal until Ctrl+C, then the totals.
int runHeadless(QCoreApplication &app, const ServerOptions &options)
{
    quitOnTerminationSignals(ClosedOutput::Quit);
    HeadlessServer server;
    if (QString error; !server.session().apply(options, &error)) {
        AppStart::complain(error);
        return 1;
    }
    if (!options.logFile.isEmpty() && !server.setLogFile(options.logFile))
        return 1;
    if (!options.pcapFile.isEmpty())
        server.setPcapFile(options.pcapFile);
    if (!server.start(options.address, options.port))
        return 1;
    const int status = app.exec();
    server.printSummary();
    return status;
}

// The server window until it closes, then the same totals as headless.
int runWindow(int argc, char *argv[], const ServerOptions &options, const QString &language)
{
    AppStart::expectWindowSystem();
    QApplication app(argc, argv);
    AppStart::windowSystemUp();
    nameApplication();
    // The application's icon, not one per window: each window's own QIcon would render its own
    // pixmaps into Qt's pixmap cache, kept after the window is gone (as the client's were).
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/udpchat-server.svg")));
    quitOnTerminationSignals();
    installTranslations(language);
    ServerWindow window(options);
    // The window's thread yields to the engine's (started by the window, so not affected) when
    // both want a core: at one request in flight, p99.9 went from 15 x the headless server's to
    // 0.84-1.32 x at +10 (2.5 x at +5; BENCHMARKS.md). Idle cores are still the window's to paint with.
    ThreadNiceness::yieldToOthers(WindowThreadNiceness);
    window.show();
    // Destroyed by the window system (not closed): close it ourselves, which saves and quits.
    const WindowDestroyedWatcher watcher([&window](quintptr id) {
        if (window.internalWinId() == id)
            window.close();
    });
    const int status = app.exec();
    // As the headless server does, the totals on the way out (closing the window served what was
    // still queued into the log and the capture, then stopped listening).
    AppStart::complain(window.server()->summary());
    return status;
}
} // namespace

int main(int argc, char *argv[])
{
    // --headless needs no display: only a window needs QApplication.
    const bool withoutWindow = serverRunsWithoutWindow(argc, argv);
    // Without a window the plain poll() event loop is enough, and faster per datagram than glib's.
    if (withoutWindow && !qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    // Options first, in a QCoreApplication: a bad option or --help needs no display.
    AppStart start(argc, argv);
    std::unique_ptr<QCoreApplication> app = start.coreApplication();
    nameApplication();

    // The window starts from what was saved, the command line over it; --headless keeps the
    // seed's defaults so scripts behave the same everywhere.
    ServerOptions options;
    if (!withoutWindow)
        ServerSettings::load(&options);
    QString error;
    if (!parseServerOptions(*app, &options, &error)) {
        AppStart::complain(error);
        return 1;
    }
    QString warning;
    const QString language = checkedLanguage(options.language, &warning);
    if (!warning.isEmpty())
        AppStart::complain(warning);

    if (options.headless)
        return runHeadless(*app, options);
    if (!AppStart::checkDisplay(argc, argv))
        return 1;
    app.reset();
    return runWindow(argc, argv, options, language);
}
