// SPDX-License-Identifier: MIT
#include "clientstatus.h"

#include "conversationmodel.h"
#include "helloclient.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>

ClientStatus::ClientStatus(HelloClient *client, ConversationModel *conversation, QStatusBar *bar)
    : QObject(bar)
    , m_client(client)
    , m_sessionLabel(new QLabel(bar))
    , m_trimmedLabel(new QLabel(bar))
{
    m_sessionLabel->setAccessibleDescription(tr("Session"));
    // A 100,000-character host name must not widen the window: the label takes what it is given.
    QSizePolicy policy = m_sessionLabel->sizePolicy();
    policy.setHorizontalPolicy(QSizePolicy::Ignored);
    m_sessionLabel->setSizePolicy(policy);
    bar->addWidget(m_sessionLabel, 1);
    m_trimmedLabel->setAccessibleDescription(tr("Entries removed"));
    m_trimmedLabel->setToolTip(tr("The conversation keeps its newest %1 entries and at most %2; "
                                  "older entries are removed first, and counted here.")
                                   .arg(QLocale().toString(conversation->maxEntries()),
                                        QLocale().formattedDataSize(conversation->maxBytes())));
    m_trimmedLabel->hide();
    bar->addPermanentWidget(m_trimmedLabel);
    connect(conversation, &ConversationModel::trimmed, this, &ClientStatus::showTrimmed);
}

void ClientStatus::refresh()
{
    QString text;
    switch (m_client->state()) {
    case HelloClient::State::Idle:
        text = tr("No session");
        break;
    case HelloClient::State::Connecting:
        text = tr("Looking up %1…").arg(m_client->host());
        break;
    case HelloClient::State::Ready:
        text = tr("Session %1 with %2 from local port %3")
                   .arg(m_client->sessionNumber())
                   .arg(m_client->serverEndpoint())
                   .arg(m_client->localPort());
        break;
    case HelloClient::State::Ended:
        text = tr("Session %1 is over: New session starts another").arg(m_client->sessionNumber());
        break;
    }
    m_sessionLabel->setText(text);
}

void ClientStatus::showTrimmed(qint64 total)
{
    m_trimmedLabel->setText(tr("%1 older entries removed").arg(QLocale().toString(total)));
    m_trimmedLabel->setVisible(total > 0);
}
