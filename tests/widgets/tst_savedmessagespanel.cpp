// SPDX-License-Identifier: MIT
// The saved messages in the client window, offscreen, against a plain UDP socket on loopback:
// saved from the input, sent by a click and by Ctrl+1, kept in the settings, shared as JSON.
#include "clientwindow.h"
#include "messagecomposer.h"
#include "savedmessagedelegate.h"
#include "savedmessagemodel.h"
#include "savedmessagesfile.h"
#include "savedmessagespanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkDatagram>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUdpSocket>
#include <QtTest>

#include <memory>

#include "widgettestutil.h"

class TestSavedMessagesPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }  // never the user's settings
    void init();
    void cleanup();
    void savedSentByClickAndShortcut();
    void editLoadsAsTyped();
    void keptInSettings();
    void damagedSettingsOpenEmpty();
    void newerSettingsKept();
    void windowsShareOneList();
    void oneClickSends();
    void exportImportAndBadFiles();
    void buttonsNeedASelection();

private:
    QByteArray nextDatagram();
    void openWindow();

    std::unique_ptr<QUdpSocket> m_server;
    std::unique_ptr<ClientWindow> m_client;
};

void TestSavedMessagesPanel::init()
{
    QSettings().clear();
    m_server = std::make_unique<QUdpSocket>();
    QVERIFY2(m_server->bind(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
    openWindow();
}

void TestSavedMessagesPanel::openWindow()
{
    ClientOptions options;
    options.port = m_server->localPort();
    m_client = std::make_unique<ClientWindow>(options);
    m_client->show();
    QTRY_COMPARE(m_client->client()->state(), HelloClient::State::Ready);
}

void TestSavedMessagesPanel::cleanup()
{
    m_client.reset();
    m_server.reset();
}

QByteArray TestSavedMessagesPanel::nextDatagram()
{
    if (!m_server->hasPendingDatagrams())
        m_server->waitForReadyRead(5000);
    return m_server->receiveDatagram().data();
}

void TestSavedMessagesPanel::savedSentByClickAndShortcut()
{
    SavedMessagesPanel *panel = m_client->savedMessages();
    QVERIFY(panel->isHidden());  // nothing saved yet
    child<QCheckBox>(m_client.get(), "escapesCheck")->setChecked(true);
    child<QLineEdit>(m_client.get(), "messageEdit")->setText(QStringLiteral("first\\x00"));
    QVERIFY(panel->saveInput(QStringLiteral("first")));
    child<QLineEdit>(m_client.get(), "messageEdit")->setText(QStringLiteral("second\\r\\n"));
    QVERIFY(panel->saveInput(QStringLiteral("second")));
    QCOMPARE(panel->model()->rowCount(), 2);
    QCOMPARE(m_client->client()->stats().sent, 0);  // saving sends nothing
    panel->show();
    auto *view = child<QListView>(m_client.get(), "savedMessagesView");
    view->setCurrentIndex(panel->model()->index(1));
    QTest::mouseClick(child<QToolButton>(m_client.get(), "sendSavedButton"), Qt::LeftButton);
    QCOMPARE(nextDatagram(), QByteArray("second\r\n"));
    // Ctrl+1 sends the first, wherever the focus is in the window.
    m_client->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_client.get()));
    QTest::keyClick(m_client->focusWidget() ? m_client->focusWidget() : m_client.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(nextDatagram(), QByteArray("first\0", 6));
    QTest::keyClick(m_client.get(), Qt::Key_3, Qt::ControlModifier);  // none there: nothing sent
    QTRY_COMPARE(m_client->client()->stats().sent, 2);
    QVERIFY(!m_server->hasPendingDatagrams());
}

void TestSavedMessagesPanel::editLoadsAsTyped()
{
    SavedMessagesPanel *panel = m_client->savedMessages();
    child<QCheckBox>(m_client.get(), "hexCheck")->setChecked(true);
    child<QLineEdit>(m_client.get(), "messageEdit")->setText(QStringLiteral("de ad"));
    QVERIFY(panel->saveInput(QStringLiteral("dead")));
    child<QCheckBox>(m_client.get(), "hexCheck")->setChecked(false);
    child<QLineEdit>(m_client.get(), "messageEdit")->clear();
    child<QListView>(m_client.get(), "savedMessagesView")->setCurrentIndex(panel->model()->index(0));
    QTest::mouseClick(child<QToolButton>(m_client.get(), "editSavedButton"), Qt::LeftButton);
    QVERIFY(child<QCheckBox>(m_client.get(), "hexCheck")->isChecked());
    QCOMPARE(child<QLineEdit>(m_client.get(), "messageEdit")->text(), QStringLiteral("de ad"));
    // Saved again under its name: replaced in place, not added.
    child<QLineEdit>(m_client.get(), "messageEdit")->setText(QStringLiteral("be ef"));
    QVERIFY(panel->saveInput(QStringLiteral("dead")));
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(panel->model()->at(0).bytes, QByteArray("\xbe\xef"));
    // Nothing typed is not saved.
    child<QLineEdit>(m_client.get(), "messageEdit")->clear();
    QVERIFY(!panel->saveInput(QStringLiteral("empty")));
    QVERIFY(!child<QLabel>(m_client.get(), "hintLabel")->isHidden());
    // Typed in another encoding: Edit brings the encoding back too, so Save makes the same bytes.
    auto *encoding = child<QComboBox>(m_client.get(), "encodingCombo");
    encoding->setCurrentIndex(encoding->findText(QStringLiteral("gb18030")));
    child<QCheckBox>(m_client.get(), "hexCheck")->setChecked(false);
    child<QLineEdit>(m_client.get(), "messageEdit")->setText(QStringLiteral("张三"));
    QVERIFY(panel->saveInput(QStringLiteral("gb")));
    encoding->setCurrentIndex(encoding->findText(QStringLiteral("utf-8")));
    child<QListView>(m_client.get(), "savedMessagesView")->setCurrentIndex(panel->model()->index(1));
    QTest::mouseClick(child<QToolButton>(m_client.get(), "editSavedButton"), Qt::LeftButton);
    QCOMPARE(encoding->currentText(), QStringLiteral("gb18030"));
    QVERIFY(panel->saveInput(QStringLiteral("gb")));
    QCOMPARE(panel->model()->at(1).bytes, QByteArray::fromHex("d5c5c8fd"));
}

void TestSavedMessagesPanel::keptInSettings()
{
    child<QLineEdit>(m_client.get(), "messageEdit")->setText(QStringLiteral("张三"));
    QVERIFY(m_client->savedMessages()->saveInput(QStringLiteral("name")));
    m_client->savedMessages()->model()->move(0, 0);
    const QList<SavedMessage> before = m_client->savedMessages()->model()->messages();
    m_client.reset();  // no close needed: every change is kept at once
    openWindow();
    QVERIFY(m_client->savedMessages()->model()->messages() == before);
    QVERIFY(!m_client->savedMessages()->isHidden());  // shown, as it has something
    m_client->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_client.get()));
    QTest::keyClick(m_client.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(nextDatagram(), QByteArray("张三"));
}

