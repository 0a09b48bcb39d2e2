// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>
#include <QTimer>

class DatagramLogModel;
class ServerEngine;

// The status bar's counters: received (and per second), answered, unanswered, bytes in and out,
// rate-limited and trimmed, and what the system dropped before it was read. Refreshed a few times a second, never once per datagram.
class CountersLabel : public QLabel
{
    Q_OBJECT

public:
    CountersLabel(ServerEngine *server, const DatagramLogModel *log, QWidget *parent = nullptr);

    void refresh();

private:
    ServerEngine *m_server;
    const DatagramLogModel *m_log;
    QTimer m_timer;
    QString m_rowsTip;
};
