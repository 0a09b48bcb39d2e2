// SPDX-License-Identifier: MIT
#pragma once

#include "serveroptions.h"

#include <QMainWindow>

class CaptureActions;
class DatagramLogModel;
class HelloServer;
class LogActions;
class LogFileWriter;
class LogFilterModel;
class PeerTableModel;
class QLabel;
class ReceiveBufferControl;
class ReplyControl;
class ServerSession;
class QModelIndex;

namespace Ui {
class ServerWindow;
}

// The server window: bind controls, the live log of who sent what, one datagram in detail, and
// the peers. It shows what HelloServer reports and holds no socket or protocol logic of its own.
class ServerWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit ServerWindow(const ServerOptions &options, QWidget *parent = nullptr);
    ~ServerWindow() override;

    HelloServer *server() const { return m_server; }
    DatagramLogModel *log() const { return m_log; }
    LogFilterModel *filter() const { return m_filter; }
    PeerTableModel *peers() const { return m_peers; }
    LogFileWriter *logFile() const;
    CaptureActions *captureActions() const { return m_captureActions; }

public slots:
    // Binds to the address and port in the fields; false (and the reason shown) on failure.
    bool startListening();
    void stopListening();
    // Writes the whole log (CSV for *.csv, else JSON Lines); false with the reason shown.
    bool exportLog(const QString &fileName);
    // Starts (or, with an empty name, stops) appending every datagram to a file.
    bool setLogFile(const QString &fileName);
    void copySelectedRows();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupViews();
    void connectSignals();
    void toggleListening();
    void showError(const QString &message);
    void addBindRowControls(const ServerOptions &options);
    void onListeningChanged(bool listening);
    void showDetail(const QModelIndex &current);
    void clearLog();
    ServerOptions currentOptions() const;

    Ui::ServerWindow *m_ui = nullptr;
    ServerSession *m_session = nullptr;
    HelloServer *m_server = nullptr;  // the session's
    ReplyControl *m_replyControl = nullptr;
    ReceiveBufferControl *m_receiveBuffer = nullptr;
    DatagramLogModel *m_log = nullptr;
    LogFilterModel *m_filter = nullptr;
    PeerTableModel *m_peers = nullptr;
    LogActions *m_logActions = nullptr;
    CaptureActions *m_captureActions = nullptr;
    QLabel *m_boundLabel = nullptr;
};
