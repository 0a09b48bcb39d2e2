// SPDX-License-Identifier: MIT
// The server window's multicast groups, offscreen: what --join gives, edited while stopped, each
// refusal said; the groups reach the engine, which joins them when it listens.
#include "groupspanel.h"
#include "helloserver.h"
#include "serverengine.h"
#include "serverwindow.h"
#include "widgettestutil.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

class TestGroupsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }  // never the user's settings
    void init() { QSettings().clear(); }
    void joinAndLeaveWhileStopped();
    void commandLineGroupsShown();
};

void TestGroupsPanel::joinAndLeaveWhileStopped()
{
    ServerOptions options;
    options.port = 0;
    ServerWindow window(options);
    window.show();
    QVERIFY(window.server()->isListening());
    auto *edit = child<QLineEdit>(&window, "groupEdit");
    auto *join = child<QPushButton>(&window, "joinButton");
    auto *leave = child<QPushButton>(&window, "leaveButton");
    auto *list = child<QListWidget>(&window, "groupsList");
    window.findChild<GroupsPanel *>()->toggleViewAction()->trigger();  // Edit > Multicast groups
    QVERIFY(QTest::qWaitForWindowExposed(edit->window()));
    QVERIFY(edit->isVisible());
    QVERIFY(!edit->isEnabled());  // joining changes the address listened on: stop first
    QVERIFY(!join->isEnabled());
    auto *why = child<QLabel>(&window, "groupsLockedLabel");  // said in the panel, not only a tooltip
    QVERIFY(why->isVisible());
    QVERIFY(why->text().contains(QStringLiteral("Stop listening")));
    window.stopListening();
    QVERIFY(edit->isEnabled() && join->isEnabled());
    QVERIFY(!why->isVisible());

    QTest::keyClicks(edit, QStringLiteral("192.0.2.1"));
    QTest::mouseClick(join, Qt::LeftButton);
    QVERIFY(window.server()->multicastGroups().isEmpty());
    QVERIFY2(child<QLabel>(&window, "errorLabel")->text().contains(QStringLiteral("not a multicast group")),
             qPrintable(child<QLabel>(&window, "errorLabel")->text()));

    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("239.255.0.1"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(window.server()->multicastGroups().size(), 1);
    QCOMPARE(window.server()->multicastGroups().first().group, QHostAddress(QStringLiteral("239.255.0.1")));
    QVERIFY(window.server()->multicastGroups().first().interfaceName.isEmpty());  // every interface
    QCOMPARE(list->count(), 1);
    QVERIFY(edit->text().isEmpty());

    list->setCurrentRow(0);
    QVERIFY(leave->isEnabled());
    QTest::mouseClick(leave, Qt::LeftButton);
    QVERIFY(window.server()->multicastGroups().isEmpty());
    QCOMPARE(list->count(), 0);
}

void TestGroupsPanel::commandLineGroupsShown()
{
    ServerOptions options;
    options.port = 0;
    MulticastGroup group;
    QVERIFY(MulticastGroup::parse(QStringLiteral("239.255.0.7%lo"), &group));
    options.groups << group;
    ServerWindow window(options);
    window.show();
    auto *dock = window.findChild<GroupsPanel *>();
    QVERIFY(dock);
    QVERIFY(dock->isVisible());  // --join given: the groups are in view
    auto *list = child<QListWidget>(&window, "groupsList");
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("239.255.0.7%lo"));
    QVERIFY(dock->toggleViewAction()->text().contains(QStringLiteral("&groups")));
}

QTEST_MAIN(TestGroupsPanel)
#include "tst_groupspanel.moc"
