// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QString>

// A file that records are appended to, with the system's own reason for every failure. On Unix
// it is a plain descriptor, so errno is ours and a full disk says "No space left on device"
// (QFile said "Unknown error"); elsewhere it is an unbuffered QFile.
class AppendFile
{
public:
    // NoSpace: the disk or quota is full, or the file too large; worth retrying later.
    enum class Failure { None, NoSpace, Other };

    AppendFile() = default;
    AppendFile(const AppendFile &) = delete;
    AppendFile &operator=(const AppendFile &) = delete;
    ~AppendFile() { close(); }

    // Opens for appending, creating it. Refuses anything but a regular file: a FIFO would block
    // here until a reader came (before any event loop, deaf to signals), a device is no log.
    // False with errorString().
    bool open(const QString &fileName);
    void close();
    bool isOpen() const;
    QString fileName() const { return m_fileName; }
    QString errorString() const { return m_errorString; }

    // Writes as much of data as the system takes and returns how much that was; when it is less
    // than size, failure() and errorString() say why. Makes no Qt calls but on failure, so it is
    // safe in an exit handler.
    qint64 write(const char *data, qint64 size);
    Failure failure() const { return m_failure; }
    // The file's size now; -1 if unknown.
    qint64 size() const;
    // Cuts the file back to size bytes (a partial record off its end).
    bool truncate(qint64 size);

private:
    QString m_fileName;
    QString m_errorString;
    Failure m_failure = Failure::None;
#ifdef Q_OS_UNIX
    int m_fd = -1;
#else
    QFile m_file;
#endif
};
