// SPDX-License-Identifier: MIT
// Simulated network conditions: seeded, so each scripted exchange has one exact outcome.
#include "helloclient.h"
#include "helloserver.h"
#include "networkconditions.h"

#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <vector>

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

namespace {
// The conditions' delays on a clock of the test's own: what is scheduled runs when run() says,
// in the order it falls due (ties in the order scheduled), with no wall-clock wait.
class ManualLater
{
public:
    explicit ManualLater(NetworkConditions &conditions) : m_conditions(conditions)
    {
        conditions.setLater([this](int ms, std::function<void()> fn) { m_due.push_back({m_nowMs + ms, m_next++, std::move(fn)}); });
    }
    ~ManualLater() { m_conditions.setLater(NetworkConditions::timerLater(&m_conditions)); }
    // Runs everything due within ms from now, including what that schedules.
    void advance(qint64 ms)
    {
        const qint64 until = m_nowMs + ms;
        for (;;) {
            auto first = std::min_element(m_due.begin(), m_due.end(), [](const Due &a, const Due &b) {
                return a.atMs != b.atMs ? a.atMs < b.atMs : a.order < b.order;
            });
            if (first == m_due.end() || first->atMs > until)
                break;
            m_nowMs = first->atMs;
            std::function<void()> fn = std::move(first->fn);
            m_due.erase(first);
            fn();
        }
        m_nowMs = until;
    }

private:
    struct Due
    {
        qint64 atMs;
        quint64 order;
        std::function<void()> fn;
    };
    NetworkConditions &m_conditions;
    std::vector<Due> m_due;
    qint64 m_nowMs = 0;
    quint64 m_next = 0;
};
} // namespace

static QList<QByteArray> run(NetworkConditions &conditions, int count, bool out = true)
{
    ManualLater later(conditions);
    QList<QByteArray> delivered;
    for (int i = 0; i < count; ++i) {
        const auto deliver = [&](const QByteArray &b) { delivered.append(b); };
        if (out)
            conditions.outgoing(QByteArray::number(i), deliver);
        else
            conditions.incoming(QByteArray::number(i), deliver);
    }
    later.advance(NetworkConditions::MaxHoldMs + 50);  // anything held back comes out by then
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
    ManualLater later(conditions);
    conditions.outgoing("late", [&](const QByteArray &b) { delivered.append(b); });
    later.advance(29);
    QVERIFY(delivered.isEmpty());  // not yet
    later.advance(1);
    QCOMPARE(delivered, QList<QByteArray>{"late"});  // exactly when its delay is over
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
#include "tst_networkconditions.moc"
