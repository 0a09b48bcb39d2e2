// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class HelloClient;
class QListView;
class QModelIndex;
class QPoint;

// What a conversation entry offers: Retry (double-click or the context menu) for a message
// with no reply, and Copy of the entry's every byte.
class ConversationMenu : public QObject
{
    Q_OBJECT

public:
    ConversationMenu(QListView *view, HelloClient *client);

    void retryAt(const QModelIndex &index);
    // The entry as text with every byte (not the shortened, escaped bubble): hex in hex mode.
    static QString copyText(const QModelIndex &index, bool hex);

private:
    void show(const QPoint &position);

    QListView *m_view;
    HelloClient *m_client;
};
