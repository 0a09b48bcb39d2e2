// SPDX-License-Identifier: MIT
#include "appstart.h"

#include "commandline.h"

#include <cstdio>
#include <cstdlib>

namespace {
QtMessageHandler previousHandler = nullptr;

void windowSystemStartHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtFatalMsg) {
        // Qt's own lines say which display failed.
        if (previousHandler)
            previousHandler(type, context, message);
        else
            std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
        return;
    }
    // English: the translations are installed with the application being made.
    AppStart::complain(QStringLiteral("no window can open here: the display could not be reached (see above); "
                                      "udpchat-server --headless runs without one."));
    std::_Exit(1);
}
} // namespace

AppStart::AppStart(int argc, char *argv[])
    : m_arguments(CommandLine::withoutGuiOptions(argc, argv))
{
    for (QByteArray &argument : m_arguments)
        m_argv.push_back(argument.data());
    m_argc = int(m_argv.size());
    m_argv.push_back(nullptr);
}

std::unique_ptr<QCoreApplication> AppStart::coreApplication()
{
    return std::make_unique<QCoreApplication>(m_argc, m_argv.data());
}

void AppStart::complain(const QString &text)
{
    std::fprintf(stderr, "%s: %s\n", QCoreApplication::applicationName().toLocal8Bit().constData(),
                 text.toLocal8Bit().constData());
}

bool AppStart::checkDisplay(int argc, char *argv[])
{
    if (CommandLine::displayAvailable(argc, argv))
        return true;
    complain(QCoreApplication::translate("AppStart", "no window can open here (no display: $DISPLAY and "
                                         "$WAYLAND_DISPLAY are not set); udpchat-server --headless runs "
                                         "without one."));
    return false;
}

void AppStart::expectWindowSystem()
{
    previousHandler = qInstallMessageHandler(windowSystemStartHandler);
}

void AppStart::windowSystemUp()
{
    qInstallMessageHandler(previousHandler);
    previousHandler = nullptr;
}
