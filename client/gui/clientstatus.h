// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class ConversationModel;
class HelloClient;
class QLabel;
class QStatusBar;

// The client's status bar: the session (with whom, from which local port, or why none) and how
// many old entries the conversation removed.
class ClientStatus : public QObject
{
    Q_OBJECT

public:
    ClientStatus(HelloClient *client, ConversationModel *conversation, QStatusBar *bar);

    void refresh();

private:
    void showTrimmed(qint64 total);

    HelloClient *m_client;
    QLabel *m_sessionLabel;
    QLabel *m_trimmedLabel;
};
