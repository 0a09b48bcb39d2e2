// SPDX-License-Identifier: MIT
#include "sendoptions.h"
#include "clientoptionstext.h"

#include "clientsocketsetup.h"
#include "defaults.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
using ClientOptionsText::say;
} // namespace

SendOptions::SendOptions()
    : m_anySender(QStringList{QStringLiteral("any-sender")},
                  say(QT_TRANSLATE_NOOP("ClientOptions", "Anyone may answer: replies from any address are taken, each "
                                        "showing its sender (default: the server only; a multicast group or a "
                                        "broadcast address implies it).")))
    , m_ttl(QStringList{QStringLiteral("ttl")},
            say(QT_TRANSLATE_NOOP("ClientOptions", "Hops a datagram to a multicast group may cross, 1 to %1 "
                                  "(default %2: the local network only).")).arg(Defaults::MulticastTtl.max).arg(Defaults::MulticastTtl.defaultValue),
            QStringLiteral("n"), QString::number(Defaults::MulticastTtl.defaultValue))
    , m_loopback(QStringList{QStringLiteral("multicast-loopback")},
                 say(QT_TRANSLATE_NOOP("ClientOptions", "Whether servers on this computer hear what it sends to a "
                                       "group: on or off (default %1).")).arg(Defaults::MulticastLoopback ? QStringLiteral("on") : QStringLiteral("off")),
                 QStringLiteral("state"), Defaults::MulticastLoopback ? QStringLiteral("on") : QStringLiteral("off"))
    , m_interface(QStringList{QStringLiteral("interface")},
                  say(QT_TRANSLATE_NOOP("ClientOptions", "The network interface datagrams to a multicast group leave "
                                        "through, such as eth0 (default: the system's routes).")),
                  QStringLiteral("interface"))
{
}

bool SendOptions::read(const QCommandLineParser &parser, ClientSocketSetup::Options *options, QString *error) const
{
    // Only what is given: the rest stays as the saved settings left it.
    if (parser.isSet(m_anySender))
        options->anySender = true;
    bool ok = false;
    const int ttl = parser.value(m_ttl).toInt(&ok);
    if (!ok || !Defaults::MulticastTtl.accepts(ttl)) {
        *error = say(QT_TRANSLATE_NOOP("ClientOptions", "--ttl: '%1' is not a number of hops from 1 to %2."))
                     .arg(parser.value(m_ttl)).arg(Defaults::MulticastTtl.max);
        return false;
    }
    if (parser.isSet(m_ttl))
        options->ttl = ttl;
    const QString loopback = parser.value(m_loopback);
    if (loopback != QLatin1String("on") && loopback != QLatin1String("off")) {
        *error = say(QT_TRANSLATE_NOOP("ClientOptions", "--multicast-loopback: '%1' is not on or off.")).arg(loopback.left(40));
        return false;
    }
    if (parser.isSet(m_loopback))
        options->multicastLoopback = loopback == QLatin1String("on");
    if (!parser.isSet(m_interface))
        return true;
    options->interfaceName = parser.value(m_interface);
    const QString problem = ClientSocketSetup::interfaceProblem(options->interfaceName);
    if (!problem.isEmpty()) {
        *error = QStringLiteral("--interface: ") + problem;
        return false;
    }
    return true;
}
