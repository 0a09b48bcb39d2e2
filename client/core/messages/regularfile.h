// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

// Reads a file a user named, safely: anything that is not a regular file (a FIFO, a socket, a
// device, a folder) is refused without waiting on it, and nothing larger than a bound is read.
// Opening a FIFO for reading blocks until a writer appears (it froze the client window), so the
// file is opened without blocking and its kind checked on the open descriptor, not only on the
// name (which can be swapped between the check and the open).
namespace RegularFile {

enum class Result { Read, Missing, Folder, NotRegular, TooLarge, Unreadable };

struct Outcome
{
    Result result = Result::Unreadable;
    qint64 size = 0;       // the file's size (TooLarge: as measured, or at least maxBytes + 1)
    QString systemReason;  // Unreadable: the system's words
};

// At most maxBytes of path into *bytes.
Outcome read(const QString &path, qint64 maxBytes, QByteArray *bytes);

} // namespace RegularFile
