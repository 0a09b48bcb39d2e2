// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

// The backslash escapes a user types, one reader for all who take them (--reply-text, the client's
// input): \n \r \t \\ are characters, written in the text's encoding; \xNN is one byte, as it is.
class Escapes
{
    Q_DECLARE_TR_FUNCTIONS(Escapes)

public:
    struct Escape
    {
        bool isByte = false;  // \xNN: a byte, not a character
        char value = 0;       // the character (ASCII) or the byte
        int length = 0;       // characters of text it takes, the backslash included
    };

    // The escape at text[at], which is a backslash. False with a sentence naming it in *error.
    static bool read(const QString &text, qsizetype at, Escape *escape, QString *error);
};
