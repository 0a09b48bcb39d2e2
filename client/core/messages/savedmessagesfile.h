// SPDX-License-Identifier: MIT
#pragma once

#include "savedmessagemodel.h"

#include <QCoreApplication>

class QJsonObject;

// Saved messages as JSON, to keep in the settings and to share as a file. Version 1:
//   {"format": "udpchat saved messages", "version": 1,
//    "messages": [{"name": "ping", "typed": "ping\\r\\n", "input": "escapes", "encoding": "utf-8",
//                  "lineEnding": "none", "bytes": "70696e670d0a"}, ...]}
// input is text, hex or escapes; lineEnding none, lf, cr or crlf; encoding an --encoding name;
// bytes (hex) is what is sent: without it the bytes are made again from typed. Unknown keys are
// ignored, so later versions can add some; a newer version is refused, saying so.
class SavedMessagesFile
{
    Q_DECLARE_TR_FUNCTIONS(SavedMessagesFile)

public:
    static constexpr int Version = 1;

    static QByteArray toJson(const QList<SavedMessage> &messages);
    // False with a sentence (what is wrong, and where) in *why; *messages is then unchanged.
    static bool fromJson(const QByteArray &json, QList<SavedMessage> *messages, QString *why);

    // The same through a file: a missing, unreadable or too large file is a sentence naming it.
    static bool read(const QString &path, QList<SavedMessage> *messages, QString *why);
    static bool write(const QString &path, const QList<SavedMessage> &messages, QString *why);

private:
    static bool messageFromJson(const QJsonObject &object, int number, SavedMessage *message, QString *why);
};
