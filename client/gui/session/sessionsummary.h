// SPDX-License-Identifier: MIT
#pragma once

#include "coalescedflush.h"

#include <QObject>

class ConditionsPanel;
class HelloClient;

// The conditions panel's line of counts (sent, answered, lost, duplicated, reordered). Under a
// flood it is rebuilt at most every 100 ms, not once per datagram; at once when a simulated
// setting moves or the counts are reset, which it passes to the engine.
class SessionSummary : public QObject
{
    Q_OBJECT

public:
    SessionSummary(HelloClient *client, ConditionsPanel *panel, QObject *parent);
    void update();

private:
    void schedule();

    HelloClient *m_client;
    ConditionsPanel *m_panel;
    static constexpr int UpdateIntervalMs = 100;  // a line of figures: read, not watched
    CoalescedFlush m_flush{UpdateIntervalMs, this, &SessionSummary::update};
};
