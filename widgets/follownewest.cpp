// SPDX-License-Identifier: MIT
#include "follownewest.h"

#include <QAbstractButton>
#include <QAbstractItemView>

FollowNewest::FollowNewest(QAbstractItemView *view, QAbstractButton *toggle)
    : QObject(view)
    , m_view(view)
    , m_toggle(toggle)
{
    // Rows come at the view's model (a proxy's, where the view shows one through a filter).
    connect(view->model(), &QAbstractItemModel::rowsInserted, this, [this] { m_flush.request(); });
    if (toggle) {
        connect(toggle, &QAbstractButton::toggled, this, [this](bool on) {
            if (on)
                follow();
        });
    }
}

void FollowNewest::follow()
{
    if (!m_toggle || m_toggle->isChecked())
        m_view->scrollToBottom();
}
