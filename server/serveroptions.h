#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

class QCoreApplication;

struct ServerOptions
{
    QHostAddress address{QHostAddress::LocalHost};
    quint16 port = 6000;
    bool headless = false;
    int maxRows = 10000;
    int rateLimit = -1;
    QString logFile;     // append every datagram here (JSON Lines); empty: no log file
    QString language;    // --lang: "en", "zh_CN"...; empty: the system's  // replies/s per source network; 0 off; -1 auto (off on loopback, 50 elsewhere)
};

// True when the command line asks for no window: --headless, or only --help / --version.
bool serverRunsWithoutWindow(int argc, char *argv[]);

// Parses the command line; --help and --version print and exit here.
// On a bad value returns false with a sentence for the user in *error.
bool parseServerOptions(const QCoreApplication &app, ServerOptions *options, QString *error);

// "127.0.0.1", "::", "::1", "fe80::1%eth0" -> address; false if it is not an IP address.
bool parseBindAddress(const QString &text, QHostAddress *address);
// 0-65535 (0: the system picks a free port).
bool parsePort(const QString &text, quint16 *port);
