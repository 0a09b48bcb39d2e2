// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class ServerEngine;
class QComboBox;
class QLineEdit;

// The server's Reply control: how datagrams are answered (hello, echo, text, none) and, for text,
// the reply with its escapes and macros. Changes apply at once; a reply text that does not parse
// is said (errorOccurred) and the server keeps answering as it did.
class ReplyControl : public QWidget
{
    Q_OBJECT

public:
    ReplyControl(ServerEngine *server, QWidget *parent = nullptr);

    // From the command line or the settings (already checked there).
    void setMode(const QString &mode, const QString &text);
    QString mode() const;
    QString text() const;
    // Tab enters at the mode (the focus proxy) and leaves after the text.
    QWidget *lastInTabOrder() const;

signals:
    void errorOccurred(const QString &message);
    void applied();

private:
    void apply();

    ServerEngine *m_server;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_text = nullptr;
};
