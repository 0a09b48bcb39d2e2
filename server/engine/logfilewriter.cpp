// SPDX-License-Identifier: MIT
#include "logfilewriter.h"

#include "exitflush.h"
#include "logexport.h"

#include <QCoreApplication>
#include <QLocale>

#include <climits>

LogFileWriter::LogFileWriter(QObject *parent)
    : QObject(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &LogFileWriter::flush);
    // Written while every object is still alive, whatever happens after exec() returns.
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &LogFileWriter::flush);
}

LogFileWriter::~LogFileWriter()
{
    // No messages from a destructor: the receiver may be half destroyed (a parent window).
    blockSignals(true);
    close();
}

bool LogFileWriter::open(const QString &fileName)
{
    close();
    m_notWritten = 0;
    if (!m_file.open(fileName))
        return false;
    ExitFlush::add(this, &LogFileWriter::flushAtExit);
    return true;
}

void LogFileWriter::close()
{
    if (!m_file.isOpen())
        return;
    flush();
    if (m_pendingRecords > 0 && m_file.isOpen()) {
        m_notWritten += m_pendingRecords;
        emit errorOccurred(tr("Closed the log file %1 with %n datagram(s) not written: %2", nullptr,
                              int(qMin<qint64>(m_notWritten, INT_MAX)))
                               .arg(fileName(), errorString()));
    }
    closeFile();
}

void LogFileWriter::closeFile()
{
    ExitFlush::remove(this);
    m_flushTimer.stop();
    m_file.close();
    m_buffer.clear();
    m_pendingRecords = 0;
    m_waitingForSpace = false;
}

void LogFileWriter::append(const DatagramBatch &batch)
{
    for (const DatagramRecord &record : batch) {
        // A batch of large datagrams can be megabytes: written as it grows, not held whole.
        if (m_buffer.size() >= FlushAtBytes && !m_waitingForSpace)
            flush();
        if (!m_file.isOpen())
            return;
        const QByteArray line = LogExport::jsonLine(record);
        // Only while the disk is full does the buffer grow past FlushAtBytes; it stops at a bound.
        if (m_buffer.size() + line.size() > MaxPendingBytes) {
            ++m_notWritten;
            continue;
        }
        m_buffer += line;
        ++m_pendingRecords;
    }
    if (m_buffer.size() >= FlushAtBytes && !m_waitingForSpace)
        flush();
    else if (!m_buffer.isEmpty() && !m_flushTimer.isActive())
        m_flushTimer.start();
}

AppendFile::Failure LogFileWriter::writeBuffer()
{
    const qint64 start = m_file.size();
    const qint64 written = m_file.write(m_buffer.constData(), m_buffer.size());
    if (written == m_buffer.size()) {
        m_buffer.clear();
        m_pendingRecords = 0;
        return AppendFile::Failure::None;
    }
    // A short write can end inside a record: cut the file back to the last whole one. If that is
    // impossible, the rest of the record stays first in the buffer and completes the line later.
    const QByteArrayView done(m_buffer.constData(), written);
    const qsizetype whole = done.lastIndexOf('\n') + 1;
    const bool cut = whole == written || (start >= 0 && m_file.truncate(start + whole));
    m_pendingRecords -= done.count('\n');
    m_buffer.remove(0, cut ? whole : written);
    return m_file.failure();
}

void LogFileWriter::flush()
{
    m_flushTimer.stop();
    if (m_buffer.isEmpty() || !m_file.isOpen())
        return;
    const AppendFile::Failure failure = writeBuffer();
    if (failure == AppendFile::Failure::None) {
        if (m_waitingForSpace) {
            m_waitingForSpace = false;
            emit resumed(tr("Logging to %1 resumed; %n datagram(s) could not be written.", nullptr,
                            int(qMin<qint64>(m_notWritten, INT_MAX)))
                             .arg(fileName()));
        }
        return;
    }
    if (failure == AppendFile::Failure::NoSpace) {
        if (!m_waitingForSpace) {
            m_waitingForSpace = true;
            emit errorOccurred(tr("Could not write the log file %1: %2. Keeping up to %3 of datagrams in memory "
                                  "and trying again every second.")
                                   .arg(fileName(), errorString(), QLocale().formattedDataSize(MaxPendingBytes)));
        }
        m_flushTimer.start();
        return;
    }
    m_notWritten += m_pendingRecords;
    const QString message = tr("Could not write the log file %1: %2. Logging stopped; %n datagram(s) not written.",
                               nullptr, int(qMin<qint64>(m_notWritten, INT_MAX)))
                                .arg(fileName(), errorString());
    closeFile();
    emit errorOccurred(message);
    emit stopped();
}

void LogFileWriter::flushAtExit(void *writer)
{
    // exit() is under way: write what can be written, whole records only, no signals, no timers.
    auto *self = static_cast<LogFileWriter *>(writer);
    if (self->m_file.isOpen() && !self->m_buffer.isEmpty())
        self->writeBuffer();
}
