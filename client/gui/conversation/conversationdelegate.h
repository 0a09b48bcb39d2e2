// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;
class QTextLayout;

// Draws the conversation chat style: what you sent on the right, the server's replies on the left,
// notices centred; each bubble with its time and, for sent messages, waiting / round trip / no reply.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ConversationDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Geometry;
    Geometry layout(const QStyleOptionViewItem &option, const QModelIndex &index, QTextLayout *text) const;
    void markClosingLineBreak(const QStyleOptionViewItem &option, const QModelIndex &index, QTextLayout *text) const;

    QAbstractItemView *m_view;
};
