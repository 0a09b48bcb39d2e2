// SPDX-License-Identifier: MIT
#include "regularfile.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace RegularFile {

namespace {
// The bytes of an open file, at most maxBytes (it may have grown since it was measured).
Outcome readOpen(QFile &file, qint64 maxBytes, QByteArray *bytes)
{
    Outcome outcome;
    const QByteArray read = file.read(maxBytes + 1);
    if (read.size() > maxBytes) {
        outcome.result = Result::TooLarge;
        outcome.size = qMax(file.size(), qint64(read.size()));
        return outcome;
    }
    if (file.error() != QFile::NoError) {
        outcome.systemReason = file.errorString();
        return outcome;
    }
    outcome.result = Result::Read;
    outcome.size = read.size();
    *bytes = read;
    return outcome;
}

// What the name is before it is opened: true if it may be read, else false with the verdict
// (missing, a folder, another kind of file, too large).
bool mayOpen(const QString &path, qint64 maxBytes, Outcome *verdict)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        verdict->result = Result::Missing;
    else if (info.isDir())
        verdict->result = Result::Folder;
    else if (!info.isFile())
        verdict->result = Result::NotRegular;
    else if (info.size() > maxBytes)
        verdict->result = Result::TooLarge;
    else
        return true;
    verdict->size = verdict->result == Result::TooLarge ? info.size() : 0;
    return false;
}

// Opens the file for reading, never waiting: false with the outcome to report when it cannot be.
bool openRegular(const QString &path, QFile *file, Outcome *outcome)
{
#ifdef Q_OS_UNIX
    // O_NONBLOCK: were the name a FIFO by now, the open returns at once instead of waiting for a writer.
    const QByteArray name = QFile::encodeName(path);
    int fd = -1;
    for (int i = 0; i < 100 && fd < 0; ++i) {  // EINTR retries, bounded
        fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0 && errno != EINTR)
            break;
    }
    if (fd < 0) {
        outcome->systemReason = qt_error_string(errno);
        return false;
    }
    struct stat status = {};
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        outcome->result = S_ISDIR(status.st_mode) ? Result::Folder : Result::NotRegular;
        ::close(fd);
        return false;
    }
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        outcome->systemReason = file->errorString();
        return false;
    }
    return true;
#else
    file->setFileName(path);
    if (!file->open(QIODevice::ReadOnly)) {
        outcome->systemReason = file->errorString();
        return false;
    }
    return true;
#endif
}
} // namespace

Outcome read(const QString &path, qint64 maxBytes, QByteArray *bytes)
{
    Outcome outcome;
    if (!mayOpen(path, maxBytes, &outcome))
        return outcome;
    QFile file;
    if (!openRegular(path, &file, &outcome))
        return outcome;
    return readOpen(file, maxBytes, bytes);
}

} // namespace RegularFile
