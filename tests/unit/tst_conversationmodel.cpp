// SPDX-License-Identifier: MIT
// The conversation model on its own: bounded in entries and bytes, trimmed in batches and counted,
// bursts of unexpected and duplicate datagrams folded into one entry, under QAbstractItemModelTester.
#include "conversationmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

class TestConversation : public QObject
{
    Q_OBJECT

private slots:
    void finishedRunKeepsItsEndTime();
    void boundedInEntriesTrimmedInBatches();
    void boundedInBytes();
    void messageRowsFollowTrims();
    void burstOfUnexpectedIsOneEntry();
    void duplicatesCountedInOneEntry();
    void alternatingNoiseMakesNoRows();
    void clearResetsTheCount();

private:
    // What byteCount() should be, recomputed from what the model shows.
    static qint64 bytesShown(const ConversationModel &c);
};

qint64 TestConversation::bytesShown(const ConversationModel &c)
{
    qint64 total = 0;
    for (int row = 0; row < c.rowCount(); ++row) {
        const QModelIndex i = c.index(row);
        const auto kind = ConversationModel::Kind(i.data(ConversationModel::KindRole).toInt());
        const bool text = kind == ConversationModel::Kind::Notice || kind == ConversationModel::Kind::Error;
        total += ConversationEntries::Overhead + i.data(ConversationModel::BytesRole).toByteArray().size()
               + (text ? i.data().toString().size() * 2 : 0);
    }
    return total;
}

void TestConversation::boundedInEntriesTrimmedInBatches()
{
    ConversationModel c;
    QAbstractItemModelTester tester(&c, QAbstractItemModelTester::FailureReportingMode::QtTest);
    c.setLimits(500, ConversationModel::DefaultMaxBytes);
    QSignalSpy removed(&c, &QAbstractItemModel::rowsRemoved);
    QSignalSpy trimmed(&c, &ConversationModel::trimmed);
    constexpr int Count = 5000;
    for (int i = 1; i <= Count; ++i)
        c.addNotice(QStringLiteral("notice %1").arg(i));
    QVERIFY(c.rowCount() <= 500);
    QCOMPARE(c.trimmedCount(), qint64(Count - c.rowCount()));
    QCOMPARE(c.index(c.rowCount() - 1).data().toString(), QStringLiteral("notice %1").arg(Count));
    QCOMPARE(c.index(0).data().toString(), QStringLiteral("notice %1").arg(c.trimmedCount() + 1));
    // In batches of a tenth of the cap, not one removal per entry.
    QVERIFY2(removed.size() <= Count / 50, qPrintable(QString::number(removed.size())));
    QCOMPARE(trimmed.size(), removed.size());
    QCOMPARE(trimmed.last().at(0).toLongLong(), c.trimmedCount());
    QCOMPARE(c.byteCount(), bytesShown(c));
}

