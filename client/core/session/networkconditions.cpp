// SPDX-License-Identifier: MIT
#include "networkconditions.h"

#include <QTimer>

NetworkConditions::NetworkConditions(QObject *parent)
    : QObject(parent)
{
    m_in.out = false;
    m_later = timerLater(this);
    setSettings({});
}

NetworkConditions::Later NetworkConditions::timerLater(QObject *context)
{
    return [context](int ms, std::function<void()> fn) { QTimer::singleShot(ms, context, std::move(fn)); };
}

void NetworkConditions::setSettings(const ConditionSettings &settings)
{
    releaseHeld(m_out);
    releaseHeld(m_in);
    m_settings = settings;
    m_out.random.seed(settings.seed);
    m_in.random.seed(settings.seed + 1);  // the two ways are independent of how they interleave
    m_stats = {};
}

bool NetworkConditions::chance(Direction &d, int percent)
{
    // Always draw, so that one setting does not shift the sequence another one sees.
    const quint32 draw = d.random() % 10000;
    return int(draw) < percent * 100;
}

void NetworkConditions::pass(Direction &d, const QByteArray &datagram, const Deliver &deliver)
{
    if (!m_settings.enabled) {
        deliver(datagram);
        return;
    }
    const bool drop = chance(d, d.out ? m_settings.dropOutPercent : m_settings.dropInPercent);
    const bool duplicate = chance(d, m_settings.duplicatePercent);
    const bool reorder = chance(d, m_settings.reorderPercent);
    if (drop) {
        ++(d.out ? m_stats.droppedOut : m_stats.droppedIn);
        return;
    }
    if (reorder && !d.out && !d.holding) {  // replies overtaking one another: what the user sees
        ++m_stats.reordered;
        d.holding = true;
        d.held = datagram;
        d.heldDeliver = deliver;
        const quint64 hold = ++d.holdNumber;
        Direction *direction = &d;
        m_later(MaxHoldMs, [this, direction, hold] {
            if (direction->holding && direction->holdNumber == hold)
                releaseHeld(*direction);
        });
        if (duplicate) {
            ++m_stats.duplicated;
            deliverLater(d, datagram, deliver);
        }
        return;
    }
    deliverLater(d, datagram, deliver);
    if (duplicate) {
        ++m_stats.duplicated;
        deliverLater(d, datagram, deliver);
    }
    releaseHeld(d);  // a held datagram goes right after the one that overtook it
}

void NetworkConditions::deliverLater(Direction &d, const QByteArray &datagram, const Deliver &deliver)
{
    int delay = m_settings.delayMs;
    if (m_settings.jitterMs > 0)
        delay += int(d.random() % quint32(m_settings.jitterMs + 1));
    else
        d.random();  // keep the sequence the same whatever the jitter
    if (delay <= 0) {
        deliver(datagram);
        return;
    }
    // A flood must not pile up timers and copies: like a router's full queue, the link drops.
    if (m_inFlight >= MaxInFlight || m_inFlightBytes + datagram.size() > MaxInFlightBytes) {
        ++(d.out ? m_stats.droppedOut : m_stats.droppedIn);
        ++m_stats.queueFull;
        return;
    }
    ++m_inFlight;
    m_inFlightBytes += datagram.size();
    m_later(delay, [this, deliver, datagram] {
        --m_inFlight;
        m_inFlightBytes -= datagram.size();
        deliver(datagram);
    });
}

void NetworkConditions::releaseHeld(Direction &d)
{
    if (!d.holding)
        return;
    d.holding = false;
    const QByteArray datagram = d.held;
    const Deliver deliver = d.heldDeliver;
    d.held.clear();
    d.heldDeliver = nullptr;
    deliverLater(d, datagram, deliver);
}
