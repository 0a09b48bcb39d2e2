// SPDX-License-Identifier: MIT
#include "destinationkind.h"

#include "protocol.h"

#include <QDeadlineTimer>
#include <QList>
#include <QNetworkInterface>

namespace {
constexpr int BroadcastCacheMs = 5000;

bool isSubnetBroadcast(const QHostAddress &address)
{
    // GUI thread only (the log and the inspector), like the models that call this.
    static QList<QHostAddress> known;
    static QDeadlineTimer stale(0);
    if (stale.hasExpired()) {
        known.clear();
        for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
            for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
                if (!entry.broadcast().isNull())
                    known.append(entry.broadcast());
            }
        }
        stale.setRemainingTime(BroadcastCacheMs);
    }
    return known.contains(address);
}
} // namespace

DestinationKind::Kind DestinationKind::of(const QHostAddress &destination)
{
    if (destination.isNull())
        return Unknown;
    const QHostAddress plain = Protocol::plainAddress(destination);
    if (plain.isMulticast())
        return Group;
    if (plain.isBroadcast() || (plain.protocol() == QAbstractSocket::IPv4Protocol && isSubnetBroadcast(plain)))
        return Broadcast;
    return Server;
}

QString DestinationKind::text(const QHostAddress &destination)
{
    const QString address = Protocol::plainAddress(destination).toString();
    switch (of(destination)) {
    case Group:
        return tr("to group %1").arg(address);
    case Broadcast:
        return tr("to broadcast %1").arg(address);
    case Server:
        return tr("to this server");
    case Unknown:
        break;
    }
    return QString();
}
