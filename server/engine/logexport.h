// SPDX-License-Identifier: MIT
#pragma once

#include "datagramrecord.h"

#include <QByteArray>
#include <QString>

// The log as files: CSV and JSON Lines with every field. A payload that is valid UTF-8 without
// control characters is written as text; any other is written hex-encoded, so every byte survives.
namespace LogExport {

enum class Format { Csv, JsonLines };

// "hello", "goodbye", "too-large", "send-failed", "rate-limited"
QByteArray outcomeName(Outcome outcome);
bool payloadIsText(const QByteArray &payload);

QByteArray csvHeader();  // "time,sender,port,bytes,reply,encoding,payload\r\n"
QByteArray csvLine(const DatagramRecord &record);
QByteArray jsonLine(const DatagramRecord &record);

// Format from a file name: .csv is CSV, anything else JSON Lines.
Format formatFor(const QString &fileName);

} // namespace LogExport
