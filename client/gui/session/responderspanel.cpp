// SPDX-License-Identifier: MIT
#include "responderspanel.h"

#include "follownewest.h"
#include "helloclient.h"
#include "respondermodel.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QTableView>

#include <climits>

RespondersPanel::RespondersPanel(HelloClient *client, QMainWindow *window)
    : QDockWidget(tr("Responders"), window)
    , m_model(new ResponderModel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("respondersDock"));
    m_view->setObjectName(QStringLiteral("respondersView"));
    m_view->setAccessibleName(tr("Who answered"));
    m_view->setModel(m_model);
    new FollowNewest(m_view);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);  // uniform rows: fast under a crowd
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ResponderModel::ResponderColumn, QHeaderView::Stretch);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    setWidget(m_view);
    window->addDockWidget(Qt::BottomDockWidgetArea, this);
    hide();
    connect(client, &HelloClient::replyReceived, m_model, &ResponderModel::addResponse);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_shownThisSession) {
            m_shownThisSession = true;
            show();
        }
        // Rows that left to keep the view bounded are said, not silently gone.
        const qint64 trimmed = m_model->trimmedCount();
        setWindowTitle(trimmed == 0 ? tr("Responders")
                                    : tr("Responders (%n older not shown)", nullptr, int(qMin<qint64>(trimmed, INT_MAX))));
    });
    connect(client, &HelloClient::stateChanged, this, [this](HelloClient::State state) {
        if (state == HelloClient::State::Connecting)
            m_shownThisSession = false;
    });
}
