// SPDX-License-Identifier: MIT
#include "datagraminspector.h"

#include "datagramrecord.h"
#include "destinationkind.h"
#include "displaytext.h"
#include "protocol.h"
#include "udpheader.h"

#include <QDateTime>
#include <QList>
#include <QPair>

namespace {

// Columns a character takes in a fixed-width font: CJK and other wide characters take two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x1100 && (c.unicode() <= 0x115f || c.unicode() >= 0x2e80) ? 2 : 1;
    return width;
}

// "  name    value" lines with the values in one column, whatever the language of the names.
QString aligned(const QList<QPair<QString, QString>> &fields)
{
    int width = 0;
    for (const auto &field : fields)
        width = qMax(width, displayWidth(field.first));
    QString text;
    for (const auto &field : fields) {
        text += QLatin1String("  ") + field.first
            + QString(width - displayWidth(field.first) + 2, QLatin1Char(' ')) + field.second + QLatin1Char('\n');
    }
    return text;
}

} // namespace

QString DatagramInspector::headerText(const DatagramRecord &r)
{
    UdpHeader header;
    const bool known = UdpHeader::build(r.sender, r.senderPort, r.destination, r.destinationPort, r.payload, &header);
    const QString source = Protocol::plainAddress(r.sender).toString();
    const int size = int(r.payload.size());
    QString text = tr("UDP header, 8 bytes on the wire");
    QList<QPair<QString, QString>> fields;
    if (known) {
        text += QLatin1String(": ") + DisplayText::hexBytes(header.bytes());
        // Said in words: a group or broadcast address alone is easy to misread as the server's.
        fields.append({tr("IP"), tr("%1 -> %2 (%3)").arg(source, Protocol::plainAddress(r.destination).toString(),
                                                          DestinationKind::text(r.destination))});
    } else {
        text += tr(" (the destination address is not known: the server listens on all addresses)");
        fields.append({tr("IP"), tr("%1 -> (this computer)").arg(source)});
    }
    fields.append({tr("source port"), QString::number(r.senderPort)});
    fields.append({tr("destination port"), QString::number(r.destinationPort)});
    fields.append({tr("length"), tr("%1 (8 + %n payload bytes)", nullptr, size).arg(Protocol::UdpHeaderSize + size)});
    if (known) {
        const bool v4 = Protocol::plainAddress(r.sender).protocol() == QAbstractSocket::IPv4Protocol;
        fields.append({tr("checksum"), tr("0x%1 (over the %2 pseudo-header, %3)")
                                           .arg(header.checksum, 4, 16, QLatin1Char('0'))
                                           .arg(v4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6"),
                                                v4 ? QStringLiteral("RFC 768") : QStringLiteral("RFC 8200"))});
    }
    return text + QLatin1Char('\n') + aligned(fields);
}

QString DatagramInspector::describe(const DatagramRecord &r, const QString &replyText)
{
    const QString when = QDateTime::fromMSecsSinceEpoch(r.timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    const int size = int(r.payload.size());
    QString text = tr("From %1 at %2, %n byte(s)", nullptr, size).arg(Protocol::endpointText(r.sender, r.senderPort), when);
    text += QLatin1Char('\n') + tr("Reply: %1").arg(replyText) + QLatin1String("\n\n");
    text += tr("Text:") + QLatin1Char('\n') + DisplayText::escaped(r.payload) + QLatin1String("\n\n");
    text += headerText(r) + QLatin1Char('\n');
    text += tr("Payload, %n byte(s):", nullptr, size) + QLatin1Char('\n') + DisplayText::hexDump(r.payload);
    return text;
}
