// SPDX-License-Identifier: MIT
// The client window's runs, offscreen, against a hello server on loopback: one click starts a run
// and one stops it, the conversation holds one entry whose figures are the engine's statistics,
// a counted run ends by itself, a bad address is said, the charts stay bounded after many points,
// and every entry's footer is its accessible description.
#include "clientwindow.h"
#include "conversationdelegate.h"
#include "conversationmetatext.h"
#include "conversationmenu.h"
#include "conversationmodel.h"
#include "helloserver.h"
#include "runcharts.h"
#include "runpanel.h"
#include "runsummary.h"
#include "runtimeline.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest>

#include "widgettestutil.h"

class TestRunPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startAndStopWithClicks();
    void countedRunEndsByItself();
    void badAddressIsSaid();
    void chartsStayBounded();
    void footerIsAccessibleDescription();

private:
    static ClientOptions optionsFor(quint16 port);
    static int rowsOfKind(ConversationModel *model, ConversationModel::Kind kind);
};

void TestRunPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // never the user's settings
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

ClientOptions TestRunPanel::optionsFor(quint16 port)
{
    ClientOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = port;
    options.timeoutMs = 2000;
    return options;
}

int TestRunPanel::rowsOfKind(ConversationModel *model, ConversationModel::Kind kind)
{
    int rows = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        rows += ConversationModel::Kind(model->index(row).data(ConversationModel::KindRole).toInt()) == kind;
    return rows;
}

void TestRunPanel::startAndStopWithClicks()
{
    HelloServer server;
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));
    ClientWindow window(optionsFor(server.port()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    RunPanel *panel = window.runPanel();
    QVERIFY(panel);
    child<QCheckBox>(panel, "runsCheck")->setChecked(true);
    child<QSpinBox>(panel, "runCountSpin")->setValue(0);  // until stopped
    auto *pace = child<QComboBox>(panel, "runPaceCombo");
    pace->setCurrentIndex(1);  // at a rate of
    child<QSpinBox>(panel, "runPaceSpin")->setValue(500);
    auto *button = child<QPushButton>(panel, "runStartStopButton");
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(panel->run()->isRunning());
    QCOMPARE(panel->run()->settings().intervalNs, 2'000'000);
    QTRY_VERIFY_WITH_TIMEOUT(panel->run()->statistics().answeredCount() >= 20, 10000);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!panel->run()->isRunning());
    QCOMPARE(button->text(), QStringLiteral("Start"));

    // One entry for the whole run, no bubble per datagram; its figures are the engine's.
    ConversationModel *model = window.conversation();
    QCOMPARE(rowsOfKind(model, ConversationModel::Kind::Run), 1);
    QCOMPARE(rowsOfKind(model, ConversationModel::Kind::Sent), 0);
    QCOMPARE(rowsOfKind(model, ConversationModel::Kind::Reply), 0);
    const RunStatistics &stats = panel->run()->statistics();
    QTRY_COMPARE(server.counters().received, stats.sentCount());  // the last may still be on its way
    const RunSummary expected = RunSummary::of(stats, false);
    const QModelIndex entry = model->index(model->rowCount() - 1);
    QCOMPARE(entry.data().toString(), expected.line());
    QVERIFY(entry.data().toString().startsWith(QStringLiteral("Run: %1 sent, %2 answered")
                                                   .arg(QLocale().toString(stats.sentCount()),
                                                        QLocale().toString(stats.answeredCount()))));
    // A click unfolds it to every figure; its footer says so.
    auto *view = child<QListView>(&window, "conversationView");
    view->scrollTo(entry);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(entry).center());
    QVERIFY(entry.data(ConversationModel::ExpandedRole).toBool());
    for (const QString &line : expected.details())
        QVERIFY2(entry.data().toString().contains(line), qPrintable(line));
    QVERIFY(ConversationMetaText::of(entry).contains(QStringLiteral("click to fold")));
    // Enter on it folds it again (for those without a mouse).
    view->setCurrentIndex(entry);
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(!entry.data(ConversationModel::ExpandedRole).toBool());
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(entry.data(ConversationModel::ExpandedRole).toBool());
    const bool before = entry.data(ConversationModel::ExpandedRole).toBool();
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(entry).center());
    QCOMPARE(entry.data(ConversationModel::ExpandedRole).toBool(), before);  // two clicks, not three toggles
    // Copied, its lines are plain lines.
    QCOMPARE(ConversationMenu::copyText(entry, false),
             expected.line() + QLatin1Char('\n') + expected.details().join(QLatin1Char('\n')));
}

