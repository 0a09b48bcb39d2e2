// SPDX-License-Identifier: MIT
#include "amplificationguard.h"

#include <algorithm>

void AmplificationGuard::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled)
        clear();
    else
        std::vector<qint64>().swap(m_credit);
}

void AmplificationGuard::clear()
{
    m_totalIn = 0;
    m_totalOut = 0;
    if (m_enabled)
        m_credit.assign(NetworkSketch::Cells, 0);
}

qint64 AmplificationGuard::onWire(const QHostAddress &address, qint64 payloadBytes)
{
    bool isV4 = false;
    address.toIPv4Address(&isV4);
    return payloadBytes + (isV4 ? Ipv4Overhead : Ipv6Overhead);
}

void AmplificationGuard::received(const QHostAddress &sender, qint64 payloadBytes)
{
    if (!m_enabled)
        return;
    const qint64 wire = onWire(sender, payloadBytes);
    m_totalIn += quint64(wire);
    const qint64 earned = Factor * wire;  // <= CreditCap: a cell always holds what one datagram earns
    for (const size_t place : m_sketch.places(NetworkSketch::networkKey(sender)))
        m_credit[place] = std::min(CreditCap, m_credit[place] + earned);
}

bool AmplificationGuard::allowReply(const QHostAddress &sender, qint64 payloadBytes)
{
    if (!m_enabled)
        return true;
    const qint64 wire = onWire(sender, payloadBytes);
    if (m_totalOut + quint64(wire) > Factor * m_totalIn)
        return false;
    const NetworkSketch::Places places = m_sketch.places(NetworkSketch::networkKey(sender));
    for (const size_t place : places) {
        if (m_credit[place] < wire)
            return false;
    }
    for (const size_t place : places)
        m_credit[place] -= wire;
    m_totalOut += quint64(wire);
    return true;
}
