// SPDX-License-Identifier: MIT
#include "clientsettings.h"

#include "clientsocketsetup.h"
#include "protocol.h"
#include "textencoding.h"
#include "windowplacement.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>

namespace {
// Each key written once: load and save both use these (a Setting's key is in defaults.h).
namespace Key {
constexpr QLatin1String Group("client");
constexpr QLatin1String Host("host");
constexpr QLatin1String Port("port");
constexpr QLatin1String HexMode("hexMode");
constexpr QLatin1String ExpectAny("expectAny");
constexpr QLatin1String AnySender("anySender");
constexpr QLatin1String Encoding("encoding");
constexpr QLatin1String LocalAddress("localAddress");
constexpr QLatin1String LocalPort("localPort");
constexpr QLatin1String MulticastLoopback("multicastLoopback");
constexpr QLatin1String Interface("interface");
constexpr QLatin1String History("history");
constexpr QLatin1String Escapes("escapes");
constexpr QLatin1String LineEnding("lineEnding");
constexpr QLatin1String SavedMessages("savedMessages");
constexpr QLatin1String SavedMessagesUnreadable("savedMessagesUnreadable");
constexpr QLatin1String WindowGeometry("clientWindow/geometry");
} // namespace Key
} // namespace

namespace ClientSettings {

void load(ClientOptions *options)
{
    QSettings s;
    s.beginGroup(Key::Group);
    const QString host = s.value(Key::Host).toString().trimmed();
    // A saved value too long to be a host is damage or mischief: the default stays.
    if (!host.isEmpty() && host.size() <= ClientOptions::MaxHostLength)
        options->host = host;
    quint16 port = 0;
    if (Protocol::parsePort(s.value(Key::Port).toString(), &port) && port != 0)
        options->port = port;
    options->timeoutMs = Defaults::TimeoutMs.read(s, options->timeoutMs);
    options->expectAny = s.value(Key::ExpectAny, options->expectAny).toBool();
    options->socket.anySender = s.value(Key::AnySender, options->socket.anySender).toBool();
    // A value that does not read (damage, or another version's) leaves the default.
    TextEncoding::Encoding encoding{};
    if (TextEncoding::fromName(s.value(Key::Encoding).toString(), &encoding))
        options->encoding = encoding;
    QHostAddress local;
    if (Protocol::parseBindAddress(s.value(Key::LocalAddress).toString(), &local))
        options->socket.localAddress = local;
    quint16 localPort = 0;
    if (Protocol::parsePort(s.value(Key::LocalPort).toString(), &localPort))
        options->socket.localPort = localPort;
    options->socket.ttl = Defaults::MulticastTtl.read(s, options->socket.ttl);
    options->socket.multicastLoopback = s.value(Key::MulticastLoopback, options->socket.multicastLoopback).toBool();
    // An interface that has gone since is not kept: the system's routes decide again.
    const QString interfaceName = s.value(Key::Interface).toString();
    if (ClientSocketSetup::interfaceProblem(interfaceName).isEmpty())
        options->socket.interfaceName = interfaceName;
}

void save(const ClientOptions &options)
{
    QSettings s;
    s.beginGroup(Key::Group);
    s.setValue(Key::Host, options.host);
    s.setValue(Key::Port, options.port);
    Defaults::TimeoutMs.write(s, options.timeoutMs);
    s.setValue(Key::ExpectAny, options.expectAny);
    s.setValue(Key::AnySender, options.socket.anySender);
    s.setValue(Key::Encoding, TextEncoding::name(options.encoding));
    s.setValue(Key::LocalAddress, options.socket.localAddress.isNull() ? QString() : options.socket.localAddress.toString());
    s.setValue(Key::LocalPort, options.socket.localPort);
    Defaults::MulticastTtl.write(s, options.socket.ttl);
    s.setValue(Key::MulticastLoopback, options.socket.multicastLoopback);
    s.setValue(Key::Interface, options.socket.interfaceName);
}

ComposerState composer()
{
    QSettings s;
    s.beginGroup(Key::Group);
    return {s.value(Key::HexMode).toBool(), s.value(Key::Escapes).toBool(), s.value(Key::LineEnding).toString(),
            s.value(Key::History).toStringList()};
}

void saveComposer(const ComposerState &state)
{
    QSettings s;
    s.beginGroup(Key::Group);
    s.setValue(Key::HexMode, state.hexMode);
    s.setValue(Key::Escapes, state.escapes);
    s.setValue(Key::LineEnding, state.lineEnding);
    s.setValue(Key::History, state.history);
}

void saveSavedMessages(const QByteArray &json)
{
    QSettings().setValue(Key::Group + QLatin1Char('/') + Key::SavedMessages, json);
}

QByteArray savedMessages()
{
    return QSettings().value(Key::Group + QLatin1Char('/') + Key::SavedMessages).toByteArray();
}

QString keepUnreadableSavedMessages(const QByteArray &json)
{
    const QString key = Key::Group + QLatin1Char('/') + Key::SavedMessagesUnreadable;
    QSettings().setValue(key, json);
    return key;
}

void restoreGeometry(QMainWindow *window)
{
    WindowPlacement::restore(window, QSettings().value(Key::WindowGeometry).toByteArray());
}

void saveGeometry(const QMainWindow *window)
{
    QSettings().setValue(Key::WindowGeometry, window->saveGeometry());
}

} // namespace ClientSettings
