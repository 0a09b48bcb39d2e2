// SPDX-License-Identifier: MIT
#pragma once

#include "clientoptions.h"
#include "helloclient.h"

#include <QMainWindow>

class AddressProblem;
class ClientStatus;
class ConditionsPanel;
class ServiceControls;
class SessionSummary;
class ConversationModel;
class InputHistory;
class MessageComposer;
class SavedMessagesPanel;
class RunPanel;

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
    RunPanel *runPanel() const { return m_runs; }
    // Opens another client window on the same server: its own socket and source port.
    ClientWindow *openNewWindow();
    // A name shown first in the title, such as Client1 in the demo.
    void setName(const QString &name);

public slots:
    // Ends the current session and starts another: a new socket, so a new source port.
    void startNewSession();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupServerRow(const ClientOptions &options);
    void setupConversation(const ClientOptions &options);
    void setupServiceControls(const ClientOptions &options);
    void setupComposer(const ClientOptions &options);
    void setTabChain();
    void connectActions();
    void connectEngine();
    ClientOptions currentOptions() const;
    // Hands the bytes to the engine; false, with its sentence shown, when they were not sent.
    bool sendBytes(const QByteArray &bytes);
    void onStateChanged(HelloClient::State state);
    void onSessionEnded(const QString &serverEndpoint);
    void onError(HelloClient::Error error, const QString &message);
    void updateStatus();
    void setupRuns();

    Ui::ClientWindow *m_ui = nullptr;
    HelloClient *m_client = nullptr;
    ConversationModel *m_conversation = nullptr;
    ClientStatus *m_status = nullptr;
    SessionSummary *m_summary = nullptr;
    MessageComposer *m_composer = nullptr;
    AddressProblem *m_address = nullptr;
    SavedMessagesPanel *m_savedMessages = nullptr;
    ConditionsPanel *m_conditions = nullptr;
    ServiceControls *m_service = nullptr;
    class SocketOptionsPanel *m_socketOptions = nullptr;
    RunPanel *m_runs = nullptr;
    QString m_name;
};
