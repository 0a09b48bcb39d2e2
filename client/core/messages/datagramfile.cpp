// SPDX-License-Identifier: MIT
#include "datagramfile.h"

#include "regularfile.h"

#include <QFileInfo>
#include <QLocale>

bool DatagramFile::read(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *why)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    QByteArray read;
    const RegularFile::Outcome outcome = RegularFile::read(path, maxBytes, &read);
    switch (outcome.result) {
    case RegularFile::Result::Read:
        if (read.isEmpty()) {
            *why = tr("%1 is empty: an empty message is not sent.").arg(name);
            return false;
        }
        *bytes = read;
        return true;
    case RegularFile::Result::Missing:
        *why = tr("There is no file %1. Nothing was sent.").arg(path);
        break;
    case RegularFile::Result::Folder:
        *why = tr("%1 is a folder: send a file, whose bytes go as one datagram.").arg(name);
        break;
    case RegularFile::Result::NotRegular:
        // A pipe, a socket or a device has no size and may never end: only regular files are read.
        *why = tr("%1 is not a regular file (a pipe, a socket or a device): only a file's bytes can be sent.")
                   .arg(name);
        break;
    case RegularFile::Result::TooLarge:
        *why = tr("%1 is %2 bytes; one datagram carries at most %3 bytes. Nothing was sent.")
                   .arg(name, QLocale().toString(outcome.size), QLocale().toString(maxBytes));
        break;
    case RegularFile::Result::Unreadable:
        *why = tr("Could not read %1: %2. Nothing was sent.").arg(name, outcome.systemReason);
        break;
    }
    return false;
}
