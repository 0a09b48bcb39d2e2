// SPDX-License-Identifier: MIT
// What the client window's runs are made of, without a display: RunTimeline (the charts' points,
// bounded, on an injected clock), RunSummary (the figures, equal to RunStatistics'), and a run as
// one ConversationModel entry (folded, unfolded, trimmed, described for screen readers).
#include "arrivaltime.h"
#include "conversationmodel.h"
#include "platformio.h"
#include "runstatistics.h"
#include "runsummary.h"
#include "runtimeline.h"

#include <QAbstractItemModelTester>
#include <QtTest>

class TestRunTimeline : public QObject
{
    Q_OBJECT

private slots:
    // The figures are read in a known locale (thousands separated by commas).
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void pointsOnTheClock();
    void boundedHoweverLong();
    void quietSecondsAreZeros();
    void summaryIsTheStatistics();
    void runIsOneEntry();
    void trimmedRunIsLeftAlone();
    void metaTextIsAccessibleDescription();

private:
    qint64 m_now = 0;
    void useClock(RunTimeline *timeline) { timeline->setClock([this] { return m_now; }); }
};

void TestRunTimeline::pointsOnTheClock()
{
    RunTimeline timeline;
    useClock(&timeline);
    m_now = 5'000'000'000;
    timeline.start();
    timeline.sent();
    m_now += 250'000'000;
    timeline.answered(150'000);  // 0.15 ms
    m_now += 1'000'000'000;
    timeline.sent();
    timeline.lost(1'000'000'000);  // given up on after 1 s: sent at 0.25 s
    QCOMPARE(timeline.roundTrips().size(), size_t(1));
    QCOMPARE(timeline.roundTrips().front(), QPointF(0.25, 0.15));
    QCOMPARE(timeline.losses().size(), size_t(1));
    QCOMPARE(timeline.losses().front(), 0.25);
    QCOMPARE(timeline.perSecond().size(), size_t(2));
    QCOMPARE(timeline.perSecond().front().sent, 1u);
    QCOMPARE(timeline.perSecond().front().answered, 1u);
    QCOMPARE(timeline.perSecond().back().second, 1);
    QCOMPARE(timeline.perSecond().back().sent, 1u);
    const quint64 before = timeline.version();
    timeline.start();  // a new run forgets the last
    QVERIFY(timeline.version() != before);
    QVERIFY(timeline.roundTrips().empty() && timeline.losses().empty() && timeline.perSecond().empty());
}

void TestRunTimeline::boundedHoweverLong()
{
    RunTimeline timeline;
    useClock(&timeline);
    timeline.start();
    for (int i = 0; i < 5 * RunTimeline::MaxPoints; ++i) {
        m_now += 1'000'000;
        timeline.sent();
        if (i % 2)
            timeline.answered(i);
        else
            timeline.lost(0);
    }
    QCOMPARE(timeline.roundTrips().size(), size_t(RunTimeline::MaxPoints));
    QCOMPARE(timeline.losses().size(), size_t(RunTimeline::MaxPoints));
    // The newest are kept.
    QCOMPARE(timeline.roundTrips().back().y(), (5 * RunTimeline::MaxPoints - 1) / 1e6);
    m_now += 10'000LL * 1'000'000'000;  // 10,000 s later
    timeline.sent();
    QCOMPARE(timeline.perSecond().size(), size_t(RunTimeline::MaxSeconds));
    QCOMPARE(timeline.perSecond().back().sent, 1u);
}

void TestRunTimeline::quietSecondsAreZeros()
{
    RunTimeline timeline;
    useClock(&timeline);
    timeline.start();
    timeline.sent();
    m_now += 3'500'000'000;
    timeline.sent();
    QCOMPARE(timeline.perSecond().size(), size_t(4));
    QCOMPARE(timeline.perSecond()[1].sent, 0u);
    QCOMPARE(timeline.perSecond()[2].sent, 0u);
    QCOMPARE(timeline.perSecond()[3].second, 3);
}

void TestRunTimeline::summaryIsTheStatistics()
{
    RunStatistics stats;
    for (quint64 seq = 1; seq <= 1000; ++seq)
        stats.sent(seq, qint64(seq) * 1'000'000);
    for (quint64 seq = 1; seq <= 998; ++seq)
        stats.answered(seq, qint64(seq) * 1'000'000 + 50'000);
    stats.answered(5, 9'000'000'000);  // a duplicate
    stats.timedOut(999);
    stats.timedOut(1000);
    const RunSummary s = RunSummary::of(stats, false);
    QCOMPARE(s.sent, stats.sentCount());
    QCOMPARE(s.answered, stats.answeredCount());
    QCOMPARE(s.lost, stats.lostCount());
    QCOMPARE(s.duplicated, stats.duplicatedCount());
    QCOMPARE(s.reordered, stats.reorderedCount());
    QCOMPARE(s.p50Ns, stats.p50Ns());
    QCOMPARE(s.p99Ns, stats.p99Ns());
    QCOMPARE(s.jitterNs, stats.jitterNs());
    QCOMPARE(s.ratePerSecond, stats.sendRate());
    QCOMPARE(s.line(), QStringLiteral("Run: 1,000 sent, 998 answered, 0.2% lost, p50 0.050 ms"));
    const QString details = s.details().join(QLatin1Char('\n'));
    QVERIFY2(details.contains(QStringLiteral("Duplicated 1")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("min 0.050 · p50 0.050 · p99 0.050 · max 0.050 ms")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Achieved rate 1,000.0 datagrams/s")), qPrintable(details));
    // Without kernel receive times (another system, or a UDPCHAT_PORTABLE_IO build) it says so.
    QCOMPARE(details.contains(QStringLiteral("this system gives no kernel receive times")), !ArrivalTime::isSupported());
    QCOMPARE(ArrivalTime::isSupported(), bool(UDPCHAT_LINUX_IO));
    // Nothing answered: no round trip to speak of.
    QCOMPARE(RunSummary().line(), QStringLiteral("Run: 0 sent, 0 answered, 0% lost"));
}

void TestRunTimeline::runIsOneEntry()
{
    ConversationModel model;
    QAbstractItemModelTester tester(&model);
    model.addNotice(QStringLiteral("before"));
    model.addRun("run {seq}");
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex entry = model.index(1);
    QCOMPARE(ConversationModel::Kind(entry.data(ConversationModel::KindRole).toInt()), ConversationModel::Kind::Run);
    RunStatistics stats;
    for (quint64 seq = 1; seq <= 10; ++seq) {
        stats.sent(seq, 0);
        stats.answered(seq, 2'000'000);
    }
    RunSummary summary = RunSummary::of(stats, true);
    model.updateRun(summary);
    QCOMPARE(model.rowCount(), 2);  // updated, never added to
    QCOMPARE(entry.data().toString(), summary.line());
    QCOMPARE(ConversationModel::Status(entry.data(ConversationModel::StatusRole).toInt()), ConversationModel::Status::Waiting);
    summary.running = false;
    model.updateRun(summary);
    QCOMPARE(ConversationModel::Status(entry.data(ConversationModel::StatusRole).toInt()), ConversationModel::Status::None);
    model.toggleExpanded(1);
    QVERIFY(entry.data(ConversationModel::ExpandedRole).toBool());
    QCOMPARE(entry.data().toString(), summary.line() + QChar::LineSeparator + summary.details().join(QChar::LineSeparator));
    model.toggleExpanded(1);
    QCOMPARE(entry.data().toString(), summary.line());
    model.toggleExpanded(0);  // a notice does not unfold
    QVERIFY(!model.index(0).data(ConversationModel::ExpandedRole).toBool());
}

void TestRunTimeline::trimmedRunIsLeftAlone()
{
    ConversationModel model;
    QAbstractItemModelTester tester(&model);
    model.setLimits(10, ConversationModel::DefaultMaxBytes);
    model.addRun("old");
    for (int i = 0; i < 20; ++i)
        model.addNotice(QString::number(i));
    RunStatistics stats;
    stats.sent(1, 0);
    model.updateRun(RunSummary::of(stats, false));  // its entry is gone: nothing changes, nothing breaks
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(ConversationModel::Kind(model.index(row).data(ConversationModel::KindRole).toInt()) != ConversationModel::Kind::Run);
    model.clear();
    model.updateRun(RunSummary::of(stats, false));
    QCOMPARE(model.rowCount(), 0);
}

void TestRunTimeline::metaTextIsAccessibleDescription()
{
    // The line drawn under each entry is decided in the core, and what is drawn can be read.
    ConversationModel model;
    model.addSent(1, "ann");
    const QString meta = model.index(0).data(ConversationModel::MetaTextRole).toString();
    QVERIFY2(meta.contains(QStringLiteral("waiting for a reply")), qPrintable(meta));
    QCOMPARE(model.index(0).data(Qt::AccessibleDescriptionRole).toString(), meta);
    model.addReply(1, "Hello ann!\n", 1234);
    QVERIFY(model.index(0).data(ConversationModel::MetaTextRole).toString().contains(QStringLiteral("answered in")));
}

QTEST_GUILESS_MAIN(TestRunTimeline)
#include "tst_runtimeline.moc"
