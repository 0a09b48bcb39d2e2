// SPDX-License-Identifier: MIT
#pragma once

#include "datagramrecord.h"

#include <QByteArray>
#include <QString>

class DatagramLogModel;
class QIODevice;

// The log as files: CSV and JSON Lines with every field. A payload that is valid UTF-8 without
// control characters is written as text; any other is written hex-encoded, so every byte survives.
namespace LogExport {

enum class Format { Csv, JsonLines };

// The reply's kind when it was sent ("hello", "goodbye", "echo", "text"), else why not
// ("listen-only", "too-large", "rate-limited", "would-amplify", "send-failed").
QByteArray outcomeName(const DatagramRecord &record);
bool payloadIsText(const QByteArray &payload);

QByteArray csvHeader();  // "time,sender,port,bytes,reply,encoding,payload\r\n"
QByteArray csvLine(const DatagramRecord &record);
QByteArray jsonLine(const DatagramRecord &record);

// Format from a file name: .csv is CSV, anything else JSON Lines.
Format formatFor(const QString &fileName);

// Writes every row of the log (queued datagrams included) to the device; false on a write error.
bool write(QIODevice *device, DatagramLogModel &log, Format format);
// Writes the log to a file as a whole (a temporary file renamed at the end: never half a file).
// On failure returns false with the reason in *error.
bool exportToFile(const QString &fileName, DatagramLogModel &log, QString *error);

} // namespace LogExport
