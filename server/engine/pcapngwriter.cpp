// SPDX-License-Identifier: MIT
#include "pcapngwriter.h"

#include "exitflush.h"
#include "pcapng.h"
#include "protocol.h"

#include <QCoreApplication>
#include <QLocale>

#include <climits>

namespace {
int clampCount(qint64 n) { return int(qMin<qint64>(n, INT_MAX)); }

// A little-endian word of the buffer, byte by byte (GCC's bounds check under ASan mistakes an
// unaligned load from a QByteArray for one from its shared empty array).
quint32 wordAt(const QByteArray &bytes, qsizetype at)
{
    return quint32(uchar(bytes.at(at))) | quint32(uchar(bytes.at(at + 1))) << 8
        | quint32(uchar(bytes.at(at + 2))) << 16 | quint32(uchar(bytes.at(at + 3))) << 24;
}
} // namespace

PcapngWriter::PcapngWriter(QObject *parent)
    : QObject(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &PcapngWriter::flush);
    // Written while every object is still alive, whatever happens after exec() returns.
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &PcapngWriter::flush);
}

PcapngWriter::~PcapngWriter()
{
    // No messages from a destructor: the receiver may be half destroyed.
    blockSignals(true);
    close();
}

bool PcapngWriter::open(const QString &fileName, const QHostAddress &serverAddress, quint16 serverPort)
{
    close();
    m_notWritten = 0;
    if (!m_file.open(fileName))
        return false;
    // Replaced, as tcpdump -w does: a capture appended to another file would not be one.
    if (!m_file.truncate(0)) {
        m_file.close();
        return false;
    }
    const bool wildcard = serverAddress == QHostAddress(QHostAddress::Any)
        || serverAddress == QHostAddress(QHostAddress::AnyIPv4) || serverAddress == QHostAddress(QHostAddress::AnyIPv6);
    m_serverAddress = wildcard ? QHostAddress() : Protocol::plainAddress(serverAddress);
    m_serverPort = serverPort;
    const QString endpoint = Protocol::endpointText(serverAddress, serverPort);
    Pcapng::appendSectionHeader(&m_buffer);
    Pcapng::appendInterfaceDescription(&m_buffer, endpoint,
        QStringLiteral("udpchat-server on %1: every datagram received and every reply sent").arg(endpoint));
    // The headers go out now: even a capture that sees no datagram is a valid file.
    if (writeBuffer() != AppendFile::Failure::None) {
        closeFile();
        return false;
    }
    ExitFlush::add(this, &PcapngWriter::flushAtExit);
    return true;
}

void PcapngWriter::close()
{
    if (!m_file.isOpen())
        return;
    flush();
    if (m_pendingPackets > 0 && m_file.isOpen()) {
        m_notWritten += m_pendingPackets;
        emit errorOccurred(tr("Closed the capture %1 with %n packet(s) not written: %2", nullptr,
                              clampCount(m_notWritten)).arg(fileName(), errorString()));
    }
    closeFile();
}

void PcapngWriter::closeFile()
{
    ExitFlush::remove(this);
    m_flushTimer.stop();
    m_file.close();
    m_buffer.clear();
    m_pendingPackets = 0;
    m_waitingForSpace = false;
}

void PcapngWriter::append(const DatagramBatch &batch)
{
    for (const DatagramRecord &record : batch) {
        if (m_buffer.size() >= FlushAtBytes && !m_waitingForSpace)
            flush();
        if (!m_file.isOpen())
            return;
        // Where the system did not say, the bound address is the destination (null if a wildcard).
        const QHostAddress &server = record.destination.isNull() ? m_serverAddress : record.destination;
        const quint16 serverPort = record.destinationPort != 0 ? record.destinationPort : m_serverPort;
        const qint64 timeNs = record.timeInNs();
        appendPacket(timeNs, record.sender, record.senderPort, server, serverPort, record.payload);
        if (isAnswered(record.outcome))
            appendPacket(timeNs, server, serverPort, record.sender, record.senderPort, replyBytes(record));
    }
    if (m_buffer.size() >= FlushAtBytes && !m_waitingForSpace)
        flush();
    else if (!m_buffer.isEmpty() && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void PcapngWriter::appendPacket(qint64 timeNs, const QHostAddress &source, quint16 sourcePort,
                                const QHostAddress &destination, quint16 destinationPort, QByteArrayView payload)
{
    m_packet.clear();  // keeps its capacity
    if (!Pcapng::appendUdpPacket(&m_packet, source, sourcePort, destination, destinationPort, payload)) {
        ++m_notWritten;
        return;
    }
    // Only while the disk is full does the buffer grow past FlushAtBytes; it stops at a bound.
    if (m_buffer.size() + m_packet.size() + 64 > MaxPendingBytes) {
        ++m_notWritten;
        return;
    }
    Pcapng::appendEnhancedPacket(&m_buffer, timeNs, m_packet);
    ++m_pendingPackets;
}

AppendFile::Failure PcapngWriter::writeBuffer()
{
    const qint64 start = m_file.size();
    const qint64 written = m_file.write(m_buffer.constData(), m_buffer.size());
    if (written == m_buffer.size()) {
        m_buffer.clear();
        m_pendingPackets = 0;
        return AppendFile::Failure::None;
    }
    // A short write can end inside a block: walk the whole blocks written (each says its length
    // at offset 4) and cut the file back to the last one's end.
    qsizetype whole = 0;
    while (whole + 8 <= written) {
        const quint32 type = wordAt(m_buffer, whole);
        const quint32 length = wordAt(m_buffer, whole + 4);
        if (whole + qsizetype(length) > written)
            break;
        whole += length;
        if (type == Pcapng::EnhancedPacketType)
            --m_pendingPackets;
    }
    if (whole != written && !(start >= 0 && m_file.truncate(start + whole))) {
        // Half a block in the file that cannot be cut off: nothing written after it would be
        // readable. Stop, as for any other write error.
        return AppendFile::Failure::Other;
    }
    m_buffer.remove(0, whole);
    return m_file.failure();
}

void PcapngWriter::flush()
{
    m_flushTimer.stop();
    if (m_buffer.isEmpty() || !m_file.isOpen())
        return;
    const AppendFile::Failure failure = writeBuffer();
    if (failure == AppendFile::Failure::None) {
        if (m_waitingForSpace) {
            m_waitingForSpace = false;
            emit resumed(tr("Capturing to %1 resumed; %n packet(s) could not be written.", nullptr,
                            clampCount(m_notWritten)).arg(fileName()));
        }
        return;
    }
    if (failure == AppendFile::Failure::NoSpace) {
        if (!m_waitingForSpace) {
            m_waitingForSpace = true;
            emit errorOccurred(tr("Could not write the capture %1: %2. Keeping up to %3 of packets in memory "
                                  "and trying again every second.")
                                   .arg(fileName(), errorString(), QLocale().formattedDataSize(MaxPendingBytes)));
        }
        m_flushTimer.start();
        return;
    }
    m_notWritten += m_pendingPackets;
    const QString message = tr("Could not write the capture %1: %2. Capture stopped; %n packet(s) not written.",
                               nullptr, clampCount(m_notWritten)).arg(fileName(), errorString());
    closeFile();
    emit errorOccurred(message);
    emit stopped();
}

void PcapngWriter::flushAtExit(void *writer)
{
    // exit() is under way: write what can be written, whole blocks only, no signals, no timers.
    auto *self = static_cast<PcapngWriter *>(writer);
    if (self->m_file.isOpen() && !self->m_buffer.isEmpty())
        self->writeBuffer();
}
