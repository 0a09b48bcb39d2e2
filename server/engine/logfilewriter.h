// SPDX-License-Identifier: MIT
#pragma once

#include "appendfile.h"
#include "datagramrecord.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

// Appends every datagram to a JSON Lines file as it arrives (--log-file), flushed at least once a
// second. Writes are buffered (a flood costs no system call per datagram) and always whole
// records: the file never ends in half a line.
//
// A full disk (or quota, or file size limit) does not end logging: up to MaxPendingBytes of records
// wait in memory, the write is retried every FlushIntervalMs, and what did not fit is counted
// (notWrittenCount()). errorOccurred() says so once, resumed() once when writing works again.
// Any other write error stops logging: errorOccurred(), then stopped().
//
// Buffered records are written on every way out: close(), the destructor, aboutToQuit, and an
// exit() that skips destructors (ExitFlush).
class LogFileWriter : public QObject
{
    Q_OBJECT

public:
    static constexpr int FlushIntervalMs = 1000;
    static constexpr qsizetype FlushAtBytes = 1024 * 1024;
    static constexpr qsizetype MaxPendingBytes = 4 * 1024 * 1024;

    explicit LogFileWriter(QObject *parent = nullptr);
    ~LogFileWriter() override;

    // Opens (creating or appending) a regular file; false with errorString() on failure.
    bool open(const QString &fileName);
    // Writes what it can and closes; records still waiting for space are counted as not written.
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    QString fileName() const { return m_file.fileName(); }
    QString errorString() const { return m_file.errorString(); }

    // True while the disk is full and records wait in memory.
    bool isWaitingForSpace() const { return m_waitingForSpace; }
    // Records in memory, not yet in the file.
    qint64 pendingCount() const { return m_pendingRecords; }
    // Records dropped since open(): the disk stayed full past MaxPendingBytes, or logging stopped.
    qint64 notWrittenCount() const { return m_notWritten; }

    void append(const DatagramBatch &batch);
    void flush();

signals:
    void errorOccurred(const QString &message);
    void resumed(const QString &message);
    // Logging ended after a write error; the file is closed.
    void stopped();

private:
    // Writes the buffer's complete records; returns the failure, if any, with the buffer holding
    // exactly the records not written.
    AppendFile::Failure writeBuffer();
    void closeFile();
    static void flushAtExit(void *writer);

    AppendFile m_file;
    QByteArray m_buffer;  // whole JSON lines only
    qint64 m_pendingRecords = 0;
    qint64 m_notWritten = 0;
    bool m_waitingForSpace = false;
    QTimer m_flushTimer;
};
