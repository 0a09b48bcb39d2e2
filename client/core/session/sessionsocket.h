// SPDX-License-Identifier: MIT
#pragma once

#include "clientsocketsetup.h"
#include "networkconditions.h"
#include "serverlookup.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

class QUdpSocket;

// One session's socket, from the server's name to the datagrams: the name looked up without
// blocking, the socket made by ClientSocketSetup (connected to the server, or unconnected when
// anyone may answer), every datagram through the simulated network both ways, each read with the
// kernel's arrival time on this socket's clock. What is sent and what a reply means is
// HelloClient's; this only moves bytes and says what went wrong.
class SessionSocket : public QObject
{
    Q_OBJECT

public:
    enum class Failure { HostNotFound, LocalPortInUse, Other };

    explicit SessionSocket(QObject *parent = nullptr);
    ~SessionSocket() override;

    // Ends any socket, then looks host up and makes one: ready() or failed() follows.
    void open(const QString &host, quint16 port, const ClientSocketSetup::Options &options);
    // Drops the socket, any lookup, and what the simulation still holds for it.
    void close();
    bool isReady() const { return m_ready; }

    // Whether this socket hears anyone (asked for, or a group or broadcast server).
    bool anyoneMayAnswer() const { return m_anyone; }
    QHostAddress serverAddress() const { return m_serverAddress; }
    // "127.0.0.1:6000" once there is a socket; empty before.
    QString serverEndpoint() const;
    quint16 localPort() const;

    // Sends through the simulated network; a failure is said through sendFailed().
    void write(const QByteArray &datagram);

    // The monotonic clock (ns) reads are timed on.
    qint64 nowNs() const { return m_clock.nsecsElapsed(); }

    // Simulated loss, delay, duplication and reordering (off by default).
    void setConditions(const ConditionSettings &settings) { m_conditions.setSettings(settings); }
    ConditionSettings conditions() const { return m_conditions.settings(); }
    NetworkConditions::Stats simulated() const { return m_conditions.stats(); }

signals:
    void ready();
    void failed(SessionSocket::Failure failure, const QString &message);
    // arrivedNs: when the kernel received it, on nowNs()'s clock (a simulated delay on top).
    void datagramRead(const QByteArray &datagram, qint64 arrivedNs, const QHostAddress &sender, quint16 senderPort);
    // Connected: nothing listens at the server's port (the system's "port unreachable").
    void serverUnreachable(const QString &message);
    void sendFailed(const QString &message);
    void socketError(const QString &message);

private:
    void connectTo(const QHostAddress &address);
    void onConnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void readDatagrams();

    QPointer<QUdpSocket> m_socket;
    ServerLookup m_lookup;
    ClientSocketSetup::Options m_options;
    QString m_host;
    quint16 m_port = 0;
    QHostAddress m_serverAddress;  // once known
    bool m_anyone = false;         // the socket is unconnected
    bool m_ready = false;
    NetworkConditions m_conditions;
    int m_generation = 0;  // bumped at each close: late simulated deliveries are dropped
    QByteArray m_readBuffer;
    QHostAddress m_sender;  // reused: a QHostAddress allocates
    QElapsedTimer m_clock;
};
