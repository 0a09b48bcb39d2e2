// SPDX-License-Identifier: MIT
// Multicast without sending a datagram anywhere: --join's syntax, what the server binds when
// joining (shared, the groups' wildcard) and when not (its own), refused joins explained, and the
// words for where a datagram was sent. Real group traffic is in tests/netns (own namespaces).
#include "datagraminspector.h"
#include "datagramlogmodel.h"
#include "datagramrecord.h"
#include "destinationkind.h"
#include "helloserver.h"
#include "multicastmembership.h"

#include <QSignalSpy>
#include <QtTest>

class TestMulticast : public QObject
{
    Q_OBJECT

private slots:
    void parsesJoins_data();
    void parsesJoins();
    void joiningBindsTheGroupsWildcardShared();
    void withoutJoinsThePortIsExclusive();
    void addingRefusedInWords_data();
    void addingRefusedInWords();
    void refusedJoinsSayWhy_data();
    void refusedJoinsSayWhy();
    void destinationInWords_data();
    void destinationInWords();
};

void TestMulticast::parsesJoins_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("interfaceName");
    QTest::newRow("IPv4") << "239.255.0.1" << true << "239.255.0.1" << "";
    QTest::newRow("IPv4 on eth0") << "239.255.0.1%eth0" << true << "239.255.0.1" << "eth0";
    QTest::newRow("IPv6 on eth0") << "ff12::2115%eth0" << true << "ff12::2115" << "eth0";
    QTest::newRow("spaces") << " 239.1.2.3 " << true << "239.1.2.3" << "";
    // Not a group: accepted here, refused when joining with the reason (the server keeps serving).
    QTest::newRow("unicast") << "192.0.2.7" << true << "192.0.2.7" << "";
    QTest::newRow("empty interface") << "239.255.0.1%" << false << "" << "";
    QTest::newRow("name") << "group1" << false << "" << "";
    QTest::newRow("empty") << "" << false << "" << "";
    QTest::newRow("two scopes") << "ff12::1%%eth0" << false << "" << "";
}

void TestMulticast::parsesJoins()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    MulticastGroup group;
    QCOMPARE(MulticastGroup::parse(text, &group), ok);
    if (!ok)
        return;
    QTEST(group.group.toString(), "group");
    QTEST(group.interfaceName, "interfaceName");
    QCOMPARE(group.toString(), text.trimmed());
}

void TestMulticast::joiningBindsTheGroupsWildcardShared()
{
    // No interface named so: nothing is joined, so nothing can arrive from outside this test.
    MulticastGroup group;
    QVERIFY(MulticastGroup::parse(QStringLiteral("239.255.0.1%udpchat-none0"), &group));
    HelloServer first;
    first.setMulticastGroups({group});
    QVERIFY2(first.listen(QHostAddress::LocalHost, 0), qPrintable(first.errorString()));
    QCOMPARE(first.address(), QHostAddress(QHostAddress::AnyIPv4));
    HelloServer second;
    second.setMulticastGroups({group});
    QVERIFY2(second.listen(QHostAddress::LocalHost, first.port()), qPrintable(second.bindErrorMessage()));
    QCOMPARE(second.port(), first.port());
}

void TestMulticast::withoutJoinsThePortIsExclusive()
{
    HelloServer first;
    QVERIFY(first.listen(QHostAddress::LocalHost, 0));
    QCOMPARE(first.address(), QHostAddress(QHostAddress::LocalHost));
    // Even a server that joins (and so shares) cannot take a port held exclusively.
    MulticastGroup group;
    QVERIFY(MulticastGroup::parse(QStringLiteral("239.255.0.1%udpchat-none0"), &group));
    HelloServer second;
    second.setMulticastGroups({group});
    QVERIFY(!second.listen(QHostAddress::LocalHost, first.port()));
    QCOMPARE(second.error(), QAbstractSocket::AddressInUseError);
}

void TestMulticast::addingRefusedInWords_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("joined");  // already joined, "" for none
    QTest::addColumn<QString>("words");   // "" when it can be joined
    QTest::newRow("IPv4 group") << "239.255.0.1" << "" << "";
    QTest::newRow("IPv6 group") << "ff12::2115" << "" << "";
    QTest::newRow("empty") << "  " << "" << "Type a group address";
    QTest::newRow("not an address") << "239.255.0.300" << "" << "is not an IPv4 or IPv6 address";
    QTest::newRow("scope typed") << "ff12::1%lo" << "" << "pick the interface";
    QTest::newRow("unicast") << "192.0.2.1" << "" << "is not a multicast group";
    QTest::newRow("other family") << "ff12::1" << "239.255.0.1" << "One socket, one address family";
    QTest::newRow("twice") << "239.255.0.1" << "239.255.0.1" << "is joined already";
}

