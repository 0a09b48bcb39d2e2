// SPDX-License-Identifier: MIT
#pragma once

#include "datagramrecord.h"
#include "pcapngpackets.h"
#include "recordfile.h"

#include <QHostAddress>

#include <optional>

// Writes every received datagram and every reply as a pcapng capture (--pcap, in the window and
// headless) as they happen: IPv4 or IPv6 + UDP packets (LINKTYPE_RAW) with the kernel's receive
// time in ns, correct lengths and checksums, on one interface named after the server's address.
// Wireshark and tshark read it.
//
// A reply is rebuilt from its record (PcapngPackets), so records must keep their payloads
// (HelloServer::setKeepPayloads). Buffering, flushing, whole blocks only and a full disk are
// RecordFile's. pendingCount() and notWrittenCount() count packets.
class PcapngWriter : public RecordFile
{
    Q_OBJECT

public:
    explicit PcapngWriter(QObject *parent = nullptr);

    // Creates or replaces a regular file (or, with Append, adds a section to it: a server that
    // listens again captures on a new interface) and writes the section and interface headers;
    // the interface is named after serverAddress:serverPort. False with errorString() on failure.
    bool open(const QString &fileName, const QHostAddress &serverAddress, quint16 serverPort,
              Mode mode = Mode::Replace);
    // Not expressible as IP counts as not written (a record whose addresses are of two families).
    void append(const DatagramBatch &batch);

protected:
    QString sentence(Event event) const override;

private:
    std::optional<PcapngPackets> m_packets;  // set while open
};
