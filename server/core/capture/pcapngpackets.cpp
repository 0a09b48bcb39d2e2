// SPDX-License-Identifier: MIT
#include "pcapngpackets.h"

#include "pcapng.h"
#include "protocol.h"

namespace {
// A little-endian word, byte by byte (GCC's bounds check under ASan mistakes an unaligned load
// from a QByteArray for one from its shared empty array).
quint32 wordAt(QByteArrayView bytes, qsizetype at)
{
    return quint32(uchar(bytes.at(at))) | quint32(uchar(bytes.at(at + 1))) << 8
        | quint32(uchar(bytes.at(at + 2))) << 16 | quint32(uchar(bytes.at(at + 3))) << 24;
}
} // namespace

PcapngPackets::PcapngPackets(const QHostAddress &serverAddress, quint16 serverPort)
    : m_boundAddress(serverAddress)
    , m_serverPort(serverPort)
{
    const bool wildcard = serverAddress == QHostAddress(QHostAddress::Any)
        || serverAddress == QHostAddress(QHostAddress::AnyIPv4) || serverAddress == QHostAddress(QHostAddress::AnyIPv6);
    if (!wildcard && !serverAddress.isNull())
        m_serverAddress = Protocol::plainAddress(serverAddress);
}

QByteArray PcapngPackets::headers() const
{
    QByteArray out;
    const QString endpoint = Protocol::endpointText(m_boundAddress, m_serverPort);
    Pcapng::appendSectionHeader(&out);
    Pcapng::appendInterfaceDescription(&out, endpoint,
        QStringLiteral("udpchat-server on %1: every datagram received and every reply sent").arg(endpoint));
    return out;
}

int PcapngPackets::build(const DatagramRecord &record)
{
    // Where the system did not say, the bound address is the destination (null if a wildcard).
    const QHostAddress &server = record.destination.isNull() ? m_serverAddress : record.destination;
    const quint16 serverPort = record.destinationPort != 0 ? record.destinationPort : m_serverPort;
    m_count = 0;
    int failed = 0;
    const auto add = [&](const QHostAddress &from, quint16 fromPort, const QHostAddress &to, quint16 toPort,
                         QByteArrayView payload, qint64 timeNs) {
        QByteArray &packet = m_packets[m_count];
        packet.clear();  // keeps its capacity
        m_timesNs[m_count] = timeNs;
        if (Pcapng::appendUdpPacket(&packet, from, fromPort, to, toPort, payload))
            ++m_count;
        else
            ++failed;
    };
    add(record.sender, record.senderPort, server, serverPort, record.payload, record.timeInNs());
    // The reply's bytes as the server kept them, stamped with the time it was sent.
    if (record.answered())
        add(server, serverPort, record.sender, record.senderPort, record.reply, record.replyTimeInNs());
    return failed;
}

qsizetype PcapngPackets::wholeBlocks(QByteArrayView written, qint64 *packets)
{
    // Each block says its length at offset 4.
    qsizetype whole = 0;
    *packets = 0;
    while (whole + 8 <= written.size()) {
        const quint32 type = wordAt(written, whole);
        const quint32 length = wordAt(written, whole + 4);
        if (length == 0 || whole + qsizetype(length) > written.size())
            break;
        whole += length;
        if (type == Pcapng::EnhancedPacketType)
            ++*packets;
    }
    return whole;
}
