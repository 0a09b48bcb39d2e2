// SPDX-License-Identifier: MIT
#pragma once

#include "replymatcher.h"
#include "textencoding.h"

#include <QWidget>

class QComboBox;

// What kind of service the client talks to: what counts as a reply (the hello protocol, or any
// datagram), who may answer (the server only, or anyone) and the text encoding messages are
// typed and read in. The window applies them.
class ServiceControls : public QWidget
{
    Q_OBJECT

public:
    explicit ServiceControls(QWidget *parent = nullptr);

    void setExpect(ReplyMatcher::Expect expect);
    ReplyMatcher::Expect expect() const;
    void setEncoding(TextEncoding::Encoding encoding);
    TextEncoding::Encoding encoding() const;
    void setAnySender(bool any);
    bool anySender() const;
    // Its fields in the order they stand on screen, for the window's Tab chain.
    QList<QWidget *> tabChain() const;

signals:
    void expectChanged(ReplyMatcher::Expect expect);
    void anySenderChanged(bool any);
    void encodingChanged(TextEncoding::Encoding encoding);

private:
    QComboBox *m_expect = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_answerer = nullptr;
};
