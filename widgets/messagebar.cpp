// SPDX-License-Identifier: MIT
#include "messagebar.h"

#include "colors.h"

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
    setVisible(!lines.isEmpty());
}

QString MessageBar::text() const { return m_text->text(); }
