// SPDX-License-Identifier: MIT
#pragma once

#include "recordfile.h"
#include "datagramrecord.h"

#include <QByteArray>
#include <QObject>

// Appends every datagram to a JSON Lines file as it arrives (--log-file): one line a record,
// buffered, flushed at least once a second, whole lines only, a full disk waited out; RecordFile
// does all of that, this class says it in sentences.
class LogFileWriter : public QObject
{
    Q_OBJECT

public:
    static constexpr int FlushIntervalMs = RecordFile::FlushIntervalMs;
    static constexpr qsizetype MaxPendingBytes = RecordFile::MaxPendingBytes;

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
    bool isWaitingForSpace() const { return m_file.isWaitingForSpace(); }
    // Records in memory, not yet in the file.
    qint64 pendingCount() const { return m_file.pendingCount(); }
    // Records dropped since open(): the disk stayed full past MaxPendingBytes, or logging stopped.
    qint64 notWrittenCount() const { return m_file.notWrittenCount(); }

    void append(const DatagramBatch &batch);
    void flush() { m_file.flush(); }

signals:
    void errorOccurred(const QString &message);
    void resumed(const QString &message);
    // Logging ended after a write error; the file is closed.
    void stopped();

private:
    RecordFile m_file;
};
