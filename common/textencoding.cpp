// SPDX-License-Identifier: MIT
#include "textencoding.h"

#include <QStringDecoder>
#include <QStringEncoder>

namespace TextEncoding {

namespace {
const char *converterName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return "UTF-8";
    case Encoding::Gb18030: return "GB18030";
    case Encoding::Utf16LE: return "UTF-16LE";
    case Encoding::Utf16BE: return "UTF-16BE";
    case Encoding::Latin1: return "ISO-8859-1";
    }
    return "UTF-8";
}

// The length of the GB18030 sequence starting at `at` by its structure (1, 2 or 4), 0 if none.
int gb18030Length(QByteArrayView b, qsizetype at)
{
    const auto byte = [&](qsizetype i) { return i < b.size() ? uchar(b[i]) : 0u; };
    const uint lead = byte(at);
    if (lead < 0x80)
        return 1;
    if (lead == 0x80 || lead == 0xff || at + 1 >= b.size())
        return 0;
    const uint second = byte(at + 1);
    if ((second >= 0x40 && second <= 0x7e) || (second >= 0x80 && second <= 0xfe))
        return 2;
    if (second >= 0x30 && second <= 0x39 && at + 3 < b.size() && byte(at + 2) >= 0x81 && byte(at + 2) <= 0xfe
        && byte(at + 3) >= 0x30 && byte(at + 3) <= 0x39)
        return 4;
    return 0;
}

bool toCodePoint(const QString &decoded, char32_t *cp)
{
    if (decoded.isEmpty() || decoded.contains(QChar::ReplacementCharacter))
        return false;
    const QList<uint> ucs4 = decoded.toUcs4();
    if (ucs4.size() != 1)
        return false;
    *cp = char32_t(ucs4.first());
    return true;
}
} // namespace

QStringList names()
{
    return {QStringLiteral("utf-8"), QStringLiteral("gb18030"), QStringLiteral("utf-16le"),
            QStringLiteral("utf-16be"), QStringLiteral("iso-8859-1")};
}

QString name(Encoding encoding) { return names().at(int(encoding)); }

bool fromName(const QString &text, Encoding *encoding)
{
    const QString n = text.trimmed().toLower();
    const int index = int(names().indexOf(n));
    if (index >= 0) {
        *encoding = Encoding(index);
        return true;
    }
    if (n == QLatin1String("utf8"))
        *encoding = Encoding::Utf8;
    else if (n == QLatin1String("gbk") || n == QLatin1String("gb2312"))
        *encoding = Encoding::Gb18030;
    else if (n == QLatin1String("latin1") || n == QLatin1String("latin-1"))
        *encoding = Encoding::Latin1;
    else
        return false;
    return true;
}

bool isAvailable(Encoding encoding) { return QStringEncoder(converterName(encoding)).isValid(); }

QByteArray encode(const QString &text, Encoding encoding, bool *ok)
{
    QStringEncoder encoder(converterName(encoding), QStringEncoder::Flag::Stateless);
    QByteArray bytes = encoder.encode(text);
    // Qt writes '?' for a character the encoding lacks and may not flag it: check by decoding back.
    QStringDecoder decoder(converterName(encoding), QStringDecoder::Flag::Stateless);
    const QString back = decoder.decode(bytes);
    *ok = encoder.isValid() && !encoder.hasError() && back == text;
    return bytes;
}

int decodeOne(QByteArrayView bytes, qsizetype at, Encoding encoding, char32_t *cp)
{
    const qsizetype left = bytes.size() - at;
    switch (encoding) {
    case Encoding::Latin1:
        *cp = uchar(bytes[at]);
        return 1;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE: {
        const bool le = encoding == Encoding::Utf16LE;
        const auto unit = [&](qsizetype i) {
            return le ? char16_t(uchar(bytes[i]) | uchar(bytes[i + 1]) << 8) : char16_t(uchar(bytes[i]) << 8 | uchar(bytes[i + 1]));
        };
        if (left < 2)
            return 0;
        const char16_t first = unit(at);
        if (QChar::isLowSurrogate(first))
            return 0;
        if (!QChar::isHighSurrogate(first)) {
            *cp = first;
            return 2;
        }
        if (left < 4 || !QChar::isLowSurrogate(unit(at + 2)))
            return 0;
        *cp = QChar::surrogateToUcs4(first, unit(at + 2));
        return 4;
    }
    case Encoding::Gb18030: {
        const int length = gb18030Length(bytes, at);
        if (length == 0)
            return 0;
        if (length == 1) {
            *cp = uchar(bytes[at]);
            return 1;
        }
        QStringDecoder decoder("GB18030", QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(bytes.sliced(at, length));
        return !decoder.hasError() && toCodePoint(decoded, cp) ? length : 0;
    }
    case Encoding::Utf8:
        break;
    }
    // UTF-8 is decoded by DisplayText itself (faster, and strict about overlong forms).
    return 0;
}

} // namespace TextEncoding
