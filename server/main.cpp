// SPDX-License-Identifier: MIT
#include "headlessserver.h"
#include "replymode.h"
#include "serveroptions.h"
#include "serversettings.h"
#include "serverwindow.h"
#include "terminationsignals.h"
#include "translations.h"
#include "windowdestroyedwatcher.h"

#include <QApplication>
#include <QWidget>
#include <QCoreApplication>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // --headless needs no display: only a window needs QApplication.
    const bool withoutWindow = serverRunsWithoutWindow(argc, argv);
    // Without a window the plain poll() event loop is enough, and faster per datagram than glib's.
    if (withoutWindow && !qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    std::unique_ptr<QCoreApplication> app(withoutWindow ? new QCoreApplication(argc, argv)
                                                        : new QApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("udpchat"));
    QCoreApplication::setApplicationName(QStringLiteral("udpchat-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UDPCHAT_VERSION));
    // The Wayland app id and X11 startup id: the compositor finds the .desktop file (name, icon) by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.udpchat.Server"));

    // The window starts from what was saved, the command line over it; --headless keeps the
    // seed's defaults so scripts behave the same everywhere.
    ServerOptions options;
    if (!withoutWindow)
        ServerSettings::load(&options);
    QString error;
    if (!parseServerOptions(*app, &options, &error)) {
        std::fprintf(stderr, "udpchat-server: %s\n", error.toLocal8Bit().constData());
        return 1;
    }
    if (!options.headless && !options.pcapFile.isEmpty()) {
        // Said, not ignored: a capture silently not written would be worse than none.
        std::fprintf(stderr, "udpchat-server: %s\n",
                     QCoreApplication::translate("ServerOptions", "--pcap needs --headless (the window cannot capture yet).")
                         .toLocal8Bit().constData());
        return 1;
    }
    quitOnTerminationSignals();
    if (!options.headless)
        installTranslations(options.language);

    if (options.headless) {
        HeadlessServer server;
        QString unused;  // the options were checked when parsed
        server.server().setReplyMode(ReplyMode::create(options.replyMode, options.replyText, &unused));
        server.server().setRateLimit(options.rateLimit);
        if (!options.logFile.isEmpty() && !server.setLogFile(options.logFile))
            return 1;
        if (!options.pcapFile.isEmpty())
            server.setPcapFile(options.pcapFile);
        if (!server.start(options.address, options.port))
            return 1;
        return app->exec();
    }
    ServerWindow window(options);
    window.show();
    // Destroyed by the window system (not closed): close it ourselves, which saves and quits.
    const WindowDestroyedWatcher watcher([&window](quintptr id) {
        if (window.internalWinId() == id)
            window.close();
    });
    return app->exec();
}
