// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// A file's bytes, to send whole as one datagram (File > Send file, or a file dropped on the
// client window). Only a regular file is read, and never more than one datagram's worth: a
// folder, a pipe or a device, an unreadable or too large file is a sentence naming it.
class DatagramFile
{
    Q_DECLARE_TR_FUNCTIONS(DatagramFile)

public:
    // False with the sentence in *why; *bytes is then unchanged.
    static bool read(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *why);
};
