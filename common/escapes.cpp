// SPDX-License-Identifier: MIT
#include "escapes.h"

namespace {
int hexDigit(QChar c)
{
    const ushort u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}
} // namespace

bool Escapes::read(const QString &text, qsizetype at, Escape *escape, QString *error)
{
    const QChar next = at + 1 < text.size() ? text.at(at + 1) : QChar();
    switch (next.unicode()) {
    case 'n': *escape = {false, '\n', 2}; return true;
    case 'r': *escape = {false, '\r', 2}; return true;
    case 't': *escape = {false, '\t', 2}; return true;
    case '\\': *escape = {false, '\\', 2}; return true;
    case 'x': {
        const int high = at + 2 < text.size() ? hexDigit(text.at(at + 2)) : -1;
        const int low = at + 3 < text.size() ? hexDigit(text.at(at + 3)) : -1;
        if (high < 0 || low < 0) {
            *error = tr("bad escape '%1' at character %2: \\x takes two hex digits, such as \\x0d.")
                         .arg(text.mid(at, 4)).arg(at + 1);
            return false;
        }
        *escape = {true, char(high * 16 + low), 4};
        return true;
    }
    default:
        *error = tr("unknown escape '%1' at character %2: use \\n, \\r, \\t, \\\\ or \\xNN.")
                     .arg(text.mid(at, 2)).arg(at + 1);
        return false;
    }
}
