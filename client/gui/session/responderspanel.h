// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>

class HelloClient;
class QMainWindow;
class QTableView;
class ResponderModel;

// The Responders view: who answered which message, when, and in how long, when anyone may
// answer (a group, a broadcast address, --any-sender). A dock of the window, shown by the first
// reply that names its sender; closed, it stays closed until the next session that needs it.
class RespondersPanel : public QDockWidget
{
    Q_OBJECT

public:
    RespondersPanel(HelloClient *client, QMainWindow *window);
    ResponderModel *model() const { return m_model; }

private:
    ResponderModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    bool m_shownThisSession = false;
};
