// SPDX-License-Identifier: MIT
#include "logfilewriter.h"

#include "logexport.h"

#include <QLocale>

#include <climits>

namespace {
int clampCount(qint64 n) { return int(qMin<qint64>(n, INT_MAX)); }

// Whole JSON lines: everything up to the last newline.
qsizetype wholeLines(QByteArrayView written, qint64 *lines)
{
    *lines = written.count('\n');
    return written.lastIndexOf('\n') + 1;
}
} // namespace

LogFileWriter::LogFileWriter(QObject *parent)
    : QObject(parent)
    , m_file(&wholeLines)
{
    connect(&m_file, &RecordFile::spaceRanOut, this, [this] {
        emit errorOccurred(tr("Could not write the log file %1: %2. Keeping up to %3 of datagrams in memory "
                              "and trying again every second.")
                               .arg(fileName(), errorString(), QLocale().formattedDataSize(MaxPendingBytes)));
    });
    connect(&m_file, &RecordFile::resumed, this, [this] {
        emit resumed(tr("Logging to %1 resumed; %n datagram(s) could not be written.", nullptr,
                        clampCount(notWrittenCount())).arg(fileName()));
    });
    connect(&m_file, &RecordFile::failed, this, [this] {
        emit errorOccurred(tr("Could not write the log file %1: %2. Logging stopped; %n datagram(s) not written.",
                              nullptr, clampCount(notWrittenCount())).arg(fileName(), errorString()));
        emit stopped();
    });
}

LogFileWriter::~LogFileWriter()
{
    // No messages from a destructor: the receiver may be half destroyed (a parent window).
    blockSignals(true);
    close();
}

bool LogFileWriter::open(const QString &fileName)
{
    return m_file.open(fileName, RecordFile::Mode::Append);
}

void LogFileWriter::close()
{
    const QString name = fileName();
    if (m_file.close() > 0) {
        emit errorOccurred(tr("Closed the log file %1 with %n datagram(s) not written: %2", nullptr,
                              clampCount(notWrittenCount())).arg(name, errorString()));
    }
}

void LogFileWriter::append(const DatagramBatch &batch)
{
    for (const DatagramRecord &record : batch) {
        if (!m_file.readyForRecord())
            return;
        m_file.appendRecord(LogExport::jsonLine(record));
    }
    m_file.endOfBatch();
}
