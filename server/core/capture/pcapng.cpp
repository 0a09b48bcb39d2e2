// SPDX-License-Identifier: MIT
#include "pcapng.h"

#include "protocol.h"
#include "udpheader.h"

#include <QtEndian>

namespace {

constexpr quint16 OptEndOfOpt = 0;
constexpr quint16 IfName = 2;
constexpr quint16 IfDescription = 3;
constexpr quint16 IfTsresol = 9;
constexpr int IPv4HeaderSize = 20;

void le16(QByteArray *out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out->append(b, 2);
}

void le32(QByteArray *out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out->append(b, 4);
}

void be16(QByteArray *out, quint16 v)
{
    char b[2];
    qToBigEndian(v, b);
    out->append(b, 2);
}

// Blocks and options are padded to 32 bits.
void pad32(QByteArray *out, qsizetype from)
{
    while ((out->size() - from) % 4 != 0)
        out->append('\0');
}

void option(QByteArray *out, quint16 code, QByteArrayView value)
{
    le16(out, code);
    le16(out, quint16(value.size()));
    const qsizetype start = out->size();
    out->append(value.data(), value.size());
    pad32(out, start);
}

// Every block: type, total length, body, total length again (so readers can walk backwards).
void closeBlock(QByteArray *out, qsizetype start)
{
    const quint32 length = quint32(out->size() - start + 4);
    qToLittleEndian(length, out->data() + start + 4);
    le32(out, length);
}

bool addressBytes(const QHostAddress &address, QByteArray *bytes)
{
    bool v4 = false;
    const quint32 ip = address.toIPv4Address(&v4);
    if (v4) {
        char b[4];
        qToBigEndian(ip, b);
        *bytes = QByteArray(b, 4);
    } else {
        const Q_IPV6ADDR ip6 = address.toIPv6Address();
        *bytes = QByteArray(reinterpret_cast<const char *>(ip6.c), 16);
    }
    return v4;
}

} // namespace

namespace Pcapng {

quint16 internetChecksum(QByteArrayView bytes)
{
    quint32 sum = 0;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        sum += quint16((uchar(bytes[i]) << 8) | uchar(bytes[i + 1]));
    if (bytes.size() % 2)
        sum += quint16(uchar(bytes[bytes.size() - 1]) << 8);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum & 0xffff);
}

void appendSectionHeader(QByteArray *out)
{
    const qsizetype start = out->size();
    le32(out, SectionHeaderType);
    le32(out, 0);  // length, set by closeBlock
    le32(out, 0x1A2B3C4D);  // byte-order magic
    le16(out, 1);  // version 1.0
    le16(out, 0);
    le32(out, 0xffffffff);  // section length: not known in advance (-1)
    le32(out, 0xffffffff);
    closeBlock(out, start);
}

void appendInterfaceDescription(QByteArray *out, const QString &name, const QString &description)
{
    const qsizetype start = out->size();
    le32(out, InterfaceDescriptionType);
    le32(out, 0);
    le16(out, LinkTypeRaw);
    le16(out, 0);  // reserved
    le32(out, 0);  // snapshot length: 0 is no limit (nothing is ever cut)
    option(out, IfName, name.toUtf8());
    option(out, IfDescription, description.toUtf8());
    const char nanoseconds = 9;  // 10^-9 s
    option(out, IfTsresol, QByteArrayView(&nanoseconds, 1));
    option(out, OptEndOfOpt, {});
    closeBlock(out, start);
}

void appendEnhancedPacket(QByteArray *out, qint64 timeNs, QByteArrayView packet)
{
    const qsizetype start = out->size();
    const quint64 time = quint64(timeNs);
    le32(out, EnhancedPacketType);
    le32(out, 0);
    le32(out, 0);  // interface 0
    le32(out, quint32(time >> 32));
    le32(out, quint32(time));
    le32(out, quint32(packet.size()));  // captured
    le32(out, quint32(packet.size()));  // on the wire
    const qsizetype data = out->size();
    out->append(packet.data(), packet.size());
    pad32(out, data);
    closeBlock(out, start);
}

bool appendUdpPacket(QByteArray *out, const QHostAddress &source, quint16 sourcePort,
                     const QHostAddress &destination, quint16 destinationPort, QByteArrayView payload)
{
    UdpHeader udp;
    if (!UdpHeader::build(source, sourcePort, destination, destinationPort, payload, &udp))
        return false;
    QByteArray src;
    QByteArray dst;
    const bool v4 = addressBytes(source, &src);
    addressBytes(destination, &dst);
    if (v4 && IPv4HeaderSize + udp.length > 0xffff)
        return false;  // an IPv4 packet's total length is 16 bits
    const qsizetype start = out->size();
    if (v4) {
        out->append(char(0x45));  // version 4, header 5 words
        out->append('\0');        // DSCP / ECN
        be16(out, quint16(IPv4HeaderSize + udp.length));
        be16(out, 0);             // identification
        be16(out, 0);             // flags, fragment offset: a whole datagram
        out->append(char(HopLimit));
        out->append(char(Protocol::IpProtocolUdp));
        be16(out, 0);             // checksum, filled in below
        out->append(src);
        out->append(dst);
        const quint16 sum = internetChecksum(QByteArrayView(out->constData() + start, IPv4HeaderSize));
        qToBigEndian(sum, out->data() + start + 10);
    } else {
        out->append(char(0x60));  // version 6, traffic class and flow label 0
        out->append(3, '\0');
        be16(out, udp.length);    // payload length: the UDP datagram
        out->append(char(Protocol::IpProtocolUdp));
        out->append(char(HopLimit));
        out->append(src);
        out->append(dst);
    }
    out->append(udp.bytes());
    out->append(payload.data(), payload.size());
    return true;
}

} // namespace Pcapng
