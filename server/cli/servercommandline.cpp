// SPDX-License-Identifier: MIT
#include "servercommandline.h"

#include "commandline.h"
#include "protocol.h"
#include "helloserver.h"
#include "replymode.h"
#include "socketdrops.h"

#include <QCommandLineParser>
#include <QCoreApplication>

bool serverRunsWithoutWindow(int argc, char *argv[]) { return CommandLine::needsNoWindow(argc, argv, "--headless"); }

namespace {
// Every option, its help text and its value name: what --help, the man page and the parser share.
struct ServerOptionTable
{
    explicit ServerOptionTable(const ServerOptions &defaults) : defaults(defaults) {}
    const ServerOptions &defaults;
    const QCommandLineOption headless{QStringList{QStringLiteral("headless")},
        QCoreApplication::translate("ServerOptions", "No window: print what the seed server prints, on stdout.")};
    const QCommandLineOption bind{QStringList{QStringLiteral("bind")},
        QCoreApplication::translate("ServerOptions", "Address to listen on (default %1; 0.0.0.0 for every IPv4 address, :: for every IPv4 and IPv6 "
           "address).").arg(QLatin1String(Defaults::Address)),
        QStringLiteral("address"), Protocol::addressText(defaults.address)};
    const QCommandLineOption port{QStringList{QStringLiteral("port")},
        QCoreApplication::translate("ServerOptions", "UDP port (default %1; 0 picks a free one).").arg(Defaults::Port),
        QStringLiteral("port"), QString::number(defaults.port)};
    const QCommandLineOption maxRows{QStringList{QStringLiteral("max-rows")},
        QCoreApplication::translate("ServerOptions", "Rows kept in the window's log (default %1, at most %2).").arg(Defaults::LogRows.defaultValue).arg(Defaults::LogRows.max),
        QStringLiteral("rows"), QString::number(defaults.maxRows)};
    const QCommandLineOption rateLimit{QStringList{QStringLiteral("rate-limit")},
        QCoreApplication::translate("ServerOptions", "Replies per second per source network (/24, /56), at most %1; 0 is off. "
           "Default: off on loopback, %2 on any other address. While on, no network is sent more than 3x the bytes it sent.").arg(Defaults::RateLimit.max).arg(Defaults::RateLimitElsewhere),
        QStringLiteral("n")};
    const QCommandLineOption reply{QStringList{QStringLiteral("reply")},
        QCoreApplication::translate("ServerOptions", "How to answer: %1.").arg(ReplyMode::helpList(defaults.replyMode)),
        QStringLiteral("mode"), defaults.replyMode};
    const QCommandLineOption replyText{QStringList{QStringLiteral("reply-text")},
        QCoreApplication::translate("ServerOptions", "The reply for --reply text, with escapes (\\n \\r \\t \\\\ "
                                    "\\xNN) and macros ({payload} {sender} {size} {counter} {time})."),
        QStringLiteral("text")};
    const QCommandLineOption logFile{QStringList{QStringLiteral("log-file")},
        QCoreApplication::translate("ServerOptions", "Append every datagram to this file, as JSON Lines."), QStringLiteral("path")};
    const QCommandLineOption pcap{QStringList{QStringLiteral("pcap")},
        QCoreApplication::translate("ServerOptions", "Write every datagram and every reply to this file as a pcapng capture "
           "(Wireshark, tshark); the file is replaced. In the window too (File > Capture to file)."), QStringLiteral("path")};
    const QCommandLineOption lang{QStringList{QStringLiteral("lang")},
        QCoreApplication::translate("ServerOptions", "Language of the window: en or zh_CN (default: the system's)."), QStringLiteral("language")};
    const QCommandLineOption join{QStringList{QStringLiteral("join")},
        QCoreApplication::translate("ServerOptions", "Join a multicast group, on one interface (239.255.0.1%eth0, "
           "ff12::2115%eth0) or on every interface that can multicast (239.255.0.1); repeatable, one address family. "
           "When joining, the server listens on 0.0.0.0 (IPv4 groups) or :: (IPv6 groups) instead of --bind, "
           "sharing the port with other servers on this computer."), QStringLiteral("group")};
    const QCommandLineOption recvBuffer{QStringList{QStringLiteral("recv-buffer")},
        QCoreApplication::translate("ServerOptions", "Receive buffer to ask the system for, in bytes (default %1); it doubles "
           "what is asked within its limits.").arg(Defaults::ServerReceiveBuffer) + QLatin1Char(' ')
            + (SocketDrops::isSupported()
                   ? QCoreApplication::translate("ServerOptions", "What a full buffer drops is counted.")
                   : QCoreApplication::translate("ServerOptions", "This system does not say what a full buffer "
                                                 "drops (Linux does).")),
        QStringLiteral("bytes")};
    const QCommandLineOption encoding = CommandLine::encodingOption();

