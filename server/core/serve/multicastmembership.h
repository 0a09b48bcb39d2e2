// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QTimer>

class QNetworkInterface;
class QUdpSocket;

// One --join: a group and the interface to join it on (empty: every interface that can multicast).
struct MulticastGroup
{
    QHostAddress group;
    QString interfaceName;

    // "239.255.0.1", "239.255.0.1%eth0", "ff12::2115%eth0". False if the text is no address; whether
    // it is a group is checked when joining, so that the reason is said like every other.
    static bool parse(const QString &text, MulticastGroup *out);
    QString toString() const;
    friend bool operator==(const MulticastGroup &a, const MulticastGroup &b)
    {
        return a.group == b.group && a.interfaceName == b.interfaceName;
    }
};

// The groups a server's socket is a member of, per interface. The kernel forgets a membership when
// its interface goes away, and Qt 6.4 has no portable signal for interfaces that come and go, so the
// interfaces are looked at again every few seconds and missing memberships made again.
class MulticastMembership : public QObject
{
    Q_OBJECT

public:
    static constexpr int RecheckIntervalMs = 3000;

    explicit MulticastMembership(QObject *parent = nullptr);
    ~MulticastMembership() override;

    // Takes effect at the next attach().
    void setGroups(const QList<MulticastGroup> &groups) { m_groups = groups; }
    QList<MulticastGroup> groups() const { return m_groups; }

    // What to bind when joining: the wildcard of the first group's family (an IPv4 group needs an
    // IPv4 socket, an IPv6 group an IPv6 one). Null when no group is a multicast address.
    QHostAddress bindAddress() const;

    // Joins every group on a bound socket: through Qt where a QUdpSocket reads (the portable path),
    // on the descriptor where BatchedUdp reads (Linux). Every result is reported.
    void attach(QUdpSocket *socket);
    void attach(qintptr descriptor, const QHostAddress &boundAddress);
    // The socket is closing: closing it drops its memberships, nothing to leave.
    void detach();

    // "239.255.0.1 on lo", one per membership in force.
    QStringList memberships() const;

    // What is wrong with adding the group typed (no %scope: the interface is chosen apart) on
    // interfaceName (empty: every interface) beside the groups joined, in a sentence; empty when
    // it can be added. What a window checks before it adds a group.
    static QString addProblem(const QString &typed, const QString &interfaceName, const QList<MulticastGroup> &joined);
    // "192.0.2.7 is not a multicast group address (...)": said when adding and when joining.
    static QString notAGroup(const QString &address);

signals:
    // A sentence for the user: a join made, refused (and why), lost or made again.
    void reported(const QString &message);

private:
    struct Target
    {
        QString name;
        int index = 0;
    };
    void attached(const QHostAddress &boundAddress);
    void recheck();
    // The interfaces a group should be joined on now; *why says why there is none.
    QList<Target> targets(const MulticastGroup &group, QString *why) const;
    bool join(const QHostAddress &group, const Target &target, QString *why);
    void leave(const QHostAddress &group, const Target &target);
    void failed(const QString &key, const QString &message);

    QList<MulticastGroup> m_groups;
    QUdpSocket *m_socket = nullptr;
    qintptr m_descriptor = -1;
    QAbstractSocket::NetworkLayerProtocol m_family = QAbstractSocket::UnknownNetworkLayerProtocol;
    // Key "group%interface": the interface index it was joined with (the index changes when an
    // interface is removed and made again under the same name).
    QMap<QString, int> m_joined;
    QMap<QString, QString> m_lastFailure;  // said once until it changes, not every recheck
    QMap<QString, bool> m_lost;           // memberships whose interface went away
    QTimer m_recheck;
};
