// SPDX-License-Identifier: MIT
#include "savedmessagesfile.h"

#include "defaults.h"
#include "displaytext.h"
#include "protocol.h"
#include "regularfile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <cctype>

namespace {
const QLatin1String FormatName("udpchat saved messages");
namespace Key {
const QLatin1String Format("format");
const QLatin1String Version("version");
const QLatin1String Messages("messages");
const QLatin1String Name("name");
const QLatin1String Typed("typed");
const QLatin1String Input("input");
const QLatin1String Encoding("encoding");
const QLatin1String LineEnding("lineEnding");
const QLatin1String Bytes("bytes");
} // namespace Key
} // namespace

QByteArray SavedMessagesFile::toJson(const QList<SavedMessage> &messages)
{
    QJsonArray list;
    for (const SavedMessage &m : messages) {
        list.append(QJsonObject{{Key::Name, m.name},
                                {Key::Typed, m.typed},
                                {Key::Input, TypedMessage::inputKey(m.form.input)},
                                {Key::Encoding, TextEncoding::name(m.form.encoding)},
                                {Key::LineEnding, TypedMessage::endingKey(m.form.ending)},
                                {Key::Bytes, QString::fromLatin1(m.bytes.toHex())}});
    }
    const QJsonObject root{{Key::Format, FormatName}, {Key::Version, Version}, {Key::Messages, list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {
// A JSON value as a sentence may quote it: "1" (a string), 1.5, an object, missing.
QString jsonShown(const QJsonValue &value)
{
    if (value.isUndefined())
        return SavedMessagesFile::tr("missing");
    if (value.isString())
        return QStringLiteral("\"%1\"").arg(DisplayText::escaped(value.toString().left(40).toUtf8()));
    if (value.isObject())
        return SavedMessagesFile::tr("an object");
    if (value.isArray())
        return SavedMessagesFile::tr("a list");
    return value.toVariant().toString().left(40);
}
} // namespace

bool SavedMessagesFile::fromJson(const QByteArray &json, QList<SavedMessage> *messages, QString *why)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        *why = tr("This is not JSON: %1 at character %2.").arg(error.errorString()).arg(error.offset + 1);
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(Key::Format).toString() != FormatName) {
        *why = tr("This JSON is not a udpchat saved messages file (it has no \"format\": \"%1\").").arg(FormatName);
        return false;
    }
    const QJsonValue version = root.value(Key::Version);
    // A number, whole: "1" (a string) or 1.5 is no version at all, not "version 1".
    if (!version.isDouble() || version.toDouble() != double(version.toInt(0))) {
        *why = tr("Its \"version\" is %1, not a whole number; this udpchat reads version %2.")
                   .arg(jsonShown(version)).arg(Version);
        return false;
    }
    if (version.toInt() < 1 || version.toInt() > Version) {
        *why = tr("This saved messages file is version %1; this udpchat reads version %2.").arg(version.toInt()).arg(Version);
        return false;
    }
    if (!root.value(Key::Messages).isArray()) {
        *why = tr("It has no \"messages\" list, so there is nothing to import.");
        return false;
    }
    const QJsonArray list = root.value(Key::Messages).toArray();
    if (list.size() > Defaults::SavedMessages) {
        *why = tr("This file has %1 messages; at most %2 can be saved.").arg(list.size()).arg(Defaults::SavedMessages);
        return false;
    }
    QList<SavedMessage> read;
    for (int i = 0; i < list.size(); ++i) {
        SavedMessage message;
        if (!list.at(i).isObject()) {
            *why = tr("Message %1 in this file: it is not an object with a name and bytes.").arg(i + 1);
            return false;
        }
        if (!messageFromJson(list.at(i).toObject(), i + 1, &message, why))
            return false;
        read.append(message);
    }
    *messages = read;
    return true;
}

bool SavedMessagesFile::messageFromJson(const QJsonObject &o, int number, SavedMessage *m, QString *why)
{
    m->name = o.value(Key::Name).toString().trimmed();
    m->typed = o.value(Key::Typed).toString();
    const QString input = o.value(Key::Input).toString(QStringLiteral("text"));
    const QString encoding = o.value(Key::Encoding).toString(QStringLiteral("utf-8"));
    const QString ending = o.value(Key::LineEnding).toString(QStringLiteral("none"));
    QString problem;
    if (m->name.isEmpty())
        problem = tr("it has no name");
    else if (!TypedMessage::inputFromKey(input, &m->form.input))
        problem = tr("input '%1' is not text, hex or escapes").arg(input.left(20));
    else if (!TextEncoding::fromName(encoding, &m->form.encoding))
        problem = tr("encoding '%1' is not one of %2").arg(encoding.left(20), TextEncoding::names().join(QStringLiteral(", ")));
    else if (!TypedMessage::endingFromKey(ending, &m->form.ending))
        problem = tr("lineEnding '%1' is not none, lf, cr or crlf").arg(ending.left(20));
    if (problem.isEmpty() && o.contains(Key::Bytes)) {
        const QString hex = o.value(Key::Bytes).toString();
        const bool digits = std::all_of(hex.begin(), hex.end(), [](QChar c) { return c.unicode() < 128 && std::isxdigit(uchar(c.unicode())); });
        m->bytes = QByteArray::fromHex(hex.toLatin1());
        if (!digits || hex.size() % 2)
            problem = tr("its bytes are not pairs of hex digits");
    } else if (problem.isEmpty()) {
        TypedMessage::toBytes(m->typed, m->form, &m->bytes, &problem);  // a sentence of its own
    }
    if (problem.isEmpty() && m->bytes.isEmpty())
        problem = tr("it has no bytes to send");
    else if (problem.isEmpty() && m->bytes.size() > Protocol::MaxNameSize)
        problem = tr("it is %1 bytes, more than one datagram can carry").arg(QLocale().toString(m->bytes.size()));
    if (problem.isEmpty())
        return true;
    *why = tr("Message %1 in this file: %2.").arg(number).arg(problem);
    return false;
}

bool SavedMessagesFile::read(const QString &path, QList<SavedMessage> *messages, QString *why)
{
    QByteArray bytes;
    const RegularFile::Outcome outcome = RegularFile::read(path, Defaults::SavedMessagesFileBytes, &bytes);
    switch (outcome.result) {
    case RegularFile::Result::Read: {
        QString problem;
        if (fromJson(bytes, messages, &problem))
            return true;
        *why = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), problem);
        break;
    }
    case RegularFile::Result::Missing:
        *why = tr("There is no file %1.").arg(path);
        break;
    case RegularFile::Result::Folder:
        *why = tr("%1 is a folder, not a file.").arg(path);
        break;
    case RegularFile::Result::NotRegular:
        // Opening a FIFO would wait for a writer: the window froze.
        *why = tr("%1 is not a regular file (a pipe, a socket or a device): saved messages are read from a file.")
                   .arg(path);
        break;
    case RegularFile::Result::TooLarge:
        *why = tr("%1 is %2 bytes: too large for saved messages (at most %3).")
                   .arg(path, QLocale().toString(outcome.size), QLocale().toString(Defaults::SavedMessagesFileBytes));
        break;
    case RegularFile::Result::Unreadable:
        *why = tr("Could not read %1: %2.").arg(path, outcome.systemReason);
        break;
    }
    return false;
}

bool SavedMessagesFile::write(const QString &path, const QList<SavedMessage> &messages, QString *why)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(toJson(messages)) >= 0 && file.commit())
        return true;
    *why = tr("Could not write %1: %2.").arg(path, file.errorString());
    return false;
}
