// SPDX-License-Identifier: MIT
#include "udpheader.h"

#include "protocol.h"

namespace {


struct Sum
{
    quint32 value = 0;
    void add16(quint16 word) { value += word; }
    void add(QByteArrayView bytes)
    {
        const qsizetype even = bytes.size() & ~qsizetype(1);
        for (qsizetype i = 0; i < even; i += 2)
            value += quint16((uchar(bytes[i]) << 8) | uchar(bytes[i + 1]));
        if (bytes.size() & 1)
            value += quint16(uchar(bytes[bytes.size() - 1]) << 8);  // padded with a zero byte
        fold();
    }
    void fold()
    {
        while (value >> 16)
            value = (value & 0xffff) + (value >> 16);
    }
};

QByteArray addressBytes(const QHostAddress &address, bool *v4)
{
    bool isV4 = false;
    const quint32 ip = address.toIPv4Address(&isV4);
    *v4 = isV4;
    if (isV4) {
        const char b[4] = {char(ip >> 24), char(ip >> 16), char(ip >> 8), char(ip)};
        return QByteArray(b, 4);
    }
    const Q_IPV6ADDR ip6 = address.toIPv6Address();
    return QByteArray(reinterpret_cast<const char *>(ip6.c), 16);
}

} // namespace

QByteArray UdpHeader::bytes() const
{
    const char b[8] = {char(sourcePort >> 8), char(sourcePort), char(destinationPort >> 8), char(destinationPort),
                       char(length >> 8),     char(length),     char(checksum >> 8),        char(checksum)};
    return QByteArray(b, 8);
}

quint16 UdpHeader::checksumOf(const QHostAddress &source, quint16 sourcePort, const QHostAddress &destination,
                              quint16 destinationPort, QByteArrayView payload)
{
    bool sourceV4 = false;
    bool destinationV4 = false;
    const QByteArray src = addressBytes(source, &sourceV4);
    const QByteArray dst = addressBytes(destination, &destinationV4);
    const quint32 udpLength = quint32(Protocol::UdpHeaderSize + payload.size());
    Sum sum;
    sum.add(src);
    sum.add(dst);
    if (sourceV4) {
        sum.add16(Protocol::IpProtocolUdp);    // zero byte, protocol
        sum.add16(quint16(udpLength));         // UDP length
    } else {
        sum.add16(quint16(udpLength >> 16));   // 32-bit upper-layer length
        sum.add16(quint16(udpLength));
        sum.add16(Protocol::IpProtocolUdp);    // 3 zero bytes, next header
    }
    sum.add16(sourcePort);
    sum.add16(destinationPort);
    sum.add16(quint16(udpLength));
    sum.fold();
    sum.add(payload);
    const quint16 result = quint16(~sum.value & 0xffff);
    return result == 0 ? 0xffff : result;
}

bool UdpHeader::build(const QHostAddress &source, quint16 sourcePort, const QHostAddress &destination,
                      quint16 destinationPort, QByteArrayView payload, UdpHeader *header)
{
    bool sourceV4 = false;
    bool destinationV4 = false;
    addressBytes(source, &sourceV4);
    addressBytes(destination, &destinationV4);
    if (source.isNull() || destination.isNull() || sourceV4 != destinationV4
        || payload.size() + Protocol::UdpHeaderSize > 0xffff)
        return false;
    header->sourcePort = sourcePort;
    header->destinationPort = destinationPort;
    header->length = quint16(Protocol::UdpHeaderSize + payload.size());
    header->checksum = checksumOf(source, sourcePort, destination, destinationPort, payload);
    return true;
}
