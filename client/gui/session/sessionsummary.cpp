// SPDX-License-Identifier: MIT
#include "sessionsummary.h"

#include "conditionspanel.h"
#include "helloclient.h"

SessionSummary::SessionSummary(HelloClient *client, ConditionsPanel *panel, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_panel(panel)
{
    connect(client, &HelloClient::messageSent, this, &SessionSummary::schedule);
    connect(client, &HelloClient::replyReceived, this, &SessionSummary::schedule);
    connect(client, &HelloClient::replyTimedOut, this, &SessionSummary::schedule);
    connect(client, &HelloClient::duplicateReply, this, &SessionSummary::schedule);
    connect(panel, &ConditionsPanel::settingsChanged, this, [this](const ConditionSettings &settings) {
        // The summary goes on counting: a lost message must not vanish because a setting moved.
        m_client->setConditions(settings);
        update();
    });
    connect(panel, &ConditionsPanel::resetRequested, this, [this] {
        m_client->resetStats();
        update();
    });
}

void SessionSummary::schedule()
{
    m_flush.request();
}

void SessionSummary::update()
{
    const HelloClient::Stats s = m_client->stats();
    m_panel->setSummary(tr("Sent %1 · answered %2 · lost %3 · duplicated %4 · reordered %5")
                            .arg(s.sent).arg(s.answered).arg(s.lost).arg(s.duplicates).arg(s.reordered));
}
