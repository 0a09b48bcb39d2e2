// SPDX-License-Identifier: MIT
// RunReplyMatcher: which of a run's datagrams a reply answers (by its {seq} number, or the oldest
// waiting when all replies are alike), and who answered which when anyone may answer.
#include "runreplymatcher.h"
#include "sequencedmessage.h"

#include <QtTest>

class TestRunReplyMatcher : public QObject
{
    Q_OBJECT

private slots:
    void numberedReplyNamesItsDatagram();
    void alikeRepliesTakeTheOldest();
    void expectAnyTakesAnyDatagram();
    void respondersToldApart();
    void givenUpOnInSendOrder();
};

namespace {
QByteArray hello(const QByteArray &name) { return "Hello " + name + "!\n"; }

// Datagram i sent at i * 100 ns, due back 1000 ns later.
void sendSome(RunReplyMatcher &matcher, int count)
{
    for (int i = 1; i <= count; ++i)
        matcher.sent({quint64(i), i * 100LL, i * 100LL + 1000});
}
} // namespace

void TestRunReplyMatcher::numberedReplyNamesItsDatagram()
{
    RunReplyMatcher matcher;
    const QByteArray message = "ping {seq}";
    matcher.reset(message, false);
    sendSome(matcher, 3);
    QCOMPARE(matcher.sequenceFor(hello(SequencedMessage::payloadFor(message, 2)), QString()), quint64(2));
    QCOMPARE(matcher.sequenceFor(hello(SequencedMessage::payloadFor(message, 2)), QString()), quint64(2));  // a duplicate names it too
    QCOMPARE(matcher.sequenceFor(hello("someone else"), QString()), quint64(0));
    QCOMPARE(matcher.sequenceFor("not a hello", QString()), quint64(0));
    QCOMPARE(matcher.size(), 3);  // numbered: the queue is for deadlines, not for matching
}

void TestRunReplyMatcher::alikeRepliesTakeTheOldest()
{
    RunReplyMatcher matcher;
    matcher.reset("Alice", false);
    sendSome(matcher, 2);
    QCOMPARE(matcher.sequenceFor(hello("Alice"), QString()), quint64(1));
    QCOMPARE(matcher.sequenceFor(hello("Alice"), QString()), quint64(2));
    QCOMPARE(matcher.sequenceFor(hello("Alice"), QString()), quint64(0));  // none waiting
    QVERIFY(matcher.isEmpty());
}

void TestRunReplyMatcher::expectAnyTakesAnyDatagram()
{
    RunReplyMatcher matcher;
    const QByteArray message = "n{seq}";
    matcher.reset(message, true);
    sendSome(matcher, 3);
    QCOMPARE(matcher.sequenceFor(SequencedMessage::payloadFor(message, 3), QString()), quint64(3));  // an echo names it
    QCOMPARE(matcher.sequenceFor("\x01\x02", QString()), quint64(1));  // names none: the oldest waiting
}

void TestRunReplyMatcher::respondersToldApart()
{
    RunReplyMatcher matcher;
    matcher.reset("Bob", false);
    matcher.setAnyone(true);
    sendSome(matcher, 2);
    const QString a = QStringLiteral("192.0.2.1:6000");
    const QString b = QStringLiteral("192.0.2.2:6000");
    // Alike replies, anyone answering: each responder's oldest it has not answered.
    QCOMPARE(matcher.sequenceFor(hello("Bob"), a), quint64(1));
    qint64 sentNs = -1;
    QCOMPARE(matcher.answeredBy(1, a, &sentNs), RunReplyMatcher::Responder::First);
    QCOMPARE(sentNs, 100);
    QCOMPARE(matcher.sequenceFor(hello("Bob"), b), quint64(1));
    QCOMPARE(matcher.answeredBy(1, b, &sentNs), RunReplyMatcher::Responder::Another);
    QCOMPARE(matcher.sequenceFor(hello("Bob"), a), quint64(2));  // a answered 1 already
    QCOMPARE(matcher.answeredBy(1, a, &sentNs), RunReplyMatcher::Responder::Again);
    QCOMPARE(matcher.answeredBy(99, a, &sentNs), RunReplyMatcher::Responder::Untracked);  // never sent
    matcher.takeOldest();
    QCOMPARE(matcher.answeredBy(1, b, &sentNs), RunReplyMatcher::Responder::Untracked);  // out of its time
}

void TestRunReplyMatcher::givenUpOnInSendOrder()
{
    RunReplyMatcher matcher;
    matcher.reset("x", false);
    sendSome(matcher, 3);
    QCOMPARE(matcher.oldest().deadlineNs, 1100);
    QCOMPARE(matcher.takeOldest().seq, quint64(1));
    const std::deque<RunReplyMatcher::Waiting> rest = matcher.takeAll();
    QCOMPARE(rest.size(), size_t(2));
    QCOMPARE(rest.front().seq, quint64(2));
    QVERIFY(matcher.isEmpty());
}

QTEST_GUILESS_MAIN(TestRunReplyMatcher)
#include "tst_runreplymatcher.moc"
