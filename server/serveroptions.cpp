#include "serveroptions.h"

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

bool parseBindAddress(const QString &text, QHostAddress *address)
{
    QHostAddress parsed;
    if (!parsed.setAddress(text.trimmed()))
        return false;
    *address = parsed;
    return true;
}

bool parsePort(const QString &text, quint16 *port)
{
    bool ok = false;
    const uint value = text.trimmed().toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    *port = quint16(value);
    return true;
}

bool parseServerOptions(const QCoreApplication &app, ServerOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ServerOptions", "UDP hello server: answers every datagram and shows who sent it."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headless(QStringList{QStringLiteral("headless")},
        QCoreApplication::translate("ServerOptions",
                                    "No window: print what the seed server prints, on stdout."));
    const QCommandLineOption bind(QStringList{QStringLiteral("bind")},
        QCoreApplication::translate("ServerOptions",
                                    "Address to listen on (default 127.0.0.1; :: for all, dual-stack)."),
        QStringLiteral("address"), options->address.toString());
    const QCommandLineOption port(QStringList{QStringLiteral("port")},
        QCoreApplication::translate("ServerOptions", "UDP port (default 6000; 0 picks a free one)."),
        QStringLiteral("port"), QString::number(options->port));
    const QCommandLineOption maxRows(QStringList{QStringLiteral("max-rows")},
        QCoreApplication::translate("ServerOptions", "Rows kept in the window's log (default 10000)."),
        QStringLiteral("rows"), QString::number(options->maxRows));
    const QCommandLineOption rateLimit(QStringList{QStringLiteral("rate-limit")},
        QCoreApplication::translate("ServerOptions",
                                    "Replies per second per source network (/24, /56); 0 is off. "
                                    "Default: off on loopback, 50 on any other address."),
        QStringLiteral("n"));
    const QCommandLineOption logFile(QStringList{QStringLiteral("log-file")},
        QCoreApplication::translate("ServerOptions", "Append every datagram to this file, as JSON Lines."),
        QStringLiteral("path"));
    const QCommandLineOption lang(QStringList{QStringLiteral("lang")},
        QCoreApplication::translate("ServerOptions", "Language of the window: en or zh_CN (default: the system's)."),
        QStringLiteral("language"));
    parser.addOptions({headless, bind, port, maxRows, rateLimit, logFile, lang});
    parser.process(app);

    options->headless = parser.isSet(headless);
    if (parser.isSet(logFile))
        options->logFile = parser.value(logFile);
    if (parser.isSet(lang))
        options->language = parser.value(lang);
    if (!parseBindAddress(parser.value(bind), &options->address)) {
        *error = QCoreApplication::translate("ServerOptions", "--bind: '%1' is not an IPv4 or IPv6 address.")
                     .arg(parser.value(bind));
        return false;
    }
    if (!parsePort(parser.value(port), &options->port)) {
        *error = QCoreApplication::translate("ServerOptions", "--port: '%1' is not a port number (0-65535).")
                     .arg(parser.value(port));
        return false;
    }
    bool ok = false;
    const int rows = parser.value(maxRows).toInt(&ok);
    if (!ok || rows < 1) {
        *error = QCoreApplication::translate("ServerOptions", "--max-rows: '%1' is not a positive number.")
                     .arg(parser.value(maxRows));
        return false;
    }
    options->maxRows = rows;
    if (parser.isSet(rateLimit)) {
        const int limit = parser.value(rateLimit).toInt(&ok);
        if (!ok || limit < 0) {
            *error = QCoreApplication::translate("ServerOptions",
                                                 "--rate-limit: '%1' is not a number of replies per second (0 is off).")
                         .arg(parser.value(rateLimit));
            return false;
        }
        options->rateLimit = limit;
    }
    return true;
}
