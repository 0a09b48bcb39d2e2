// SPDX-License-Identifier: MIT
#pragma once

// Helpers for tests of HelloClient against a real or a hand-driven server on loopback.

#include "helloclient.h"
#include "udptestutil.h"

#include <QSignalSpy>
#include <QtTest>

// Starts a session with 127.0.0.1:port and waits until it is ready.
inline void startClient(HelloClient &client, quint16 port)
{
    QSignalSpy state(&client, &HelloClient::stateChanged);
    client.start(QStringLiteral("127.0.0.1"), port);
    QTRY_COMPARE(client.state(), HelloClient::State::Ready);
}

// A server that answers only when told to: loss and lateness on demand.
struct ManualServer
{
    QUdpSocket socket;
    QHostAddress clientAddress;
    quint16 clientPort = 0;

    bool start() { return socket.bind(QHostAddress::LocalHost, 0); }
    QByteArray receive()
    {
        const QNetworkDatagram d = waitForDatagram(socket);
        clientAddress = d.senderAddress();
        clientPort = quint16(d.senderPort());
        return d.data();
    }
    void send(const QByteArray &bytes) { socket.writeDatagram(bytes, clientAddress, clientPort); }
};
