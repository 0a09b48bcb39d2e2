// SPDX-License-Identifier: MIT
#include "replycontrol.h"

#include "serverengine.h"
#include "replymode.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

ReplyControl::ReplyControl(ServerEngine *server, QWidget *parent)
    : QWidget(parent)
    , m_server(server)
    , m_mode(new QComboBox(this))
    , m_text(new QLineEdit(this))
{
    auto *label = new QLabel(tr("Repl&y:"), this);
    label->setBuddy(m_mode);
    m_mode->setObjectName(QStringLiteral("replyModeCombo"));
    setFocusProxy(m_mode);  // where Tab lands first
    m_mode->setAccessibleName(tr("Reply mode"));
    for (const ReplyMode::Registration &mode : ReplyMode::registry())
        m_mode->addItem(ReplyMode::tr(mode.choice), QLatin1String(mode.name));
    m_mode->setToolTip(tr("How every datagram is answered"));
    m_text->setObjectName(QStringLiteral("replyTextEdit"));
    m_text->setAccessibleName(tr("Reply text"));
    m_text->setPlaceholderText(tr("ACK {counter}\\n"));
    m_text->setToolTip(tr("The reply, with escapes \\n \\r \\t \\\\ \\xNN and macros {payload} {sender} {size} "
                          "{counter} {time}. A reply longer than what it answers turns the rate limit on."));
    m_text->setVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_mode);
    layout->addWidget(m_text, 1);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ReplyControl::apply);
    connect(m_text, &QLineEdit::editingFinished, this, &ReplyControl::apply);
}

void ReplyControl::setMode(const QString &mode, const QString &text)
{
    const QSignalBlocker blockMode(m_mode);
    const QSignalBlocker blockText(m_text);
    m_text->setText(text);
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(mode)));
    apply();
}

QString ReplyControl::mode() const { return m_mode->currentData().toString(); }

QString ReplyControl::text() const { return m_text->text(); }

void ReplyControl::apply()
{
    m_text->setVisible(ReplyMode::takesText(mode()));
    QString error;
    std::unique_ptr<ReplyMode> replyMode = ReplyMode::create(mode(), text(), &error);
    if (!replyMode) {
        emit errorOccurred(tr("Reply text: %1 The server still answers as before.").arg(error));
        return;
    }
    m_server->setReplyMode(std::move(replyMode));
    emit applied();
}

QWidget *ReplyControl::lastInTabOrder() const { return m_text; }
