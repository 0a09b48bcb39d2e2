// SPDX-License-Identifier: MIT
#include "datagramfile.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

bool DatagramFile::read(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *why)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    const auto tooLarge = [&](qint64 size) {
        return tr("%1 is %2 bytes; one datagram carries at most %3 bytes. Nothing was sent.")
            .arg(name, QLocale().toString(size), QLocale().toString(maxBytes));
    };
    if (!info.exists()) {
        *why = tr("There is no file %1. Nothing was sent.").arg(path);
        return false;
    }
    if (info.isDir()) {
        *why = tr("%1 is a folder: send a file, whose bytes go as one datagram.").arg(name);
        return false;
    }
    // A pipe, a socket or a device has no size and may never end: only regular files are read.
    if (!info.isFile()) {
        *why = tr("%1 is not a regular file (a pipe, a socket or a device): only a file's bytes can be sent.")
                   .arg(name);
        return false;
    }
    if (info.size() > maxBytes) {
        *why = tooLarge(info.size());
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = tr("Could not read %1: %2. Nothing was sent.").arg(name, file.errorString());
        return false;
    }
    // It may have grown since it was measured: never read past one datagram.
    const QByteArray read = file.read(maxBytes + 1);
    if (read.size() > maxBytes) {
        *why = tooLarge(qMax(file.size(), qint64(read.size())));
        return false;
    }
    if (read.isEmpty()) {
        *why = tr("%1 is empty: an empty message is not sent.").arg(name);
        return false;
    }
    *bytes = read;
    return true;
}
