// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

// The text encodings a datagram can be typed and read in (--encoding), through Qt's converters
// (ICU in Debian's Qt, so GB18030 is there; elsewhere Qt needs ICU for it too).
namespace TextEncoding {

enum class Encoding { Utf8, Gb18030, Utf16LE, Utf16BE, Latin1 };

// "utf-8", "gb18030", "utf-16le", "utf-16be", "iso-8859-1" (the names --encoding takes).
QStringList names();
QString name(Encoding encoding);
// Also takes "utf8", "gbk", "gb2312" (GB18030 covers both), "latin1"; any case. False if unknown.
bool fromName(const QString &name, Encoding *encoding);
// Whether this system's Qt can convert it.
bool isAvailable(Encoding encoding);

// The bytes of the text in the encoding. False in *ok when a character has no bytes there (张 in
// ISO-8859-1): nothing is guessed, the caller says so.
QByteArray encode(const QString &text, Encoding encoding, bool *ok);
// One character at bytes[at]: how many bytes it takes, and the character; 0 when the bytes there
// are not a character in this encoding (the caller then escapes one byte and goes on).
int decodeOne(QByteArrayView bytes, qsizetype at, Encoding encoding, char32_t *cp);

} // namespace TextEncoding
