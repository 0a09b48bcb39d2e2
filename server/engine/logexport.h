#pragma once

#include "datagramrecord.h"

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QTimer>

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

// Appends every datagram to a JSON Lines file as it arrives (--log-file), flushed at least once a
// second. Writes are buffered: a flood costs no system call per datagram.
class LogFileWriter : public QObject
{
    Q_OBJECT

public:
    static constexpr int FlushIntervalMs = 1000;

    explicit LogFileWriter(QObject *parent = nullptr);
    ~LogFileWriter() override;

    // Opens (creating or appending); false with errorString() on failure.
    bool open(const QString &fileName);
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    QString fileName() const { return m_file.fileName(); }
    QString errorString() const { return m_file.errorString(); }

    void append(const DatagramBatch &batch);
    void flush();

signals:
    void errorOccurred(const QString &message);

private:
    QFile m_file;
    QByteArray m_buffer;
    QTimer m_flushTimer;
};
