// SPDX-License-Identifier: MIT
#include "messagebar.h"

#include "colors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    // As tall as its text: never stretched by the layout around it.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setStyleSheet(QStringLiteral("#messageBar { background: %1; border-radius: 4px; }"
                                 "#messageBar QLabel { color: white; }").arg(Colors::errorBackground(palette()).name()));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("errorLabel"));
    m_text->setAccessibleName(tr("Error"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long path or address must not widen the window: the text wraps instead.
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_close->setObjectName(QStringLiteral("dismissButton"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the error"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    // A wrapped label asks for the height of its text at a narrow guess of its width (five lines
    // for one); told the height for the width it really has, the bar is as tall as its text.
    m_text->installEventFilter(this);
    hide();
}

void MessageBar::showError(const QString &text, Persistence persistence)
{
    (persistence == Persistence::Sticky ? m_stickyText : m_transientText) = text;
    refresh();
}

void MessageBar::clearTransient()
{
    m_transientText.clear();
    refresh();
}

void MessageBar::dismiss()
{
    m_stickyText.clear();
    m_transientText.clear();
    refresh();
}

void MessageBar::refresh()
{
    QStringList lines;
    for (const QString *line : {&m_stickyText, &m_transientText}) {
        if (!line->isEmpty())
            lines << *line;
    }
    m_text->setText(lines.join(QLatin1Char('\n')));
    fitText();
    setVisible(!lines.isEmpty());
}

bool MessageBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::Resize)
        fitText();
    return QFrame::eventFilter(watched, event);
}

void MessageBar::fitText()
{
    // Measured here: QLabel's own heightForWidth() says 140 px for one line of selectable text.
    const QRect text = m_text->fontMetrics().boundingRect(QRect(0, 0, qMax(1, m_text->contentsRect().width()), 100000),
                                                          Qt::TextWordWrap, m_text->text());
    const QMargins margins = m_text->contentsMargins();
    const int height = qMax(text.height(), m_text->fontMetrics().height()) + margins.top() + margins.bottom();
    if (m_text->minimumHeight() != height || m_text->maximumHeight() != height)
        m_text->setFixedHeight(height);
}

QString MessageBar::text() const { return m_text->text(); }
