// SPDX-License-Identifier: MIT
#pragma once

#include "datagramrecord.h"
#include "recordfile.h"

// Appends every datagram to a JSON Lines file as it arrives (--log-file): one line a record,
// buffered, flushed at least once a second, whole lines only, a full disk waited out (RecordFile).
class LogFileWriter : public RecordFile
{
    Q_OBJECT

public:
    explicit LogFileWriter(QObject *parent = nullptr);

    // Opens (creating or appending) a regular file; false with errorString() on failure.
    bool open(const QString &fileName) { return openFile(fileName, Mode::Append); }
    void append(const DatagramBatch &batch);

protected:
    QString sentence(Event event) const override;
};