void TestSavedMessagesPanel::damagedSettingsOpenEmpty()
{
    m_client.reset();
    const QByteArray damaged("{\"format\": \"udpchat saved messages\", \"ver");
    QSettings().setValue(QStringLiteral("client/savedMessages"), damaged);
    openWindow();
    QCOMPARE(m_client->savedMessages()->model()->rowCount(), 0);
    // Said once, in the panel, which is shown for it; what could not be read is kept apart.
    QVERIFY(!m_client->savedMessages()->isHidden());
    const QString notice = child<QLabel>(m_client.get(), "savedMessagesNotice")->text();
    QVERIFY2(notice.contains(QStringLiteral("client/savedMessagesUnreadable")), qPrintable(notice));
    QCOMPARE(QSettings().value(QStringLiteral("client/savedMessagesUnreadable")).toByteArray(), damaged);
    child<QLineEdit>(m_client.get(), "messageEdit")->setText(QStringLiteral("fresh"));
    QVERIFY(m_client->savedMessages()->saveInput(QStringLiteral("fresh")));  // and writes a good list over it
    QCOMPARE(QSettings().value(QStringLiteral("client/savedMessagesUnreadable")).toByteArray(), damaged);
    m_client.reset();
    openWindow();
    QCOMPARE(m_client->savedMessages()->model()->rowCount(), 1);
    QVERIFY(!m_client->findChild<QLabel *>(QStringLiteral("savedMessagesNotice")));  // read well: nothing to say
    QCOMPARE(QSettings().value(QStringLiteral("client/savedMessagesUnreadable")).toByteArray(), damaged);
}

