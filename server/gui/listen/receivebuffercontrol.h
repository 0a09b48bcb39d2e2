// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class ByteSizeSpinBox;
class ServerEngine;
class QLabel;

// The server window's Receive buffer field (what --recv-buffer gives on the command line): the
// bytes to ask the system for when listening starts, or the server's default, and beside it what
// the system granted to the socket now listening (Linux doubles what is asked, within its limits).
// Edited while the server is stopped, as the address and port are: it is applied at bind time.
class ReceiveBufferControl : public QWidget
{
    Q_OBJECT

public:
    // bytes: to ask for, 0 for the server's default (as without --recv-buffer); from the command
    // line or the settings, checked there.
    ReceiveBufferControl(ServerEngine *server, int bytes, QWidget *parent = nullptr);

    int bytes() const;
    // Reads what is typed and gives it to the server: call before it listens.
    void apply();

private:
    void showListening(bool listening);

    ServerEngine *m_server;
    ByteSizeSpinBox *m_spin = nullptr;
    QLabel *m_granted = nullptr;
};
