// SPDX-License-Identifier: MIT
#pragma once
// A nearly full disk for the file writers' tests: a small tmpfs mounted in a mount namespace of
// the test's own (only this process sees it), filled but for a few pages, so the next write fits
// in part and ends mid-record. Linux and root only; anything else is a reason to skip.
#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

class FullDisk
{
public:
    FullDisk() = default;
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;
    ~FullDisk()
    {
#ifdef Q_OS_LINUX
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
#endif
    }

    // Mounts and fills the disk, leaving about freeBytes; empty on success, else why it could
    // not (the test skips on it).
    QString make(qint64 freeBytes = 6000)
    {
#ifndef Q_OS_LINUX
        Q_UNUSED(freeBytes);
        return QStringLiteral("a full disk is made with a Linux tmpfs in a private mount namespace");
#else
        if (::geteuid() != 0)
            return QStringLiteral("needs root: a full disk is a small tmpfs mounted in a mount namespace of the test's own");
        if (::unshare(CLONE_NEWNS) != 0)
            return QStringLiteral("unshare(CLONE_NEWNS) failed (%1): no mount namespace here").arg(qt_error_string(errno));
        if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
            return QStringLiteral("cannot make / private: %1").arg(qt_error_string(errno));
        const QByteArray mountPoint = QFile::encodeName(m_dir.path());
        if (::mount("tmpfs", mountPoint.constData(), "tmpfs", 0, "size=8m") != 0)
            return QStringLiteral("cannot mount a tmpfs: %1").arg(qt_error_string(errno));
        m_mounted = true;
        const int filler = ::open(QFile::encodeName(fillerPath()).constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
        if (filler < 0)
            return QStringLiteral("cannot create the filler: %1").arg(qt_error_string(errno));
        const QByteArray chunk(64 * 1024, 'f');
        int chunks = 0;
        while (chunks < 1000 && ::write(filler, chunk.constData(), size_t(chunk.size())) > 0)
            ++chunks;
        const int error = errno;
        struct stat info = {};
        const bool cut = error == ENOSPC && ::fstat(filler, &info) == 0 && ::ftruncate(filler, info.st_size - freeBytes) == 0;
        ::close(filler);
        return cut ? QString() : QStringLiteral("could not fill the disk: %1").arg(qt_error_string(error));
#endif
    }

    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // Gives the space back.
    bool free() { return QFile::remove(fillerPath()); }

private:
    QString fillerPath() const { return m_dir.filePath(QStringLiteral("filler")); }

    QTemporaryDir m_dir;
    bool m_mounted = false;
};
