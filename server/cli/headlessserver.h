// SPDX-License-Identifier: MIT
#pragma once

#include "coalescedflush.h"
#include "serversession.h"

#include <QByteArray>

#include <cstdio>
#include <string>

// The server without a window: prints what the seed prints, line for line.
//   UDP bound on port 6000...
//   Receive from 127.0.0.1:54321
// Output is buffered and flushed at least every FlushIntervalMs, so a flood does not cost one
// write per datagram.
class HeadlessServer : public QObject
{
    Q_OBJECT

public:
    static constexpr int FlushIntervalMs = 100;

    explicit HeadlessServer(std::FILE *out = stdout, std::FILE *err = stderr, QObject *parent = nullptr);
    ~HeadlessServer() override;

    // Binds and prints the seed's first line; on failure prints the reason on err and returns false.
    bool start(const QHostAddress &address, quint16 port);
    ServerSession &session() { return m_session; }
    HelloServer &server() { return m_session.server(); }
    // Appends every datagram to this JSON Lines file (--log-file); false, with the reason on err.
    bool setLogFile(const QString &fileName);
    // Captures every datagram and reply to this pcapng file (--pcap), opened by start() once the
    // address is known; start() fails, with the reason on err, if it cannot be written.
    void setPcapFile(const QString &fileName);
    // The one line printed on err on the way out (the end of the event loop: Ctrl+C, SIGTERM,
    // SIGHUP), so that what a sender sent can be checked against what was received and dropped:
    //   received 2001, answered 2001, dropped by the system: 1990
    void printSummary();

private:
    void report(const DatagramBatch &batch);
    void flush();
    void printError(const QString &message);

    ServerSession m_session{false};  // only senders are printed
    HelloServer &m_server = m_session.server();
    CoalescedFlush m_flush{FlushIntervalMs, this, &HeadlessServer::flush};
    std::string m_buffer;
    QHostAddress m_lastSender;
    std::string m_lastLinePrefix;  // "Receive from 127.0.0.1:" or "Receive from [::1]:"
    std::FILE *m_out;
    std::FILE *m_err;
};
