// SPDX-License-Identifier: MIT
#include "multicastmembership.h"
#include "multicastinterfaces.h"
#include "platformio.h"
#include "protocol.h"

#include <QNetworkInterface>
#include <QSet>
#include <QUdpSocket>

#if UDPCHAT_LINUX_IO
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#endif

namespace {
QString keyOf(const QHostAddress &group, const QString &interfaceName)
{
    return group.toString() + QLatin1Char('%') + interfaceName;
}
} // namespace

bool MulticastGroup::parse(const QString &text, MulticastGroup *out)
{
    // Split at the last '%' ourselves: an IPv4 address takes no scope, and an IPv6 scope is the
    // interface to join on, not part of the group.
    const QString trimmed = text.trimmed();
    const qsizetype percent = trimmed.lastIndexOf(QLatin1Char('%'));
    const QString address = percent < 0 ? trimmed : trimmed.left(percent);
    const QString interfaceName = percent < 0 ? QString() : trimmed.mid(percent + 1);
    QHostAddress group;
    // Qt takes "ff12::1%" as an address with an empty scope: a second '%' is a typing error.
    if ((percent >= 0 && interfaceName.isEmpty()) || address.contains(QLatin1Char('%')) || !group.setAddress(address))
        return false;
    out->group = group;
    out->interfaceName = interfaceName;
    return true;
}

QString MulticastGroup::toString() const
{
    return interfaceName.isEmpty() ? group.toString() : group.toString() + QLatin1Char('%') + interfaceName;
}

MulticastMembership::MulticastMembership(QObject *parent)
    : QObject(parent)
{
    m_recheck.setInterval(RecheckIntervalMs);
    connect(&m_recheck, &QTimer::timeout, this, &MulticastMembership::recheck);
}

MulticastMembership::~MulticastMembership() = default;

QHostAddress MulticastMembership::bindAddress() const
{
    for (const MulticastGroup &g : m_groups) {
        if (g.group.isMulticast()) {
            return QHostAddress(g.group.protocol() == QAbstractSocket::IPv4Protocol ? QHostAddress::AnyIPv4
                                                                                   : QHostAddress::AnyIPv6);
        }
    }
    return QHostAddress();
}

void MulticastMembership::attach(QUdpSocket *socket)
{
    detach();
    m_socket = socket;
    attached(socket->localAddress());
}

void MulticastMembership::attach(qintptr descriptor, const QHostAddress &boundAddress)
{
    detach();
    m_descriptor = descriptor;
    attached(boundAddress);
}

void MulticastMembership::attached(const QHostAddress &boundAddress)
{
    m_family = boundAddress.protocol();
    if (m_groups.isEmpty())
        return;
    recheck();
    m_recheck.start();
}

void MulticastMembership::detach()
{
    m_recheck.stop();
    m_socket = nullptr;
    m_descriptor = -1;
    m_joined.clear();
    m_lost.clear();
    m_lastFailure.clear();
}

QStringList MulticastMembership::memberships() const
{
    QStringList list;
    for (auto it = m_joined.cbegin(); it != m_joined.cend(); ++it) {
        const qsizetype percent = it.key().lastIndexOf(QLatin1Char('%'));
        list.append(tr("%1 on %2").arg(it.key().left(percent), it.key().mid(percent + 1)));
    }
    return list;
}

QString MulticastMembership::notAGroup(const QString &address)
{
    return tr("%1 is not a multicast group address (IPv4 224.0.0.0/4, IPv6 ff00::/8).").arg(address);
}

QString MulticastMembership::addProblem(const QString &typed, const QString &interfaceName,
                                        const QList<MulticastGroup> &joined)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return tr("Type a group address, such as 239.255.0.1 or ff12::2115.");
    const Protocol::HostKind kind = Protocol::classifyHost(text);
    MulticastGroup wanted;
    if (text.contains(QLatin1Char('%')) || (kind != Protocol::HostKind::IPv4 && kind != Protocol::HostKind::IPv6)
        || !MulticastGroup::parse(text, &wanted))
        return tr("'%1' is not an IPv4 or IPv6 address (pick the interface in the list).").arg(text.left(80));
    if (!wanted.group.isMulticast())
        return notAGroup(text);
    for (const MulticastGroup &g : joined) {
        if (g.group.protocol() != wanted.group.protocol())
            return tr("One socket, one address family: %1 cannot be joined beside %2.").arg(text, g.toString());
        if (g.group == wanted.group && g.interfaceName == interfaceName)
            return tr("%1 is joined already.").arg(g.toString());
    }
    return {};
}

QList<MulticastMembership::Target> MulticastMembership::targets(const MulticastGroup &group, QString *why) const
{
    const QHostAddress &address = group.group;
    if (!address.isMulticast()) {
        *why = notAGroup(address.toString());
        return {};
    }
    if (address.protocol() != m_family) {
        // One socket has one family; Qt refuses an IPv4 group on a dual-stack socket too.
        *why = address.protocol() == QAbstractSocket::IPv4Protocol
            ? tr("it is an IPv4 group and this server listens on IPv6 (one socket, one address family: "
                 "start a second server for it).")
            : tr("it is an IPv6 group and this server listens on IPv4 (one socket, one address family: "
                 "start a second server for it).");
        return {};
    }
    QList<Target> list;
    if (!group.interfaceName.isEmpty()) {
        const QNetworkInterface interface = QNetworkInterface::interfaceFromName(group.interfaceName);
        if (!interface.isValid())
            *why = tr("there is no interface named %1.").arg(group.interfaceName);
        else if (!interface.flags().testFlag(QNetworkInterface::CanMulticast))
            *why = tr("interface %1 cannot do multicast.").arg(group.interfaceName);
        else if (!interface.flags().testFlag(QNetworkInterface::IsUp))
            *why = tr("interface %1 is down.").arg(group.interfaceName);
        else
            list.append(Target{interface.name(), interface.index()});
        return list;
    }
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        if (MulticastInterfaces::usable(interface))
            list.append(Target{interface.name(), interface.index()});
    }
    if (list.isEmpty())
        *why = tr("no interface that is up can do multicast.");
    return list;
}

