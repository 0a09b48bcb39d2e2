// SPDX-License-Identifier: MIT
// Simulated network conditions: seeded, so each scripted exchange has one exact outcome.
#include "helloclient.h"
#include "helloserver.h"
#include "networkconditions.h"

#include <QSignalSpy>
#include <QtTest>

class TestConditions : public QObject
{
    Q_OBJECT

private slots:
    void offPassesEverything();
    void eachConditionAlone();
    void seededDropIsRepeatable();
    void scriptedExchange();
    void reorderedRepliesShown();
};

static QList<QByteArray> run(NetworkConditions &conditions, int count, bool out = true)
{
    QList<QByteArray> delivered;
    for (int i = 0; i < count; ++i) {
        const auto deliver = [&](const QByteArray &b) { delivered.append(b); };
        if (out)
            conditions.outgoing(QByteArray::number(i), deliver);
        else
            conditions.incoming(QByteArray::number(i), deliver);
    }
    QTest::qWait(NetworkConditions::MaxHoldMs + 50);  // anything held back comes out by then
    return delivered;
}

void TestConditions::offPassesEverything()
{
    NetworkConditions conditions;
    ConditionSettings settings;
    settings.dropOutPercent = 100;  // ignored while not enabled
    conditions.setSettings(settings);
    QCOMPARE(run(conditions, 5), (QList<QByteArray>{"0", "1", "2", "3", "4"}));
}

void TestConditions::eachConditionAlone()
{
    NetworkConditions conditions;
    ConditionSettings s;
    s.enabled = true;
    s.dropOutPercent = 100;
    conditions.setSettings(s);
    QCOMPARE(run(conditions, 3).size(), 0);
    QCOMPARE(run(conditions, 3, false).size(), 3);  // only the way out drops
    QCOMPARE(conditions.stats().droppedOut, 3);
    QCOMPARE(conditions.stats().droppedIn, 0);

    s = {};
    s.enabled = true;
    s.duplicatePercent = 100;
    conditions.setSettings(s);
    QCOMPARE(run(conditions, 2), (QList<QByteArray>{"0", "0", "1", "1"}));

    s = {};
    s.enabled = true;
    s.reorderPercent = 100;  // each one waits for the next: 1 0, then 3 2 (replies only)
    conditions.setSettings(s);
    QCOMPARE(run(conditions, 4, false), (QList<QByteArray>{"1", "0", "3", "2"}));
    QCOMPARE(run(conditions, 2, true), (QList<QByteArray>{"0", "1"}));

    s = {};
    s.enabled = true;
    s.delayMs = 30;
    conditions.setSettings(s);
    QList<QByteArray> delivered;
    conditions.outgoing("late", [&](const QByteArray &b) { delivered.append(b); });
    QVERIFY(delivered.isEmpty());  // not yet
    QTRY_COMPARE(delivered, QList<QByteArray>{"late"});
}

void TestConditions::seededDropIsRepeatable()
{
    NetworkConditions conditions;
    ConditionSettings s;
    s.enabled = true;
    s.dropOutPercent = 50;
    s.seed = 42;
    conditions.setSettings(s);
    const QList<QByteArray> first = run(conditions, 20);
    conditions.setSettings(s);  // same seed: same fate for each datagram
    QCOMPARE(run(conditions, 20), first);
    qInfo("seed 42 delivers %s", first.join(' ').constData());
    QCOMPARE(first, (QList<QByteArray>{"0", "4", "5", "6", "12", "14", "15", "18"}));
    s.seed = 43;
    conditions.setSettings(s);
    QVERIFY(run(conditions, 20) != first);
}

// Each message's fate is waited for as such (answered, or dropped on the way out or back), never
// by a timeout racing the scheduler: the seeded outcome is the same on any machine, sanitizers too.
void TestConditions::scriptedExchange()
{
    HelloServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    HelloClient client;
    client.setTimeout(60000);  // nothing times out here: drops are counted as they happen
    ConditionSettings s;
    s.enabled = true;
    s.dropOutPercent = 30;
    s.dropInPercent = 20;
    s.duplicatePercent = 20;
    s.seed = 7;
    client.setConditions(s);
    QSignalSpy replies(&client, &HelloClient::replyReceived);
    QSignalSpy duplicates(&client, &HelloClient::duplicateReply);
    client.start(QStringLiteral("127.0.0.1"), server.port());
    QTRY_COMPARE(client.state(), HelloClient::State::Ready);
    QList<int> answered;
    for (int i = 0; i < 12; ++i) {
        const NetworkConditions::Stats before = client.simulated();
        const qsizetype repliesBefore = replies.size();
        const int id = client.send("name" + QByteArray::number(i));
        QTRY_VERIFY(replies.size() > repliesBefore || client.simulated().droppedOut > before.droppedOut
                    || client.simulated().droppedIn > before.droppedIn);
        if (replies.size() > repliesBefore && replies.last().at(0).toInt() == id)
            answered.append(i);
    }
    const HelloClient::Stats stats = client.stats();
    const NetworkConditions::Stats simulated = client.simulated();
    QStringList numbers;
    for (int i : answered)
        numbers << QString::number(i);
    qInfo("answered %s; dropped out %d, in %d; duplicates %d; server received %llu",
          qPrintable(numbers.join(QLatin1Char(' '))), simulated.droppedOut, simulated.droppedIn, stats.duplicates,
          server.counters().received);
    QCOMPARE(stats.sent, 12);
    // Seed 7: 7 of 12 lost on the way out, 2 of the 5 replies lost on the way in, one duplicated.
    QCOMPARE(simulated.droppedOut, 7);
    QCOMPARE(simulated.droppedIn, 2);
    QCOMPARE(answered, (QList<int>{5, 7, 8}));
    QCOMPARE(stats.answered, 3);
    QCOMPARE(stats.duplicates, 1);
    QCOMPARE(server.counters().received, 5u);
    QCOMPARE(duplicates.size(), stats.duplicates);
    QCOMPARE(client.waitingCount(), 9);  // the lost ones wait for their (long) timeout
}

void TestConditions::reorderedRepliesShown()
{
    HelloServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    HelloClient client;
    ConditionSettings s;
    s.enabled = true;
    s.reorderPercent = 100;  // replies: each held back until the next one passes
    client.setConditions(s);
    client.start(QStringLiteral("127.0.0.1"), server.port());
    QTRY_COMPARE(client.state(), HelloClient::State::Ready);
    QSignalSpy replies(&client, &HelloClient::replyReceived);
    QSignalSpy outOfOrder(&client, &HelloClient::replyOutOfOrder);
    const int a = client.send("A");
    const int b = client.send("B");
    QTRY_COMPARE(replies.size(), 2);
    // A's reply is held back until B's has passed: B's overtakes it.
    const QList<int> order{replies.at(0).at(0).toInt(), replies.at(1).at(0).toInt()};
    QCOMPARE(order, (QList<int>{b, a}));
    QCOMPARE(outOfOrder.size(), 1);
    QCOMPARE(outOfOrder.at(0).at(0).toInt(), b);
    QCOMPARE(client.stats().reordered, 1);
}

QTEST_GUILESS_MAIN(TestConditions)
#include "tst_conditions.moc"
