// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>

class QHostInfo;

// Finds a server's address, for HelloClient and TrafficRun alike: a literal address at once, a
// host name without blocking (the resolver never holds up the event loop), IPv4 first when a
// name has both, as the seed does. And says the server as "address:port" before it is connected.
class ServerLookup : public QObject
{
    Q_OBJECT

public:
    explicit ServerLookup(QObject *parent = nullptr);
    ~ServerLookup() override;

    // Whether host can be looked up at all: an IPv4 or IPv6 address, or a well-formed host name.
    static bool usable(const QString &host);
    // Looks host up, ending any lookup under way: found() comes from inside this call for an
    // address, later for a name, or notFound(). False, and nothing emitted, when host is not usable.
    bool start(const QString &host);
    void abort();
    // Of a name's addresses, the one to use: the first IPv4 one, else the first.
    static QHostAddress preferred(const QList<QHostAddress> &addresses);
    // "address:port" for an address (an IPv6 one in brackets), "host:port" for a name.
    static QString endpoint(const QString &host, quint16 port);

signals:
    void found(const QHostAddress &address);
    // The resolver knows no address for the name.
    void notFound();

private:
    void onLookedUp(const QHostInfo &info);

    int m_lookupId = -1;
};
