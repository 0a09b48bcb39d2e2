// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>

#include "textencoding.h"

// Turns untrusted datagram bytes into text that is safe to show in one table cell or console line.
namespace DisplayText {

// Printable UTF-8 stays as it is; everything that could change how the surrounding text looks is
// escaped: \n \r \t, other C0/C1 controls and DEL as \xNN, invalid UTF-8 bytes as \xNN, format and
// bidi controls, line/paragraph separators and non-characters as \uXXXX, more than a few stacked
// combining marks as \uXXXX. A backslash becomes \\ so the escaping can be read back unambiguously.
// With maxChars >= 0 the result is cut after about maxChars characters and ends with an ellipsis.
// Bytes read in another encoding (GB18030, UTF-16, ISO-8859-1) are escaped alike: what does not
// decode is \xNN, never dropped.
QString escaped(QByteArrayView bytes, qsizetype maxChars = -1,
                TextEncoding::Encoding encoding = TextEncoding::Encoding::Utf8);

// As escaped(), but each LF stays a line break and a backslash or a tab stays itself: for a
// terminal, where a reply is read as the seed's client prints it ("Hello DOM\user!\n" as it is),
// while CR, ESC, NUL and every other control are escaped, so no peer can move the cursor or retitle the window. In UTF-16 a 0x0A
// byte is half a character: there everything is escaped, LF too.
QString escapedLines(QByteArrayView bytes, TextEncoding::Encoding encoding = TextEncoding::Encoding::Utf8);

// Offsets, hex bytes and printable ASCII, 16 bytes a line, like `hexdump -C`.
QString hexDump(QByteArrayView bytes);

// "48 65 6c 6c 6f"; with maxBytes >= 0 cut after that many bytes with an ellipsis.
QString hexBytes(QByteArrayView bytes, qsizetype maxBytes = -1);
// Reads "48 65 6c 6c 6f", "48656c6c6f", "0x48 0x65", upper or lower case, any whitespace between
// bytes. False (and *bytes untouched) for anything else, such as an odd number of digits.
bool parseHex(const QString &text, QByteArray *bytes);

} // namespace DisplayText
