// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QString>

// The pieces of a pcapng capture (draft-ietf-opsawg-pcapng) that udpchat writes, as pure functions
// appending to a buffer: one section, one interface of link type LINKTYPE_RAW (each packet an IPv4
// or IPv6 header, its version nibble saying which) with nanosecond timestamps, and packets rebuilt
// as IP + UDP from what the socket told us. Always little-endian (the byte-order magic says so),
// so the same bytes come out on every machine.
namespace Pcapng {

inline constexpr quint32 SectionHeaderType = 0x0A0D0D0A;
inline constexpr quint32 InterfaceDescriptionType = 1;
inline constexpr quint32 EnhancedPacketType = 6;
inline constexpr quint16 LinkTypeRaw = 101;
// IP header fields for rebuilt packets: what Linux sends by default.
inline constexpr quint8 HopLimit = 64;

// The section header block: no options, section length unknown (-1).
void appendSectionHeader(QByteArray *out);
// The interface description block: LINKTYPE_RAW, no snapshot limit, if_name, if_description and
// if_tsresol = 9 (timestamps in ns).
void appendInterfaceDescription(QByteArray *out, const QString &name, const QString &description);
// An enhanced packet block on interface 0, captured whole.
void appendEnhancedPacket(QByteArray *out, qint64 timeNs, QByteArrayView packet);

// An IPv4 (20-byte header, no options) or IPv6 (40-byte header) packet carrying one UDP datagram,
// with correct lengths and checksums. IPv4-mapped addresses count as IPv4. False, appending
// nothing, if the addresses are of different families or null, or the datagram cannot fit.
bool appendUdpPacket(QByteArray *out, const QHostAddress &source, quint16 sourcePort,
                     const QHostAddress &destination, quint16 destinationPort, QByteArrayView payload);

// The one's complement of the one's complement sum of 16-bit words (RFC 1071): the IPv4 header's
// checksum when taken over the header with its checksum field zero.
quint16 internetChecksum(QByteArrayView bytes);

} // namespace Pcapng
