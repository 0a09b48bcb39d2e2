// SPDX-License-Identifier: MIT
#pragma once

#include "datagramrecord.h"
#include "protocol.h"
#include "replytemplate.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

// How the server answers a datagram (--reply). One small class per mode; the server asks it for
// the kind of reply and the reply's pieces, and both I/O paths send those pieces as they are.
// What became of the reply (sent, rate-limited...) is the server's to decide, not the mode's.
// Adding a mode: a class in replymode.cpp (or in a file of its own) and one Registration in
// ReplyMode::registry(); --reply's help, the window's choices and create() all read the registry.
class ReplyMode
{
    Q_DECLARE_TR_FUNCTIONS(ReplyMode)

public:
    // One datagram to answer.
    using Context = ReplyTemplate::Context;

    virtual ~ReplyMode() = default;
    // The name on the command line and in the window: "hello", "echo", "text", "none".
    virtual QString name() const = 0;
    // What this datagram gets if it may be answered (Hello, GoodBye, Echo, Text), or None.
    virtual ReplyKind kind(QByteArrayView payload) const = 0;
    // The reply's pieces. Pieces may point into the payload (nothing copied) or into *made,
    // where a mode puts bytes it had to build; both must live until the reply is sent.
    virtual Protocol::ReplyPieces reply(const Context &context, QByteArray *made) const = 0;
    // Whether a reply can be longer than the datagram it answers: then it can amplify a forged
    // sender's flood, and the rate limit's "auto" is on whatever the bind address.
    virtual bool canAmplify() const = 0;

    // One mode as the program offers it.
    struct Registration
    {
        const char *name;    // on the command line and in the settings file
        const char *choice;  // the window's choice (translated in the ReplyMode context)
        const char *help;    // what --reply's help says of it (translated in the ReplyMode context)
        bool takesText;      // reads --reply-text (the window shows the text field)
        std::unique_ptr<ReplyMode> (*make)(const QString &text, QString *error);
    };
    static const std::vector<Registration> &registry();

    static QStringList names();  // "hello", "echo", "text", "none"
    // "hello (the tutorial's, default), echo (the same bytes back), ...": for --reply's help.
    static QString helpList(const QString &defaultName);
    static bool takesText(const QString &name);
    // The mode of that name (text: with its --reply-text); null with a sentence in *error.
    static std::unique_ptr<ReplyMode> create(const QString &name, const QString &text, QString *error);
};
