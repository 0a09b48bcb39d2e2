// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

struct DatagramRecord;

// The detail pane's text for one datagram, like a packet analyser's detail pane: sender, time,
// reply, the whole text, the 8-byte UDP header as it was on the wire (with its checksum over the
// IPv4 or IPv6 pseudo-header), the IP addresses, and the payload as a hex dump with offsets.
// Meant for a fixed-width font: the header's values and the dump's columns line up.
class DatagramInspector
{
    Q_DECLARE_TR_FUNCTIONS(DatagramInspector)

public:
    static QString describe(const DatagramRecord &record, const QString &replyText);

private:
    static QString headerText(const DatagramRecord &record);
};
