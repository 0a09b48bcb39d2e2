// SPDX-License-Identifier: MIT
#include "clientoptions.h"
#include "clientsettings.h"
#include "clientwindow.h"
#include "consoleclient.h"
#include "terminationsignals.h"
#include "translations.h"
#include "windowdestroyedwatcher.h"

#include <QApplication>
#include <QWidget>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QScreen>

#include <cstdio>
#include <memory>

namespace {
// The tutorial's scene: one server, Client1 and Client2 side by side.
int runDemo(QApplication &app, const ClientOptions &options)
{
    const QString server = QDir(QCoreApplication::applicationDirPath())
                               .filePath(QStringLiteral("../server/udpchat-server"));
    const QString installed = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("udpchat-server"));
    const QString program = QFileInfo::exists(installed) ? installed : server;
    qint64 serverPid = 0;
    if (QFileInfo::exists(program)) {
        QProcess::startDetached(program, {QStringLiteral("--bind"), options.host, QStringLiteral("--port"),
                                          QString::number(options.port)}, {}, &serverPid);
    }
    ClientWindow first(options);
    ClientWindow second(options);
    first.setName(QStringLiteral("Client1"));
    second.setName(QStringLiteral("Client2"));
    const QRect screen = app.primaryScreen()->availableGeometry();
    // On the right, clear of the server window, which opens at the left.
    const int x = qMax(screen.left(), screen.right() - first.width() - 60);
    first.move(x, screen.top());
    second.move(x + 40, screen.top() + screen.height() / 4);
    first.show();
    second.show();
    const int code = app.exec();
    if (serverPid > 0)
        QProcess::execute(QStringLiteral("kill"), {QString::number(serverPid)});
    return code;
}
} // namespace

int main(int argc, char *argv[])
{
    const bool withoutWindow = clientRunsWithoutWindow(argc, argv);
    std::unique_ptr<QCoreApplication> app(withoutWindow ? new QCoreApplication(argc, argv)
                                                        : new QApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("udpchat"));
    QCoreApplication::setApplicationName(QStringLiteral("udpchat-client"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UDPCHAT_VERSION));
    // The Wayland app id and X11 startup id: the compositor finds the .desktop file (name, icon) by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.udpchat.Client"));

    // Saved settings first, then the command line over them.
    ClientOptions options;
    if (!withoutWindow)
        ClientSettings::load(&options);
    QString error;
    if (!parseClientOptions(*app, &options, &error)) {
        std::fprintf(stderr, "udpchat-client: %s\n", error.toLocal8Bit().constData());
        return 1;
    }
    // The tutorial's client: Ctrl+C ends it at once, as it ends the script (no handler of ours).
    if (options.console)
        return ConsoleClient(stdin, stdout).run(options.host, options.port, options.timeoutMs);
    installTranslations(options.language);
    quitOnTerminationSignals();  // so --demo stops its server on the way out
    // A window destroyed by the window system (not closed) is closed here, so the last one quits.
    const WindowDestroyedWatcher watcher([](quintptr id) {
        for (QWidget *window : QApplication::topLevelWidgets()) {
            if (window->internalWinId() == id)
                window->close();
        }
    });
    if (options.demo)
        return runDemo(*static_cast<QApplication *>(app.get()), options);
    ClientWindow window(options);
    window.show();
    return app->exec();
}
