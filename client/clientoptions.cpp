// SPDX-License-Identifier: MIT
#include "clientoptions.h"

#include "buildinfo.h"
#include "commandline.h"
#include "protocol.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

bool clientRunsWithoutWindow(int argc, char *argv[]) { return CommandLine::needsNoWindow(argc, argv, "--console"); }

bool parseClientOptions(const QCoreApplication &app, ClientOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ClientOptions", "UDP hello client: a chat-style conversation with a udpchat or seed server."));
    parser.addHelpOption();
    // Not addVersionOption(): --version also names the Qt it runs on and the git revision.
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("QCommandLineParser", "Displays version information."));
    parser.addOption(version);
    const QCommandLineOption host(QStringList{QStringLiteral("host")},
        QCoreApplication::translate("ClientOptions", "Server address or host name (default %1).").arg(QLatin1String(Defaults::Address)),
        QStringLiteral("host"), options->host);
    const QCommandLineOption port(QStringList{QStringLiteral("port")},
        QCoreApplication::translate("ClientOptions", "Server port (default %1).").arg(Defaults::Port),
        QStringLiteral("port"), QString::number(options->port));
    const QCommandLineOption timeout(QStringList{QStringLiteral("timeout")},
        QCoreApplication::translate("ClientOptions", "Milliseconds to wait for a reply (default %1).").arg(Defaults::TimeoutMs),
        QStringLiteral("ms"), QString::number(options->timeoutMs));
    const QCommandLineOption lang(QStringList{QStringLiteral("lang")},
        QCoreApplication::translate("ClientOptions", "Language of the window: en or zh_CN (default: the system's)."),
        QStringLiteral("language"));
    const QCommandLineOption demo(QStringList{QStringLiteral("demo")},
        QCoreApplication::translate("ClientOptions",
                                    "The tutorial's demo: a server window and two client windows, Client1 and Client2."));
    const QCommandLineOption console(QStringList{QStringLiteral("console")},
        QCoreApplication::translate("ClientOptions",
                                    "No window: the tutorial's client in this terminal (prompt, reply, exit)."));
    const QCommandLineOption encoding = CommandLine::encodingOption();
    const QCommandLineOption expect(QStringList{QStringLiteral("expect")},
        QCoreApplication::translate("ClientOptions", "What counts as a reply: hello (Hello <message>!, matched to its "
                                    "message; default) or any (any datagram answers the oldest message waiting)."),
        QStringLiteral("kind"), QStringLiteral("hello"));
    const QCommandLineOption localAddress(QStringList{QStringLiteral("local-address")},
        QCoreApplication::translate("ClientOptions", "Send from this address of this computer (default: the system picks)."),
        QStringLiteral("address"));
    const QCommandLineOption localPort(QStringList{QStringLiteral("local-port")},
        QCoreApplication::translate("ClientOptions", "Send from this UDP port (default: the system picks)."),
        QStringLiteral("port"));
    parser.addOptions({host, port, timeout, expect, localAddress, localPort, encoding, lang, demo, console});
    parser.process(app);
    if (parser.isSet(version)) {
        std::fputs(qPrintable(BuildInfo::versionText(QCoreApplication::applicationName())), stdout);
        std::exit(EXIT_SUCCESS);
    }

    if (!parser.positionalArguments().isEmpty()) {
        *error = QCoreApplication::translate("ClientOptions", "unexpected argument '%1' (options start with --; see --help).")
                     .arg(parser.positionalArguments().constFirst());
        return false;
    }
    options->demo = parser.isSet(demo);
    options->console = parser.isSet(console);
    const QString expected = parser.value(expect);
    if (expected != QLatin1String("hello") && expected != QLatin1String("any")) {
        *error = QCoreApplication::translate("ClientOptions", "--expect: '%1' is not hello or any.").arg(expected);
        return false;
    }
    options->expectAny = expected == QLatin1String("any");
    if (parser.isSet(localAddress) && !Protocol::parseBindAddress(parser.value(localAddress), &options->localAddress)) {
        *error = QCoreApplication::translate("ClientOptions", "--local-address: '%1' is not an IPv4 or IPv6 address.")
                     .arg(parser.value(localAddress));
        return false;
    }
    if (parser.isSet(localPort) && !Protocol::parsePort(parser.value(localPort), &options->localPort)) {
        *error = QCoreApplication::translate("ClientOptions", "--local-port: '%1' is not a port number (0-65535).")
                     .arg(parser.value(localPort));
        return false;
    }
    if (!CommandLine::parseEncoding(parser.value(encoding), &options->encoding, error))
        return false;
    if (parser.isSet(lang))
        options->language = parser.value(lang);
    options->host = parser.value(host).trimmed();
    if (options->host.isEmpty()) {
        *error = QCoreApplication::translate("ClientOptions", "--host: the server address is empty.");
        return false;
    }
    if (options->host.size() > ClientOptions::MaxHostLength) {
        *error = QCoreApplication::translate("ClientOptions",
                                             "--host: the server address is %1 characters long; a host name "
                                             "or address has at most %2.")
                     .arg(options->host.size())
                     .arg(ClientOptions::MaxHostLength);
        return false;
    }
    if (!Protocol::parsePort(parser.value(port), &options->port) || options->port == 0) {
        *error = QCoreApplication::translate("ClientOptions", "--port: '%1' is not a port number (1-65535).")
                     .arg(parser.value(port));
        return false;
    }
    bool ok = false;
    const int ms = parser.value(timeout).toInt(&ok);
    if (!ok || ms < 1) {
        *error = QCoreApplication::translate("ClientOptions", "--timeout: '%1' is not a positive number of ms.")
                     .arg(parser.value(timeout));
        return false;
    }
    options->timeoutMs = ms;
    return true;
}
