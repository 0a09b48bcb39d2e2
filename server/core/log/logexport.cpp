// SPDX-License-Identifier: MIT
#include "logexport.h"

#include "datagramlogmodel.h"

#include <QSaveFile>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace LogExport {

QByteArray outcomeName(const DatagramRecord &record)
{
    switch (record.replyFate) {
    case ReplyFate::Sent:
        break;
    case ReplyFate::NotAnswered: return "listen-only";
    case ReplyFate::TooLarge: return "too-large";
    case ReplyFate::RateLimited: return "rate-limited";
    case ReplyFate::WouldAmplify: return "would-amplify";
    case ReplyFate::SendFailed: return "send-failed";
    }
    switch (record.replyKind) {
    case ReplyKind::Hello: return "hello";
    case ReplyKind::GoodBye: return "goodbye";
    case ReplyKind::Echo: return "echo";
    case ReplyKind::Text: return "text";
    case ReplyKind::None: break;
    }
    return "unknown";
}

namespace {
// The payload as text when it is text: no control characters, valid UTF-8, and encoding the text
// again gives back exactly the same bytes. A U+FEFF (byte order mark) anywhere makes it hex: the
// sender did send it, but QString::fromUtf8, a default QStringDecoder and Qt's own JSON reader
// (QJsonDocument::fromJson) all drop one at the start of a string. ConvertInitialBom lets the
// check see a leading one. Line breaks and tabs may be allowed (JSON escapes them): a reply's
// closing "\n" then leaves it readable text.
enum class Breaks { Refused, Allowed };
bool decodeText(const QByteArray &payload, QString *text, Breaks breaks = Breaks::Refused)
{
    for (char c : payload) {
        const bool isBreak = c == '\n' || c == '\r' || c == '\t';
        if (((uchar(c) < 0x20) && !(isBreak && breaks == Breaks::Allowed)) || c == 0x7f)
            return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    *text = decoder.decode(payload);
    return !decoder.hasError() && !text->contains(QChar::ReplacementCharacter) && !text->contains(QChar::ByteOrderMark)
        && text->toUtf8() == payload;
}
} // namespace

bool payloadIsText(const QByteArray &payload)
{
    QString text;
    return decodeText(payload, &text);
}

namespace {
QByteArray isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
}

QByteArray csvField(const QByteArray &value)
{
    if (!value.contains(',') && !value.contains('"') && !value.contains('\n') && !value.contains('\r'))
        return value;
    QByteArray quoted = value;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}
} // namespace

QByteArray csvHeader() { return "time,sender,port,bytes,reply,encoding,payload\r\n"; }

QByteArray csvLine(const DatagramRecord &r)
{
    // A spreadsheet runs a cell starting with = + - @ as a formula: such text is written as hex too.
    const bool text = payloadIsText(r.payload)
        && !(!r.payload.isEmpty() && QByteArrayView("=+-@").contains(r.payload.at(0)));
    const QByteArray payload = text ? r.payload : r.payload.toHex();
    return isoTime(r.timeMs) + ',' + csvField(r.sender.toString().toUtf8()) + ',' + QByteArray::number(r.senderPort)
        + ',' + QByteArray::number(r.payload.size()) + ',' + outcomeName(r) + ','
        + (text ? "text" : "hex") + ',' + csvField(payload) + "\r\n";
}

QByteArray jsonLine(const DatagramRecord &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("time"), QString::fromLatin1(isoTime(r.timeMs)));
    o.insert(QStringLiteral("sender"), r.sender.toString());
    o.insert(QStringLiteral("port"), int(r.senderPort));
    // Where it was sent: this server's address, a multicast group or a broadcast address.
    if (!r.destination.isNull())
        o.insert(QStringLiteral("to"), r.destination.toString());
    o.insert(QStringLiteral("bytes"), int(r.payload.size()));
    o.insert(QStringLiteral("reply"), QString::fromLatin1(outcomeName(r)));
    QString text;
    if (decodeText(r.payload, &text))
        o.insert(QStringLiteral("text"), text);
    else
        o.insert(QStringLiteral("hex"), QString::fromLatin1(r.payload.toHex()));
    // The bytes that were sent, as they left (kept on the record by the server).
    if (r.answered()) {
        if (decodeText(r.reply, &text, Breaks::Allowed))
            o.insert(QStringLiteral("replyText"), text);
        else
            o.insert(QStringLiteral("replyHex"), QString::fromLatin1(r.reply.toHex()));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

Format formatFor(const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? Format::Csv : Format::JsonLines;
}

bool write(QIODevice *device, DatagramLogModel &log, Format format)
{
    log.flush();
    const bool csv = format == Format::Csv;
    if (csv && device->write(csvHeader()) < 0)
        return false;
    for (int row = 0; row < log.rowCount(); ++row) {
        const DatagramRecord &record = log.record(row);
        if (device->write(csv ? csvLine(record) : jsonLine(record)) < 0)
            return false;
    }
    return true;
}

bool exportToFile(const QString &fileName, DatagramLogModel &log, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || !write(&file, log, formatFor(fileName)) || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace LogExport
