// SPDX-License-Identifier: MIT
#include "datagraminspector.h"

#include "datagramrecord.h"
#include "displaytext.h"
#include "protocol.h"
#include "udpheader.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("DatagramInspector", text, nullptr, n);
}

QString headerText(const DatagramRecord &r)
{
    UdpHeader header;
    const bool known = UdpHeader::build(r.sender, r.senderPort, r.destination, r.destinationPort, r.payload, &header);
    const QString source = Protocol::plainAddress(r.sender).toString();
    QString text = tr("UDP header, 8 bytes on the wire");
    if (known) {
        text += QLatin1String(": ") + DisplayText::hexBytes(header.bytes()) + QLatin1Char('\n');
        text += tr("  IP           %1 -> %2").arg(source, Protocol::plainAddress(r.destination).toString());
    } else {
        text += tr(" (the destination address is not known: the server listens on all addresses)") + QLatin1Char('\n');
        text += tr("  IP           %1 -> (this computer)").arg(source);
    }
    text += QLatin1Char('\n') + tr("  source port       %1").arg(r.senderPort) + QLatin1Char('\n');
    text += tr("  destination port  %1").arg(r.destinationPort) + QLatin1Char('\n');
    text += tr("  length            %1 (8 + %2 payload bytes)")
                .arg(Protocol::UdpHeaderSize + r.payload.size()).arg(r.payload.size()) + QLatin1Char('\n');
    if (known) {
        const bool v4 = Protocol::plainAddress(r.sender).protocol() == QAbstractSocket::IPv4Protocol;
        text += tr("  checksum          0x%1 (over the %2 pseudo-header, %3)")
                    .arg(header.checksum, 4, 16, QLatin1Char('0'))
                    .arg(v4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6"),
                         v4 ? QStringLiteral("RFC 768") : QStringLiteral("RFC 8200"))
            + QLatin1Char('\n');
    }
    return text;
}

} // namespace

namespace DatagramInspector {

QString describe(const DatagramRecord &r, const QString &replyText)
{
    const QString when = QDateTime::fromMSecsSinceEpoch(r.timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    const int size = int(r.payload.size());
    QString text = tr("From %1 at %2, %n byte(s)", size).arg(Protocol::endpointText(r.sender, r.senderPort), when);
    text += QLatin1Char('\n') + tr("Reply: %1").arg(replyText) + QLatin1String("\n\n");
    text += tr("Text:") + QLatin1Char('\n') + DisplayText::escaped(r.payload) + QLatin1String("\n\n");
    text += headerText(r) + QLatin1Char('\n');
    text += tr("Payload, %n byte(s):", size) + QLatin1Char('\n') + DisplayText::hexDump(r.payload);
    return text;
}

} // namespace DatagramInspector