bool MulticastMembership::join(const QHostAddress &group, const Target &target, QString *why)
{
    if (m_socket) {
        if (m_socket->joinMulticastGroup(group, QNetworkInterface::interfaceFromIndex(target.index)))
            return true;
        *why = tr("the system refused: %1").arg(m_socket->errorString());
        return false;
    }
#if UDPCHAT_LINUX_IO
    int result = -1;
    if (group.protocol() == QAbstractSocket::IPv4Protocol) {
        ip_mreqn request = {};
        request.imr_multiaddr.s_addr = htonl(group.toIPv4Address());
        request.imr_ifindex = target.index;
        result = ::setsockopt(int(m_descriptor), IPPROTO_IP, IP_ADD_MEMBERSHIP, &request, sizeof request);
    } else {
        ipv6_mreq request = {};
        const Q_IPV6ADDR bytes = group.toIPv6Address();
        std::memcpy(&request.ipv6mr_multiaddr, bytes.c, 16);
        request.ipv6mr_interface = unsigned(target.index);
        result = ::setsockopt(int(m_descriptor), IPPROTO_IPV6, IPV6_JOIN_GROUP, &request, sizeof request);
    }
    // EADDRINUSE: already a member there (the same group given twice), which is what was wanted.
    if (result == 0 || errno == EADDRINUSE)
        return true;
    *why = tr("the system refused: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    return false;
#else
    *why = tr("the system refused: not supported here.");
    return false;
#endif
}

void MulticastMembership::leave(const QHostAddress &group, const Target &target)
{
    // Best effort: the interface is down or gone, and with it usually the membership.
    if (m_socket) {
        m_socket->leaveMulticastGroup(group, QNetworkInterface::interfaceFromIndex(target.index));
        return;
    }
#if UDPCHAT_LINUX_IO
    if (group.protocol() == QAbstractSocket::IPv4Protocol) {
        ip_mreqn request = {};
        request.imr_multiaddr.s_addr = htonl(group.toIPv4Address());
        request.imr_ifindex = target.index;
        ::setsockopt(int(m_descriptor), IPPROTO_IP, IP_DROP_MEMBERSHIP, &request, sizeof request);
    } else {
        ipv6_mreq request = {};
        const Q_IPV6ADDR bytes = group.toIPv6Address();
        std::memcpy(&request.ipv6mr_multiaddr, bytes.c, 16);
        request.ipv6mr_interface = unsigned(target.index);
        ::setsockopt(int(m_descriptor), IPPROTO_IPV6, IPV6_LEAVE_GROUP, &request, sizeof request);
    }
#endif
}

void MulticastMembership::failed(const QString &key, const QString &message)
{
    // An interface already said to be gone (or about to be, in this recheck) needs no second sentence.
    if (m_lost.contains(key) || m_joined.contains(key) || m_lastFailure.value(key) == message)
        return;
    m_lastFailure.insert(key, message);
    emit reported(message);
}

void MulticastMembership::recheck()
{
    if (!m_socket && m_descriptor < 0)
        return;
    QSet<QString> wanted;
    for (const MulticastGroup &group : std::as_const(m_groups)) {
        QString why;
        const QList<Target> list = targets(group, &why);
        const QString groupKey = keyOf(group.group, group.interfaceName.isEmpty() ? QStringLiteral("*")
                                                                                   : group.interfaceName);
        if (list.isEmpty()) {
            failed(groupKey, group.interfaceName.isEmpty()
                       ? tr("Cannot join group %1: %2").arg(group.group.toString(), why)
                       : tr("Cannot join group %1 on %2: %3").arg(group.group.toString(), group.interfaceName, why));
            continue;
        }
        const bool failedBefore = m_lastFailure.remove(groupKey) > 0;
        for (const Target &target : list) {
            const QString key = keyOf(group.group, target.name);
            wanted.insert(key);
            if (m_joined.value(key, 0) == target.index)
                continue;
            // A different index: the interface was removed and made again between two looks.
            const bool lost = m_lost.remove(key) > 0 || m_joined.remove(key) > 0;
            QString reason;
            if (!join(group.group, target, &reason)) {
                failed(key, tr("Cannot join group %1 on %2: %3").arg(group.group.toString(), target.name, reason));
                continue;
            }
            m_joined.insert(key, target.index);
            const bool retried = m_lastFailure.remove(key) > 0 || failedBefore;
            emit reported(lost ? tr("Interface %1 is back: joined group %2 on it again.").arg(target.name, group.group.toString())
                          : retried ? tr("Interface %1 is ready now: joined group %2 on it.").arg(target.name, group.group.toString())
                                    : tr("Joined group %1 on %2.").arg(group.group.toString(), target.name));
        }
    }
    for (auto it = m_joined.begin(); it != m_joined.end();) {
        if (wanted.contains(it.key())) {
            ++it;
            continue;
        }
        const qsizetype percent = it.key().lastIndexOf(QLatin1Char('%'));
        const QHostAddress group(it.key().left(percent));
        const QString name = it.key().mid(percent + 1);
        leave(group, Target{name, it.value()});
        m_lost.insert(it.key(), true);
        emit reported(tr("Interface %1 is gone or down: group %2 is no longer joined on it (joined again when it "
                         "is back).").arg(name, group.toString()));
        it = m_joined.erase(it);
    }
}
