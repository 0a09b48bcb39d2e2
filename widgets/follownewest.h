// SPDX-License-Identifier: MIT
#pragma once

#include "coalescedflush.h"

#include <QObject>

class QAbstractButton;
class QAbstractItemView;

// Keeps a view scrolled to its newest row as rows come, while its toggle (if any) is checked;
// checking the toggle goes to the newest row at once. Under a flood it follows at most every
// CoalescedFlush::ViewIntervalMs, not once per row: a scroll lays every row out at once. The one
// way a view follows in both windows (the server's log, the conversation, the responders).
class FollowNewest : public QObject
{
    Q_OBJECT

public:
    explicit FollowNewest(QAbstractItemView *view, QAbstractButton *toggle = nullptr);

private:
    void follow();

    QAbstractItemView *m_view;
    QAbstractButton *m_toggle;
    CoalescedFlush m_flush{CoalescedFlush::ViewIntervalMs, this, &FollowNewest::follow};
};
