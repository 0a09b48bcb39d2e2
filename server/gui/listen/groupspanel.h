// SPDX-License-Identifier: MIT
#pragma once

#include "multicastmembership.h"

#include <QDockWidget>

class ServerEngine;
class QMainWindow;

namespace Ui {
class GroupsPanel;
}

// The server window's multicast groups (what --join gives on the command line): the groups the
// server joins when it starts listening, each on one interface or on every interface that can
// multicast. Edited while the server is stopped, as its address and port are: joining changes
// the address it listens on. A group that cannot be joined is said; the server stays unchanged.
class GroupsPanel : public QDockWidget
{
    Q_OBJECT

public:
    GroupsPanel(ServerEngine *server, QMainWindow *window);
    ~GroupsPanel() override;

signals:
    void errorOccurred(const QString &message);

private:
    void join();
    void leave();
    void showGroups();
    void setEditable(bool editable);

    Ui::GroupsPanel *m_ui;  // ui/groupspanel.ui
    class QLabel *m_whyLocked = nullptr;  // shown while listening: why the form is greyed out
    ServerEngine *m_server = nullptr;
};
