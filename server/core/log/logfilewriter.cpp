// SPDX-License-Identifier: MIT
#include "logfilewriter.h"

#include "logexport.h"

#include <QLocale>

#include <climits>

namespace {
// Whole JSON lines: everything up to the last newline.
qsizetype wholeLines(QByteArrayView written, qint64 *lines)
{
    *lines = written.count('\n');
    return written.lastIndexOf('\n') + 1;
}
} // namespace

LogFileWriter::LogFileWriter(QObject *parent)
    : RecordFile(&wholeLines, parent)
{
}

void LogFileWriter::append(const DatagramBatch &batch)
{
    for (const DatagramRecord &record : batch) {
        if (!readyForRecord())
            return;
        appendRecord(LogExport::jsonLine(record));
    }
    endOfBatch();
}

QString LogFileWriter::sentence(Event event) const
{
    const int lost = int(qMin<qint64>(notWrittenCount(), INT_MAX));
    switch (event) {
    case Event::SpaceRanOut:
        return tr("Could not write the log file %1: %2. Keeping up to %3 of datagrams in memory "
                  "and trying again every second.")
            .arg(fileName(), errorString(), QLocale().formattedDataSize(MaxPendingBytes));
    case Event::Resumed:
        return tr("Logging to %1 resumed; %n datagram(s) could not be written.", nullptr, lost).arg(fileName());
    case Event::Failed:
        return tr("Could not write the log file %1: %2. Logging stopped; %n datagram(s) not written.", nullptr, lost)
            .arg(fileName(), errorString());
    case Event::ClosedWithRecordsLeft:
        break;
    }
    return tr("Closed the log file %1 with %n datagram(s) not written: %2", nullptr, lost).arg(fileName(), errorString());
}
