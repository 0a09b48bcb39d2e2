// SPDX-License-Identifier: MIT
#include "replymode.h"

namespace {

// The tutorial's protocol, byte for byte: "Hello <bytes>!\n", and "Good bye!\n" to exit.
class HelloMode : public ReplyMode
{
public:
    QString name() const override { return QStringLiteral("hello"); }
    ReplyKind kind(QByteArrayView payload) const override
    {
        return Protocol::replyKind(payload) == Protocol::Reply::GoodBye ? ReplyKind::GoodBye : ReplyKind::Hello;
    }
    Protocol::ReplyPieces reply(const Context &c, QByteArray *) const override { return Protocol::replyPieces(c.payload); }
    bool canAmplify() const override { return false; }  // 8 bytes more, like any reply header
};

// The same bytes back: the received buffer is sent as it is.
class EchoMode : public ReplyMode
{
public:
    QString name() const override { return QStringLiteral("echo"); }
    ReplyKind kind(QByteArrayView) const override { return ReplyKind::Echo; }
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
    ReplyKind kind(QByteArrayView) const override { return ReplyKind::Text; }
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
    ReplyKind kind(QByteArrayView) const override { return ReplyKind::None; }
    Protocol::ReplyPieces reply(const Context &, QByteArray *) const override { return {}; }
    bool canAmplify() const override { return false; }
};

} // namespace

const std::vector<ReplyMode::Registration> &ReplyMode::registry()
{
    static const std::vector<Registration> modes{
        {"hello", QT_TRANSLATE_NOOP("ReplyMode", "hello (the tutorial's)"), QT_TRANSLATE_NOOP("ReplyMode", "the tutorial's"),
         false, [](const QString &, QString *) -> std::unique_ptr<ReplyMode> { return std::make_unique<HelloMode>(); }},
        {"echo", QT_TRANSLATE_NOOP("ReplyMode", "echo (the same bytes)"), QT_TRANSLATE_NOOP("ReplyMode", "the same bytes back"),
         false, [](const QString &, QString *) -> std::unique_ptr<ReplyMode> { return std::make_unique<EchoMode>(); }},
        {"text", QT_TRANSLATE_NOOP("ReplyMode", "text"), QT_TRANSLATE_NOOP("ReplyMode", "the --reply-text"), true,
         [](const QString &text, QString *error) -> std::unique_ptr<ReplyMode> {
             ReplyTemplate parsed;
             if (!ReplyTemplate::parse(text, &parsed, error))
                 return nullptr;
             return std::make_unique<TextMode>(std::move(parsed));
         }},
        {"none", QT_TRANSLATE_NOOP("ReplyMode", "none (listen only)"), QT_TRANSLATE_NOOP("ReplyMode", "listen only"),
         false, [](const QString &, QString *) -> std::unique_ptr<ReplyMode> { return std::make_unique<NoneMode>(); }},
    };
    return modes;
}

QStringList ReplyMode::names()
{
    QStringList all;
    for (const Registration &mode : registry())
        all << QLatin1String(mode.name);
    return all;
}

QString ReplyMode::helpList(const QString &defaultName)
{
    QStringList all;
    for (const Registration &mode : registry()) {
        const QString name = QLatin1String(mode.name);
        all << (name == defaultName ? tr("%1 (%2, default)") : tr("%1 (%2)")).arg(name, tr(mode.help));
    }
    return all.join(tr(", "));
}

bool ReplyMode::takesText(const QString &name)
{
    for (const Registration &mode : registry()) {
        if (name == QLatin1String(mode.name))
            return mode.takesText;
    }
    return false;
}

std::unique_ptr<ReplyMode> ReplyMode::create(const QString &name, const QString &text, QString *error)
{
    for (const Registration &mode : registry()) {
        if (name == QLatin1String(mode.name))
            return mode.make(text, error);
    }
    *error = tr("'%1' is not a reply mode: the modes are %2.").arg(name, names().join(QStringLiteral(", ")));
    return nullptr;
}
