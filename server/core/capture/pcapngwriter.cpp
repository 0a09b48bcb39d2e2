// SPDX-License-Identifier: MIT
#include "pcapngwriter.h"

#include "pcapng.h"

#include <QLocale>

#include <climits>

PcapngWriter::PcapngWriter(QObject *parent)
    : RecordFile(&PcapngPackets::wholeBlocks, parent)
{
}

bool PcapngWriter::open(const QString &fileName, const QHostAddress &serverAddress, quint16 serverPort, Mode mode)
{
    close();
    // Replaced by default, as tcpdump -w does: a capture appended to another file would not be one.
    if (!openFile(fileName, mode))
        return false;
    m_packets.emplace(serverAddress, serverPort);
    // The headers go out now: even a capture that sees no datagram is a valid file.
    return writeHeader(m_packets->headers());
}

void PcapngWriter::append(const DatagramBatch &batch)
{
    for (const DatagramRecord &record : batch) {
        if (!readyForRecord())
            return;
        countNotWritten(m_packets->build(record));
        for (int i = 0; i < m_packets->count(); ++i) {
            const QByteArray &packet = m_packets->packet(i);
            if (reserve(packet.size() + PcapngPackets::BlockOverhead))
                Pcapng::appendEnhancedPacket(buffer(), m_packets->timeNs(i), packet);
        }
    }
    endOfBatch();
}

QString PcapngWriter::sentence(Event event) const
{
    const int lost = int(qMin<qint64>(notWrittenCount(), INT_MAX));
    switch (event) {
    case Event::SpaceRanOut:
        return tr("Could not write the capture %1: %2. Keeping up to %3 of packets in memory "
                  "and trying again every second.")
            .arg(fileName(), errorString(), QLocale().formattedDataSize(MaxPendingBytes));
    case Event::Resumed:
        return tr("Capturing to %1 resumed; %n packet(s) could not be written.", nullptr, lost).arg(fileName());
    case Event::Failed:
        return tr("Could not write the capture %1: %2. Capture stopped; %n packet(s) not written.", nullptr, lost)
            .arg(fileName(), errorString());
    case Event::ClosedWithRecordsLeft:
        break;
    }
    return tr("Closed the capture %1 with %n packet(s) not written: %2", nullptr, lost).arg(fileName(), errorString());
}
