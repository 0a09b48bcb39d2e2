// SPDX-License-Identifier: MIT
#pragma once

#include "datagramrecord.h"
#include "pcapngpackets.h"
#include "recordfile.h"

#include <QHostAddress>
#include <QObject>

#include <optional>

// Writes every received datagram and every reply as a pcapng capture (--pcap, in the window and
// headless) as they happen: IPv4 or IPv6 + UDP packets (LINKTYPE_RAW) with the kernel's receive
// time in ns, correct lengths and checksums, on one interface named after the server's address.
// Wireshark and tshark read it.
//
// A reply is rebuilt from its record (PcapngPackets), so records must keep their payloads
// (HelloServer::setKeepPayloads). Buffering, flushing, whole blocks only and a full disk are
// RecordFile's; this class says them in sentences.
class PcapngWriter : public QObject
{
    Q_OBJECT

public:
    static constexpr int FlushIntervalMs = RecordFile::FlushIntervalMs;
    static constexpr qsizetype MaxPendingBytes = RecordFile::MaxPendingBytes;

    explicit PcapngWriter(QObject *parent = nullptr);
    ~PcapngWriter() override;

    // Creates or replaces a regular file (or, with Append, adds a section to it: a server that
    // listens again captures on a new interface) and writes the section and interface headers;
    // the interface is named after serverAddress:serverPort. False with errorString() on failure.
    bool open(const QString &fileName, const QHostAddress &serverAddress, quint16 serverPort,
              RecordFile::Mode mode = RecordFile::Mode::Replace);
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    QString fileName() const { return m_file.fileName(); }
    QString errorString() const { return m_file.errorString(); }

    bool isWaitingForSpace() const { return m_file.isWaitingForSpace(); }
    // Packets in memory, not yet in the file.
    qint64 pendingCount() const { return m_file.pendingCount(); }
    // Packets dropped since open(): no room, capture stopped, or not expressible as IP (a record
    // whose addresses are of two families or unknown).
    qint64 notWrittenCount() const { return m_file.notWrittenCount(); }

    void append(const DatagramBatch &batch);
    void flush() { m_file.flush(); }

signals:
    void errorOccurred(const QString &message);
    void resumed(const QString &message);
    // The capture ended after a write error; the file is closed.
    void stopped();

private:
    RecordFile m_file;
    std::optional<PcapngPackets> m_packets;  // set while open
};