void TestRunPanel::countedRunEndsByItself()
{
    HelloServer server;
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));
    ClientWindow window(optionsFor(server.port()));
    RunPanel *panel = window.runPanel();
    child<QCheckBox>(panel, "runsCheck")->setChecked(true);  // unfolded: the charts are drawn
    child<QSpinBox>(panel, "runCountSpin")->setValue(30);
    child<QSpinBox>(panel, "runPaceSpin")->setValue(1);  // one every 1 ms
    child<QLineEdit>(panel, "runMessageEdit")->setText(QStringLiteral("n{seq}"));
    QSignalSpy finished(panel->run(), &TrafficRun::finished);
    panel->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(panel->run()->settings().message, QByteArray("n{seq}"));
    const QModelIndex entry = window.conversation()->index(window.conversation()->rowCount() - 1);
    QVERIFY2(entry.data().toString().startsWith(QStringLiteral("Run: 30 sent, 30 answered, 0% lost, p50 ")),
             qPrintable(entry.data().toString()));
    QCOMPARE(panel->timeline().roundTrips().size(), size_t(30));
    QCOMPARE(panel->charts()->roundTripPoints(), 30);
    QVERIFY(ConversationMetaText::of(entry).contains(QStringLiteral("ended at")));
}

void TestRunPanel::badAddressIsSaid()
{
    ClientWindow window(optionsFor(9));
    child<QLineEdit>(&window, "addressEdit")->setText(QStringLiteral("300.1.2.3"));
    RunPanel *panel = window.runPanel();
    panel->start();
    QVERIFY(!panel->run()->isRunning());
    QCOMPARE(rowsOfKind(window.conversation(), ConversationModel::Kind::Error), 1);
    QCOMPARE(child<QPushButton>(panel, "runStartStopButton")->text(), QStringLiteral("Start"));
}

void TestRunPanel::chartsStayBounded()
{
    RunTimeline timeline;
    qint64 now = 0;
    timeline.setClock([&now] { return now; });
    timeline.start();
    for (int i = 0; i < 4 * RunTimeline::MaxPoints; ++i) {
        timeline.sent();
        timeline.answered(100'000 + i);
        if (i % 3 == 0)
            timeline.lost(0);
        now += 1'000'000;  // 0 to 11.999 s
    }
    RunCharts charts;
    charts.refresh(timeline, false);
    QCOMPARE(charts.roundTripPoints(), RunTimeline::MaxPoints);
    QCOMPARE(charts.lossPoints(), RunTimeline::MaxPoints);
    QCOMPARE(charts.secondPoints(), 12);  // 12 s of sends
    charts.refresh(timeline, true);  // while running, the second still filling is left out
    QCOMPARE(charts.secondPoints(), 11);
    now += 100'000LL * 1'000'000'000;
    timeline.sent();
    charts.refresh(timeline, false);
    QCOMPARE(charts.secondPoints(), RunTimeline::MaxSeconds);
}

void TestRunPanel::footerIsAccessibleDescription()
{
    HelloServer server;
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));
    ClientWindow window(optionsFor(server.port()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConversationModel *model = window.conversation();
    QTRY_COMPARE(window.client()->state(), HelloClient::State::Ready);
    window.client()->send("ann");
    const auto sentRow = [model] { return model->rowOfMessage(1); };
    QTRY_VERIFY(sentRow() >= 0);
    QTRY_COMPARE(ConversationModel::Status(model->index(sentRow()).data(ConversationModel::StatusRole).toInt()),
                 ConversationModel::Status::Answered);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        QCOMPARE(index.data(Qt::AccessibleDescriptionRole).toString(), ConversationMetaText::of(index));
    }
    const QString description = model->index(sentRow()).data(Qt::AccessibleDescriptionRole).toString();
    QVERIFY2(description.contains(QStringLiteral("answered in ")) && description.endsWith(QStringLiteral(" ms")),
             qPrintable(description));
    // As a screen reader asks: the list's accessible cell for that row.
    auto *view = child<QListView>(&window, "conversationView");
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
    QVERIFY(list && list->tableInterface());
    QAccessibleInterface *cell = list->tableInterface()->cellAt(sentRow(), 0);
    QVERIFY(cell);
    QCOMPARE(cell->text(QAccessible::Description), description);
}

QTEST_MAIN(TestRunPanel)
#include "tst_runpanel.moc"
