// SPDX-License-Identifier: MIT
#include "protocol.h"

#include <QNetworkInterface>
#include <QUrl>

#include <algorithm>
#include <cctype>

namespace {
constexpr QByteArrayView ExitBytes("exit");
constexpr QByteArrayView GoodByeBytes("Good bye!\n");
constexpr QByteArrayView HelloPrefix("Hello ");
constexpr QByteArrayView HelloSuffix("!\n");
} // namespace

namespace Protocol {

QByteArray exitCommand() { return ExitBytes.toByteArray(); }

qsizetype ReplyPieces::size() const
{
    qsizetype total = 0;
    for (int i = 0; i < count; ++i)
        total += piece[i].size();
    return total;
}

QByteArray ReplyPieces::joined() const
{
    QByteArray bytes;
    bytes.reserve(size());
    for (int i = 0; i < count; ++i)
        bytes.append(piece[i]);
    return bytes;
}

ReplyPieces replyPieces(QByteArrayView datagram)
{
    ReplyPieces reply;
    if (isExit(datagram)) {
        reply.append(GoodByeBytes);
    } else {
        reply.append(HelloPrefix);
        reply.append(datagram);
        reply.append(HelloSuffix);
    }
    return reply;
}

bool isExit(QByteArrayView datagram) { return datagram == ExitBytes; }

Reply replyKind(QByteArrayView datagram)
{
    return isExit(datagram) ? Reply::GoodBye : Reply::Hello;
}

qsizetype replySize(QByteArrayView datagram)
{
    return isExit(datagram) ? GoodByeBytes.size() : datagram.size() + HelloOverhead;
}

bool replyFits(QByteArrayView datagram) { return replySize(datagram) <= MaxDatagramSize; }

QByteArray replyTo(QByteArrayView datagram) { return replyPieces(datagram).joined(); }

bool parseHello(QByteArrayView reply, QByteArray *name)
{
    if (reply.size() < HelloOverhead || !reply.startsWith(HelloPrefix) || !reply.endsWith(HelloSuffix))
        return false;
    if (name)
        *name = reply.sliced(HelloPrefix.size(), reply.size() - HelloOverhead).toByteArray();
    return true;
}

bool isGoodBye(QByteArrayView reply) { return reply == GoodByeBytes; }

QHostAddress plainAddress(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        bool isMapped = false;
        const quint32 v4 = address.toIPv4Address(&isMapped);
        if (isMapped)
            return QHostAddress(v4);
    }
    return address;
}

HostKind classifyHost(const QString &text, QHostAddress *address)
{
    QString host = text.trimmed();
    if (host.isEmpty())
        return HostKind::Empty;
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress literal;
    if (literal.setAddress(host)) {
        if (address)
            *address = literal;
        return literal.protocol() == QAbstractSocket::IPv6Protocol ? HostKind::IPv6 : HostKind::IPv4;
    }
    if (host.contains(QLatin1Char(':')))
        return HostKind::BadIPv6;
    const bool digitsAndDots = std::all_of(host.cbegin(), host.cend(), [](QChar c) {
        return c.isDigit() || c == QLatin1Char('.');
    });
    if (digitsAndDots)
        return HostKind::BadIPv4;
    // A DNS name (RFC 1123), international names through their ASCII form.
    QByteArray ace = QUrl::toAce(host);
    if (ace.endsWith('.'))
        ace.chop(1);
    if (ace.isEmpty() || ace.size() > 253)
        return HostKind::BadHostName;
    for (const QByteArray &label : ace.split('.')) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith('-') || label.endsWith('-'))
            return HostKind::BadHostName;
        for (char c : label) {
            if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-')
                return HostKind::BadHostName;
        }
    }
    return HostKind::HostName;
}

QString addressText(const QHostAddress &address)
{
    return address == QHostAddress(QHostAddress::Any) ? QStringLiteral("::") : address.toString();
}

bool parseBindAddress(const QString &text, QHostAddress *address)
{
    QHostAddress parsed;
    if (!parsed.setAddress(text.trimmed()))
        return false;
    // Qt binds AnyIPv6 ("::") IPv6-only; Any is the dual-stack socket people mean by "::".
    *address = parsed == QHostAddress(QHostAddress::AnyIPv6) ? QHostAddress(QHostAddress::Any) : parsed;
    return true;
}

bool parsePort(const QString &text, quint16 *port)
{
    if (text.isEmpty() || text.size() > 5)
        return false;
    uint value = 0;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        value = value * 10 + uint(c.unicode() - '0');
    }
    if (value > 65535)
        return false;
    *port = quint16(value);
    return true;
}

BindProblem bindProblem(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return BindProblem::None;
    bool mapped = false;
    address.toIPv4Address(&mapped);
    if (mapped)
        return BindProblem::IPv4Mapped;
    if (address.isLinkLocal() && address.scopeId().isEmpty())
        return BindProblem::LinkLocalWithoutScope;
    // The system says "address family not supported" for a scope it does not know.
    const QString scope = address.scopeId();
    bool numeric = false;
    scope.toUInt(&numeric);
    if (!scope.isEmpty() && !numeric && QNetworkInterface::interfaceIndexFromName(scope) == 0)
        return BindProblem::UnknownScope;
    return BindProblem::None;
}

QString endpointText(const QHostAddress &address, quint16 port)
{
    const QHostAddress plain = plainAddress(address);
    const QString host = addressText(plain);
    if (plain.protocol() == QAbstractSocket::IPv6Protocol || plain == QHostAddress(QHostAddress::Any))
        return QLatin1Char('[') + host + QLatin1String("]:") + QString::number(port);
    return host + QLatin1Char(':') + QString::number(port);
}

} // namespace Protocol
