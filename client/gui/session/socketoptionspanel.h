// SPDX-License-Identifier: MIT
#pragma once

#include "clientsocketsetup.h"

#include <QWidget>

class HelloClient;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QToolButton;

// The window's "Socket options" (--local-address, --local-port, --ttl, --multicast-loopback,
// --interface), folded away behind one button since most sessions need none of them. Each change
// goes to the engine at once and takes effect at its next session; who may answer stays
// ServiceControls' choice, so it is kept as the engine has it.
class SocketOptionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SocketOptionsPanel(HelloClient *client, QWidget *parent = nullptr);
    // The fields as the engine's options (anySender: the engine's).
    ClientSocketSetup::Options options() const;

private:
    // Names, ranges and tooltips; the interfaces that can multicast.
    void describeFields();
    void showOptions(const ClientSocketSetup::Options &options);
    // The button, and the fields on their own line under it.
    void layOut();
    void apply();

    HelloClient *m_client = nullptr;
    QToolButton *m_toggle = nullptr;
    QWidget *m_fields = nullptr;
    QLineEdit *m_address = nullptr;
    QSpinBox *m_port = nullptr;
    QSpinBox *m_ttl = nullptr;
    QCheckBox *m_loopback = nullptr;
    QComboBox *m_interface = nullptr;
};
