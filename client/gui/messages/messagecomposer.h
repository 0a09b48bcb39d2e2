// SPDX-License-Identifier: MIT
#pragma once

#include "typedmessage.h"

#include <QWidget>

#include <functional>

class InputHistory;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The message input under the conversation: the field, hex mode, escapes, the line ending, the hint
// line below it and the input history. It turns what was typed into bytes, or says in the hint why it cannot; whoever
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
    bool escapes() const;
    void setEscapes(bool on);
    TypedMessage::LineEnding lineEnding() const;
    void setLineEnding(TypedMessage::LineEnding ending);
    // How the input is typed now, and what is typed (a saved message keeps both).
    TypedMessage::Form form() const;
    QString typedText() const;
    // Puts a message in the field as it was typed, to change and send or save it again.
    void setTyped(const QString &text, const TypedMessage::Form &form);
    InputHistory *history() const { return m_history; }
    // Whether a message can be typed and sent now (a session is starting or ready).
    void setInputEnabled(bool enabled);
    void focusInput();
    // Hex mode, escapes, the line ending and the history, as the last window closed left them.
    void restoreSettings();
    void saveSettings() const;
    // The widgets that take Tab, in screen order.
    QList<QWidget *> tabChain() const;

    // The line under the input: why nothing was sent, or what to do next.
    void showHint(const QString &text, bool isError);
    void hideHint();

    // Sends bytes that were not typed here (a saved message, a file); false, said in the hint,
    // when they were not sent.
    bool sendBytes(const QByteArray &bytes);

public slots:
    void send();
    // Sends a file's bytes as one datagram, or says in the hint why not (naming the file).
    bool sendFile(const QString &path);

signals:
    void hexModeChanged(bool hex);
    // A message put back in the input was typed in another encoding: the window switches to it.
    void encodingWanted(TextEncoding::Encoding encoding);

private:
    void setupHintLine();
    void onHexToggled(bool hex);
    void updatePlaceholder();
    void setupLineEndings();

    QLineEdit *m_edit = nullptr;
    QCheckBox *m_hex = nullptr;
    QCheckBox *m_escapes = nullptr;
    QComboBox *m_ending = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_hint = nullptr;
    InputHistory *m_history = nullptr;
    TextEncoding::Encoding m_encoding = TextEncoding::Encoding::Utf8;
    Sender m_sender;
};