void TestMulticast::addingRefusedInWords()
{
    QFETCH(QString, typed);
    QFETCH(QString, joined);
    QFETCH(QString, words);
    QList<MulticastGroup> groups;
    MulticastGroup group;
    if (!joined.isEmpty() && MulticastGroup::parse(joined, &group))
        groups << group;
    const QString why = MulticastMembership::addProblem(typed, QString(), groups);
    if (words.isEmpty())
        QVERIFY2(why.isEmpty(), qPrintable(why));
    else
        QVERIFY2(why.contains(words), qPrintable(why));
}

void TestMulticast::refusedJoinsSayWhy_data()
{
    QTest::addColumn<QStringList>("joins");
    QTest::addColumn<QString>("words");
    QTest::newRow("no such interface") << QStringList{"239.255.0.1%udpchat-none0"}
                                       << "Cannot join group 239.255.0.1 on udpchat-none0: there is no interface named udpchat-none0.";
    QTest::newRow("not a group") << QStringList{"239.255.0.1%udpchat-none0", "192.0.2.7"}
                                 << "Cannot join group 192.0.2.7: 192.0.2.7 is not a multicast group address";
    QTest::newRow("IPv6 on IPv4") << QStringList{"239.255.0.1%udpchat-none0", "ff12::1%udpchat-none0"}
                                  << "it is an IPv6 group and this server listens on IPv4";
    QTest::newRow("IPv4 on IPv6") << QStringList{"ff12::1%udpchat-none0", "239.255.0.1%udpchat-none0"}
                                  << "it is an IPv4 group and this server listens on IPv6";
}

void TestMulticast::refusedJoinsSayWhy()
{
    QFETCH(QStringList, joins);
    QFETCH(QString, words);
    QList<MulticastGroup> groups;
    for (const QString &text : joins) {
        MulticastGroup group;
        QVERIFY(MulticastGroup::parse(text, &group));
        groups.append(group);
    }
    HelloServer server;
    server.setMulticastGroups(groups);
    QSignalSpy reports(&server, &HelloServer::multicastReport);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QVERIFY(server.isListening());  // a refused join leaves the server serving
    QStringList said;
    for (const QList<QVariant> &report : reports)
        said.append(report.constFirst().toString());
    QVERIFY2(said.join(QLatin1Char('\n')).contains(words), qPrintable(said.join(QLatin1Char('\n'))));
    QVERIFY(server.membership().memberships().isEmpty());
}

void TestMulticast::destinationInWords_data()
{
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("words");
    QTest::newRow("group") << "239.255.0.1" << "(to group 239.255.0.1)";
    QTest::newRow("IPv6 group") << "ff12::2115" << "(to group ff12::2115)";
    QTest::newRow("broadcast") << "255.255.255.255" << "(to broadcast 255.255.255.255)";
    QTest::newRow("server") << "127.0.0.1" << "127.0.0.1 -> 127.0.0.1 (to this server)";
}

void TestMulticast::destinationInWords()
{
    QFETCH(QString, destination);
    QFETCH(QString, words);
    DatagramRecord record;
    record.sender = QHostAddress(QStringLiteral("127.0.0.1"));
    record.senderPort = 40000;
    record.destination = QHostAddress(destination);
    if (record.destination.protocol() == QAbstractSocket::IPv6Protocol)
        record.sender = QHostAddress(QStringLiteral("::1"));
    record.destinationPort = 6000;
    record.payload = "hi";
    const QString text = DatagramInspector::describe(record, QStringLiteral("hello"));
    QVERIFY2(text.contains(words), qPrintable(text));
    // The log row says it too, in the Sender cell's tooltip.
    DatagramLogModel log;
    log.append({record});
    log.flush();
    const QString tip = log.index(0, DatagramLogModel::SenderColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.endsWith(DestinationKind::text(record.destination)) && tip.contains(QLatin1String(" to ")), qPrintable(tip));
}

QTEST_GUILESS_MAIN(TestMulticast)
#include "tst_multicast.moc"
