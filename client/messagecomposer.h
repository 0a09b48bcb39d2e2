// SPDX-License-Identifier: MIT
#pragma once

#include "textencoding.h"

#include <QWidget>

#include <functional>

class InputHistory;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The message input under the conversation: the field, hex mode, the hint line below it and the
// input history. It turns what was typed into bytes, or says in the hint why it cannot; whoever
// owns it sends the bytes (the window, through HelloClient) and says whether they went.
class MessageComposer : public QWidget
{
    Q_OBJECT

public:
    // Sends the bytes; true when they went out (the input is then cleared and remembered).
    using Sender = std::function<bool(const QByteArray &bytes)>;

    explicit MessageComposer(QWidget *parent = nullptr);

    void setSender(Sender sender) { m_sender = std::move(sender); }
    void setEncoding(TextEncoding::Encoding encoding) { m_encoding = encoding; }
    TextEncoding::Encoding encoding() const { return m_encoding; }
    bool hexMode() const;
    void setHexMode(bool hex);
    InputHistory *history() const { return m_history; }
    // Whether a message can be typed and sent now (a session is starting or ready).
    void setInputEnabled(bool enabled);
    void focusInput();
    // The widgets that take Tab, in screen order.
    QList<QWidget *> tabChain() const;

    // The line under the input: why nothing was sent, or what to do next.
    void showHint(const QString &text, bool isError);
    void hideHint();

public slots:
    void send();

signals:
    void hexModeChanged(bool hex);

private:
    void setupHintLine();
    void onHexToggled(bool hex);

    QLineEdit *m_edit = nullptr;
    QCheckBox *m_hex = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_hint = nullptr;
    InputHistory *m_history = nullptr;
    TextEncoding::Encoding m_encoding = TextEncoding::Encoding::Utf8;
    Sender m_sender;
};
