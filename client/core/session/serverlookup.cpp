// SPDX-License-Identifier: MIT
#include "serverlookup.h"

#include "protocol.h"

#include <QHostInfo>

#include <algorithm>

ServerLookup::ServerLookup(QObject *parent)
    : QObject(parent)
{
}

ServerLookup::~ServerLookup() { abort(); }

bool ServerLookup::usable(const QString &host)
{
    const Protocol::HostKind kind = Protocol::classifyHost(host);
    return kind == Protocol::HostKind::IPv4 || kind == Protocol::HostKind::IPv6 || kind == Protocol::HostKind::HostName;
}

bool ServerLookup::start(const QString &host)
{
    abort();
    QHostAddress literal;
    switch (Protocol::classifyHost(host, &literal)) {
    case Protocol::HostKind::IPv4:
    case Protocol::HostKind::IPv6:
        emit found(literal);
        return true;
    case Protocol::HostKind::HostName:
        m_lookupId = QHostInfo::lookupHost(host, this, &ServerLookup::onLookedUp);
        return true;
    default:
        return false;
    }
}

void ServerLookup::abort()
{
    if (m_lookupId < 0)
        return;
    QHostInfo::abortHostLookup(m_lookupId);
    m_lookupId = -1;
}

void ServerLookup::onLookedUp(const QHostInfo &info)
{
    m_lookupId = -1;
    const QList<QHostAddress> addresses = info.addresses();
    if (info.error() != QHostInfo::NoError || addresses.isEmpty()) {
        emit notFound();
        return;
    }
    emit found(preferred(addresses));
}

QHostAddress ServerLookup::preferred(const QList<QHostAddress> &addresses)
{
    const auto v4 = std::find_if(addresses.begin(), addresses.end(), [](const QHostAddress &a) {
        return a.protocol() == QAbstractSocket::IPv4Protocol;
    });
    return v4 != addresses.end() ? *v4 : addresses.value(0);
}

QString ServerLookup::endpoint(const QString &host, quint16 port)
{
    QHostAddress literal;
    if (Protocol::classifyHost(host, &literal) != Protocol::HostKind::HostName && !literal.isNull())
        return Protocol::endpointText(literal, port);
    return host + QLatin1Char(':') + QString::number(port);
}
