// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QString>

class DatagramLogModel;
class QIODevice;

// The log as a pcapng capture (File > Export capture): every datagram it holds and its reply, as
// PcapngWriter writes them live, on one interface named after the server's address.
namespace PcapngExport {

// Writes every row of the log (queued datagrams included); false on a write error. *packets
// (if given) is how many packets went out, *notWritten how many could not be written as IP.
bool write(QIODevice *device, DatagramLogModel &log, const QHostAddress &serverAddress, quint16 serverPort,
           qint64 *packets = nullptr, qint64 *notWritten = nullptr);
// Writes the capture to a file as a whole (a temporary file renamed at the end: never half a
// file). On failure returns false with the reason in *error.
bool exportToFile(const QString &fileName, DatagramLogModel &log, const QHostAddress &serverAddress,
                  quint16 serverPort, QString *error, qint64 *packets = nullptr);

} // namespace PcapngExport
