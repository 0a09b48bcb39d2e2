// SPDX-License-Identifier: MIT
#include "follownewest.h"

#include <QAbstractItemView>

FollowNewest::FollowNewest(QAbstractItemView *view)
    : QObject(view)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(33);
    connect(view->model(), &QAbstractItemModel::rowsInserted, &m_timer, [this] {
        if (!m_timer.isActive())
            m_timer.start();
    });
    connect(&m_timer, &QTimer::timeout, view, &QAbstractItemView::scrollToBottom);
}
