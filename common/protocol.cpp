#include "protocol.h"

namespace {
constexpr QByteArrayView ExitBytes("exit");
constexpr QByteArrayView GoodByeBytes("Good bye!\n");
constexpr QByteArrayView HelloPrefix("Hello ");
constexpr QByteArrayView HelloSuffix("!\n");
} // namespace

namespace Protocol {

QByteArray exitCommand() { return ExitBytes.toByteArray(); }
QByteArray goodByeReply() { return GoodByeBytes.toByteArray(); }

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

QByteArray replyTo(QByteArrayView datagram)
{
    if (isExit(datagram))
        return goodByeReply();
    QByteArray reply;
    reply.reserve(datagram.size() + HelloOverhead);
    reply.append(HelloPrefix).append(datagram).append(HelloSuffix);
    return reply;
}

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

QString endpointText(const QHostAddress &address, quint16 port)
{
    const QHostAddress plain = plainAddress(address);
    const QString host = plain.toString();
    if (plain.protocol() == QAbstractSocket::IPv6Protocol)
        return QLatin1Char('[') + host + QLatin1String("]:") + QString::number(port);
    return host + QLatin1Char(':') + QString::number(port);
}

} // namespace Protocol
