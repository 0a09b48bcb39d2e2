// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

class QAbstractItemView;

// Keeps a view scrolled to its newest row as rows come. Under a flood it follows at most every
// 33 ms, not once per row: a scroll lays every row out at once.
class FollowNewest : public QObject
{
    Q_OBJECT

public:
    explicit FollowNewest(QAbstractItemView *view);

private:
    QTimer m_timer;
};
