// SPDX-License-Identifier: MIT
#include "conversationdelegate.h"

#include "colors.h"
#include "conversationmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace {
constexpr int Margin = 6;      // around a bubble
constexpr int Padding = 8;     // inside a bubble
constexpr int Radius = 10;
constexpr qreal MaxBubbleShare = 0.75;

using Kind = ConversationModel::Kind;
using Status = ConversationModel::Status;

Kind kindOf(const QModelIndex &index) { return Kind(index.data(ConversationModel::KindRole).toInt()); }

QFont metaFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}
} // namespace

struct ConversationDelegate::Geometry
{
    QRectF bubble;    // in item coordinates
    QPointF textAt;
    QRectF meta;
    int height = 0;
};

ConversationDelegate::ConversationDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

// The reply's closing line break is part of the protocol, not of the words: a subtle return
// symbol instead of a literal \n. Copy and hex mode still give every byte.
void ConversationDelegate::markClosingLineBreak(const QStyleOptionViewItem &option, const QModelIndex &index,
                                                QTextLayout *text) const
{
    const QString shown = text->text();
    const auto *model = qobject_cast<const ConversationModel *>(index.model());
    if (!model || model->hexMode() || !shown.endsWith(QLatin1String("\\n"))
        || !index.data(ConversationModel::BytesRole).toByteArray().endsWith('\n'))
        return;
    text->setText(shown.chopped(2) + QChar(0x21b5));
    QTextLayout::FormatRange mark;
    mark.start = int(shown.size()) - 2;
    mark.length = 1;
    QColor faint = kindOf(index) == Kind::Sent ? Colors::sentText(option.palette) : option.palette.color(QPalette::Text);
    faint.setAlphaF(0.45f);
    mark.format.setForeground(faint);
    text->setFormats({mark});
}

ConversationDelegate::Geometry ConversationDelegate::layout(const QStyleOptionViewItem &option,
                                                            const QModelIndex &index, QTextLayout *text) const
{
    const Kind kind = kindOf(index);
    const bool bubbled = kind != Kind::Notice && kind != Kind::Error;
    const bool ours = kind == Kind::Sent || kind == Kind::Run;  // drawn on the right
    const int width = qMax(120, m_view->viewport()->width());
    const qreal maxTextWidth = bubbled ? width * MaxBubbleShare - 2 * Padding : width - 2 * Margin;

    QFont font = option.font;
    if (!bubbled)
        font.setItalic(true);
    text->setFont(font);
    text->setText(index.data(Qt::DisplayRole).toString());
    if (bubbled)
        markClosingLineBreak(option, index, text);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    textOption.setAlignment(bubbled ? Qt::AlignLeft : Qt::AlignHCenter);
    text->setTextOption(textOption);
    qreal textHeight = 0;
    qreal textWidth = 0;
    text->beginLayout();
    for (QTextLine line = text->createLine(); line.isValid(); line = text->createLine()) {
        line.setLineWidth(maxTextWidth);
        line.setPosition(QPointF(0, textHeight));
        textHeight += line.height();
        textWidth = qMax(textWidth, line.naturalTextWidth());
    }
    text->endLayout();

    const QFontMetrics metaMetrics(metaFont(option.font));
    const qreal metaWidth = metaMetrics.horizontalAdvance(index.data(ConversationModel::MetaTextRole).toString());
    Geometry g;
    if (bubbled) {
        const qreal bubbleWidth = qMax(textWidth + 2 * Padding, qreal(4 * Padding));
        const qreal x = ours ? width - Margin - bubbleWidth : Margin;
        g.bubble = QRectF(x, Margin, bubbleWidth, textHeight + 2 * Padding);
        g.textAt = QPointF(x + Padding, Margin + Padding);
        const qreal metaX = ours ? width - Margin - metaWidth : Margin;
        g.meta = QRectF(metaX, g.bubble.bottom() + 2, metaWidth + 1, metaMetrics.height());
    } else {
        g.textAt = QPointF(Margin, Margin);
        g.meta = QRectF((width - metaWidth) / 2, Margin + textHeight, metaWidth + 1, metaMetrics.height());
    }
    g.height = int(g.meta.bottom() + Margin + 1);
    return g;
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextLayout text;
    const Geometry g = layout(option, index, &text);
    return QSize(qMax(120, m_view->viewport()->width()), g.height);
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QTextLayout text;
    const Geometry g = layout(option, index, &text);
    // QListView lays items out again when rows come or go, not when their data changes: a burst
    // entry now showing a longer datagram asks for its new height here, once.
    if (g.height != option.rect.height())
        emit const_cast<ConversationDelegate *>(this)->sizeHintChanged(index);
    const QPalette &palette = option.palette;
    const Kind kind = kindOf(index);
    const bool dark = Colors::isDark(palette);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(option.rect.topLeft());
    if (option.state & QStyle::State_Selected)
        painter->fillRect(QRect(0, 0, option.rect.width(), option.rect.height()),
                          palette.color(QPalette::Highlight).lighter(dark ? 60 : 190));

    QColor textColor = palette.color(QPalette::Text);
    if (kind != Kind::Notice && kind != Kind::Error) {
        QColor fill;
        QPen border(Qt::NoPen);
        if (kind == Kind::Sent || kind == Kind::Run) {
            fill = Colors::sentBubble(palette);
            textColor = Colors::sentText(palette);
            if (Status(index.data(ConversationModel::StatusRole).toInt()) == Status::NoReply)
                fill = Colors::unansweredBubble(palette);
        } else {
            fill = Colors::receivedBubble(palette);
            border = QPen(palette.color(QPalette::Mid), 1, kind == Kind::Unexpected ? Qt::DashLine : Qt::SolidLine);
        }
        painter->setPen(border);
        painter->setBrush(fill);
        painter->drawRoundedRect(g.bubble, Radius, Radius);
    } else if (kind == Kind::Error) {
        textColor = Colors::errorText(palette);
    } else {
        textColor = palette.color(QPalette::PlaceholderText);
    }
    painter->setPen(textColor);
    text.draw(painter, g.textAt);

    painter->setFont(metaFont(option.font));
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(g.meta, Qt::AlignLeft | Qt::AlignVCenter, index.data(ConversationModel::MetaTextRole).toString());
    painter->restore();
}
