// SPDX-License-Identifier: MIT
#include "messagecomposer.h"

#include "colors.h"
#include "displaytext.h"
#include "inputhistory.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

MessageComposer::MessageComposer(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_hex(new QCheckBox(tr("He&x"), this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_hint(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("messageEdit"));
    m_edit->setAccessibleName(tr("Message"));
    m_hex->setObjectName(QStringLiteral("hexCheck"));
    m_hex->setToolTip(tr("Hex mode: type bytes as hex (48 65 6c 6c 6f, spaces optional) and see every payload as hex"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);
    m_send->setIcon(QIcon(QStringLiteral(":/icons/send.svg")));
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setAccessibleName(tr("Hint"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setupHintLine();

    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_hex);
    row->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_hint);

    m_history = new InputHistory(m_edit);
    onHexToggled(false);
    connect(m_send, &QPushButton::clicked, this, &MessageComposer::send);
    connect(m_edit, &QLineEdit::returnPressed, this, &MessageComposer::send);
    connect(m_hex, &QCheckBox::toggled, this, &MessageComposer::onHexToggled);
}

bool MessageComposer::hexMode() const { return m_hex->isChecked(); }

void MessageComposer::setHexMode(bool hex)
{
    m_hex->setChecked(hex);
    onHexToggled(hex);  // also when unchanged: the placeholder and the views follow
}

void MessageComposer::onHexToggled(bool hex)
{
    m_edit->setPlaceholderText(hex ? tr("Bytes in hex, e.g. 48 65 6c 6c 6f")
                                   : tr("Your name, or exit to end the session"));
    emit hexModeChanged(hex);
}

void MessageComposer::setInputEnabled(bool enabled)
{
    m_edit->setEnabled(enabled);
    m_send->setEnabled(enabled);
}

void MessageComposer::focusInput() { m_edit->setFocus(); }

QList<QWidget *> MessageComposer::tabChain() const { return {m_edit, m_hex, m_send}; }

void MessageComposer::send()
{
    const QString typed = m_edit->text();
    bool encodable = true;
    QByteArray message = TextEncoding::encode(typed, m_encoding, &encodable);
    if (!m_hex->isChecked() && !encodable) {
        showHint(tr("This text has characters that %1 cannot write; nothing was sent.")
                     .arg(TextEncoding::name(m_encoding)), true);
        return;
    }
    if (m_hex->isChecked() && !DisplayText::parseHex(typed, &message)) {
        showHint(tr("Hex mode: type bytes as pairs of hex digits, such as 48 65 6c 6c 6f (spaces optional)."),
                 true);
        return;
    }
    if (m_sender && m_sender(message)) {
        m_history->add(typed);
        m_edit->clear();
        hideHint();
    }
}

void MessageComposer::setupHintLine()
{
    // The hint's line is always there, two lines tall, shown or not: the input above it never
    // moves, so a click aimed at it cannot miss. Its width is the window's: a wrapped label is as
    // wide as its longest word, and a long host name in a sentence must not widen the window.
    m_hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_hint->setFixedHeight(2 * m_hint->fontMetrics().lineSpacing());
    QSizePolicy policy = m_hint->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    policy.setHorizontalPolicy(QSizePolicy::Ignored);
    m_hint->setSizePolicy(policy);
    m_hint->hide();
}

void MessageComposer::showHint(const QString &text, bool isError)
{
    m_hint->setText(text);
    m_hint->setToolTip(text);  // two lines may cut a long one
    m_hint->setStyleSheet(isError ? Colors::errorLabelStyle(palette()) : QString());
    m_hint->show();
}

void MessageComposer::hideHint() { m_hint->hide(); }
