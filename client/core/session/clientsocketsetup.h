// SPDX-License-Identifier: MIT
#pragma once

#include "defaults.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

class QObject;
class QUdpSocket;

// How a client's socket is made, one job: where it sends from (--local-address, --local-port),
// who may answer (a socket connected to its server hears only that server; an unconnected one
// hears anyone, --any-sender), and what a group or a broadcast needs (TTL, multicast loopback,
// the outgoing interface, SO_BROADCAST). HelloClient and TrafficRun both use it, so the options
// mean the same thing in the window, the console and a --count run.
class ClientSocketSetup
{
    Q_DECLARE_TR_FUNCTIONS(ClientSocketSetup)

public:
    struct Options
    {
        QHostAddress localAddress;  // null: the system picks
        quint16 localPort = 0;      // 0: the system picks
        bool anySender = false;     // --any-sender
        int ttl = Defaults::MulticastTtl.defaultValue;
        bool multicastLoopback = Defaults::MulticastLoopback;
        QString interfaceName;      // --interface: where datagrams to a group leave; empty: routing decides
    };
    enum class Destination { Unicast, Multicast, Broadcast };
    enum class Failure { None, LocalPortInUse, Other };

    // A group (224.0.0.0/4, ff00::/8), a broadcast address (255.255.255.255 or the broadcast
    // address of one of this computer's interfaces), or one host.
    static Destination destinationOf(const QHostAddress &address);
    // Whether replies may come from anyone: asked for, or implied by a group or a broadcast.
    static bool anyoneMayAnswer(const Options &options, const QHostAddress &server);
    // What is wrong with an interface name, in a sentence; empty when it is usable (or empty).
    static QString interfaceProblem(const QString &name);

    // A socket ready for a session with `server`: bound as asked (an unconnected socket is always
    // bound, so that its options can be set), its group and broadcast options applied and checked.
    // The caller connects it when only the server may answer. nullptr with the reason in *failure
    // and a sentence ending "Nothing was sent." in *why when the system refuses.
    static QUdpSocket *create(const Options &options, const QHostAddress &server, QObject *parent,
                              Failure *failure, QString *why);

private:
    static bool applyGroupOptions(QUdpSocket *socket, const Options &options, const QHostAddress &server, QString *why);
};