// Saved messages from a newer udpchat are kept too, not overwritten by the first save here.
void TestSavedMessagesPanel::newerSettingsKept()
{
    m_client.reset();
    const QByteArray newer(R"({"format": "udpchat saved messages", "version": 2, "messages": []})");
    QSettings().setValue(QStringLiteral("client/savedMessages"), newer);
    openWindow();
    QVERIFY(child<QLabel>(m_client.get(), "savedMessagesNotice")->text().contains(QStringLiteral("version 2")));
    child<QLineEdit>(m_client.get(), "messageEdit")->setText(QStringLiteral("fresh"));
    QVERIFY(m_client->savedMessages()->saveInput(QStringLiteral("fresh")));
    QCOMPARE(QSettings().value(QStringLiteral("client/savedMessagesUnreadable")).toByteArray(), newer);
}

// Two windows of one client show one list: what either saves, moves or deletes, the other shows,
// and the settings keep both windows' saves (not the last writer's list).
void TestSavedMessagesPanel::windowsShareOneList()
{
    ClientOptions options;
    options.port = m_server->localPort();
    ClientWindow second(options);
    second.show();
    SavedMessagesPanel *first = m_client->savedMessages();
    child<QLineEdit>(m_client.get(), "messageEdit")->setText(QStringLiteral("one"));
    QVERIFY(first->saveInput(QStringLiteral("one")));
    child<QLineEdit>(&second, "messageEdit")->setText(QStringLiteral("two"));
    QVERIFY(second.savedMessages()->saveInput(QStringLiteral("two")));
    QCOMPARE(first->model()->rowCount(), 2);
    QCOMPARE(second.savedMessages()->model()->rowCount(), 2);
    QList<SavedMessage> kept;
    QString why;
    QVERIFY(SavedMessagesFile::fromJson(QSettings().value(QStringLiteral("client/savedMessages")).toByteArray(), &kept, &why));
    QCOMPARE(kept.size(), 2);
    first->model()->remove(0);
    QCOMPARE(second.savedMessages()->model()->rowCount(), 1);
    QCOMPARE(second.savedMessages()->model()->at(0).name, QStringLiteral("two"));
}

// One click on a row's Send button sends it; a click elsewhere on the row only selects it.
void TestSavedMessagesPanel::oneClickSends()
{
    SavedMessagesPanel *panel = m_client->savedMessages();
    child<QLineEdit>(m_client.get(), "messageEdit")->setText(QStringLiteral("first"));
    QVERIFY(panel->saveInput(QStringLiteral("first")));
    child<QLineEdit>(m_client.get(), "messageEdit")->setText(QStringLiteral("second"));
    QVERIFY(panel->saveInput(QStringLiteral("second")));
    panel->show();
    auto *view = child<QListView>(m_client.get(), "savedMessagesView");
    QTRY_VERIFY(view->isVisible());
    const QRect row = view->visualRect(panel->model()->index(1));
    const QRect button = SavedMessageDelegate::sendRect(row, view->fontMetrics());
    QVERIFY(row.contains(button));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, row.topLeft() + QPoint(4, row.height() / 2));
    QCOMPARE(view->currentIndex().row(), 1);  // selected, to edit or move
    QCOMPARE(m_client->client()->stats().sent, 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, button.center());
    QCOMPARE(nextDatagram(), QByteArray("second"));
    QCOMPARE(m_client->client()->stats().sent, 1);
}

