// SPDX-License-Identifier: MIT
#pragma once

#include "defaults.h"
#include "multicastmembership.h"
#include "textencoding.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

// What a server is asked to be: the command line fills it (cli/servercommandline), the window
// saves it (gui/serversettings), and ServerSession applies it to the engine.
struct ServerOptions
{
    QHostAddress address{QString::fromLatin1(Defaults::Address)};
    quint16 port = Defaults::Port;
    bool headless = false;
    int maxRows = Defaults::LogRows.defaultValue;
    int rateLimit = Defaults::RateLimitAuto;  // replies/s per source network; 0 off
    QString replyMode = QStringLiteral("hello");  // --reply: hello, echo, text, none
    QString replyText;   // --reply-text, for --reply text
    QString logFile;     // append every datagram here (JSON Lines); empty: no log file
    TextEncoding::Encoding encoding = TextEncoding::Encoding::Utf8;  // --encoding
    QString pcapFile;    // write every datagram and reply here (pcapng); empty: no capture
    QList<MulticastGroup> groups;  // --join, in the order given
    QString language;    // --lang: "en", "zh_CN"...; empty: the system's
    int receiveBuffer = 0;  // --recv-buffer: bytes asked of the system; 0: the server's own wish
};