    QList<QCommandLineOption> all() const
    {
        return {headless, bind, port, join, reply, replyText, maxRows, rateLimit, recvBuffer, logFile, pcap, encoding, lang};
    }
};

// The files: --log-file, --pcap; and how bytes are read (--encoding).
bool readFiles(const QCommandLineParser &parser, const ServerOptionTable &t, ServerOptions *options, QString *error)
{
    if (parser.isSet(t.logFile)) {
        options->logFile = parser.value(t.logFile);
        if (options->logFile.isEmpty()) {
            *error = QCoreApplication::translate("ServerOptions", "--log-file: the file name is empty.");
            return false;
        }
    }
    if (!CommandLine::parseEncoding(parser.value(t.encoding), &options->encoding, error))
        return false;
    if (parser.isSet(t.pcap)) {
        options->pcapFile = parser.value(t.pcap);
        if (options->pcapFile.isEmpty()) {
            *error = QCoreApplication::translate("ServerOptions", "--pcap: the file name is empty.");
            return false;
        }
    }
    return true;
}

// How to answer: --reply and --reply-text, checked by building the mode once.
bool readReply(const QCommandLineParser &parser, const ServerOptionTable &t, ServerOptions *options, QString *error)
{
    options->replyMode = parser.value(t.reply);
    if (parser.isSet(t.replyText)) {
        options->replyText = parser.value(t.replyText);
        if (!parser.isSet(t.reply)) {
            options->replyMode = QStringLiteral("text");  // --reply-text alone means it
        } else if (options->replyMode != QLatin1String("text")) {
            *error = QCoreApplication::translate("ServerOptions", "--reply-text goes with --reply text, not --reply %1.")
                         .arg(options->replyMode);
            return false;
        }
    }
    QString modeError;
    if (!ReplyMode::create(options->replyMode, options->replyText, &modeError)) {
        *error = (options->replyMode == QLatin1String("text") ? QStringLiteral("--reply-text: ")
                                                              : QStringLiteral("--reply: ")) + modeError;
        return false;
    }
    return true;
}

// Where to listen: --join, --bind, --port.
bool readNetwork(const QCommandLineParser &parser, const ServerOptionTable &t, ServerOptions *options, QString *error)
{
    for (const QString &value : parser.values(t.join)) {
        MulticastGroup group;
        if (!MulticastGroup::parse(value, &group)) {
            *error = QCoreApplication::translate("ServerOptions", "--join: '%1' is not a group address with an optional "
                                                 "%interface, such as 239.255.0.1 or ff12::2115%eth0.").arg(value);
            return false;
        }
        options->groups.append(group);
    }
    if (!Protocol::parseBindAddress(parser.value(t.bind), &options->address)) {
        *error = QCoreApplication::translate("ServerOptions", "--bind: '%1' is not an IPv4 or IPv6 address.").arg(parser.value(t.bind));
        return false;
    }
    if (!Protocol::parsePort(parser.value(t.port), &options->port)) {
        *error = QCoreApplication::translate("ServerOptions", "--port: '%1' is not a port number (0-65535).").arg(parser.value(t.port));
        return false;
    }
    return true;
}

// The numbers, each within its range: --max-rows, --rate-limit, --recv-buffer.
bool readLimits(const QCommandLineParser &parser, const ServerOptionTable &t, ServerOptions *options, QString *error)
{
    bool ok = false;
    const qint64 rows = parser.value(t.maxRows).toLongLong(&ok);
    if (!ok || !Defaults::LogRows.accepts(rows)) {
        *error = QCoreApplication::translate("ServerOptions", "--max-rows: '%1' is not a number of rows from 1 to %2.")
                     .arg(parser.value(t.maxRows)).arg(Defaults::LogRows.max);
        return false;
    }
    options->maxRows = int(rows);
    if (parser.isSet(t.rateLimit)) {
        const qint64 limit = parser.value(t.rateLimit).toLongLong(&ok);
        if (!ok || limit < 0 || !Defaults::RateLimit.accepts(limit)) {
            *error = QCoreApplication::translate("ServerOptions", "--rate-limit: '%1' is not a number of replies per second from 0 (off) to %2.")
                         .arg(parser.value(t.rateLimit)).arg(Defaults::RateLimit.max);
            return false;
        }
        options->rateLimit = int(limit);
    }
    if (parser.isSet(t.recvBuffer)) {
        const qint64 bytes = parser.value(t.recvBuffer).toLongLong(&ok);
        if (!ok || !Defaults::ReceiveBuffer.accepts(bytes)) {
            *error = QCoreApplication::translate("ServerOptions", "--recv-buffer: '%1' is not a number of bytes from %2 to %3.")
                         .arg(parser.value(t.recvBuffer)).arg(Defaults::ReceiveBuffer.min).arg(Defaults::ReceiveBuffer.max);
            return false;
        }
        options->receiveBuffer = int(bytes);
    }
    return true;
}
} // namespace

bool parseServerOptions(const QCoreApplication &app, ServerOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("ServerOptions", "UDP hello server: answers every datagram and shows who sent it."));
    CommandLine::addStandardOptions(parser);
    const ServerOptionTable t(*options);
    parser.addOptions(t.all());
    if (!CommandLine::process(parser, app, error))
        return false;
    options->headless = parser.isSet(t.headless);
    if (parser.isSet(t.lang))
        options->language = parser.value(t.lang);
    return readFiles(parser, t, options, error) && readReply(parser, t, options, error)
        && readNetwork(parser, t, options, error) && readLimits(parser, t, options, error);
}
