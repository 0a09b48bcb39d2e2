// SPDX-License-Identifier: MIT
#include "displaytext.h"

#include <QChar>
#include <QRegularExpression>

#include <cctype>

namespace {

constexpr int MaxStackedMarks = 4;
constexpr char16_t Ellipsis = 0x2026;

void appendHex(QString &out, uint value, int digits)
{
    static constexpr char Hex[] = "0123456789abcdef";
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out += QLatin1Char(Hex[(value >> shift) & 0xf]);
}

void appendByteEscape(QString &out, uchar byte)
{
    out += QLatin1String("\\x");
    appendHex(out, byte, 2);
}

void appendCodePointEscape(QString &out, char32_t cp)
{
    if (cp > 0xffff) {
        out += QLatin1String("\\U");
        appendHex(out, cp, 8);
    } else {
        out += QLatin1String("\\u");
        appendHex(out, cp, 4);
    }
}

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF.
// Returns the sequence length, or 0 when bytes[at] does not start a valid sequence.
int decodeUtf8(QByteArrayView bytes, qsizetype at, char32_t *cp)
{
    const auto byte = [&](qsizetype i) { return uchar(bytes[i]); };
    const uchar lead = byte(at);
    int length = 0;
    uchar low = 0x80, high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        if (lead == 0xe0) low = 0xa0;
        if (lead == 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        if (lead == 0xf0) low = 0x90;
        if (lead == 0xf4) high = 0x8f;
    } else {
        return 0;
    }
    if (at + length > bytes.size())
        return 0;
    const uchar second = byte(at + 1);
    if (second < low || second > high)
        return 0;
    char32_t value = lead & (0x7f >> length);
    for (int i = 1; i < length; ++i) {
        const uchar next = byte(at + i);
        if ((next & 0xc0) != 0x80)
            return 0;
        value = (value << 6) | (next & 0x3f);
    }
    *cp = value;
    return length;
}

bool mustEscape(char32_t cp)
{
    if (cp == 0x200c || cp == 0x200d) // ZWNJ and ZWJ join letters and emoji, inside the text only
        return false;
    switch (QChar::category(cp)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return QChar::isNonCharacter(cp);
    }
}

bool isMark(char32_t cp)
{
    const auto category = QChar::category(cp);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

void appendAscii(QString &out, uchar c)
{
    switch (c) {
    case '\n': out += QLatin1String("\\n"); return;
    case '\r': out += QLatin1String("\\r"); return;
    case '\t': out += QLatin1String("\\t"); return;
    case '\\': out += QLatin1String("\\\\"); return;
    default:
        if (c < 0x20 || c == 0x7f)
            appendByteEscape(out, c);
        else
            out += QLatin1Char(char(c));
    }
}

} // namespace

namespace DisplayText {

QString escaped(QByteArrayView bytes, qsizetype maxChars, TextEncoding::Encoding encoding)
{
    const bool utf8 = encoding == TextEncoding::Encoding::Utf8;
    QString out;
    const qsizetype size = bytes.size();
    out.reserve(maxChars >= 0 ? qMin(size, maxChars) + 12 : size + 8);
    int stackedMarks = 0;
    for (qsizetype i = 0; i < size;) {
        if (maxChars >= 0 && out.size() >= maxChars) {
            out += QChar(Ellipsis);
            break;
        }
        const uchar c = uchar(bytes[i]);
        // ASCII is itself in every encoding here but the UTF-16 ones.
        const bool ascii = c < 0x80 && encoding != TextEncoding::Encoding::Utf16LE
            && encoding != TextEncoding::Encoding::Utf16BE;
        if (ascii) {
            appendAscii(out, c);
            stackedMarks = 0;
            ++i;
            continue;
        }
        char32_t cp = 0;
        const int length = utf8 ? decodeUtf8(bytes, i, &cp) : TextEncoding::decodeOne(bytes, i, encoding, &cp);
        if (length == 0) {
            // UTF-16 goes by units: a bad unit is both its bytes, so the next one stays aligned.
            const qsizetype bad = !ascii && !utf8 && encoding != TextEncoding::Encoding::Gb18030 && i + 1 < size ? 2 : 1;
            for (qsizetype k = 0; k < bad; ++k)
                appendByteEscape(out, uchar(bytes[i + k]));
            stackedMarks = 0;
            i += bad;
            continue;
        }
        i += length;
        if (cp < 0x80) {  // ASCII in UTF-16: shown and escaped as ASCII is
            appendAscii(out, uchar(cp));
            stackedMarks = 0;
            continue;
        }
        stackedMarks = isMark(cp) ? stackedMarks + 1 : 0;
        if (mustEscape(cp) || stackedMarks > MaxStackedMarks) {
            appendCodePointEscape(out, cp);
        } else {
            const auto units = QChar::fromUcs4(cp);
            out.append(QStringView(units));
        }
    }
    return out;
}

namespace {
// escaped()'s text with a backslash and a tab given back as themselves: harmless on a terminal,
// and the seed's client prints a reply to "DOM\user" as "Hello DOM\user!". Read left to right,
// each escape starts with a backslash, so "\\t" is a backslash and a t, never a tab.
QString rawBackslashAndTab(const QString &escapedText)
{
    QString text;
    text.reserve(escapedText.size());
    for (qsizetype i = 0; i < escapedText.size(); ++i) {
        const QChar c = escapedText.at(i);
        const QChar next = i + 1 < escapedText.size() ? escapedText.at(i + 1) : QChar();
        if (c == QLatin1Char('\\') && (next == QLatin1Char('\\') || next == QLatin1Char('t'))) {
            text += next == QLatin1Char('t') ? QLatin1Char('\t') : QLatin1Char('\\');
            ++i;
        } else {
            text += c;
            if (c == QLatin1Char('\\') && !next.isNull()) {  // the rest of this escape as it is
                text += next;
                ++i;
            }
        }
    }
    return text;
}
} // namespace

QString escapedLines(QByteArrayView bytes, TextEncoding::Encoding encoding)
{
    if (encoding == TextEncoding::Encoding::Utf16LE || encoding == TextEncoding::Encoding::Utf16BE)
        return escaped(bytes, -1, encoding);
    QString text;
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = bytes.indexOf('\n', start);
        text += rawBackslashAndTab(escaped(bytes.sliced(start, (end < 0 ? bytes.size() : end) - start), -1, encoding));
        if (end < 0)
            return text;
        text += QLatin1Char('\n');
        start = end + 1;
    }
}

QString hexDump(QByteArrayView bytes)
{
    constexpr int PerLine = 16;
    QString out;
    out.reserve((bytes.size() / PerLine + 1) * 79);
    for (qsizetype line = 0; line < bytes.size(); line += PerLine) {
        appendHex(out, uint(line), 8);
        out += QLatin1String("  ");
        for (int i = 0; i < PerLine; ++i) {
            if (line + i < bytes.size())
                appendHex(out, uchar(bytes[line + i]), 2);
            else
                out += QLatin1String("  ");
            out += QLatin1String(i == 7 ? "  " : " ");
        }
        out += QLatin1String(" |");
        for (int i = 0; i < PerLine && line + i < bytes.size(); ++i) {
            const uchar c = uchar(bytes[line + i]);
            out += QLatin1Char(c >= 0x20 && c < 0x7f ? char(c) : '.');
        }
        out += QLatin1String("|\n");
    }
    appendHex(out, uint(bytes.size()), 8);
    out += QLatin1Char('\n');
    return out;
}

QString hexBytes(QByteArrayView bytes, qsizetype maxBytes)
{
    const qsizetype shown = maxBytes >= 0 ? qMin(bytes.size(), maxBytes) : bytes.size();
    QString out;
    out.reserve(shown * 3 + 1);
    for (qsizetype i = 0; i < shown; ++i) {
        if (i > 0)
            out += QLatin1Char(' ');
        appendHex(out, uchar(bytes[i]), 2);
    }
    if (shown < bytes.size())
        out += QChar(Ellipsis);
    return out;
}

bool parseHex(const QString &text, QByteArray *bytes)
{
    QByteArray result;
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (QString word : words) {
        if (word.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
            word = word.mid(2);
        if (word.isEmpty() || word.size() % 2 != 0)
            return false;
        for (QChar c : word) {
            if (c.unicode() > 0x7f || !std::isxdigit(static_cast<unsigned char>(c.toLatin1())))
                return false;
        }
        result += QByteArray::fromHex(word.toLatin1());
    }
    *bytes = result;
    return true;
}

} // namespace DisplayText
