#include "serveroptions.h"

#include "protocol.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

bool serverRunsWithoutWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--headless", "-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

bool validMaxRows(qint64 rows) { return rows >= 1 && rows <= Defaults::LogRowsLimit; }

bool validRateLimit(qint64 perSecond)
{
    return perSecond == Defaults::AutoRateLimit || (perSecond >= 0 && perSecond <= Defaults::RateLimitMax);
}

bool parseServerOptions(const QCoreApplication &app, ServerOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("ServerOptions", "UDP hello server: answers every datagram and shows who sent it."));
    parser.addHelpOption();
    parser.addVersionOption();
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
    const QCommandLineOption logFile(QStringList{QStringLiteral("log-file")},
        QCoreApplication::translate("ServerOptions", "Append every datagram to this file, as JSON Lines."), QStringLiteral("path"));
    const QCommandLineOption pcap(QStringList{QStringLiteral("pcap")},
        QCoreApplication::translate("ServerOptions", "Write every datagram and every reply to this file as a pcapng capture "
           "(Wireshark, tshark); the file is replaced. Headless only."), QStringLiteral("path"));
    const QCommandLineOption lang(QStringList{QStringLiteral("lang")},
        QCoreApplication::translate("ServerOptions", "Language of the window: en or zh_CN (default: the system's)."), QStringLiteral("language"));
    parser.addOptions({headless, bind, port, maxRows, rateLimit, logFile, pcap, lang});
    parser.process(app);

    if (!parser.positionalArguments().isEmpty()) {
        *error = QCoreApplication::translate("ServerOptions", "unexpected argument '%1' (options start with --; see --help).")
                     .arg(parser.positionalArguments().constFirst());
        return false;
    }
    options->headless = parser.isSet(headless);
    if (parser.isSet(logFile)) {
        options->logFile = parser.value(logFile);
        if (options->logFile.isEmpty()) {
            *error = QCoreApplication::translate("ServerOptions", "--log-file: the file name is empty.");
            return false;
        }
    }
    if (parser.isSet(pcap)) {
        options->pcapFile = parser.value(pcap);
        if (options->pcapFile.isEmpty()) {
            *error = QCoreApplication::translate("ServerOptions", "--pcap: the file name is empty.");
            return false;
        }
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
    return true;
}
