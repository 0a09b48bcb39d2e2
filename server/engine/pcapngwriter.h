// SPDX-License-Identifier: MIT
#pragma once

#include "appendfile.h"
#include "datagramrecord.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

// Writes every received datagram and every reply as a pcapng capture (--pcap) as they happen:
// IPv4 or IPv6 + UDP packets (LINKTYPE_RAW) with the kernel's receive time in ns, correct lengths
// and checksums, on one interface named after the server's address. Wireshark and tshark read it.
//
// A reply is rebuilt from its record (replyBytes: the hello reply or the echo from the payload,
// a text reply from the bytes the record keeps), not captured. It is stamped with its
// request's receive time (the send time is not measured) and goes from the address the request
// was sent to back to the sender. So records must keep their payloads (HelloServer::setKeepPayloads).
//
// Buffering, flushing and a full disk are handled as LogFileWriter does (see there): whole blocks
// only, flushed at least every FlushIntervalMs, on close(), aboutToQuit and an exit() (ExitFlush);
// up to MaxPendingBytes wait while the disk is full; any other write error stops the capture.
class PcapngWriter : public QObject
{
    Q_OBJECT

public:
    static constexpr int FlushIntervalMs = 1000;
    static constexpr qsizetype FlushAtBytes = 1024 * 1024;
    static constexpr qsizetype MaxPendingBytes = 4 * 1024 * 1024;

    explicit PcapngWriter(QObject *parent = nullptr);
    ~PcapngWriter() override;

    // Creates or replaces a regular file and writes the section and interface headers; the
    // interface is named after serverAddress:serverPort. False with errorString() on failure.
    bool open(const QString &fileName, const QHostAddress &serverAddress, quint16 serverPort);
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    QString fileName() const { return m_file.fileName(); }
    QString errorString() const { return m_file.errorString(); }

    bool isWaitingForSpace() const { return m_waitingForSpace; }
    // Packets in memory, not yet in the file.
    qint64 pendingCount() const { return m_pendingPackets; }
    // Packets dropped since open(): no room, capture stopped, or not expressible as IP (a record
    // whose addresses are of two families or unknown).
    qint64 notWrittenCount() const { return m_notWritten; }

    void append(const DatagramBatch &batch);
    void flush();

signals:
    void errorOccurred(const QString &message);
    void resumed(const QString &message);
    // The capture ended after a write error; the file is closed.
    void stopped();

private:
    // Appends one packet block to the buffer, or counts it as not written.
    void appendPacket(qint64 timeNs, const QHostAddress &source, quint16 sourcePort,
                      const QHostAddress &destination, quint16 destinationPort, QByteArrayView payload);
    AppendFile::Failure writeBuffer();
    void closeFile();
    static void flushAtExit(void *writer);

    AppendFile m_file;
    QByteArray m_buffer;  // whole blocks only
    QByteArray m_packet;  // reused for each packet's bytes
    QHostAddress m_serverAddress;  // null when the server listens on every address
    quint16 m_serverPort = 0;
    qint64 m_pendingPackets = 0;
    qint64 m_notWritten = 0;
    bool m_waitingForSpace = false;
    QTimer m_flushTimer;
};
