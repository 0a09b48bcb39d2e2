#pragma once

#include "serveroptions.h"

#include <QMainWindow>
#include <QTimer>

class DatagramLog;
class HelloServer;
class QLabel;
class QModelIndex;

namespace Ui {
class ServerWindow;
}

// The server window: bind controls, the live log of who sent what, one datagram in detail.
// It shows what HelloServer reports and holds no socket or protocol logic of its own.
class ServerWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit ServerWindow(const ServerOptions &options, QWidget *parent = nullptr);
    ~ServerWindow() override;

    HelloServer *server() const { return m_server; }
    DatagramLog *log() const { return m_log; }

public slots:
    // Binds to the address and port in the fields; false (and the reason shown) on failure.
    bool startListening();
    void stopListening();

private:
    void setupLogView();
    void connectSignals();
    void toggleListening();
    void showError(const QString &message);
    void onListeningChanged(bool listening);
    void updateCounters();
    void showDetail(const QModelIndex &current);
    void followNewest();

    Ui::ServerWindow *m_ui = nullptr;
    HelloServer *m_server = nullptr;
    DatagramLog *m_log = nullptr;
    QLabel *m_boundLabel = nullptr;
    QLabel *m_countersLabel = nullptr;
    QTimer m_countersTimer;
};
