// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

// Draws a saved message as the digit of its shortcut (Ctrl+1..Ctrl+9, the first nine), its name,
// and a Send button at the end of the row: a click on that button sends it at once, a click
// elsewhere only selects it (to edit, rename or move). The digit is the row's, so it is drawn here
// and not kept in the model (moving a row keeps its data).
class SavedMessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Where the Send button of a row drawn in `item` is, in the same coordinates.
    static QRect sendRect(const QRect &item, const QFontMetrics &metrics);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

signals:
    void sendClicked(int row);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
};
