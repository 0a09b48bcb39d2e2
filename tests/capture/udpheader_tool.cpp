// SPDX-License-Identifier: MIT
// Prints the UDP header udpchat computes for one datagram, as hex, for the capture test:
//   udpchat-udpheader SOURCE SOURCE_PORT DESTINATION DESTINATION_PORT PAYLOAD_HEX
#include "udpheader.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    if (argc != 6) {
        std::fprintf(stderr, "usage: %s SOURCE SOURCE_PORT DESTINATION DESTINATION_PORT PAYLOAD_HEX\n", argv[0]);
        return 2;
    }
    UdpHeader header;
    if (!UdpHeader::build(QHostAddress(QString::fromLatin1(argv[1])), quint16(std::atoi(argv[2])),
                          QHostAddress(QString::fromLatin1(argv[3])), quint16(std::atoi(argv[4])),
                          QByteArray::fromHex(argv[5]), &header)) {
        std::fprintf(stderr, "cannot build a header for these addresses\n");
        return 1;
    }
    std::printf("%s\n", header.bytes().toHex().constData());
    return 0;
}
