// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "buildinfo.h"

#include <QCommandLineParser>

#include <QCoreApplication>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>

namespace CommandLine {

bool needsNoWindow(int argc, char *argv[], const char *extraFlag)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
        if (extraFlag && std::strcmp(argv[i], extraFlag) == 0)
            return true;
    }
    return false;
}

QCommandLineOption encodingOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("encoding")},
                              QCoreApplication::translate("CommandLine",
                                                          "How message bytes are read and typed as text: %1 "
                                                          "(default utf-8; gbk and gb2312 are gb18030).")
                                  .arg(TextEncoding::names().join(QStringLiteral(", "))),
                              QStringLiteral("name"), QStringLiteral("utf-8"));
}

bool parseEncoding(const QString &name, TextEncoding::Encoding *encoding, QString *error)
{
    if (!TextEncoding::fromName(name, encoding)) {
        *error = QCoreApplication::translate("CommandLine", "--encoding: '%1' is not an encoding: the encodings are %2.")
                     .arg(name, TextEncoding::names().join(QStringLiteral(", ")));
        return false;
    }
    if (!TextEncoding::isAvailable(*encoding)) {
        *error = QCoreApplication::translate("CommandLine", "--encoding: this system's Qt cannot convert %1 (it needs ICU).")
                     .arg(name);
        return false;
    }
    return true;
}

} // namespace CommandLine

namespace CommandLine {

namespace {
// QGuiApplication's own options: those that take a value, then those that do not.
constexpr const char *GuiOptionsWithValue[] = {"-platform", "-platformpluginpath", "-platformtheme", "-plugin",
                                               "-qwindowgeometry", "-qwindowicon", "-qwindowtitle", "-display",
                                               "-geometry", "-style", "-stylesheet", "-session"};
constexpr const char *GuiFlags[] = {"-reverse", "-nograb", "-dograb", "-sync", "-widgetcount"};

bool named(const char *arg, const char *option)
{
    // Qt accepts -option and --option alike.
    return std::strcmp(arg, option) == 0 || (arg[0] == '-' && std::strcmp(arg + 1, option) == 0);
}
} // namespace

bool displayAvailable(int argc, char *argv[])
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    for (int i = 1; i < argc; ++i) {
        if (named(argv[i], "-platform"))
            return true;
    }
    for (const char *variable : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
        if (!qEnvironmentVariableIsEmpty(variable))
            return true;
    }
    return false;
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    return true;
#endif
}

QByteArrayList withoutGuiOptions(int argc, char *argv[])
{
    QByteArrayList kept;
    if (argc > 0)
        kept.append(QByteArray(argv[0]));
    for (int i = 1; i < argc; ++i) {
        bool withValue = false;
        for (const char *option : GuiOptionsWithValue)
            withValue = withValue || named(argv[i], option);
        if (withValue) {
            ++i;  // and its value
            continue;
        }
        bool flag = false;
        for (const char *name : GuiFlags)
            flag = flag || named(argv[i], name);
        if (!flag)
            kept.append(QByteArray(argv[i]));
    }
    return kept;
}

} // namespace CommandLine

namespace CommandLine {

void addStandardOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("QCommandLineParser", "Displays version information.")));
}

bool process(QCommandLineParser &parser, const QCoreApplication &app, QString *error)
{
    parser.process(app);
    if (parser.isSet(QStringLiteral("version"))) {
        std::fputs(qPrintable(BuildInfo::versionText(QCoreApplication::applicationName())), stdout);
        std::exit(EXIT_SUCCESS);
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QCoreApplication::translate("CommandLine", "unexpected argument '%1' (options start with --; see --help).")
                     .arg(parser.positionalArguments().constFirst());
        return false;
    }
    return true;
}

} // namespace CommandLine
