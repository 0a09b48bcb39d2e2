// SPDX-License-Identifier: MIT
// The server window's multicast groups, offscreen: what --join gives, edited while stopped, each
// refusal said; the groups reach the engine, which joins them when it listens.
#include "groupspanel.h"
#include "helloserver.h"
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
    void refusalsInWords_data();
    void refusalsInWords();
    void joinAndLeaveWhileStopped();
    void commandLineGroupsShown();
};

void TestGroupsPanel::refusalsInWords_data()
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

void TestGroupsPanel::refusalsInWords()
{
    QFETCH(QString, typed);
    QFETCH(QString, joined);
    QFETCH(QString, words);
    QList<MulticastGroup> groups;
    MulticastGroup group;
    if (!joined.isEmpty() && MulticastGroup::parse(joined, &group))
        groups << group;
    const QString why = GroupsPanel::problem(typed, QString(), groups);
    if (words.isEmpty())
        QVERIFY2(why.isEmpty(), qPrintable(why));
    else
        QVERIFY2(why.contains(words), qPrintable(why));
}

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
    window.stopListening();
    QVERIFY(edit->isEnabled() && join->isEnabled());

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
