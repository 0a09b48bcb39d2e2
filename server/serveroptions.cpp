// SPDX-License-Identifier: MIT
#include "serveroptions.h"

#include "commandline.h"
#include "protocol.h"
#include "helloserver.h"
#include "replymode.h"

#include <QCommandLineParser>
#include <QCoreApplication>


bool serverRunsWithoutWindow(int argc, char *argv[]) { return CommandLine::needsNoWindow(argc, argv, "--headless"); }

bool validMaxRows(qint64 rows) { return rows >= 1 && rows <= Defaults::LogRowsLimit; }

bool validRateLimit(qint64 perSecond)
{
    return perSecond == Defaults::AutoRateLimit || (perSecond >= 0 && perSecond <= Defaults::RateLimitMax);
}

bool validReceiveBuffer(qint64 bytes)
{
    return bytes >= Defaults::ReceiveBufferMin && bytes <= Defaults::ReceiveBufferMax;
}

bool parseServerOptions(const QCoreApplication &app, ServerOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("ServerOptions", "UDP hello server: answers every datagram and shows who sent it."));
    CommandLine::addStandardOptions(parser);
    const QCommandLineOption headless(QStringList{QStringLiteral("headless")},
        QCoreApplication::translate("ServerOptions", "No window: print what the seed server prints, on stdout."));
    const QCommandLineOption bind(QStringList{QStringLiteral("bind")},
        QCoreApplication::translate("ServerOptions", "Address to listen on (default %1; 0.0.0.0 for every IPv4 address, :: for every IPv4 and IPv6 "
           "address).").arg(QLatin1String(Defaults::Address)),
        QStringLiteral("address"), Protocol::addressText(options->address));
    const QCommandLineOption port(QStringList{QStringLiteral("port")},
        QCoreApplication::translate("ServerOptions", "UDP port (default %1; 0 picks a free one).").arg(Defaults::Port),
        QStringLiteral("port"), QString::number(options->port));
    const QCommandLineOption maxRows(QStringList{QStringLiteral("max-rows")},
        QCoreApplication::translate("ServerOptions", "Rows kept in the window's log (default %1, at most %2).").arg(Defaults::LogRows).arg(Defaults::LogRowsLimit),
        QStringLiteral("rows"), QString::number(options->maxRows));
    const QCommandLineOption rateLimit(QStringList{QStringLiteral("rate-limit")},
        QCoreApplication::translate("ServerOptions", "Replies per second per source network (/24, /56), at most %1; 0 is off. "
           "Default: off on loopback, %2 on any other address.").arg(Defaults::RateLimitMax).arg(Defaults::RateLimit),
        QStringLiteral("n"));
    const QCommandLineOption reply(QStringList{QStringLiteral("reply")},
        QCoreApplication::translate("ServerOptions", "How to answer: hello (the tutorial's, default), echo (the same "
                                    "bytes back), text (the --reply-text), none (listen only)."),
        QStringLiteral("mode"), options->replyMode);
    const QCommandLineOption replyText(QStringList{QStringLiteral("reply-text")},
        QCoreApplication::translate("ServerOptions", "The reply for --reply text, with escapes (\\n \\r \\t \\\\ "
                                    "\\xNN) and macros ({payload} {sender} {size} {counter} {time})."),
        QStringLiteral("text"));
    const QCommandLineOption logFile(QStringList{QStringLiteral("log-file")},
        QCoreApplication::translate("ServerOptions", "Append every datagram to this file, as JSON Lines."), QStringLiteral("path"));
    const QCommandLineOption pcap(QStringList{QStringLiteral("pcap")},
        QCoreApplication::translate("ServerOptions", "Write every datagram and every reply to this file as a pcapng capture "
           "(Wireshark, tshark); the file is replaced. In the window too (File > Capture to file)."), QStringLiteral("path"));
    const QCommandLineOption lang(QStringList{QStringLiteral("lang")},
        QCoreApplication::translate("ServerOptions", "Language of the window: en or zh_CN (default: the system's)."), QStringLiteral("language"));
    const QCommandLineOption join(QStringList{QStringLiteral("join")},
        QCoreApplication::translate("ServerOptions", "Join a multicast group, on one interface (239.255.0.1%eth0, "
           "ff12::2115%eth0) or on every interface that can multicast (239.255.0.1); repeatable, one address family. "
           "When joining, the server listens on 0.0.0.0 (IPv4 groups) or :: (IPv6 groups) instead of --bind, "
           "sharing the port with other servers on this computer."), QStringLiteral("group"));
    const QCommandLineOption recvBuffer(QStringList{QStringLiteral("recv-buffer")},
        QCoreApplication::translate("ServerOptions", "Receive buffer to ask the system for, in bytes (default %1); it doubles "
           "what is asked within its limits. What a full buffer drops is counted.").arg(HelloServer::WantedReceiveBuffer),
        QStringLiteral("bytes"));
    const QCommandLineOption encoding = CommandLine::encodingOption();
    parser.addOptions({headless, bind, port, join, reply, replyText, maxRows, rateLimit, recvBuffer, logFile, pcap, encoding, lang});
    if (!CommandLine::process(parser, app, error))
        return false;
    options->headless = parser.isSet(headless);
    if (parser.isSet(logFile)) {
        options->logFile = parser.value(logFile);
        if (options->logFile.isEmpty()) {
            *error = QCoreApplication::translate("ServerOptions", "--log-file: the file name is empty.");
            return false;
        }
    }
    options->replyMode = parser.value(reply);
    if (parser.isSet(replyText)) {
        options->replyText = parser.value(replyText);
        if (!parser.isSet(reply)) {
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
    if (!CommandLine::parseEncoding(parser.value(encoding), &options->encoding, error))
        return false;
    if (parser.isSet(pcap)) {
        options->pcapFile = parser.value(pcap);
        if (options->pcapFile.isEmpty()) {
            *error = QCoreApplication::translate("ServerOptions", "--pcap: the file name is empty.");
            return false;
        }
    }
    for (const QString &value : parser.values(join)) {
        MulticastGroup group;
        if (!MulticastGroup::parse(value, &group)) {
            *error = QCoreApplication::translate("ServerOptions", "--join: '%1' is not a group address with an optional "
                                                 "%interface, such as 239.255.0.1 or ff12::2115%eth0.").arg(value);
            return false;
        }
        options->groups.append(group);
    }
    if (parser.isSet(lang))
        options->language = parser.value(lang);
    if (!Protocol::parseBindAddress(parser.value(bind), &options->address)) {
        *error = QCoreApplication::translate("ServerOptions", "--bind: '%1' is not an IPv4 or IPv6 address.").arg(parser.value(bind));
        return false;
    }
    if (!Protocol::parsePort(parser.value(port), &options->port)) {
        *error = QCoreApplication::translate("ServerOptions", "--port: '%1' is not a port number (0-65535).").arg(parser.value(port));
        return false;
    }
    bool ok = false;
    const qint64 rows = parser.value(maxRows).toLongLong(&ok);
    if (!ok || !validMaxRows(rows)) {
        *error = QCoreApplication::translate("ServerOptions", "--max-rows: '%1' is not a number of rows from 1 to %2.")
                     .arg(parser.value(maxRows)).arg(Defaults::LogRowsLimit);
        return false;
    }
    options->maxRows = int(rows);
    if (parser.isSet(rateLimit)) {
        const qint64 limit = parser.value(rateLimit).toLongLong(&ok);
        if (!ok || limit < 0 || !validRateLimit(limit)) {
            *error = QCoreApplication::translate("ServerOptions", "--rate-limit: '%1' is not a number of replies per second from 0 (off) to %2.")
                         .arg(parser.value(rateLimit)).arg(Defaults::RateLimitMax);
            return false;
        }
        options->rateLimit = int(limit);
    }
    if (parser.isSet(recvBuffer)) {
        const qint64 bytes = parser.value(recvBuffer).toLongLong(&ok);
        if (!ok || !validReceiveBuffer(bytes)) {
            *error = QCoreApplication::translate("ServerOptions", "--recv-buffer: '%1' is not a number of bytes from %2 to %3.")
                         .arg(parser.value(recvBuffer)).arg(Defaults::ReceiveBufferMin).arg(Defaults::ReceiveBufferMax);
            return false;
        }
        options->receiveBuffer = int(bytes);
    }
    return true;
}
