// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

// Where a datagram was sent: this server's own address, a multicast group or a broadcast address.
class DestinationKind
{
    Q_DECLARE_TR_FUNCTIONS(DestinationKind)

public:
    enum Kind { Unknown, Server, Group, Broadcast };

    // Broadcast: 255.255.255.255, or the broadcast address of one of this computer's IPv4 networks
    // (looked up at most every few seconds: a log repaints often, interfaces rarely change).
    static Kind of(const QHostAddress &destination);
    // "to group 239.255.0.1", "to broadcast 255.255.255.255", "to this server"; empty if unknown.
    static QString text(const QHostAddress &destination);
};
