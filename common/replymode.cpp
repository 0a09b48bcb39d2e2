// SPDX-License-Identifier: MIT
#include "replymode.h"

namespace {

// The tutorial's protocol, byte for byte: "Hello <bytes>!\n", and "Good bye!\n" to exit.
class HelloMode : public ReplyMode
{
public:
    QString name() const override { return QStringLiteral("hello"); }
    Outcome outcome(QByteArrayView payload) const override
    {
        return Protocol::replyKind(payload) == Protocol::Reply::GoodBye ? Outcome::GoodBye : Outcome::Hello;
    }
    Protocol::ReplyPieces reply(const Context &c, QByteArray *) const override { return Protocol::replyPieces(c.payload); }
    bool canAmplify() const override { return false; }  // 8 bytes more, like any reply header
};

// The same bytes back: the received buffer is sent as it is.
class EchoMode : public ReplyMode
{
public:
    QString name() const override { return QStringLiteral("echo"); }
    Outcome outcome(QByteArrayView) const override { return Outcome::Echoed; }
    Protocol::ReplyPieces reply(const Context &c, QByteArray *) const override
    {
        Protocol::ReplyPieces pieces;
        pieces.append(c.payload);
        return pieces;
    }
    bool canAmplify() const override { return false; }
};

// A fixed reply with escapes and macros (--reply-text).
class TextMode : public ReplyMode
{
public:
    explicit TextMode(ReplyTemplate text) : m_text(std::move(text)) {}
    QString name() const override { return QStringLiteral("text"); }
    Outcome outcome(QByteArrayView) const override { return Outcome::Text; }
    Protocol::ReplyPieces reply(const Context &c, QByteArray *made) const override
    {
        made->clear();
        m_text.render(c, made);
        Protocol::ReplyPieces pieces;
        pieces.append(*made);
        return pieces;
    }
    bool canAmplify() const override { return m_text.canAmplify(); }

private:
    ReplyTemplate m_text;
};

// Listen only: every datagram is logged, none is answered.
class NoneMode : public ReplyMode
{
public:
    QString name() const override { return QStringLiteral("none"); }
    Outcome outcome(QByteArrayView) const override { return Outcome::ListenOnly; }
    Protocol::ReplyPieces reply(const Context &, QByteArray *) const override { return {}; }
    bool canAmplify() const override { return false; }
};

} // namespace

QStringList ReplyMode::names()
{
    return {QStringLiteral("hello"), QStringLiteral("echo"), QStringLiteral("text"), QStringLiteral("none")};
}

std::unique_ptr<ReplyMode> ReplyMode::create(const QString &name, const QString &text, QString *error)
{
    if (name == QLatin1String("hello"))
        return std::make_unique<HelloMode>();
    if (name == QLatin1String("echo"))
        return std::make_unique<EchoMode>();
    if (name == QLatin1String("none"))
        return std::make_unique<NoneMode>();
    if (name == QLatin1String("text")) {
        ReplyTemplate parsed;
        if (!ReplyTemplate::parse(text, &parsed, error))
            return nullptr;
        return std::make_unique<TextMode>(std::move(parsed));
    }
    *error = tr("'%1' is not a reply mode: the modes are %2.").arg(name, names().join(QStringLiteral(", ")));
    return nullptr;
}
