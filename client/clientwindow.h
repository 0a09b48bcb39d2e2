#pragma once

#include "clientoptions.h"
#include "helloclient.h"

#include <QMainWindow>

class Conversation;
class QLabel;

namespace Ui {
class ClientWindow;
}

// The client window: a chat-style conversation with one server. It wires widgets to HelloClient
// and Conversation and holds no socket or protocol logic of its own.
class ClientWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit ClientWindow(const ClientOptions &options, QWidget *parent = nullptr);
    ~ClientWindow() override;

    HelloClient *client() const { return m_client; }
    Conversation *conversation() const { return m_conversation; }

public slots:
    void sendMessage();
    // Ends the current session and starts another: a new socket, so a new source port.
    void startNewSession();

private:
    void connectSignals();
    bool targetChanged() const;
    // Checks the address field; shows what is wrong next to it and returns false if anything is.
    bool validateAddress();
    void retryAt(const QModelIndex &index);
    void onStateChanged(HelloClient::State state);
    void onSessionEnded(const QString &serverEndpoint);
    void onError(HelloClient::Error error, const QString &message);
    void showHint(const QString &text, bool isError);
    void showContextMenu(const QPoint &position);
    void updateStatus();

    Ui::ClientWindow *m_ui = nullptr;
    HelloClient *m_client = nullptr;
    Conversation *m_conversation = nullptr;
    QLabel *m_sessionLabel = nullptr;
    int m_sessionNumber = 0;
};