void TestConversation::boundedInBytes()
{
    ConversationModel c;
    QAbstractItemModelTester tester(&c, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QByteArray big(65507, 'x');
    qint64 added = 0;
    for (int i = 1; i <= 1000; ++i) {
        c.addSent(i, "m");
        c.addReply(i, "Hello m!\n", 10);
        c.addUnexpected(big);  // a reply between: each one an entry of its own
        added += 3;
        QVERIFY(c.byteCount() <= ConversationModel::DefaultMaxBytes);
        QVERIFY(c.rowCount() <= ConversationModel::DefaultMaxEntries);
    }
    QVERIFY(c.trimmedCount() > 0);
    QCOMPARE(c.trimmedCount() + c.rowCount(), added);
    QCOMPARE(c.byteCount(), bytesShown(c));
    // About 256 datagrams of 64 KiB fit in 16 MiB: the bytes, not the entries, were the limit.
    QVERIFY(c.rowCount() < 1000);
    QVERIFY(c.byteCount() > ConversationModel::DefaultMaxBytes / 2);
}

void TestConversation::messageRowsFollowTrims()
{
    ConversationModel c;
    QAbstractItemModelTester tester(&c, QAbstractItemModelTester::FailureReportingMode::QtTest);
    c.setLimits(100, ConversationModel::DefaultMaxBytes);
    for (int id = 1; id <= 1000; ++id)
        c.addSent(id, QByteArray::number(id));
    for (int id = 1; id <= 1000; ++id) {
        const int row = c.rowOfMessage(id);
        if (row < 0)
            continue;  // trimmed: forgotten, not pointing at another row
        QCOMPARE(c.index(row).data(ConversationModel::MessageIdRole).toInt(), id);
        QCOMPARE(c.index(row).data(ConversationModel::BytesRole).toByteArray(), QByteArray::number(id));
    }
    QCOMPARE(c.rowOfMessage(1), -1);
    QCOMPARE(c.rowOfMessage(1000), c.rowCount() - 1);
    // Status changes still land on the right bubble after trims.
    c.addReply(1000, "Hello 1000!\n", 42);
    QCOMPARE(ConversationModel::Status(c.index(c.rowOfMessage(1000)).data(ConversationModel::StatusRole).toInt()),
             ConversationModel::Status::Answered);
    c.markNoReply(1);  // trimmed long ago: nothing happens
}

void TestConversation::burstOfUnexpectedIsOneEntry()
{
    ConversationModel c;
    QAbstractItemModelTester tester(&c, QAbstractItemModelTester::FailureReportingMode::QtTest);
    c.addSent(1, "Alice");
    QSignalSpy inserted(&c, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&c, &QAbstractItemModel::dataChanged);
    for (int i = 1; i <= 20000; ++i)
        c.addUnexpected("junk " + QByteArray::number(i));
    QCOMPARE(c.rowCount(), 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 20000 - 1);
    const QModelIndex burst = c.index(1);
    QCOMPARE(ConversationModel::Kind(burst.data(ConversationModel::KindRole).toInt()), ConversationModel::Kind::Unexpected);
    QCOMPARE(burst.data(ConversationModel::CountRole).toLongLong(), 20000);
    QCOMPARE(burst.data(ConversationModel::BytesRole).toByteArray(), QByteArray("junk 20000"));  // the latest
    QCOMPARE(c.byteCount(), bytesShown(c));
    // Something the user does in between starts a new entry.
    c.addSent(2, "Bob");
    c.addUnexpected("more");
    QCOMPARE(c.rowCount(), 4);
    QCOMPARE(c.index(3).data(ConversationModel::CountRole).toLongLong(), 1);
}

void TestConversation::duplicatesCountedInOneEntry()
{
    ConversationModel c;
    QAbstractItemModelTester tester(&c, QAbstractItemModelTester::FailureReportingMode::QtTest);
    c.addSent(1, "Alice");
    c.addReply(1, "Hello Alice!\n", 100);
    for (int i = 0; i < 1000; ++i)
        c.addDuplicate(1, "Hello Alice!\n");
    QCOMPARE(c.rowCount(), 3);
    QCOMPARE(ConversationModel::Note(c.index(2).data(ConversationModel::NoteRole).toInt()), ConversationModel::Note::Duplicate);
    QCOMPARE(c.index(2).data(ConversationModel::CountRole).toLongLong(), 1000);
    QCOMPARE(c.index(1).data(ConversationModel::CountRole).toLongLong(), 1);  // the reply itself
}

void TestConversation::alternatingNoiseMakesNoRows()
{
    ConversationModel c;
    QAbstractItemModelTester tester(&c, QAbstractItemModelTester::FailureReportingMode::QtTest);
    c.addSent(1, "a");
    c.addReply(1, "Hello a!\n", 1);
    c.addSent(2, "b");
    c.addReply(2, "Hello b!\n", 1);
    for (int i = 0; i < 3000; ++i) {
        c.addUnexpected("x");
        c.addDuplicate(1, "Hello a!\n");
        c.addDuplicate(2, "Hello b!\n");
    }
    QCOMPARE(c.rowCount(), 4 + 3);
    for (int row = 4; row < 7; ++row)
        QCOMPARE(c.index(row).data(ConversationModel::CountRole).toLongLong(), 3000);
}

void TestConversation::clearResetsTheCount()
{
    ConversationModel c;
    QAbstractItemModelTester tester(&c, QAbstractItemModelTester::FailureReportingMode::QtTest);
    c.setLimits(10, ConversationModel::DefaultMaxBytes);
    for (int id = 1; id <= 50; ++id)
        c.addSent(id, "m");
    QVERIFY(c.trimmedCount() > 0);
    QSignalSpy trimmed(&c, &ConversationModel::trimmed);
    c.clear();
    QCOMPARE(c.rowCount(), 0);
    QCOMPARE(c.byteCount(), 0);
    QCOMPARE(c.trimmedCount(), 0);
    QCOMPARE(trimmed.size(), 1);
    QCOMPARE(c.rowOfMessage(50), -1);
    c.addSent(51, "m");
    QCOMPARE(c.rowOfMessage(51), 0);
}

// A run's "ended at" is when it ended: asking for a finished run's figures again later (the
// Measured runs panel folded or unfolded) used to rewrite it with the time of asking.
void TestConversation::finishedRunKeepsItsEndTime()
{
    ConversationModel model;
    qint64 now = 1'700'000'000'000;
    model.setClock([&now] { return now; });
    model.addRun("ping");
    const QModelIndex run = model.index(0);
    RunSummary summary;
    summary.running = true;
    now += 1000;
    model.updateRun(summary);
    summary.running = false;
    now += 5000;
    model.updateRun(summary);  // it ends now
    const QString ended = run.data(ConversationModel::LastTimeTextRole).toString();
    const QString meta = run.data(ConversationModel::MetaTextRole).toString();
    QVERIFY2(meta.contains(ended), qPrintable(meta));
    now += 60000;  // a minute later the panel is folded: the figures are asked for again
    model.updateRun(summary);
    QCOMPARE(run.data(ConversationModel::LastTimeTextRole).toString(), ended);
    QCOMPARE(run.data(ConversationModel::MetaTextRole).toString(), meta);
}

QTEST_GUILESS_MAIN(TestConversation)
#include "tst_conversationmodel.moc"
