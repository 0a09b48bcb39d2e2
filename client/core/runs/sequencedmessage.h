// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

// A traffic run's message and the numbers it carries: "{seq}" in it becomes each datagram's
// sequence number, and a reply's number is read back from what it echoes.
namespace SequencedMessage {

// The payload of datagram seq: "{seq}" replaced by the number, everywhere it appears.
QByteArray payloadFor(const QByteArray &message, quint64 seq);
// The sequence number a payload of this message carries; 0 if it is not one of the run's.
quint64 sequenceOf(const QByteArray &message, QByteArrayView payload);
bool isNumbered(const QByteArray &message);
// The interval between two sends for a rate in datagrams per second (> 0), in ns.
qint64 intervalForRate(double perSecond);

} // namespace SequencedMessage
