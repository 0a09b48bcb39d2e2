// SPDX-License-Identifier: MIT
#pragma once

#include "appendfile.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QTimer>

// A file of records written as they come (the --log-file and the --pcap capture): buffered, so a
// flood costs no system call per record, flushed at least every FlushIntervalMs and at
// FlushAtBytes, and only ever whole records in the file.
//
// A full disk (or quota, or file size limit) does not end it: up to MaxPendingBytes of records
// wait in memory, the write is retried every FlushIntervalMs, and what did not fit is counted
// (notWrittenCount()). spaceRanOut() says so once, resumed() once when writing works again. Any
// other write error closes the file: failed(). The owner turns these into its own sentences.
//
// Buffered records are written on every way out: close(), the destructor, aboutToQuit, and an
// exit() that skips destructors (ExitFlush).
class RecordFile : public QObject
{
    Q_OBJECT

public:
    static constexpr int FlushIntervalMs = 1000;
    static constexpr qsizetype FlushAtBytes = 1024 * 1024;
    static constexpr qsizetype MaxPendingBytes = 4 * 1024 * 1024;

    // How many bytes at the start of written are whole records, and (in *records) how many
    // records that is. Written is what the system took of the buffer, which starts with a record.
    using WholeRecords = qsizetype (*)(QByteArrayView written, qint64 *records);
    enum class Mode { Append, Replace };

    explicit RecordFile(WholeRecords wholeRecords, QObject *parent = nullptr);
    ~RecordFile() override;

    // Opens a regular file (creating it; emptied first with Replace); false with errorString().
    bool open(const QString &fileName, Mode mode);
    // Writes bytes that are no record (a file header) at once; false, the file closed, if they
    // could not all be written.
    bool writeHeader(QByteArrayView bytes);
    // Writes what it can and closes; returns how many records were still waiting for space (now
    // counted as not written).
    qint64 close();
    bool isOpen() const { return m_file.isOpen(); }
    QString fileName() const { return m_file.fileName(); }
    QString errorString() const { return m_file.errorString(); }

    bool isWaitingForSpace() const { return m_waitingForSpace; }
    qint64 pendingCount() const { return m_pendingRecords; }
    // Records dropped since open(): no room, the file closed after an error, or counted by the owner.
    qint64 notWrittenCount() const { return m_notWritten; }
    void countNotWritten(qint64 records = 1) { m_notWritten += records; }

    // Before each record: writes the buffer once it is large; false once the file is closed.
    bool readyForRecord();
    // Whether a record of this many bytes may be added now; when not, it is counted as not
    // written. After true the caller appends exactly one record to buffer().
    bool reserve(qsizetype bytes);
    QByteArray *buffer() { return &m_buffer; }
    void appendRecord(QByteArrayView record);
    // After a batch: writes now if the buffer is large, else within FlushIntervalMs.
    void endOfBatch();
    void flush();

signals:
    void spaceRanOut();
    void resumed();
    // Closed after a write error; errorString() says which, notWrittenCount() includes what was lost.
    void failed();

private:
    // Writes the buffer's whole records; the failure, if any, with the buffer holding exactly
    // the records not written.
    AppendFile::Failure writeBuffer();
    void closeFile();
    static void flushAtExit(void *file);

    WholeRecords m_wholeRecords;
    AppendFile m_file;
    QByteArray m_buffer;  // whole records only
    qint64 m_pendingRecords = 0;
    qint64 m_notWritten = 0;
    bool m_waitingForSpace = false;
    QTimer m_flushTimer;
};
