// SPDX-License-Identifier: MIT
#pragma once

#include "networksketch.h"

#include <QHostAddress>

#include <vector>

// Reflection guard, second half: the server never sends more than Factor times the bytes it
// received, counted on the wire (payload + IP and UDP headers), to any source network and in
// total. A forged source costs its sender nothing, so reflection that does not amplify gains an
// attacker nothing (they could send to the victim directly); amplification is the harm. This is
// QUIC's anti-amplification limit (RFC 9000 section 8), kept per network as DNS response rate
// limiting keeps its state.
//
// Each datagram received earns its network Factor x its wire size in credit, before its reply is
// decided, so a reply no longer than that (hello and echo: at most ~1.3 x on the wire) is never
// held back; a long reply to short requests waits until the network has sent enough. Credit lives
// in one cell per row of a NetworkSketch and a reply must be covered by the network's poorest cell,
// and it is paid from all of them. Per network the bound is the sketch's estimate: a network is
// lent credit only when each of its four cells also holds credit other networks earned (unlikely
// for one flooder, possible when a very wide flood fills every cell); the total bound is exact. A cell holds at most CreditCap, so credit saved during a long quiet
// exchange cannot later be spent in one burst at a forged victim: at most one largest reply's worth.
// The total (every network together) is exact: out <= Factor x in, since the guard was last cleared.
class AmplificationGuard
{
public:
    static constexpr qint64 Factor = 3;
    static constexpr qint64 Ipv4Overhead = 20 + 8;  // IPv4 header + UDP header, on the wire
    static constexpr qint64 Ipv6Overhead = 40 + 8;
    static constexpr qint64 MaxDatagramOnWire = 65535 + Ipv6Overhead;
    static constexpr qint64 CreditCap = Factor * MaxDatagramOnWire;

    // Off by default; turning it on (again) starts from nothing received.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void clear();

    // A datagram of payloadBytes came from sender: its network and the total earn credit.
    void received(const QHostAddress &sender, qint64 payloadBytes);
    // Whether a reply of payloadBytes to sender is covered; if it is, it is paid for.
    bool allowReply(const QHostAddress &sender, qint64 payloadBytes);

    // Bytes on the wire since enabled or cleared: what came in, what was let out.
    quint64 wireBytesIn() const { return m_totalIn; }
    quint64 wireBytesOut() const { return m_totalOut; }

    // payloadBytes of UDP as they are on the wire to or from address (IPv4-mapped is IPv4).
    static qint64 onWire(const QHostAddress &address, qint64 payloadBytes);

private:
    NetworkSketch m_sketch;
    std::vector<qint64> m_credit;  // NetworkSketch::Cells, bytes; allocated while enabled
    quint64 m_totalIn = 0;
    quint64 m_totalOut = 0;
    bool m_enabled = false;
};
