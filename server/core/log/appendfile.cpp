// SPDX-License-Identifier: MIT
#include "appendfile.h"

#include <QCoreApplication>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {
QString notRegularFile()
{
    // For the log and the capture alike: the sentence around it names which file it is.
    return QCoreApplication::translate("AppendFile", "it is not a regular file (a pipe, a device or a folder)");
}

// EINTR retries are bounded: a signal storm must not hang the caller.
constexpr int MaxInterruptions = 100;
} // namespace

#ifdef Q_OS_UNIX

bool AppendFile::open(const QString &fileName)
{
    close();
    m_fileName = fileName;
    m_failure = Failure::None;
    m_errorString.clear();
    const QByteArray path = QFile::encodeName(fileName);
    // O_NONBLOCK: a FIFO without a reader fails at once (ENXIO) instead of blocking startup.
    int fd = -1;
    for (int i = 0; i < MaxInterruptions; ++i) {
        fd = ::open(path.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NONBLOCK, 0666);
        if (fd >= 0 || errno != EINTR)
            break;
    }
    if (fd < 0) {
        const int error = errno;
        struct stat info = {};
        // ENXIO (a FIFO nobody reads), EISDIR (a folder): the user needs to hear what it is.
        const bool notRegular = ::stat(path.constData(), &info) == 0 && !S_ISREG(info.st_mode);
        m_errorString = notRegular ? notRegularFile() : qt_error_string(error);
        return false;
    }
    struct stat info = {};
    const bool known = ::fstat(fd, &info) == 0;
    if (!known || !S_ISREG(info.st_mode)) {
        m_errorString = known ? notRegularFile() : qt_error_string(errno);
        ::close(fd);
        return false;
    }
    // A regular file ignores O_NONBLOCK; cleared anyway so no write can ever answer EAGAIN.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags != -1)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    m_fd = fd;
    return true;
}

void AppendFile::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

bool AppendFile::isOpen() const { return m_fd >= 0; }

qint64 AppendFile::write(const char *data, qint64 size)
{
    qint64 done = 0;
    int interruptions = 0;
    int error = 0;
    while (done < size && m_fd >= 0) {
        const ssize_t n = ::write(m_fd, data + done, size_t(size - done));
        if (n > 0) {
            done += n;
        } else if (n < 0 && errno == EINTR && ++interruptions < MaxInterruptions) {
            continue;
        } else {
            error = n < 0 ? errno : ENOSPC;  // 0 bytes taken for a non-empty buffer: no room
            break;
        }
    }
    if (done == size) {
        m_failure = Failure::None;
        return done;
    }
    if (m_fd < 0)
        error = EBADF;
    bool full = error == ENOSPC || error == EFBIG;
#ifdef EDQUOT
    full = full || error == EDQUOT;
#endif
    m_failure = full ? Failure::NoSpace : Failure::Other;
    m_errorString = qt_error_string(error);
    return done;
}

qint64 AppendFile::size() const
{
    struct stat info = {};
    return m_fd >= 0 && ::fstat(m_fd, &info) == 0 ? qint64(info.st_size) : -1;
}

bool AppendFile::truncate(qint64 size)
{
    for (int i = 0; i < MaxInterruptions && m_fd >= 0; ++i) {
        if (::ftruncate(m_fd, off_t(size)) == 0)
            return true;
        if (errno != EINTR)
            return false;
    }
    return false;
}

#else

bool AppendFile::open(const QString &fileName)
{
    close();
    m_fileName = fileName;
    m_failure = Failure::None;
    m_errorString.clear();
    const QFileInfo info(fileName);
    if (info.exists() && !info.isFile()) {
        m_errorString = notRegularFile();
        return false;
    }
    m_file.setFileName(fileName);
    // Unbuffered: a record the system refused is known at once, not at some later flush.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        m_errorString = m_file.errorString();
        return false;
    }
    return true;
}

void AppendFile::close() { m_file.close(); }

bool AppendFile::isOpen() const { return m_file.isOpen(); }

qint64 AppendFile::write(const char *data, qint64 size)
{
    const qint64 done = qMax<qint64>(0, m_file.write(data, size));
    m_failure = done == size ? Failure::None : Failure::Other;
    if (done != size)
        m_errorString = m_file.errorString();
    return done;
}

qint64 AppendFile::size() const { return m_file.isOpen() ? m_file.size() : -1; }

bool AppendFile::truncate(qint64 size) { return m_file.resize(size); }

#endif
