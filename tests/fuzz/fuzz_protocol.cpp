// SPDX-License-Identifier: MIT
// libFuzzer target: the reply builder and the display escaping, checked against their contracts.
//   reply:   exactly "exit" -> "Good bye!\n", anything else -> "Hello " + bytes + "!\n", parseable back
//   escaped: never a raw control, format or separator character; elision is a prefix; and the
//            escaping is lossless: unescaping gives back every byte
#include "displaytext.h"
#include "protocol.h"

#include <QChar>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_protocol: contract broken: %s\n", what);
        std::abort();
    }
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9') return u - '0';
    if (u >= 'a' && u <= 'f') return u - 'a' + 10;
    return -1;
}

uint readHex(const QString &text, qsizetype at, int digits)
{
    require(at + digits <= text.size(), "escape cut short");
    uint value = 0;
    for (int i = 0; i < digits; ++i) {
        const int digit = hexValue(text.at(at + i));
        require(digit >= 0, "bad hex digit in escape");
        value = value * 16 + uint(digit);
    }
    return value;
}

// By hand: QString::fromUcs4 would drop a U+FEFF as a byte-order mark.
void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xc0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        out += char(0xe0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    } else {
        out += char(0xf0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3f));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    }
}

QByteArray unescape(const QString &text)
{
    QByteArray out;
    qsizetype plainStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('\\'))
            continue;
        out += text.mid(plainStart, i - plainStart).toUtf8();
        require(i + 1 < text.size(), "lone backslash");
        const char16_t kind = text.at(i + 1).unicode();
        i += 2;
        switch (kind) {
        case 'n': out += '\n'; --i; break;
        case 'r': out += '\r'; --i; break;
        case 't': out += '\t'; --i; break;
        case '\\': out += '\\'; --i; break;
        case 'x': out += char(readHex(text, i, 2)); i += 1; break;
        case 'u': case 'U': {
            const int digits = kind == 'u' ? 4 : 8;
            const char32_t cp = readHex(text, i, digits);
            appendUtf8(out, cp);
            i += digits - 1;
            break;
        }
        default: require(false, "unknown escape");
        }
        plainStart = i + 1;
    }
    out += text.mid(plainStart).toUtf8();
    return out;
}

void checkReply(const QByteArray &bytes)
{
    const QByteArray reply = Protocol::replyTo(bytes);
    require(reply.size() == Protocol::replySize(bytes), "replySize");
    if (bytes == "exit") {
        require(reply == "Good bye!\n", "exit reply");
        require(Protocol::isGoodBye(reply), "isGoodBye");
        return;
    }
    require(reply == "Hello " + bytes + "!\n", "hello reply");
    QByteArray name;
    require(Protocol::parseHello(reply, &name) && name == bytes, "parseHello round trip");
    require(Protocol::replyFits(bytes) == (bytes.size() <= Protocol::MaxNameSize), "replyFits");
}

void checkEscaped(const QByteArray &bytes)
{
    const QString text = DisplayText::escaped(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSurrogate())
            continue;  // part of a pair outside the BMP; checked as a whole below
        const auto category = c.category();
        require(category != QChar::Other_Control, "raw control character");
        require(category != QChar::Separator_Line && category != QChar::Separator_Paragraph, "raw separator");
        require(category != QChar::Other_Format || c.unicode() == 0x200c || c.unicode() == 0x200d,
                "raw format character");
    }
    for (char32_t cp : text.toUcs4())
        require(QChar::category(cp) != QChar::Other_Format || cp == 0x200c || cp == 0x200d, "raw format (astral)");
    require(unescape(text) == bytes, "escaping is not lossless");

    const qsizetype limit = bytes.isEmpty() ? 0 : uchar(bytes.at(0)) % 64;
    const QString cut = DisplayText::escaped(bytes, limit);
    if (cut != text) {
        require(cut.endsWith(QChar(0x2026)), "elided text ends with an ellipsis");
        require(text.startsWith(cut.chopped(1)), "elided text is a prefix");
        require(cut.size() <= limit + 10 + 1, "elided text is short");
    }
    const QString dump = DisplayText::hexDump(bytes);
    require(dump.count(QLatin1Char('\n')) == (bytes.size() + 15) / 16 + 1, "hex dump lines");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkReply(bytes);
    checkEscaped(bytes);
    Protocol::classifyHost(QString::fromUtf8(bytes));
    return 0;
}
