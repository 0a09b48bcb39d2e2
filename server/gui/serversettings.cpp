// SPDX-License-Identifier: MIT
#include "serversettings.h"

#include "protocol.h"
#include "replymode.h"
#include "windowplacement.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace {
// Each key written once: load and save both use these (a Setting's key is in defaults.h).
namespace Key {
constexpr QLatin1String Group("server");
constexpr QLatin1String Address("address");
constexpr QLatin1String Port("port");
constexpr QLatin1String LogFile("logFile");
constexpr QLatin1String ReplyMode("replyMode");
constexpr QLatin1String ReplyText("replyText");
constexpr QLatin1String WindowGroup("serverWindow");
constexpr QLatin1String Geometry("geometry");
constexpr QLatin1String MainSplitter("mainSplitter");
constexpr QLatin1String LogSplitter("logSplitter");
} // namespace Key
} // namespace

namespace ServerSettings {

void load(ServerOptions *options)
{
    QSettings s;
    s.beginGroup(Key::Group);
    QHostAddress address;
    if (Protocol::parseBindAddress(s.value(Key::Address).toString(), &address))
        options->address = address;
    quint16 port = 0;
    if (Protocol::parsePort(s.value(Key::Port).toString(), &port))
        options->port = port;
    // Saved values are checked like the command line's: a hand-edited file cannot go out of range.
    options->maxRows = Defaults::LogRows.read(s, options->maxRows);
    options->rateLimit = Defaults::RateLimit.read(s, options->rateLimit);
    bool ok = false;
    const bool serversOwn = s.value(QLatin1String(Defaults::ReceiveBuffer.key)).toLongLong(&ok) == 0 && ok;
    options->receiveBuffer = serversOwn ? 0 : Defaults::ReceiveBuffer.read(s, options->receiveBuffer);
    options->logFile = s.value(Key::LogFile).toString();
    const QString mode = s.value(Key::ReplyMode, options->replyMode).toString();
    const QString text = s.value(Key::ReplyText).toString();
    QString unused;
    if (::ReplyMode::create(mode, text, &unused)) {  // a saved mode that no longer parses is dropped
        options->replyMode = mode;
        options->replyText = text;
    }
}

void save(const ServerOptions &options)
{
    QSettings s;
    s.beginGroup(Key::Group);
    s.setValue(Key::Address, Protocol::addressText(options.address));
    s.setValue(Key::Port, options.port);
    Defaults::LogRows.write(s, options.maxRows);
    Defaults::RateLimit.write(s, options.rateLimit);
    Defaults::ReceiveBuffer.write(s, options.receiveBuffer);
    s.setValue(Key::LogFile, options.logFile);
    s.setValue(Key::ReplyMode, options.replyMode);
    s.setValue(Key::ReplyText, options.replyText);
}

void restoreLayout(QMainWindow *window, QSplitter *main, QSplitter *log)
{
    QSettings s;
    s.beginGroup(Key::WindowGroup);
    WindowPlacement::restore(window, s.value(Key::Geometry).toByteArray());
    main->restoreState(s.value(Key::MainSplitter).toByteArray());
    log->restoreState(s.value(Key::LogSplitter).toByteArray());
}

void saveLayout(const QMainWindow *window, const QSplitter *main, const QSplitter *log)
{
    QSettings s;
    s.beginGroup(Key::WindowGroup);
    s.setValue(Key::Geometry, window->saveGeometry());
    s.setValue(Key::MainSplitter, main->saveState());
    s.setValue(Key::LogSplitter, log->saveState());
}

} // namespace ServerSettings
