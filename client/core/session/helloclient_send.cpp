// SPDX-License-Identifier: MIT
// HelloClient's decisions about what may be sent, and the sentences that say why not.
#include "helloclient.h"

#include "protocol.h"

#include <QLocale>

namespace {
// A bad address is quoted cut short: a pasted megabyte is not worth showing whole.
QString quoted(const QString &host) { return host.size() > 80 ? host.left(60) + QChar(0x2026) : host; }
} // namespace

QString HelloClient::addressProblem(const QString &host)
{
    const QString shown = quoted(host.trimmed());
    switch (Protocol::classifyHost(host)) {
    case Protocol::HostKind::IPv4:
    case Protocol::HostKind::IPv6:
    case Protocol::HostKind::HostName:
        return {};
    case Protocol::HostKind::Empty:
        return tr("Type the server's address, such as 127.0.0.1.");
    case Protocol::HostKind::BadIPv4:
        return tr("'%1' is not a valid IPv4 address: four numbers from 0 to 255, such as 127.0.0.1.").arg(shown);
    case Protocol::HostKind::BadIPv6:
        return tr("'%1' is not a valid IPv6 address, such as ::1.").arg(shown);
    case Protocol::HostKind::BadHostName:
        return tr("'%1' is not a valid host name: letters, digits, '-' and dots, such as localhost.").arg(shown);
    }
    return {};
}

QString HelloClient::whoMayAnswer() const
{
    if (!m_anyone)
        return {};
    const QString address = Protocol::addressText(Protocol::plainAddress(m_serverAddress));
    switch (ClientSocketSetup::destinationOf(m_serverAddress)) {
    case ClientSocketSetup::Destination::Multicast:
        return tr("%1 is a multicast group: anyone in it may answer, and each reply names its sender.").arg(address);
    case ClientSocketSetup::Destination::Broadcast:
        return tr("%1 is a broadcast address: any computer on the network may answer, and each reply names its "
                  "sender.").arg(address);
    case ClientSocketSetup::Destination::Unicast:
        break;
    }
    return tr("Anyone may answer: each reply names its sender.");
}

int HelloClient::send(const QByteArray &message, SendError *error, QString *why)
{
    SendError result = SendError::None;
    QString sentence;
    if (message.isEmpty()) {
        // As the seed client asks again for a name, nothing is sent.
        result = SendError::Empty;
        sentence = tr("Type a name first: an empty message is not sent.");
    } else if (message.size() > Protocol::MaxNameSize) {
        result = SendError::TooLarge;
        sentence = tr("This message is %1 bytes; a reply can carry at most %2 bytes of it. Nothing was sent.")
                       .arg(QLocale().toString(message.size()), QLocale().toString(Protocol::MaxNameSize));
    } else if (m_serverSet && needsNewSession()) {
        // Another server (or none yet): this message opens a new session there.
        const QString problem = addressProblem(m_wantedHost);
        if (!problem.isEmpty()) {
            result = SendError::InvalidAddress;
            sentence = problem;
        } else {
            start();
        }
    }
    if (result == SendError::None && m_state == State::Ended) {
        result = SendError::Ended;
        sentence = tr("The session is over: start a New session to send again.");
    } else if (result == SendError::None && m_state == State::Idle) {
        result = SendError::NotStarted;
        sentence = tr("No session: check the server's address, then start a New session.");
    }
    if (error)
        *error = result;
    if (why)
        *why = sentence;
    if (result != SendError::None)
        return 0;

    const int id = m_nextId++;
    m_matcher.add(id, message);
    if (m_state == State::Ready)
        write(id);
    else
        m_outbox.push_back(id);
    return id;
}
