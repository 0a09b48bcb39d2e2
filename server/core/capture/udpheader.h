// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>

// The 8-byte UDP header (RFC 768) as it was on the wire, rebuilt from what the socket tells us:
// source port, destination port, length (8 + payload) and the checksum over the IPv4 pseudo-header
// (RFC 768) or the IPv6 one (RFC 8200, section 8.1).
struct UdpHeader
{
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
    quint16 length = 0;
    quint16 checksum = 0;

    // The header bytes in network order.
    QByteArray bytes() const;

    // Both addresses must be of one family (IPv4-mapped IPv6 counts as IPv4); false if not, or if the
    // datagram is too long for a 16-bit length.
    static bool build(const QHostAddress &source, quint16 sourcePort, const QHostAddress &destination,
                      quint16 destinationPort, QByteArrayView payload, UdpHeader *header);
    // The checksum as sent: the one's complement of the one's complement sum of pseudo-header,
    // header (checksum field 0) and payload; a result of 0 is sent as 0xffff.
    static quint16 checksumOf(const QHostAddress &source, quint16 sourcePort, const QHostAddress &destination,
                              quint16 destinationPort, QByteArrayView payload);
};
