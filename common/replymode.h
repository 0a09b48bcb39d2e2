// SPDX-License-Identifier: MIT
#pragma once

#include "datagramrecord.h"
#include "protocol.h"
#include "replytemplate.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

// How the server answers a datagram (--reply). One small class per mode; the server asks it for
// the outcome and the reply's pieces, and both I/O paths send those pieces as they are.
// Adding a mode: a class below (or in a file of its own) and one line in ReplyMode::create().
class ReplyMode
{
    Q_DECLARE_TR_FUNCTIONS(ReplyMode)

public:
    // One datagram to answer.
    using Context = ReplyTemplate::Context;

    virtual ~ReplyMode() = default;
    // The name on the command line and in the window: "hello", "echo", "text", "none".
    virtual QString name() const = 0;
    // What this datagram gets if it may be answered (Hello, GoodBye, Echoed, Text), or ListenOnly.
    virtual Outcome outcome(QByteArrayView payload) const = 0;
    // The reply's pieces. Pieces may point into the payload (nothing copied) or into *made,
    // where a mode puts bytes it had to build; both must live until the reply is sent.
    virtual Protocol::ReplyPieces reply(const Context &context, QByteArray *made) const = 0;
    // Whether a reply can be longer than the datagram it answers: then it can amplify a forged
    // sender's flood, and the rate limit's "auto" is on whatever the bind address.
    virtual bool canAmplify() const = 0;

    static QStringList names();  // "hello", "echo", "text", "none"
    // The mode of that name (text: with its --reply-text); null with a sentence in *error.
    static std::unique_ptr<ReplyMode> create(const QString &name, const QString &text, QString *error);
};
