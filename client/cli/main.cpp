// SPDX-License-Identifier: MIT
#include "appstart.h"
#include "clientoptions.h"
#include "clientsettings.h"
#include "clientwindow.h"
#include "consoleclient.h"
#include "conversationmodel.h"
#include "demoport.h"
#include "runsettings.h"
#include "trafficconsole.h"
#include "terminationsignals.h"
#include "translations.h"
#include "windowdestroyedwatcher.h"
#include "windowplacement.h"

#include <QApplication>
#include <QIcon>
#include <QWidget>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QScreen>

#include <memory>

namespace {
// The tutorial's scene: one server, Client1 and Client2 side by side.
int runDemo(QApplication &app, const ClientOptions &asked)
{
    // The server and both clients on one port: the one asked for, or a free one if it is taken.
    const DemoPort::Choice port = DemoPort::choose(asked.host, asked.port);
    ClientOptions options = asked;
    options.port = port.port;
    const QString server = QDir(QCoreApplication::applicationDirPath())
                               .filePath(QStringLiteral("../server/udpchat-server"));
    const QString installed = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("udpchat-server"));
    const QString program = QFileInfo::exists(installed) ? installed : server;
    ClientWindow first(options);
    ClientWindow second(options);
    first.setName(QStringLiteral("Client1"));
    second.setName(QStringLiteral("Client2"));
    // All three within the screen's available area, whatever its size: the server at the left,
    // the clients one above the other at the right. The server, another process, is told where.
    const QList<QRect> places = WindowPlacement::demoLayout(app.primaryScreen()->availableGeometry(),
                                                            QSize(1100, 640), first.size());
    QStringList arguments{QStringLiteral("--bind"), options.host, QStringLiteral("--port"),
                          QString::number(options.port), QStringLiteral("-qwindowgeometry"),
                          QStringLiteral("%1x%2+%3+%4").arg(places[0].width()).arg(places[0].height())
                              .arg(places[0].x()).arg(places[0].y())};
    if (!options.language.isEmpty())
        arguments << QStringLiteral("--lang") << options.language;  // the whole scene in one language
    qint64 serverPid = 0;
    if (QFileInfo::exists(program))
        QProcess::startDetached(program, arguments, {}, &serverPid);
    first.setGeometry(places[1]);
    second.setGeometry(places[2]);
    if (!port.note.isEmpty()) {
        first.conversation()->addNotice(port.note);
        second.conversation()->addNotice(port.note);
    }
    first.show();
    second.show();
    const int code = app.exec();
    if (serverPid > 0)
        QProcess::execute(QStringLiteral("kill"), {QString::number(serverPid)});
    return code;
}

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("udpchat"));
    QCoreApplication::setApplicationName(QStringLiteral("udpchat-client"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UDPCHAT_VERSION));
    // The Wayland app id and X11 startup id: the compositor finds the .desktop file (name, icon) by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.udpchat.Client"));
}

// --console (the tutorial's client) or --console --message (a traffic run): no display.
int runInTerminal(const ClientOptions &options)
{
    if (options.traffic) {
        // Ctrl+C ends the run early and the summary is still printed; so does a closed output.
        quitOnTerminationSignals(ClosedOutput::Quit);
        TrafficConsole console(stdout);
        const int status = console.run(runSettings(options));
        return console.output().exitStatus(status);
    }
    // The tutorial's client: Ctrl+C ends it at once, as it ends the script (no handler of ours).
    ConsoleClient console(stdin, stdout);
    const int status = console.run(options);
    return console.output().exitStatus(status);
}

// A client window, or --demo's scene, until the last window closes.
int runWindows(int argc, char *argv[], const ClientOptions &options)
{
    AppStart::expectWindowSystem();
    QApplication application(argc, argv);
    AppStart::windowSystemUp();
    nameApplication();
    // One icon for every window: a QIcon of its own per window renders its own pixmaps into Qt's
    // pixmap cache, which keeps them after the window is gone (~85 KB a window, up to 10 MB: opening
    // and closing 20 windows four times grew the heap by that much, measured with heaptrack).
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/udpchat-client.svg")));
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
        return runDemo(application, options);
    ClientWindow window(options);
    window.show();
    return application.exec();
}
} // namespace

int main(int argc, char *argv[])
{
    const bool withoutWindow = clientRunsWithoutWindow(argc, argv);
    // Options first, in a QCoreApplication: a bad option or --help needs no display.
    AppStart start(argc, argv);
    std::unique_ptr<QCoreApplication> app = start.coreApplication();
    nameApplication();

    // Saved settings first, then the command line over them.
    ClientOptions options;
    if (!withoutWindow)
        ClientSettings::load(&options);
    QString error;
    if (!parseClientOptions(*app, &options, &error)) {
        AppStart::complain(error);
        return 1;
    }
    if (options.traffic || options.console)
        return runInTerminal(options);
    QString warning;
    options.language = checkedLanguage(options.language, &warning);
    if (!warning.isEmpty())
        AppStart::complain(warning);
    if (!AppStart::checkDisplay(argc, argv))
        return 1;
    app.reset();
    return runWindows(argc, argv, options);
}
