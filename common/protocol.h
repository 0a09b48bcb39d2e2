// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QString>

// The seed's hello protocol, byte for byte, as pure functions.
namespace Protocol {

inline constexpr int UdpHeaderSize = 8;
// UDP's number in the IPv4 protocol and IPv6 next header fields.
inline constexpr quint8 IpProtocolUdp = 17;
// A read buffer larger than any UDP payload (65,507 bytes over IPv4, 65,527 over IPv6): nothing is cut.
inline constexpr int MaxReadSize = 65536;
// Largest UDP payload over IPv4: 65,535 - 20 (IPv4 header) - 8 (UDP header).
inline constexpr int MaxDatagramSize = 65507;
// "Hello " + name + "!\n" adds 8 bytes to the name.
inline constexpr int HelloOverhead = 8;
// The longest name whose reply still fits in one IPv4 datagram.
inline constexpr int MaxNameSize = MaxDatagramSize - HelloOverhead;

enum class Reply { Hello, GoodBye };

// A reply as at most three views of bytes, sent as they are: gathered by the batched path
// (sendmmsg, nothing copied), joined once by the portable one. Views point into the datagram
// being answered or into static storage: valid while that datagram's buffer is.
struct ReplyPieces
{
    static constexpr int MaxPieces = 3;
    QByteArrayView piece[MaxPieces];
    int count = 0;

    void append(QByteArrayView bytes) { piece[count++] = bytes; }
    qsizetype size() const;
    QByteArray joined() const;
};

QByteArray exitCommand();   // "exit"

// Exactly "exit" is the exit command; "exit\n", "EXIT", " exit" are names.
bool isExit(QByteArrayView datagram);
Reply replyKind(QByteArrayView datagram);
// The seed's reply in pieces: Hello -> "Hello ", the datagram, "!\n"; exit -> "Good bye!\n".
ReplyPieces replyPieces(QByteArrayView datagram);
QByteArray replyTo(QByteArrayView datagram);
qsizetype replySize(QByteArrayView datagram);
bool replyFits(QByteArrayView datagram);

// Splits a reply: "Hello <name>!\n" gives true and the name. Anything else gives false.
bool parseHello(QByteArrayView reply, QByteArray *name);
bool isGoodBye(QByteArrayView reply);

// ::ffff:a.b.c.d (an IPv4 sender on a dual-stack socket) becomes a.b.c.d; others unchanged.
QHostAddress plainAddress(const QHostAddress &address);
// "127.0.0.1:6000", "[::1]:6000", "[fe80::1%eth0]:6000"; the dual-stack wildcard is "[::]:6000".
QString endpointText(const QHostAddress &address, quint16 port);
// An address as a user types it back: "::" for the dual-stack wildcard (Qt spells it 0.0.0.0).
QString addressText(const QHostAddress &address);

// A bind address from what a user typed: "::" is every IPv4 and IPv6 address (dual stack,
// QHostAddress::Any), "0.0.0.0" every IPv4 address only. False if it is not an IP address.
bool parseBindAddress(const QString &text, QHostAddress *address);
// A port typed by a user: decimal digits only ("+80", " 80", "0x50" are not ports), 0-65535.
bool parsePort(const QString &text, quint16 *port);

// What makes an address unusable to listen on, before the system is asked.
// UnknownScope: the %interface after an IPv6 address names no interface of this computer.
enum class BindProblem { None, IPv4Mapped, LinkLocalWithoutScope, UnknownScope };
BindProblem bindProblem(const QHostAddress &address);

// What a server address typed by a user is, before anything is sent to it.
enum class HostKind { IPv4, IPv6, HostName, Empty, BadIPv4, BadIPv6, BadHostName };
// "127.0.0.1", "::1", "[::1]", "fe80::1%eth0", "localhost", "example.org" are fine;
// "300.1.1.1" is BadIPv4, "::g" BadIPv6, "bad_name!" BadHostName. A literal in *address if given.
HostKind classifyHost(const QString &text, QHostAddress *address = nullptr);

} // namespace Protocol
