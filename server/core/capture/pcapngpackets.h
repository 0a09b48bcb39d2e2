// SPDX-License-Identifier: MIT
#pragma once

#include "datagramrecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>

// What a capture holds, apart from where it goes: the file's headers, a record as IP + UDP
// packets (the datagram and its reply), and where the whole blocks of a cut write end. The live
// capture (PcapngWriter) and the export of the log (PcapngExport) both build files from these.
class PcapngPackets
{
public:
    // The server's address names the capture's one interface; a wildcard stands for "the address
    // each datagram was sent to", which the records say (the system tells it on Linux).
    PcapngPackets(const QHostAddress &serverAddress, quint16 serverPort);

    // A section header and the interface description naming the server's address.
    QByteArray headers() const;

    // The record's datagram and, when answered, its reply: sets count() packets, each with its
    // time (the request's arrival, the reply's send), and returns how many could not be written as IP (addresses of two families or none).
    int build(const DatagramRecord &record);
    int count() const { return m_count; }
    const QByteArray &packet(int i) const { return m_packets[i]; }
    qint64 timeNs(int i) const { return m_timesNs[i]; }
    // A packet's enhanced packet block is this many bytes longer than the packet (at most).
    static constexpr qsizetype BlockOverhead = 64;

    // The whole blocks at the start of written, and in *packets how many of them hold packets.
    static qsizetype wholeBlocks(QByteArrayView written, qint64 *packets);

private:
    QHostAddress m_serverAddress;  // null when the server listens on every address
    QHostAddress m_boundAddress;   // as bound, for the interface's name
    quint16 m_serverPort = 0;
    QByteArray m_packets[2];       // reused: their capacity stays
    int m_count = 0;
    qint64 m_timesNs[2] = {};
};
