// SPDX-License-Identifier: MIT
#include "messagecomposer.h"

#include "clientsettings.h"
#include "colors.h"
#include "datagramfile.h"
#include "protocol.h"
#include "inputhistory.h"

#include <QCheckBox>
#include <QComboBox>
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
    , m_escapes(new QCheckBox(tr("&Backslash escapes"), this))
    , m_ending(new QComboBox(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_hint(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("messageEdit"));
    m_edit->setAccessibleName(tr("Message"));
    m_hex->setObjectName(QStringLiteral("hexCheck"));
    m_hex->setToolTip(tr("Hex mode: type bytes as hex (48 65 6c 6c 6f, spaces optional) and see every payload as hex"));
    m_escapes->setObjectName(QStringLiteral("escapesCheck"));
    m_escapes->setToolTip(tr("Type \\n, \\r, \\t and \\\\ as characters and \\xNN as one byte, such as "
                             "ping\\r\\n or \\x00\\x01"));
    setupLineEndings();
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);
    m_send->setIcon(QIcon(QStringLiteral(":/icons/send.svg")));
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setAccessibleName(tr("Hint"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setupHintLine();

    // The field has the whole width (a request line is long); how it is read, and Send, below it.
    auto *row = new QHBoxLayout;
    row->addWidget(m_hex);
    row->addWidget(m_escapes);
    row->addWidget(m_ending);
    row->addStretch(1);
    row->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addLayout(row);
    layout->addWidget(m_hint);

    m_history = new InputHistory(m_edit);
    onHexToggled(false);
    connect(m_send, &QPushButton::clicked, this, &MessageComposer::send);
    connect(m_edit, &QLineEdit::returnPressed, this, &MessageComposer::send);
    connect(m_hex, &QCheckBox::toggled, this, &MessageComposer::onHexToggled);
    connect(m_escapes, &QCheckBox::toggled, this, &MessageComposer::updatePlaceholder);
}

void MessageComposer::setupLineEndings()
{
    m_ending->setObjectName(QStringLiteral("lineEndingCombo"));
    m_ending->setAccessibleName(tr("Line ending"));
    m_ending->setToolTip(tr("Sent after each message typed: in the text's encoding, or as bytes in hex mode"));
    m_ending->addItem(tr("No line ending"), int(TypedMessage::LineEnding::None));
    m_ending->addItem(tr("+ LF (\\n)"), int(TypedMessage::LineEnding::Lf));
    m_ending->addItem(tr("+ CR (\\r)"), int(TypedMessage::LineEnding::Cr));
    m_ending->addItem(tr("+ CRLF (\\r\\n)"), int(TypedMessage::LineEnding::CrLf));
}

bool MessageComposer::escapes() const { return m_escapes->isChecked(); }

void MessageComposer::setEscapes(bool on) { m_escapes->setChecked(on); }

TypedMessage::LineEnding MessageComposer::lineEnding() const
{
    return TypedMessage::LineEnding(m_ending->currentData().toInt());
}

void MessageComposer::setLineEnding(TypedMessage::LineEnding ending)
{
    m_ending->setCurrentIndex(qMax(0, m_ending->findData(int(ending))));
}

TypedMessage::Form MessageComposer::form() const
{
    TypedMessage::Form form;
    form.input = hexMode() ? TypedMessage::Input::Hex
                           : escapes() ? TypedMessage::Input::Escapes : TypedMessage::Input::Text;
    form.encoding = m_encoding;
    form.ending = lineEnding();
    return form;
}

QString MessageComposer::typedText() const { return m_edit->text(); }

void MessageComposer::setTyped(const QString &text, const TypedMessage::Form &form)
{
    setHexMode(form.input == TypedMessage::Input::Hex);
    if (form.input != TypedMessage::Input::Hex)
        setEscapes(form.input == TypedMessage::Input::Escapes);
    setLineEnding(form.ending);
    if (form.encoding != m_encoding)
        emit encodingWanted(form.encoding);
    m_edit->setText(text);
    focusInput();
}

bool MessageComposer::hexMode() const { return m_hex->isChecked(); }

void MessageComposer::setHexMode(bool hex)
{
    if (m_hex->isChecked() == hex)
        onHexToggled(hex);  // unchanged: no toggled signal, yet the placeholder and the views follow
    else
        m_hex->setChecked(hex);  // toggled calls onHexToggled, once
}

void MessageComposer::onHexToggled(bool hex)
{
    m_escapes->setEnabled(!hex);  // hex is bytes already
    updatePlaceholder();
    emit hexModeChanged(hex);
}

void MessageComposer::updatePlaceholder()
{
    if (hexMode())
        m_edit->setPlaceholderText(tr("Bytes in hex, e.g. 48 65 6c 6c 6f"));
    else if (escapes())
        m_edit->setPlaceholderText(tr("Text with escapes, e.g. ping\\r\\n or \\x00\\x01"));
    else
        m_edit->setPlaceholderText(tr("Your name, or exit to end the session"));
}

void MessageComposer::restoreSettings()
{
    const ClientSettings::ComposerState saved = ClientSettings::composer();
    m_history->setEntries(saved.history);
    setHexMode(saved.hexMode);
    setEscapes(saved.escapes);
    TypedMessage::LineEnding ending = TypedMessage::LineEnding::None;
    TypedMessage::endingFromKey(saved.lineEnding, &ending);  // unknown: none
    setLineEnding(ending);
}

void MessageComposer::saveSettings() const
{
    ClientSettings::saveComposer({hexMode(), escapes(), TypedMessage::endingKey(lineEnding()), m_history->entries()});
}

void MessageComposer::setInputEnabled(bool enabled)
{
    m_edit->setEnabled(enabled);
    m_send->setEnabled(enabled);
}

void MessageComposer::focusInput() { m_edit->setFocus(); }

QList<QWidget *> MessageComposer::tabChain() const { return {m_edit, m_hex, m_escapes, m_ending, m_send}; }

void MessageComposer::send()
{
    const QString typed = m_edit->text();
    QByteArray message;
    QString why;
    if (!TypedMessage::toBytes(typed, form(), &message, &why)) {
        showHint(why, true);
        return;
    }
    if (m_sender && m_sender(message)) {
        m_history->add(typed);
        m_edit->clear();
        hideHint();
    }
}

bool MessageComposer::sendBytes(const QByteArray &bytes)
{
    if (!m_sender || !m_sender(bytes))
        return false;
    hideHint();
    return true;
}

bool MessageComposer::sendFile(const QString &path)
{
    QByteArray bytes;
    QString why;
    // The engine's limit, checked before reading: a large file is never loaded to be refused.
    if (!DatagramFile::read(path, Protocol::MaxNameSize, &bytes, &why)) {
        showHint(why, true);
        return false;
    }
    return sendBytes(bytes);
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
