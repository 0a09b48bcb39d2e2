// SPDX-License-Identifier: MIT
#include "pcapngexport.h"

#include "datagramlogmodel.h"
#include "pcapng.h"
#include "pcapngpackets.h"

#include <QSaveFile>

namespace PcapngExport {

bool write(QIODevice *device, DatagramLogModel &log, const QHostAddress &serverAddress, quint16 serverPort,
           qint64 *packets, qint64 *notWritten)
{
    log.flush();
    PcapngPackets builder(serverAddress, serverPort);
    QByteArray out = builder.headers();
    qint64 written = 0;
    qint64 failed = 0;
    for (int row = 0; row < log.rowCount(); ++row) {
        failed += builder.build(log.record(row));
        for (int i = 0; i < builder.count(); ++i)
            Pcapng::appendEnhancedPacket(&out, builder.timeNs(i), builder.packet(i));
        written += builder.count();
        // Written in pieces: a log of large datagrams is tens of megabytes.
        if (out.size() >= 1024 * 1024 || row + 1 == log.rowCount()) {
            if (device->write(out) != out.size())
                return false;
            out.clear();
        }
    }
    if (!out.isEmpty() && device->write(out) != out.size())  // an empty log: the headers alone
        return false;
    if (packets)
        *packets = written;
    if (notWritten)
        *notWritten = failed;
    return true;
}

bool exportToFile(const QString &fileName, DatagramLogModel &log, const QHostAddress &serverAddress,
                  quint16 serverPort, QString *error, qint64 *packets)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || !write(&file, log, serverAddress, serverPort, packets)
        || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace PcapngExport
