// SPDX-License-Identifier: MIT
#pragma once

#include <QMenu>

class MessageComposer;
class QDockWidget;
class QMainWindow;

// The client window's File menu: send a file as one datagram (a file dropped on the window does
// the same), and show or hide the saved messages.
class FileMenu : public QMenu
{
    Q_OBJECT

public:
    FileMenu(MessageComposer *composer, QDockWidget *savedMessages, QMainWindow *window);

private:
    void askForFile();

    MessageComposer *m_composer;
};
