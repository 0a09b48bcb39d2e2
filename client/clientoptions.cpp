// SPDX-License-Identifier: MIT
#include "clientoptions.h"

#include "commandline.h"
#include "protocol.h"
#include "sendoptions.h"
#include "trafficrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>


namespace {
constexpr qint64 MaxIntervalMs = Defaults::RunIntervalMsMax;
constexpr int MaxRate = Defaults::RunRateMax;
} // namespace

bool clientRunsWithoutWindow(int argc, char *argv[]) { return CommandLine::needsNoWindow(argc, argv, "--console"); }

namespace {
bool fail(QString *error, const char *text)
{
    *error = QCoreApplication::translate("ClientOptions", text);
    return false;
}

// --message as bytes in the --encoding, with room for each {seq}.
bool readMessage(const QString &text, ClientOptions *options, QString *error)
{
    if (!options->console)
        return fail(error, QT_TRANSLATE_NOOP("ClientOptions", "--message needs --console (the window cannot run it yet)."));
    bool ok = true;
    options->message = TextEncoding::encode(text, options->encoding, &ok);
    if (!ok)
        return fail(error, QT_TRANSLATE_NOOP("ClientOptions", "--message: a character has no bytes in the --encoding."));
    if (options->message.isEmpty())
        return fail(error, QT_TRANSLATE_NOOP("ClientOptions", "--message: the message is empty."));
    // Room for the largest sequence number (20 digits) in place of each {seq}.
    if (TrafficRun::payloadFor(options->message, Q_UINT64_C(18446744073709551615)).size() > Protocol::MaxNameSize) {
        *error = QCoreApplication::translate("ClientOptions", "--message: a reply can carry at most %1 bytes of it.")
                     .arg(Protocol::MaxNameSize);
        return false;
    }
    return true;
}

bool readCount(const QString &text, ClientOptions *options, QString *error)
{
    bool ok = false;
    options->count = text.toULongLong(&ok);
    if (!ok || options->count < 1) {
        *error = QCoreApplication::translate("ClientOptions", "--count: '%1' is not a positive number.").arg(text);
        return false;
    }
    return true;
}

bool readInterval(const QString &text, ClientOptions *options, QString *error)
{
    bool ok = false;
    const qint64 intervalMs = text.toLongLong(&ok);
    if (!ok || intervalMs < 1 || intervalMs > MaxIntervalMs) {
        *error = QCoreApplication::translate("ClientOptions", "--interval: '%1' is not a number of ms from 1 to %2.")
                     .arg(text).arg(MaxIntervalMs);
        return false;
    }
    options->intervalNs = intervalMs * 1000 * 1000;
    return true;
}

bool readRate(const QString &text, ClientOptions *options, QString *error)
{
    bool ok = false;
    const double perSecond = text.toDouble(&ok);
    if (!ok || !(perSecond > 0) || perSecond > MaxRate) {
        *error = QCoreApplication::translate("ClientOptions", "--rate: '%1' is not a number of datagrams per second "
                                             "above 0 and at most %2.").arg(text).arg(MaxRate);
        return false;
    }
    options->intervalNs = TrafficRun::intervalForRate(perSecond);
    return true;
}

bool parseTrafficOptions(const QCommandLineParser &parser, const QCommandLineOption &message,
                         const QCommandLineOption &count, const QCommandLineOption &interval,
                         const QCommandLineOption &rate, ClientOptions *options, QString *error)
{
    if (!parser.isSet(message)) {
        for (const QCommandLineOption *option : {&count, &interval, &rate}) {
            if (parser.isSet(*option)) {
                *error = QCoreApplication::translate("ClientOptions", "--%1 goes with --message.")
                             .arg(option->names().constFirst());
                return false;
            }
        }
        return true;
    }
    if (!readMessage(parser.value(message), options, error))
        return false;
    options->traffic = true;
    if (parser.isSet(interval) && parser.isSet(rate))
        return fail(error, QT_TRANSLATE_NOOP("ClientOptions", "--interval and --rate say the same thing: give one."));
    // A pace without a count runs until Ctrl+C; a message alone is sent once.
    options->count = parser.isSet(interval) || parser.isSet(rate) ? 0 : 1;
    if (parser.isSet(count) && !readCount(parser.value(count), options, error))
        return false;
    if (parser.isSet(interval) && !readInterval(parser.value(interval), options, error))
        return false;
    return !parser.isSet(rate) || readRate(parser.value(rate), options, error);
}
} // namespace

bool parseClientOptions(const QCoreApplication &app, ClientOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ClientOptions", "UDP hello client: a chat-style conversation with a udpchat or seed server."));
    CommandLine::addStandardOptions(parser);
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
    const QCommandLineOption message(QStringList{QStringLiteral("message")},
        QCoreApplication::translate("ClientOptions", "With --console, send this message (once, or --count times) and "
                                    "report every reply like ping; {seq} in it becomes each datagram's number."),
        QStringLiteral("text"));
    const QCommandLineOption count(QStringList{QStringLiteral("count")},
        QCoreApplication::translate("ClientOptions", "How many times to send the --message (default once; "
                                    "with --interval or --rate alone, until Ctrl+C)."),
        QStringLiteral("n"));
    const QCommandLineOption interval(QStringList{QStringLiteral("interval")},
        QCoreApplication::translate("ClientOptions", "Milliseconds between two sends of the --message (default %1).").arg(Defaults::ConsoleRunIntervalMs),
        QStringLiteral("ms"));
    const QCommandLineOption rate(QStringList{QStringLiteral("rate")},
        QCoreApplication::translate("ClientOptions", "Datagrams per second to send the --message at, instead of --interval."),
        QStringLiteral("per-second"));
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
    const SendOptions sendOptions;
    parser.addOptions({host, port, timeout, expect, localAddress, localPort});
    parser.addOptions(sendOptions.options());
    parser.addOptions({encoding, lang, demo, console, message, count, interval, rate});
    if (!CommandLine::process(parser, app, error))
        return false;
    options->demo = parser.isSet(demo);
    options->console = parser.isSet(console);
    const QString expected = parser.value(expect);
    if (expected != QLatin1String("hello") && expected != QLatin1String("any")) {
        *error = QCoreApplication::translate("ClientOptions", "--expect: '%1' is not hello or any.").arg(expected);
        return false;
    }
    if (parser.isSet(expect))  // otherwise the saved choice stays
        options->expectAny = expected == QLatin1String("any");
    if (parser.isSet(localAddress) && !Protocol::parseBindAddress(parser.value(localAddress), &options->socket.localAddress)) {
        *error = QCoreApplication::translate("ClientOptions", "--local-address: '%1' is not an IPv4 or IPv6 address.")
                     .arg(parser.value(localAddress));
        return false;
    }
    if (parser.isSet(localPort) && !Protocol::parsePort(parser.value(localPort), &options->socket.localPort)) {
        *error = QCoreApplication::translate("ClientOptions", "--local-port: '%1' is not a port number (0-65535).")
                     .arg(parser.value(localPort));
        return false;
    }
    if (!sendOptions.read(parser, &options->socket, error))
        return false;
    if (parser.isSet(encoding) && !CommandLine::parseEncoding(parser.value(encoding), &options->encoding, error))
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
    return parseTrafficOptions(parser, message, count, interval, rate, options, error);
}
