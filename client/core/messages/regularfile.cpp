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
} // namespace

Outcome read(const QString &path, qint64 maxBytes, QByteArray *bytes)
{
    Outcome outcome;
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink()) {
        outcome.result = Result::Missing;
        return outcome;
    }
    if (info.isDir()) {
        outcome.result = Result::Folder;
        return outcome;
    }
    if (!info.isFile()) {
        outcome.result = Result::NotRegular;
        return outcome;
    }
    if (info.size() > maxBytes) {
        outcome.result = Result::TooLarge;
        outcome.size = info.size();
        return outcome;
    }
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
        outcome.systemReason = qt_error_string(errno);
        return outcome;
    }
    struct stat status = {};
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        outcome.result = S_ISDIR(status.st_mode) ? Result::Folder : Result::NotRegular;
        ::close(fd);
        return outcome;
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        outcome.systemReason = file.errorString();
        return outcome;
    }
    return readOpen(file, maxBytes, bytes);
#else
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.systemReason = file.errorString();
        return outcome;
    }
    return readOpen(file, maxBytes, bytes);
#endif
}

} // namespace RegularFile
