// SPDX-License-Identifier: MIT
#include "savedmessagedelegate.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace {
QString sendText() { return SavedMessageDelegate::tr("Send"); }
constexpr int ButtonPadding = 8;  // either side of the button's text
} // namespace

QRect SavedMessageDelegate::sendRect(const QRect &item, const QFontMetrics &metrics)
{
    const int width = metrics.horizontalAdvance(sendText()) + 2 * ButtonPadding;
    return {item.right() - width, item.top() + 1, width, item.height() - 2};
}

void SavedMessageDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.row() < 9)
        option->text = QStringLiteral("%1  %2").arg(index.row() + 1).arg(option->text);
}

void SavedMessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    const QRect button = sendRect(option.rect, option.fontMetrics);
    item.rect.setRight(button.left() - 1);  // a long name is cut before the button, not under it
    QStyledItemDelegate::paint(painter, item, index);

    QStyleOptionButton send;
    send.rect = button;
    send.text = sendText();
    send.state = QStyle::State_Enabled | QStyle::State_Raised;
    send.fontMetrics = option.fontMetrics;
    send.palette = option.palette;
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_PushButton, &send, painter, option.widget);
}

QSize SavedMessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // As wide as a short name and the button, not the longest name: rows fill the view's width and a
    // long name is cut (elided) before the button, so the button is never scrolled out of sight.
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(option.fontMetrics.horizontalAdvance(QStringLiteral("0  MMMMMM"))
                  + sendRect(QRect(0, 0, 0, size.height()), option.fontMetrics).width());
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + ButtonPadding));
    return size;
}

bool SavedMessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                       const QModelIndex &index)
{
    const auto type = event->type();
    if (type == QEvent::MouseButtonRelease || type == QEvent::MouseButtonDblClick) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton
            && sendRect(option.rect, option.fontMetrics).contains(mouse->position().toPoint())) {
            if (type == QEvent::MouseButtonRelease)
                emit sendClicked(index.row());
            return true;  // the click was the button's; a double click there does not send a second time
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}
