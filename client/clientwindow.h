// SPDX-License-Identifier: MIT
#pragma once

#include "clientoptions.h"
#include "helloclient.h"

#include <QMainWindow>
#include <QTimer>

class AddressProblem;
class ClientStatus;
class ConditionsPanel;
class ServiceControls;
class ConversationMenu;
class ConversationModel;
class InputHistory;
class MessageComposer;
class SavedMessagesPanel;

namespace Ui {
class ClientWindow;
}

// The client window: a chat-style conversation with one server. It wires widgets to HelloClient
// and ConversationModel and holds no socket or protocol logic of its own.
class ClientWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit ClientWindow(const ClientOptions &options, QWidget *parent = nullptr);
    ~ClientWindow() override;

    HelloClient *client() const { return m_client; }
    ConversationModel *conversation() const { return m_conversation; }
    InputHistory *history() const;
    MessageComposer *composer() const { return m_composer; }
    SavedMessagesPanel *savedMessages() const { return m_savedMessages; }
    ConditionsPanel *conditionsPanel() const { return m_conditions; }
    // Opens another client window on the same server: its own socket and source port.
    ClientWindow *openNewWindow();
    // A name shown first in the title, such as Client1 in the demo.
    void setName(const QString &name);

public slots:
    void sendMessage();
    // Ends the current session and starts another: a new socket, so a new source port.
    void startNewSession();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void connectSignals();
    ClientOptions currentOptions() const;
    // Hands the bytes to the engine; false, with its sentence shown, when they were not sent.
    bool sendBytes(const QByteArray &bytes);
    void onStateChanged(HelloClient::State state);
    void onSessionEnded(const QString &serverEndpoint);
    void onError(HelloClient::Error error, const QString &message);
    void updateStatus();
    void updateSummary();

    Ui::ClientWindow *m_ui = nullptr;
    HelloClient *m_client = nullptr;
    ConversationModel *m_conversation = nullptr;
    ConversationMenu *m_menu = nullptr;
    ClientStatus *m_status = nullptr;
    // Scrolling to the newest entry and the conditions summary follow a flood at most this often
    // (a scroll lays every row out at once; the summary is rebuilt text), not once per datagram.
    QTimer m_scrollTimer;
    QTimer m_summaryTimer;
    MessageComposer *m_composer = nullptr;
    AddressProblem *m_address = nullptr;
    SavedMessagesPanel *m_savedMessages = nullptr;
    ConditionsPanel *m_conditions = nullptr;
    ServiceControls *m_service = nullptr;
    QString m_name;
};
