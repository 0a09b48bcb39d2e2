// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>

#include <functional>
#include <random>

// Simulated network conditions for the client, to see what UDP does: datagrams dropped on the way
// out or in, delayed with jitter, duplicated, reordered. Seeded, so a run can be repeated exactly
// (the generator is std::mt19937, whose output the C++ standard fixes on every platform).
// Off by default; nothing here touches the real network.
struct ConditionSettings
{
    bool enabled = false;
    int dropOutPercent = 0;
    int dropInPercent = 0;
    int delayMs = 0;
    int jitterMs = 0;
    int duplicatePercent = 0;
    int reorderPercent = 0;  // an incoming datagram held back and delivered after the next one
    quint32 seed = 1;
};

class NetworkConditions : public QObject
{
    Q_OBJECT

public:
    using Deliver = std::function<void(const QByteArray &)>;
    // Longest a reordered datagram waits for a successor before it goes anyway.
    static constexpr int MaxHoldMs = 200;
    // Delayed datagrams held at once, in count and bytes (whatever a server sends).
    static constexpr int MaxInFlight = 10000;
    static constexpr qint64 MaxInFlightBytes = 16 * 1024 * 1024;

    struct Stats
    {
        int droppedOut = 0;
        int droppedIn = 0;
        int duplicated = 0;
        int reordered = 0;
        int queueFull = 0;  // part of the drops: the delayed datagrams already held MaxInFlight(Bytes)
    };

    explicit NetworkConditions(QObject *parent = nullptr);

    // Runs fn after ms milliseconds: a single-shot QTimer by default. Tests give their own, to run
    // what is due when they say, instead of waiting out the delays (as HelloServer::setClock).
    using Later = std::function<void(int ms, std::function<void()> fn)>;
    void setLater(Later later) { m_later = std::move(later); }
    // The default: a single-shot QTimer in context's thread, cancelled if context goes.
    static Later timerLater(QObject *context);

    void setSettings(const ConditionSettings &settings);  // also restarts the random sequence
    const ConditionSettings &settings() const { return m_settings; }
    Stats stats() const { return m_stats; }

    // Passes a datagram through the simulated network: deliver is called zero, one or two times,
    // at once or later. Without conditions it is called once, at once.
    void outgoing(const QByteArray &datagram, const Deliver &deliver) { pass(m_out, datagram, deliver); }
    void incoming(const QByteArray &datagram, const Deliver &deliver) { pass(m_in, datagram, deliver); }

private:
    struct Direction
    {
        std::mt19937 random;
        bool out = true;
        bool holding = false;
        QByteArray held;
        Deliver heldDeliver;
        quint64 holdNumber = 0;  // which hold a pending release is for: a later one ignores it
    };
    bool chance(Direction &d, int percent);
    void pass(Direction &d, const QByteArray &datagram, const Deliver &deliver);
    void deliverLater(Direction &d, const QByteArray &datagram, const Deliver &deliver);
    void releaseHeld(Direction &d);

    ConditionSettings m_settings;
    Direction m_out;
    Direction m_in;
    Stats m_stats;
    int m_inFlight = 0;
    qint64 m_inFlightBytes = 0;
    Later m_later;
};