void TestSavedMessagesPanel::exportImportAndBadFiles()
{
    QTemporaryDir dir;
    SavedMessagesPanel *panel = m_client->savedMessages();
    child<QLineEdit>(m_client.get(), "messageEdit")->setText(QStringLiteral("ping"));
    QVERIFY(panel->saveInput(QStringLiteral("ping")));
    const QString path = dir.filePath(QStringLiteral("shared.json"));
    QVERIFY(panel->exportFile(path));
    // Imported into itself: the clash is renamed, nothing replaced.
    QVERIFY(panel->importFile(path));
    QCOMPARE(panel->model()->rowCount(), 2);
    QCOMPARE(panel->model()->at(1).name, QStringLiteral("ping (2)"));
    auto *hint = child<QLabel>(m_client.get(), "hintLabel");
    // A file that is not ours, and one that is not JSON: said, and the list is as it was.
    QFile other(dir.filePath(QStringLiteral("package.json")));
    QVERIFY(other.open(QIODevice::WriteOnly) && other.write(R"({"name": "left-pad"})") > 0);
    other.close();
    QVERIFY(!panel->importFile(other.fileName()));
    QVERIFY2(hint->text().contains(QStringLiteral("not a udpchat saved messages file")), qPrintable(hint->text()));
    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly) && broken.write("{\"format\": \"udpchat saved") > 0);
    broken.close();
    QVERIFY(!panel->importFile(broken.fileName()));
    QVERIFY2(hint->text().contains(QStringLiteral("broken.json")) && hint->text().contains(QStringLiteral("not JSON")),
             qPrintable(hint->text()));
    QCOMPARE(panel->model()->rowCount(), 2);
    QVERIFY(!panel->exportFile(dir.filePath(QStringLiteral("no/such/dir.json"))));
}

// Send, Edit, Delete, Up and Down were enabled with nothing selected; an empty panel was blank.
void TestSavedMessagesPanel::buttonsNeedASelection()
{
    SavedMessagesPanel *panel = m_client->savedMessages();
    panel->show();
    const auto enabled = [this](const char *name) { return child<QToolButton>(m_client.get(), name)->isEnabled(); };
    auto *note = child<QLabel>(m_client.get(), "savedMessagesEmptyNote");
    QVERIFY(note->isVisible());  // says how to fill it
    for (const char *name : {"sendSavedButton", "editSavedButton", "deleteSavedButton", "upButton", "downButton", "exportButton"})
        QVERIFY2(!enabled(name), name);
    QVERIFY(enabled("saveInputButton") && enabled("importButton"));
    child<QLineEdit>(m_client.get(), "messageEdit")->setText(QStringLiteral("one"));
    QVERIFY(panel->saveInput(QStringLiteral("one")));
    child<QLineEdit>(m_client.get(), "messageEdit")->setText(QStringLiteral("two"));
    QVERIFY(panel->saveInput(QStringLiteral("two")));
    QVERIFY(!note->isVisible());
    QVERIFY(enabled("exportButton"));
    auto *view = child<QListView>(m_client.get(), "savedMessagesView");
    view->setCurrentIndex(QModelIndex());
    QVERIFY(!enabled("sendSavedButton"));
    view->setCurrentIndex(panel->model()->index(0));
    QVERIFY(enabled("sendSavedButton") && enabled("editSavedButton") && enabled("deleteSavedButton"));
    QVERIFY(!enabled("upButton"));  // the first cannot go up
    QVERIFY(enabled("downButton"));
    view->setCurrentIndex(panel->model()->index(1));
    QVERIFY(enabled("upButton"));
    QVERIFY(!enabled("downButton"));  // the last cannot go down
}

QTEST_MAIN(TestSavedMessagesPanel)
#include "tst_savedmessagespanel.moc"
