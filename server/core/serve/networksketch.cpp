// SPDX-License-Identifier: MIT
#include "networksketch.h"

#include <QRandomGenerator>

namespace {
// splitmix64's finaliser: every bit of the key moves every bit of the cell index.
quint64 mix(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}
} // namespace

NetworkSketch::NetworkSketch()
{
    for (quint64 &seed : m_seeds)
        seed = QRandomGenerator::system()->generate64();
}

quint64 NetworkSketch::networkKey(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return (quint64(1) << 63) | (v4 >> 8);
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    quint64 key = 0;
    for (int i = 0; i < 7; ++i)  // 56 bits
        key = (key << 8) | v6[i];
    return key;
}

NetworkSketch::Places NetworkSketch::places(quint64 key) const
{
    Places places;
    for (int row = 0; row < Rows; ++row)
        places[size_t(row)] = size_t(row) * Width + size_t(mix(key ^ m_seeds[size_t(row)]) % Width);
    return places;
}
