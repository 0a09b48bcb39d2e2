// SPDX-License-Identifier: MIT
#include "cachedtextdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QTextOption>

const QStaticText &CachedTextDelegate::laidOut(const QString &text, const QFont &font, Qt::LayoutDirection direction) const
{
    if (font != m_font || direction != m_direction) {
        m_texts.clear();
        m_font = font;
        m_direction = direction;
    }
    auto it = m_texts.find(text);
    if (it != m_texts.end())
        return *it;
    if (m_texts.size() >= MaxCachedTexts)
        m_texts.clear();
    QStaticText laid(text);
    laid.setTextFormat(Qt::PlainText);
    laid.setTextWidth(-1);  // one line, never wrapped
    // The paragraph's direction is the view's, as Qt's delegate lays it out, not guessed from the
    // first strong letter: a Hebrew word then a Latin one read as the inspector shows them.
    QTextOption option;
    option.setTextDirection(direction);
    option.setWrapMode(QTextOption::ManualWrap);
    laid.setTextOption(option);
    laid.prepare(QTransform(), font);
    return *m_texts.insert(text, laid);
}

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // A right-to-left view too goes to Qt's delegate: QStaticText lays some mixed runs out
    // otherwise than Qt's item text there (tst_cachedtextdelegate), and no translation is RTL yet.
    const bool plain = !(opt.features & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator))
        && !opt.text.contains(QChar::LineSeparator) && !opt.text.contains(QLatin1Char('\n'))
        && opt.direction == Qt::LeftToRight;
    if (!plain) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    opt.text.clear();  // the style paints the rest: background, selection, focus
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;
    // The text's place as QCommonStyle finds it: the cell less the focus frame's margin.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = opt.rect.adjusted(margin, 0, -margin, 0);
    const QStaticText *laid = &laidOut(text, opt.font, opt.direction);
    if (laid->size().width() > area.width()) {
        const QString elided = QFontMetrics(opt.font).elidedText(text, opt.textElideMode, area.width());
        laid = &laidOut(elided, opt.font, opt.direction);
    }
    const QSize size(qCeil(laid->size().width()), qCeil(laid->size().height()));
    const QRect place = QStyle::alignedRect(opt.direction, QStyle::visualAlignment(opt.direction, opt.displayAlignment),
                                            size, area);
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active) ? QPalette::Normal : QPalette::Inactive;
    painter->save();
    painter->setPen(opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    painter->setClipRect(opt.rect, Qt::IntersectClip);
    painter->drawStaticText(place.topLeft(), *laid);
    painter->restore();
}
