// SPDX-License-Identifier: MIT
#pragma once

// Small helpers for tests that talk to a server over real loopback sockets.

#include <QHostAddress>
#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QtTest>

// A bound client socket on 127.0.0.1 with a port the system chose.
inline bool bindClient(QUdpSocket &socket, const QHostAddress &address = QHostAddress::LocalHost)
{
    return socket.bind(address, 0);
}

// Waits (processing events) until the socket has a datagram, then returns it; invalid on timeout.
inline QNetworkDatagram waitForDatagram(QUdpSocket &socket, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!socket.hasPendingDatagrams() && !deadline.hasExpired())
        QTest::qWait(1);
    if (!socket.hasPendingDatagrams())
        return {};
    return socket.receiveDatagram();
}
