// SPDX-License-Identifier: MIT
#pragma once

// A closed-loop load generator for tests: keeps `window` requests in flight to a server on
// loopback from its own thread, bounded in count and time. Replies are only counted.

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QNetworkDatagram>
#include <QUdpSocket>

#include <atomic>
#include <thread>

class UdpLoad
{
public:
    UdpLoad(quint16 port, int count, int window, int limitMs = 60000)
        : m_port(port), m_count(count), m_window(window), m_limitMs(limitMs)
    {
    }
    ~UdpLoad() { wait(); }

    void start() { m_thread = std::thread([this] { run(); }); }
    void wait()
    {
        if (m_thread.joinable())
            m_thread.join();
    }

    std::atomic<int> sent{0};
    std::atomic<int> received{0};
    std::atomic<int> lost{0};   // given up after a second without any reply
    std::atomic<bool> finished{false};

private:
    void run()
    {
        QUdpSocket socket;  // lives and dies in this thread; no event loop needed
        if (socket.bind(QHostAddress::LocalHost, 0)) {
            socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4 << 20);
            QDeadlineTimer deadline(m_limitMs);
            const QByteArray payload("0123456789abcdef");
            int inFlight = 0;
            while ((sent < m_count || inFlight > 0) && !deadline.hasExpired()) {
                while (sent < m_count && inFlight < m_window) {
                    if (socket.writeDatagram(payload, QHostAddress::LocalHost, m_port) < 0)
                        break;
                    ++sent;
                    ++inFlight;
                }
                if (!socket.waitForReadyRead(1000)) {
                    lost += inFlight;  // nothing for a second: those are gone
                    inFlight = 0;
                    continue;
                }
                while (socket.hasPendingDatagrams()) {
                    socket.receiveDatagram(64);
                    ++received;
                    --inFlight;
                }
            }
        }
        finished = true;
    }

    quint16 m_port;
    int m_count;
    int m_window;
    int m_limitMs;
    std::thread m_thread;
};
