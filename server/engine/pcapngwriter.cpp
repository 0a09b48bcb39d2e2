// SPDX-License-Identifier: MIT
#include "pcapngwriter.h"

#include "pcapng.h"

#include <QLocale>

#include <climits>

namespace {
int clampCount(qint64 n) { return int(qMin<qint64>(n, INT_MAX)); }
} // namespace

PcapngWriter::PcapngWriter(QObject *parent)
    : QObject(parent)
    , m_file(&PcapngPackets::wholeBlocks)
{
    connect(&m_file, &RecordFile::spaceRanOut, this, [this] {
        emit errorOccurred(tr("Could not write the capture %1: %2. Keeping up to %3 of packets in memory "
                              "and trying again every second.")
                               .arg(fileName(), errorString(), QLocale().formattedDataSize(MaxPendingBytes)));
    });
    connect(&m_file, &RecordFile::resumed, this, [this] {
        emit resumed(tr("Capturing to %1 resumed; %n packet(s) could not be written.", nullptr,
                        clampCount(notWrittenCount())).arg(fileName()));
    });
    connect(&m_file, &RecordFile::failed, this, [this] {
        emit errorOccurred(tr("Could not write the capture %1: %2. Capture stopped; %n packet(s) not written.",
                              nullptr, clampCount(notWrittenCount())).arg(fileName(), errorString()));
        emit stopped();
    });
}

PcapngWriter::~PcapngWriter()
{
    // No messages from a destructor: the receiver may be half destroyed.
    blockSignals(true);
    close();
}

bool PcapngWriter::open(const QString &fileName, const QHostAddress &serverAddress, quint16 serverPort,
                        RecordFile::Mode mode)
{
    close();
    // Replaced by default, as tcpdump -w does: a capture appended to another file would not be one.
    if (!m_file.open(fileName, mode))
        return false;
    m_packets.emplace(serverAddress, serverPort);
    // The headers go out now: even a capture that sees no datagram is a valid file.
    return m_file.writeHeader(m_packets->headers());
}

void PcapngWriter::close()
{
    const QString name = fileName();
    if (m_file.close() > 0) {
        emit errorOccurred(tr("Closed the capture %1 with %n packet(s) not written: %2", nullptr,
                              clampCount(notWrittenCount())).arg(name, errorString()));
    }
}

void PcapngWriter::append(const DatagramBatch &batch)
{
    for (const DatagramRecord &record : batch) {
        if (!m_file.readyForRecord())
            return;
        m_file.countNotWritten(m_packets->build(record));
        for (int i = 0; i < m_packets->count(); ++i) {
            const QByteArray &packet = m_packets->packet(i);
            if (m_file.reserve(packet.size() + PcapngPackets::BlockOverhead))
                Pcapng::appendEnhancedPacket(m_file.buffer(), m_packets->timeNs(), packet);
        }
    }
    m_file.endOfBatch();
}
