// SPDX-License-Identifier: MIT
#include "recordfile.h"

#include "exitflush.h"

#include <QCoreApplication>

RecordFile::RecordFile(WholeRecords wholeRecords, QObject *parent)
    : QObject(parent)
    , m_wholeRecords(wholeRecords)
{
    // Written while every object is still alive, whatever happens after exec() returns. A file on
    // the server window's engine thread hears it queued; the window's close has written it by then.
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &RecordFile::flush);
}

RecordFile::~RecordFile()
{
    // No messages from a destructor: the receiver may be half destroyed (a parent window).
    blockSignals(true);
    close();
}

bool RecordFile::openFile(const QString &fileName, Mode mode)
{
    close();
    m_notWritten = 0;
    if (!m_file.open(fileName))
        return false;
    if (mode == Mode::Replace && !m_file.truncate(0)) {
        m_file.close();
        return false;
    }
    ExitFlush::add(this, &RecordFile::flushAtExit);
    return true;
}

bool RecordFile::writeHeader(QByteArrayView bytes)
{
    if (m_file.isOpen() && m_buffer.isEmpty() && m_file.write(bytes.data(), bytes.size()) == bytes.size())
        return true;
    closeFile();
    return false;
}

void RecordFile::close()
{
    if (!m_file.isOpen())
        return;
    flush();
    if (m_pendingRecords > 0 && m_file.isOpen()) {
        m_notWritten += m_pendingRecords;
        say(Event::ClosedWithRecordsLeft);
    }
    closeFile();
}

void RecordFile::say(Event event)
{
    // Not from the destructor (signals blocked): the writer's part, which words it, is gone.
    if (signalsBlocked())
        return;
    if (event == Event::Resumed)
        emit resumed(sentence(event));
    else
        emit errorOccurred(sentence(event));
}

void RecordFile::closeFile()
{
    ExitFlush::remove(this);
    m_flush.cancel();
    m_file.close();
    m_buffer.clear();
    m_pendingRecords = 0;
    m_waitingForSpace = false;
}

bool RecordFile::readyForRecord()
{
    // A batch of large datagrams can be megabytes: written as it grows, not held whole.
    if (m_buffer.size() >= FlushAtBytes && !m_waitingForSpace)
        flush();
    return m_file.isOpen();
}

bool RecordFile::reserve(qsizetype bytes)
{
    // Only while the disk is full does the buffer grow past FlushAtBytes; it stops at a bound.
    if (m_buffer.size() + bytes > MaxPendingBytes) {
        ++m_notWritten;
        return false;
    }
    ++m_pendingRecords;
    return true;
}

void RecordFile::appendRecord(QByteArrayView record)
{
    if (reserve(record.size()))
        m_buffer.append(record.data(), record.size());
}

void RecordFile::endOfBatch()
{
    if (m_buffer.size() >= FlushAtBytes && !m_waitingForSpace)
        flush();
    else if (!m_buffer.isEmpty())
        m_flush.request();
}

AppendFile::Failure RecordFile::writeBuffer()
{
    const qint64 start = m_file.size();
    const qint64 written = m_file.write(m_buffer.constData(), m_buffer.size());
    if (written == m_buffer.size()) {
        m_buffer.clear();
        m_pendingRecords = 0;
        return AppendFile::Failure::None;
    }
    // A short write can end inside a record: cut the file back to the last whole one.
    qint64 records = 0;
    const qsizetype whole = m_wholeRecords(QByteArrayView(m_buffer.constData(), written), &records);
    if (whole != written && !(start >= 0 && m_file.truncate(start + whole))) {
        // Part of a record in the file that cannot be cut off: what followed would not be
        // readable. Stopped, as for any other write error.
        return AppendFile::Failure::Other;
    }
    m_pendingRecords -= records;
    m_buffer.remove(0, whole);
    return m_file.failure();
}

void RecordFile::flush()
{
    m_flush.cancel();
    if (m_buffer.isEmpty() || !m_file.isOpen())
        return;
    const AppendFile::Failure failure = writeBuffer();
    if (failure == AppendFile::Failure::None) {
        if (m_waitingForSpace) {
            m_waitingForSpace = false;
            say(Event::Resumed);
        }
        return;
    }
    if (failure == AppendFile::Failure::NoSpace) {
        if (!m_waitingForSpace) {
            m_waitingForSpace = true;
            say(Event::SpaceRanOut);
        }
        m_flush.request();
        return;
    }
    m_notWritten += m_pendingRecords;
    say(Event::Failed);  // while the file's name and error are still known
    closeFile();
    emit stopped();
}

void RecordFile::flushAtExit(void *file)
{
    // exit() is under way: write what can be written, whole records only, no signals, no timers.
    auto *self = static_cast<RecordFile *>(file);
    if (self->m_file.isOpen() && !self->m_buffer.isEmpty())
        self->writeBuffer();
}
