// SPDX-License-Identifier: MIT
#include "clientsocketsetup.h"

#include "protocol.h"

#include <QNetworkInterface>
#include <QUdpSocket>
#include <QVariant>

#include <sys/socket.h>

namespace {
bool isLocalBroadcast(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    if (address == QHostAddress(QHostAddress::Broadcast))
        return true;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            if (!entry.broadcast().isNull() && entry.broadcast() == address)
                return true;
        }
    }
    return false;
}
} // namespace

ClientSocketSetup::Destination ClientSocketSetup::destinationOf(const QHostAddress &address)
{
    const QHostAddress plain = Protocol::plainAddress(address);
    if (plain.isMulticast())
        return Destination::Multicast;
    return isLocalBroadcast(plain) ? Destination::Broadcast : Destination::Unicast;
}

bool ClientSocketSetup::anyoneMayAnswer(const Options &options, const QHostAddress &server)
{
    return options.anySender || destinationOf(server) != Destination::Unicast;
}

QString ClientSocketSetup::interfaceProblem(const QString &name)
{
    if (name.isEmpty())
        return {};
    const QNetworkInterface interface = QNetworkInterface::interfaceFromName(name);
    if (!interface.isValid())
        return tr("There is no network interface named %1.").arg(name.left(64));
    if (!interface.flags().testFlag(QNetworkInterface::CanMulticast))
        return tr("The interface %1 cannot send to a multicast group.").arg(name);
    return {};
}

QUdpSocket *ClientSocketSetup::create(const Options &options, const QHostAddress &server, QObject *parent,
                                      Failure *failure, QString *why)
{
    *failure = Failure::None;
    auto *socket = new QUdpSocket(parent);
    const bool unconnected = anyoneMayAnswer(options, server);
    if (unconnected || !options.localAddress.isNull() || options.localPort != 0) {
        // The same family as the server's when only a port is asked for: an IPv4 group needs an
        // IPv4 socket, not a dual-stack one.
        const QHostAddress local = !options.localAddress.isNull() ? options.localAddress
            : server.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(QHostAddress::AnyIPv6)
                                                                  : QHostAddress(QHostAddress::AnyIPv4);
        if (!socket->bind(local, options.localPort, QAbstractSocket::DontShareAddress)) {
            const QString where = Protocol::endpointText(local, options.localPort);
            const bool inUse = socket->error() == QAbstractSocket::AddressInUseError;
            *failure = inUse ? Failure::LocalPortInUse : Failure::Other;
            *why = inUse ? tr("The local port %1 is in use by another program: pick another, or leave it "
                              "empty and the system picks one. Nothing was sent.").arg(where)
                         : tr("Cannot send from %1: %2. Nothing was sent.").arg(where, socket->errorString());
            delete socket;
            return nullptr;
        }
    }
    if (unconnected && !applyGroupOptions(socket, options, server, why)) {
        *failure = Failure::Other;
        delete socket;
        return nullptr;
    }
    return socket;
}

bool ClientSocketSetup::applyGroupOptions(QUdpSocket *socket, const Options &options, const QHostAddress &server,
                                          QString *why)
{
    const Destination destination = destinationOf(server);
    const QString target = Protocol::addressText(Protocol::plainAddress(server));
    if (destination == Destination::Broadcast) {
        // Set and read back: the system may refuse, and then says nothing until a send fails.
        const int on = 1;
        int got = 0;
        socklen_t size = sizeof got;
        const int fd = int(socket->socketDescriptor());
        if (::setsockopt(fd, SOL_SOCKET, SO_BROADCAST, &on, sizeof on) != 0
            || ::getsockopt(fd, SOL_SOCKET, SO_BROADCAST, &got, &size) != 0 || got == 0) {
            *why = tr("This system does not let udpchat send to the broadcast address %1 (SO_BROADCAST was "
                      "refused). Nothing was sent.").arg(target);
            return false;
        }
        return true;
    }
    if (destination != Destination::Multicast)
        return true;
    socket->setSocketOption(QAbstractSocket::MulticastTtlOption, options.ttl);
    socket->setSocketOption(QAbstractSocket::MulticastLoopbackOption, options.multicastLoopback ? 1 : 0);
    if (socket->socketOption(QAbstractSocket::MulticastTtlOption).toInt() != options.ttl) {
        *why = tr("This system refused the TTL %1 for the group %2. Nothing was sent.").arg(options.ttl).arg(target);
        return false;
    }
    if (!options.interfaceName.isEmpty()) {
        const QString problem = interfaceProblem(options.interfaceName);
        if (!problem.isEmpty()) {
            *why = problem + QLatin1Char(' ') + tr("Nothing was sent.");
            return false;
        }
        socket->setMulticastInterface(QNetworkInterface::interfaceFromName(options.interfaceName));
        if (socket->multicastInterface().name() != options.interfaceName) {
            *why = tr("This system refused to send to the group %1 through %2. Nothing was sent.")
                       .arg(target, options.interfaceName);
            return false;
        }
    }
    return true;
}
