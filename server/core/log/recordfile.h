// SPDX-License-Identifier: MIT
#pragma once

#include "appendfile.h"
#include "coalescedflush.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>

// A file of records written as they come (the --log-file and the --pcap capture): buffered, so a
// flood costs no system call per record, flushed at least every FlushIntervalMs and at
// FlushAtBytes, and only ever whole records in the file.
//
// A full disk (or quota, or file size limit) does not end it: up to MaxPendingBytes of records
// wait in memory, the write is retried every FlushIntervalMs, and what did not fit is counted
// (notWrittenCount()). errorOccurred() says so once, resumed() once when writing works again. Any
// other write error closes the file: errorOccurred(), then stopped(). The writers built on it
// (LogFileWriter, PcapngWriter) say what their records are, how to tell where one ends, and
// the sentences.
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

    ~RecordFile() override;

    // Writes what it can and closes; records still waiting for space are counted as not written
    // (and said).
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    QString fileName() const { return m_file.fileName(); }
    QString errorString() const { return m_file.errorString(); }

    bool isWaitingForSpace() const { return m_waitingForSpace; }
    qint64 pendingCount() const { return m_pendingRecords; }
    // Records dropped since open(): no room, the file closed after an error, or counted by the owner.
    qint64 notWrittenCount() const { return m_notWritten; }
    void flush();

signals:
    void errorOccurred(const QString &message);
    void resumed(const QString &message);
    // Ended after a write error; the file is closed.
    void stopped();

protected:
    enum class Event { SpaceRanOut, Resumed, Failed, ClosedWithRecordsLeft };

    RecordFile(WholeRecords wholeRecords, QObject *parent);
    // The sentence for an event, in the writer's words.
    virtual QString sentence(Event event) const = 0;

    // Opens a regular file (creating it; emptied first with Replace); false with errorString().
    bool openFile(const QString &fileName, Mode mode);
    // Writes bytes that are no record (a file header) at once; false, the file closed, if they
    // could not all be written.
    bool writeHeader(QByteArrayView bytes);
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

private:
    void say(Event event);
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
    CoalescedFlush m_flush{FlushIntervalMs, this, &RecordFile::flush};
};
