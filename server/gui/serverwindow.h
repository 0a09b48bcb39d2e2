// SPDX-License-Identifier: MIT
#pragma once

#include "serveroptions.h"

#include <QMainWindow>

class CaptureActions;
class DatagramLogModel;
class LogActions;
class LogFilterModel;
class PeerTableModel;
class QLabel;
class ReceiveBufferControl;
class ReplyControl;
class ServerEngine;
class QModelIndex;

namespace Ui {
class ServerWindow;
}

// The server window: bind controls, the live log of who sent what, one datagram in detail, and
// the peers. It shows what its ServerEngine reports and holds no socket or protocol logic of its own.
class ServerWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit ServerWindow(const ServerOptions &options, QWidget *parent = nullptr);
    ~ServerWindow() override;

    // The server, on a thread of its own.
    ServerEngine *server() const { return m_engine; }
    DatagramLogModel *log() const { return m_log; }
    LogFilterModel *filter() const { return m_filter; }
    PeerTableModel *peers() const { return m_peers; }
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
    ServerEngine *m_engine = nullptr;
    ReplyControl *m_replyControl = nullptr;
    ReceiveBufferControl *m_receiveBuffer = nullptr;
    DatagramLogModel *m_log = nullptr;
    LogFilterModel *m_filter = nullptr;
    PeerTableModel *m_peers = nullptr;
    LogActions *m_logActions = nullptr;
    CaptureActions *m_captureActions = nullptr;
    QLabel *m_boundLabel = nullptr;
};
