// SPDX-License-Identifier: MIT
#include "typedmessage.h"

#include "displaytext.h"
#include "escapes.h"

#include <array>

namespace {
const std::array<QLatin1String, 3> InputKeys{QLatin1String("text"), QLatin1String("hex"), QLatin1String("escapes")};
const std::array<QLatin1String, 4> EndingKeys{QLatin1String("none"), QLatin1String("lf"), QLatin1String("cr"),
                                              QLatin1String("crlf")};
const std::array<QLatin1String, 4> EndingText{QLatin1String(""), QLatin1String("\n"), QLatin1String("\r"),
                                              QLatin1String("\r\n")};

template<typename Enum, size_t N>
bool fromKey(const std::array<QLatin1String, N> &keys, const QString &key, Enum *value)
{
    for (size_t i = 0; i < N; ++i) {
        if (keys[i] == key) {
            *value = Enum(i);
            return true;
        }
    }
    return false;
}
} // namespace

QString TypedMessage::inputKey(Input input) { return InputKeys.at(size_t(input)); }
bool TypedMessage::inputFromKey(const QString &key, Input *input) { return fromKey(InputKeys, key, input); }
QString TypedMessage::endingKey(LineEnding ending) { return EndingKeys.at(size_t(ending)); }
bool TypedMessage::endingFromKey(const QString &key, LineEnding *ending) { return fromKey(EndingKeys, key, ending); }

bool TypedMessage::toBytes(const QString &typed, const Form &form, QByteArray *bytes, QString *why)
{
    if (typed.isEmpty()) {
        bytes->clear();
        return true;
    }
    QByteArray result;
    bool encodable = true;
    switch (form.input) {
    case Input::Hex:
        if (!DisplayText::parseHex(typed, &result)) {
            *why = tr("Hex mode: type bytes as pairs of hex digits, such as 48 65 6c 6c 6f (spaces optional).");
            return false;
        }
        result += QByteArray(EndingText.at(size_t(form.ending)).data());  // bytes, as in hex
        break;
    case Input::Escapes:
        if (!escapedToBytes(typed, form.encoding, &result, why))
            return false;
        result += TextEncoding::encode(EndingText.at(size_t(form.ending)), form.encoding, &encodable);
        break;
    case Input::Text:
        result = TextEncoding::encode(typed + EndingText.at(size_t(form.ending)), form.encoding, &encodable);
        if (!encodable) {
            *why = tr("This text has characters that %1 cannot write; nothing was sent.")
                       .arg(TextEncoding::name(form.encoding));
            return false;
        }
        break;
    }
    *bytes = result;
    return true;
}

bool TypedMessage::escapedToBytes(const QString &typed, TextEncoding::Encoding encoding, QByteArray *bytes,
                                  QString *why)
{
    QString pending;  // characters, encoded a run at a time (a surrogate pair stays whole)
    bool encodable = true;
    const auto flush = [&] {
        bool ok = true;
        bytes->append(TextEncoding::encode(pending, encoding, &ok));
        encodable = encodable && ok;
        pending.clear();
    };
    for (qsizetype i = 0; i < typed.size(); ++i) {
        if (typed.at(i) != QLatin1Char('\\')) {
            pending += typed.at(i);
            continue;
        }
        Escapes::Escape escape;
        QString error;
        if (!Escapes::read(typed, i, &escape, &error)) {
            *why = tr("Escapes: %1 Nothing was sent.").arg(error);
            return false;
        }
        if (escape.isByte) {
            flush();
            bytes->append(escape.value);
        } else {
            pending += QLatin1Char(escape.value);
        }
        i += escape.length - 1;
    }
    flush();
    if (!encodable) {
        *why = tr("This text has characters that %1 cannot write; nothing was sent.").arg(TextEncoding::name(encoding));
        return false;
    }
    return true;
}
