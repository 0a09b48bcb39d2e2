// SPDX-License-Identifier: MIT
#include "clientoptions.h"
#include "clientoptionstext.h"

#include "commandline.h"
#include "protocol.h"
#include "sendoptions.h"
#include "trafficoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

bool clientRunsWithoutWindow(int argc, char *argv[]) { return CommandLine::needsNoWindow(argc, argv, "--console"); }

namespace {
using ClientOptionsText::say;

// The server and this end of the session: --host, --port, --timeout, --expect, --local-address,
// --local-port, their defaults as the settings left them.
QList<QCommandLineOption> sessionOptions(const ClientOptions &options)
{
    return {
        QCommandLineOption(QStringList{QStringLiteral("host")},
            say(QT_TRANSLATE_NOOP("ClientOptions", "Server address or host name (default %1).")).arg(QLatin1String(Defaults::Address)),
            QStringLiteral("host"), options.host),
        QCommandLineOption(QStringList{QStringLiteral("port")},
            say(QT_TRANSLATE_NOOP("ClientOptions", "Server port (default %1).")).arg(Defaults::Port),
            QStringLiteral("port"), QString::number(options.port)),
        QCommandLineOption(QStringList{QStringLiteral("timeout")},
            say(QT_TRANSLATE_NOOP("ClientOptions", "Milliseconds to wait for a reply (default %1, at most %2).")).arg(Defaults::TimeoutMs.defaultValue).arg(Defaults::TimeoutMs.max),
            QStringLiteral("ms"), QString::number(options.timeoutMs)),
        QCommandLineOption(QStringList{QStringLiteral("expect")},
            say(QT_TRANSLATE_NOOP("ClientOptions", "What counts as a reply: hello (Hello <message>!, matched to its "
                                  "message; default) or any (any datagram answers the oldest message waiting).")),
            QStringLiteral("kind"), QStringLiteral("hello")),
        QCommandLineOption(QStringList{QStringLiteral("local-address")},
            say(QT_TRANSLATE_NOOP("ClientOptions", "Send from this address of this computer (default: the system picks).")),
            QStringLiteral("address")),
        QCommandLineOption(QStringList{QStringLiteral("local-port")},
            say(QT_TRANSLATE_NOOP("ClientOptions", "Send from this UDP port (default: the system picks).")),
            QStringLiteral("port")),
    };
}

// How the program runs: --encoding, --lang, --demo, --console.
QList<QCommandLineOption> programOptions()
{
    return {
        CommandLine::encodingOption(),
        QCommandLineOption(QStringList{QStringLiteral("lang")},
            say(QT_TRANSLATE_NOOP("ClientOptions", "Language of the window: en or zh_CN (default: the system's).")),
            QStringLiteral("language")),
        QCommandLineOption(QStringList{QStringLiteral("demo")},
            say(QT_TRANSLATE_NOOP("ClientOptions",
                                  "The tutorial's demo: a server window and two client windows, Client1 and Client2."))),
        QCommandLineOption(QStringList{QStringLiteral("console")},
            say(QT_TRANSLATE_NOOP("ClientOptions",
                                  "No window: the tutorial's client in this terminal (prompt, reply, exit)."))),
    };
}

// --expect, --local-address, --local-port: only what is given; the rest stays as saved.
bool readThisEnd(const QCommandLineParser &parser, ClientOptions *options, QString *error)
{
    const QString expected = parser.value(QStringLiteral("expect"));
    if (expected != QLatin1String("hello") && expected != QLatin1String("any")) {
        *error = say(QT_TRANSLATE_NOOP("ClientOptions", "--expect: '%1' is not hello or any.")).arg(expected);
        return false;
    }
    if (parser.isSet(QStringLiteral("expect")))  // otherwise the saved choice stays
        options->expectAny = expected == QLatin1String("any");
    const QString address = parser.value(QStringLiteral("local-address"));
    if (parser.isSet(QStringLiteral("local-address")) && !Protocol::parseBindAddress(address, &options->socket.localAddress)) {
        *error = say(QT_TRANSLATE_NOOP("ClientOptions", "--local-address: '%1' is not an IPv4 or IPv6 address.")).arg(address);
        return false;
    }
    const QString port = parser.value(QStringLiteral("local-port"));
    if (parser.isSet(QStringLiteral("local-port")) && !Protocol::parsePort(port, &options->socket.localPort)) {
        *error = say(QT_TRANSLATE_NOOP("ClientOptions", "--local-port: '%1' is not a port number (0-65535).")).arg(port);
        return false;
    }
    return true;
}

// --host, --port, --timeout.
bool readServer(const QCommandLineParser &parser, ClientOptions *options, QString *error)
{
    options->host = parser.value(QStringLiteral("host")).trimmed();
    if (options->host.isEmpty()) {
        *error = say(QT_TRANSLATE_NOOP("ClientOptions", "--host: the server address is empty."));
        return false;
    }
    if (options->host.size() > ClientOptions::MaxHostLength) {
        *error = say(QT_TRANSLATE_NOOP("ClientOptions", "--host: the server address is %1 characters long; a host name "
                                       "or address has at most %2."))
                     .arg(options->host.size())
                     .arg(ClientOptions::MaxHostLength);
        return false;
    }
    const QString port = parser.value(QStringLiteral("port"));
    if (!Protocol::parsePort(port, &options->port) || options->port == 0) {
        *error = say(QT_TRANSLATE_NOOP("ClientOptions", "--port: '%1' is not a port number (1-65535).")).arg(port);
        return false;
    }
    bool ok = false;
    const QString timeout = parser.value(QStringLiteral("timeout"));
    const qint64 ms = timeout.toLongLong(&ok);
    if (!ok || !Defaults::TimeoutMs.accepts(ms)) {
        *error = say(QT_TRANSLATE_NOOP("ClientOptions", "--timeout: '%1' is not a number of ms from 1 to %2."))
                     .arg(timeout).arg(Defaults::TimeoutMs.max);
        return false;
    }
    options->timeoutMs = int(ms);
    return true;
}
} // namespace

bool parseClientOptions(const QCoreApplication &app, ClientOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ClientOptions", "UDP hello client: a chat-style conversation with a udpchat or seed server."));
    CommandLine::addStandardOptions(parser);
    const SendOptions sendOptions;
    const TrafficOptions trafficOptions;
    parser.addOptions(sessionOptions(*options));
    parser.addOptions(sendOptions.options());
    parser.addOptions(programOptions());
    parser.addOptions(trafficOptions.options());
    if (!CommandLine::process(parser, app, error))
        return false;
    options->demo = parser.isSet(QStringLiteral("demo"));
    options->console = parser.isSet(QStringLiteral("console"));
    if (!readThisEnd(parser, options, error) || !sendOptions.read(parser, &options->socket, error))
        return false;
    const QString encoding = parser.value(QStringLiteral("encoding"));
    if (parser.isSet(QStringLiteral("encoding")) && !CommandLine::parseEncoding(encoding, &options->encoding, error))
        return false;
    if (parser.isSet(QStringLiteral("lang")))
        options->language = parser.value(QStringLiteral("lang"));
    return readServer(parser, options, error) && trafficOptions.read(parser, options, error);
}
