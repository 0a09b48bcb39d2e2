// SPDX-License-Identifier: MIT
#include "peerspanel.h"

#include "cachedtextdelegate.h"
#include "peertablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

PeersPanel::PeersPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("Peers: who sent datagrams"), this))
    , m_view(new QTableView(this))
{
    m_title->setObjectName(QStringLiteral("peersTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setBuddy(m_view);
    m_view->setObjectName(QStringLiteral("peersView"));
    m_view->setAccessibleName(tr("Peers"));
    m_view->setToolTip(tr("Everyone who sent a datagram: one row per address and port"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setItemDelegate(new CachedTextDelegate(m_view));  // ever-new senders repaint every row
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
}

void PeersPanel::setModel(QAbstractItemModel *model)
{
    m_view->setModel(model);
    // Each column as wide as the wider of its title and its longest value, measured once: the
    // values have known shapes (an address and port, a count, a time, a state).
    const QFontMetrics metrics = m_view->fontMetrics();
    const QFontMetrics headerMetrics = m_view->horizontalHeader()->fontMetrics();
    const int padding = metrics.averageCharWidth() + 8;
    const QString widest[PeerTableModel::ColumnCount] = {
        QStringLiteral("255.255.255.255:65535"), QStringLiteral("1,000,000"), QStringLiteral("100,000,000"),
        QStringLiteral("00:00:00.000"), QStringLiteral("00:00:00.000"), QString(),
    };
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < PeerTableModel::ColumnCount; ++column) {
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        int width = qMax(metrics.horizontalAdvance(widest[column]), headerMetrics.horizontalAdvance(title));
        if (column == PeerTableModel::StateColumn) {
            for (const QString &state : {PeerTableModel::tr("active"), PeerTableModel::tr("ended")})
                width = qMax(width, metrics.horizontalAdvance(state));
        }
        header->resizeSection(column, width + padding);
    }
}

int PeersPanel::columnsWidth() const
{
    return m_view->horizontalHeader()->length() + 2 * m_view->frameWidth();
}
