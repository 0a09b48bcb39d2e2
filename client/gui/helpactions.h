// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class HelloClient;
class QAction;
class QWidget;

// The client window's Help menu: the guided tour (of the current server) and About.
class HelpActions : public QObject
{
    Q_OBJECT

public:
    HelpActions(QAction *tour, QAction *about, HelloClient *client, QWidget *window);

private:
    void showTour();
    void showAbout();

    HelloClient *m_client;
    QWidget *m_window;
};
