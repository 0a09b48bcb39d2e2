// SPDX-License-Identifier: MIT
#pragma once

#include "clientsocketsetup.h"
#include "defaults.h"
#include "textencoding.h"

#include <QString>

class QCoreApplication;

struct ClientOptions
{
    // Longest host accepted: a DNS name has at most 253 characters, and an IPv6 literal with
    // a scope is shorter still.
    static constexpr int MaxHostLength = 253;

    QString host = QString::fromLatin1(Defaults::Address);
    quint16 port = Defaults::Port;
    int timeoutMs = Defaults::TimeoutMs.defaultValue;
    TextEncoding::Encoding encoding = TextEncoding::Encoding::Utf8;  // --encoding
    QString language;   // --lang: "en", "zh_CN"...; empty: the system's
    bool demo = false;  // --demo: the seed's scene, a server window and two clients
    bool console = false;  // --console: the seed's client in the terminal, no window
    bool expectAny = false;   // --expect any: every datagram answers the oldest message waiting
    // --local-address, --local-port, --any-sender, --ttl, --multicast-loopback, --interface:
    // the socket's options as the engine takes them, one struct from the parser to the socket.
    ClientSocketSetup::Options socket;
    // A traffic run (--console --message): the message's bytes in the --encoding, "{seq}" kept.
    bool traffic = false;
    QByteArray message;
    quint64 count = 1;        // --count; 0: until Ctrl+C (never from the command line: no --count)
    qint64 intervalNs = Defaults::ConsoleRunIntervalMs * 1000LL * 1000;  // --interval MS, or --rate
};

// True when the command line asks for --console, or only for --help or --version: no window is needed.
bool clientRunsWithoutWindow(int argc, char *argv[]);

// Parses the command line; --help and --version print and exit here.
// On a bad value returns false with a sentence for the user in *error.
bool parseClientOptions(const QCoreApplication &app, ClientOptions *options, QString *error);
