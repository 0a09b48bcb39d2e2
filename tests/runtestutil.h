// SPDX-License-Identifier: MIT
#pragma once

// Fixtures the traffic-run tests share (tst_trafficrun, tst_runaccounting, tst_runwindow).

#include "trafficrun.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

// A run to 127.0.0.1:port: count datagrams of message, one every 1 ms (--interval 1).
inline TrafficRun::Settings loopbackRun(quint16 port, const QByteArray &message, quint64 count)
{
    TrafficRun::Settings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.message = message;
    settings.count = count;
    settings.intervalNs = 1000 * 1000;
    return settings;
}

// Two responders: every datagram to a is answered with a hello from a and the same from b.
inline void answerFromBoth(QUdpSocket &a, QUdpSocket &b)
{
    QObject::connect(&a, &QUdpSocket::readyRead, &a, [&a, &b] {
        while (a.hasPendingDatagrams()) {
            const QNetworkDatagram d = a.receiveDatagram();
            const QByteArray reply = "Hello " + d.data() + "!\n";
            a.writeDatagram(reply, d.senderAddress(), quint16(d.senderPort()));
            b.writeDatagram(reply, d.senderAddress(), quint16(d.senderPort()));
        }
    });
}
