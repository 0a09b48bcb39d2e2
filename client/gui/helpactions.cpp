// SPDX-License-Identifier: MIT
#include "helpactions.h"

#include "buildinfo.h"
#include "helloclient.h"
#include "tourdialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QMessageBox>

HelpActions::HelpActions(QAction *tour, QAction *about, HelloClient *client, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_window(window)
{
    connect(tour, &QAction::triggered, this, &HelpActions::showTour);
    connect(about, &QAction::triggered, this, &HelpActions::showAbout);
}

void HelpActions::showTour()
{
    auto *tour = new TourDialog(m_client->serverEndpoint(), m_window);
    tour->setAttribute(Qt::WA_DeleteOnClose);
    tour->show();
}

void HelpActions::showAbout()
{
    QMessageBox::about(m_window, tr("About udpchat"),
                       tr("<p><b>udpchat client</b> %1</p><p>A chat-style conversation with a UDP hello "
                          "server: the classic tutorial's protocol, with loss, round trips and source "
                          "ports in plain view.</p>").arg(QCoreApplication::applicationVersion())
                           + BuildInfo::aboutDetails());
}
