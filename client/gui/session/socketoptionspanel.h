// SPDX-License-Identifier: MIT
#pragma once

#include "clientsocketsetup.h"

#include <QWidget>

class HelloClient;

namespace Ui {
class SocketOptionsPanel;
}

// The window's "Socket options" (--local-address, --local-port, --ttl, --multicast-loopback,
// --interface), folded away behind one button since most sessions need none of them. Each change
// goes to the engine at once and takes effect at its next session; who may answer stays
// ServiceControls' choice, so it is kept as the engine has it.
class SocketOptionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SocketOptionsPanel(HelloClient *client, QWidget *parent = nullptr);
    ~SocketOptionsPanel() override;
    // The fields as the engine's options (anySender: the engine's).
    ClientSocketSetup::Options options() const;
    // The toggle, then its fields as they stand (skipped by Tab while folded), for the window's chain.
    QList<QWidget *> tabChain() const;

private:
    // Tooltips and ranges; the interfaces that can multicast.
    void describeFields();
    void showOptions(const ClientSocketSetup::Options &options);
    void apply();

    Ui::SocketOptionsPanel *m_ui;  // ui/socketoptionspanel.ui
    HelloClient *m_client = nullptr;
};
