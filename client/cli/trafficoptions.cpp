// SPDX-License-Identifier: MIT
#include "trafficoptions.h"
#include "clientoptionstext.h"
#include "sequencedmessage.h"

#include "arrivaltime.h"
#include "clientoptions.h"
#include "defaults.h"
#include "protocol.h"
#include "trafficrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
constexpr qint64 MaxIntervalMs = Defaults::RunIntervalMsMax;
constexpr int MaxRate = Defaults::RunRateMax;
// One datagram a day: the slowest --interval, so the two options take the same range.
constexpr double MinRate = 1000.0 / double(MaxIntervalMs);

using ClientOptionsText::say;

bool fail(QString *error, const char *text)
{
    *error = QCoreApplication::translate("ClientOptions", text);
    return false;
}

// --message as bytes in the --encoding, with room for each {seq}.
bool readMessage(const QString &text, ClientOptions *options, QString *error)
{
    if (!options->console)
        return fail(error, QT_TRANSLATE_NOOP("ClientOptions", "--message needs --console (the window cannot run it yet)."));
    bool ok = true;
    options->message = TextEncoding::encode(text, options->encoding, &ok);
    if (!ok)
        return fail(error, QT_TRANSLATE_NOOP("ClientOptions", "--message: a character has no bytes in the --encoding."));
    if (options->message.isEmpty())
        return fail(error, QT_TRANSLATE_NOOP("ClientOptions", "--message: the message is empty."));
    // Room for the largest sequence number (20 digits) in place of each {seq}.
    if (SequencedMessage::payloadFor(options->message, Q_UINT64_C(18446744073709551615)).size() > Protocol::MaxNameSize) {
        *error = QCoreApplication::translate("ClientOptions", "--message: a reply can carry at most %1 bytes of it.")
                     .arg(Protocol::MaxNameSize);
        return false;
    }
    return true;
}

bool readCount(const QString &text, ClientOptions *options, QString *error)
{
    bool ok = false;
    options->count = text.toULongLong(&ok);
    if (!ok || options->count < 1) {
        *error = QCoreApplication::translate("ClientOptions", "--count: '%1' is not a positive number.").arg(text);
        return false;
    }
    return true;
}

bool readInterval(const QString &text, ClientOptions *options, QString *error)
{
    bool ok = false;
    const qint64 intervalMs = text.toLongLong(&ok);
    if (!ok || intervalMs < 1 || intervalMs > MaxIntervalMs) {
        *error = QCoreApplication::translate("ClientOptions", "--interval: '%1' is not a number of ms from 1 to %2.")
                     .arg(text).arg(MaxIntervalMs);
        return false;
    }
    options->intervalNs = intervalMs * 1000 * 1000;
    return true;
}

bool readRate(const QString &text, ClientOptions *options, QString *error)
{
    bool ok = false;
    const double perSecond = text.toDouble(&ok);
    if (!ok || !(perSecond >= MinRate) || perSecond > MaxRate) {
        *error = QCoreApplication::translate("ClientOptions", "--rate: '%1' is not a number of datagrams per second "
                                             "from %2 (one a day, as --interval %3) to %4.")
                     .arg(text, QString::number(MinRate, 'g', 4)).arg(MaxIntervalMs).arg(MaxRate);
        return false;
    }
    options->intervalNs = SequencedMessage::intervalForRate(perSecond);
    return true;
}

QString messageHelp()
{
    QString help = say(QT_TRANSLATE_NOOP("ClientOptions", "With --console, send this message (once, or --count "
                                         "times) and report every reply like ping; {seq} in it becomes each "
                                         "datagram's number."));
    if (!ArrivalTime::isSupported()) {
        help += QLatin1Char(' ') + say(QT_TRANSLATE_NOOP("ClientOptions", "Round trips are timed when each reply "
                                                         "is read: this system gives no kernel receive times "
                                                         "(Linux does)."));
    }
    return help;
}

} // namespace

TrafficOptions::TrafficOptions()
    : m_message(QStringList{QStringLiteral("message")}, messageHelp(), QStringLiteral("text"))
    , m_count(QStringList{QStringLiteral("count")},
              say(QT_TRANSLATE_NOOP("ClientOptions", "How many times to send the --message (default once; "
                                    "with --interval or --rate alone, until Ctrl+C).")),
              QStringLiteral("n"))
    , m_interval(QStringList{QStringLiteral("interval")},
                 say(QT_TRANSLATE_NOOP("ClientOptions", "Milliseconds between two sends of the --message (default %1)."))
                     .arg(Defaults::ConsoleRunIntervalMs),
                 QStringLiteral("ms"))
    , m_rate(QStringList{QStringLiteral("rate")},
             say(QT_TRANSLATE_NOOP("ClientOptions", "Datagrams per second to send the --message at, instead of --interval.")),
             QStringLiteral("per-second"))
{
}

bool TrafficOptions::read(const QCommandLineParser &parser, ClientOptions *options, QString *error) const
{
    if (!parser.isSet(m_message)) {
        for (const QCommandLineOption *option : {&m_count, &m_interval, &m_rate}) {
            if (parser.isSet(*option)) {
                *error = QCoreApplication::translate("ClientOptions", "--%1 goes with --message.")
                             .arg(option->names().constFirst());
                return false;
            }
        }
        return true;
    }
    if (!readMessage(parser.value(m_message), options, error))
        return false;
    options->traffic = true;
    if (parser.isSet(m_interval) && parser.isSet(m_rate))
        return fail(error, QT_TRANSLATE_NOOP("ClientOptions", "--interval and --rate say the same thing: give one."));
    // A pace without a count runs until Ctrl+C; a message alone is sent once.
    options->count = parser.isSet(m_interval) || parser.isSet(m_rate) ? 0 : 1;
    if (parser.isSet(m_count) && !readCount(parser.value(m_count), options, error))
        return false;
    if (parser.isSet(m_interval) && !readInterval(parser.value(m_interval), options, error))
        return false;
    return !parser.isSet(m_rate) || readRate(parser.value(m_rate), options, error);
}
