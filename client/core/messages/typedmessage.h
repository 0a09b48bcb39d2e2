// SPDX-License-Identifier: MIT
#pragma once

#include "textencoding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// What a user typed, and how: as text in an encoding, as hex bytes, or as text with backslash
// escapes; and the line ending sent after it. This turns it into the bytes sent, or a sentence
// saying why there are none. The saved messages keep the same form beside their bytes.
class TypedMessage
{
    Q_DECLARE_TR_FUNCTIONS(TypedMessage)

public:
    enum class Input { Text, Hex, Escapes };
    enum class LineEnding { None, Lf, Cr, CrLf };

    struct Form
    {
        Input input = Input::Text;
        TextEncoding::Encoding encoding = TextEncoding::Encoding::Utf8;
        LineEnding ending = LineEnding::None;
        bool operator==(const Form &o) const
        {
            return input == o.input && encoding == o.encoding && ending == o.ending;
        }
    };

    // The bytes, then the line ending: in the encoding for text (LF is 0a 00 in UTF-16LE), as
    // bytes in hex mode. Nothing typed gives no bytes, without a line ending: an empty input is
    // no message. False with a sentence in *why; *bytes is then unchanged.
    static bool toBytes(const QString &typed, const Form &form, QByteArray *bytes, QString *why);

    // The words kept in settings and JSON files: "text", "hex", "escapes"; "none", "lf", "cr", "crlf".
    static QString inputKey(Input input);
    static bool inputFromKey(const QString &key, Input *input);
    static QString endingKey(LineEnding ending);
    static bool endingFromKey(const QString &key, LineEnding *ending);

private:
    static bool escapedToBytes(const QString &typed, TextEncoding::Encoding encoding, QByteArray *bytes,
                               QString *why);
};
