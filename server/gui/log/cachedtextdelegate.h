// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

// Paints a cell's plain text from a cache of laid-out text (QStaticText), the rest (background,
// selection, focus) as the style does. Qt's own delegate lays out and shapes each cell's text
// twice on every paint; under a flood the server's log and peers views repaint 30 times a second,
// and that text layout was most of the window's time between two datagrams. Most cells repeat
// (a size, an outcome, a reply, "active"), so most are drawn without any layout at all.
// Cells with an icon, a check box or more than one line are painted by Qt's delegate.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // Texts kept laid out; past it the cache starts again (a flood brings new texts every frame).
    static constexpr int MaxCachedTexts = 4096;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    int cachedTextCount() const { return int(m_texts.size()); }

private:
    const QStaticText &laidOut(const QString &text, const QFont &font, Qt::LayoutDirection direction) const;

    mutable QHash<QString, QStaticText> m_texts;  // laid out in this font and direction
    mutable QFont m_font;
    mutable Qt::LayoutDirection m_direction = Qt::LeftToRight;
};
