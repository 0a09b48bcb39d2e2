// SPDX-License-Identifier: MIT
#include "filemenu.h"

#include "filedrop.h"
#include "messagecomposer.h"

#include <QDockWidget>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenuBar>

FileMenu::FileMenu(MessageComposer *composer, QDockWidget *savedMessages, QMainWindow *window)
    : QMenu(tr("&File"), window)
    , m_composer(composer)
{
    setObjectName(QStringLiteral("menuFile"));
    QAction *sendFile = addAction(tr("Send &file…"), this, &FileMenu::askForFile);
    sendFile->setObjectName(QStringLiteral("actionSendFile"));
    sendFile->setShortcut(QKeySequence::Open);
    sendFile->setToolTip(tr("Send a file's bytes as one datagram (or drop the file on the window)"));
    QAction *panel = savedMessages->toggleViewAction();
    panel->setText(tr("&Saved messages"));
    panel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    addAction(panel);
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constFirst(), this);
    auto *drop = new FileDrop(window);
    connect(drop, &FileDrop::fileDropped, composer, &MessageComposer::sendFile);
}

void FileMenu::askForFile()
{
    const QString path = QFileDialog::getOpenFileName(parentWidget(), tr("Send a file as one datagram"));
    if (!path.isEmpty())
        m_composer->sendFile(path);
}
