// SPDX-License-Identifier: MIT
// The client window's desktop features, offscreen: settings, input history, hex mode, more
// windows, network conditions, the tour, and the Chinese translation (the server's log: tst_serverwindowlog).
#include "clientsettings.h"
#include "clientwindow.h"
#include "conversationmodel.h"
#include "datagramlogmodel.h"
#include "helloserver.h"
#include "inputhistory.h"
#include "peertablemodel.h"
#include "serversettings.h"
#include "serverengine.h"
#include "serverwindow.h"
#include "tourdialog.h"
#include "translations.h"
#include "udptestutil.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

#include "widgettestutil.h"

class TestDesktop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void settingsRoundTrip();
    void inputHistoryUpDown();
    void hexMode();
    void newWindowOwnSourcePort();
    void networkConditionsShown();
    void tourWalksSevenSteps();
    void chineseTranslation();  // last: it installs translators for the whole process

private:
    void typeAndSend(ClientWindow *window, const QString &text);

    ServerWindow *m_server = nullptr;
};

void TestDesktop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // settings go to a test location, not the user's
    QCoreApplication::setOrganizationName(QStringLiteral("udpchat-tests"));
}

void TestDesktop::init()
{
    QSettings().clear();
    ServerOptions options;
    options.port = 0;
    m_server = new ServerWindow(options);
    m_server->show();
    QVERIFY(m_server->server()->isListening());
}

void TestDesktop::cleanup()
{
    delete m_server;
}

void TestDesktop::settingsRoundTrip()
{
    child<QSpinBox>(m_server, "rateLimitSpin")->setValue(77);
    const quint16 port = m_server->server()->port();
    m_server->close();  // saves
    ServerOptions loaded;
    ServerSettings::load(&loaded);
    QCOMPARE(loaded.port, port);
    QCOMPARE(loaded.rateLimit, 77);
    QCOMPARE(loaded.address, QHostAddress(QHostAddress::LocalHost));

    ClientOptions clientOptions;
    clientOptions.port = 4321;
    clientOptions.timeoutMs = 250;
    {
        ClientWindow client(clientOptions);
        child<QCheckBox>(&client, "hexCheck")->setChecked(true);
        client.history()->add(QStringLiteral("remember me"));
        client.close();
    }
    ClientOptions reloaded;
    ClientSettings::load(&reloaded);
    QCOMPARE(reloaded.port, quint16(4321));
    QCOMPARE(reloaded.timeoutMs, 250);
    QVERIFY(ClientSettings::composer().hexMode);
    QCOMPARE(ClientSettings::composer().history, QStringList{QStringLiteral("remember me")});
    ClientWindow again(reloaded);  // a new window starts where the last one left off
    QVERIFY(child<QCheckBox>(&again, "hexCheck")->isChecked());
    QCOMPARE(again.history()->entries(), QStringList{QStringLiteral("remember me")});
}

void TestDesktop::typeAndSend(ClientWindow *window, const QString &text)
{
    auto *edit = child<QLineEdit>(window, "messageEdit");
    edit->clear();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestDesktop::inputHistoryUpDown()
{
    ClientOptions options;
    options.port = m_server->server()->port();
    ClientWindow client(options);
    QTRY_COMPARE(client.client()->state(), HelloClient::State::Ready);
    typeAndSend(&client, QStringLiteral("one"));
    typeAndSend(&client, QStringLiteral("two"));
    QTRY_COMPARE(m_server->log()->rowCount(), 2);
    auto *edit = child<QLineEdit>(&client, "messageEdit");
    QTest::keyClicks(edit, QStringLiteral("draft"));
    QTest::keyClick(edit, Qt::Key_Up);
    QCOMPARE(edit->text(), QStringLiteral("two"));
    QTest::keyClick(edit, Qt::Key_Up);
    QCOMPARE(edit->text(), QStringLiteral("one"));
    QTest::keyClick(edit, Qt::Key_Up);  // nothing older
    QCOMPARE(edit->text(), QStringLiteral("one"));
    QTest::keyClick(edit, Qt::Key_Down);
    QCOMPARE(edit->text(), QStringLiteral("two"));
    QTest::keyClick(edit, Qt::Key_Down);
    QCOMPARE(edit->text(), QStringLiteral("draft"));
}

void TestDesktop::hexMode()
{
    ClientOptions options;
    options.port = m_server->server()->port();
    ClientWindow client(options);
    QTRY_COMPARE(client.client()->state(), HelloClient::State::Ready);
    child<QCheckBox>(&client, "hexCheck")->setChecked(true);
    typeAndSend(&client, QStringLiteral("4"));  // odd digits: refused
    QVERIFY(!child<QLabel>(&client, "hintLabel")->isHidden());
    typeAndSend(&client, QStringLiteral("48 69 00ff"));
    QTRY_COMPARE(m_server->log()->rowCount(), 1);
    QCOMPARE(m_server->log()->record(0).payload, QByteArray("Hi\x00\xff", 4));
    const ConversationModel *c = client.conversation();
    QTRY_COMPARE(c->rowCount(), 3);  // notice, sent, reply
    QCOMPARE(c->index(1).data().toString(), QStringLiteral("48 69 00 ff"));
    QCOMPARE(c->index(2).data().toString(), QStringLiteral("48 65 6c 6c 6f 20 48 69 00 ff 21 0a"));
    child<QCheckBox>(&client, "hexCheck")->setChecked(false);  // the same bubbles, as text
    QCOMPARE(c->index(1).data().toString(), QStringLiteral("Hi\\x00\\xff"));
}

void TestDesktop::newWindowOwnSourcePort()
{
    ClientOptions options;
    options.port = m_server->server()->port();
    ClientWindow first(options);
    QTRY_COMPARE(first.client()->state(), HelloClient::State::Ready);
    QPointer<ClientWindow> second = first.openNewWindow();
    QVERIFY(second);
    QTRY_COMPARE(second->client()->state(), HelloClient::State::Ready);
    QVERIFY(second->client()->localPort() != first.client()->localPort());
    typeAndSend(&first, QStringLiteral("Client1"));
    typeAndSend(second, QStringLiteral("Client2"));
    QTRY_COMPARE(m_server->peers()->rowCount(), 2);
    second->close();  // deletes itself
    QTRY_VERIFY(second.isNull());
}

void TestDesktop::networkConditionsShown()
{
    ClientOptions options;
    options.port = m_server->server()->port();
    options.timeoutMs = 100;
    ClientWindow client(options);
    QTRY_COMPARE(client.client()->state(), HelloClient::State::Ready);
    auto *box = child<QCheckBox>(&client, "conditionsCheck");
    QVERIFY(!box->isChecked());  // off by default
    box->setChecked(true);
    child<QSpinBox>(&client, "dropInSpin")->setValue(100);
    typeAndSend(&client, QStringLiteral("Alice"));
    const ConversationModel *c = client.conversation();
    const auto statusOf = [c](int row) { return ConversationModel::Status(c->index(row).data(ConversationModel::StatusRole).toInt()); };
    QTRY_COMPARE(statusOf(1), ConversationModel::Status::NoReply);  // the server answered; the reply was "lost"
    QCOMPARE(m_server->server()->counters().answered, 1u);
    auto *summary = child<QLabel>(&client, "summaryLabel");
    QTRY_VERIFY2(summary->text().contains(QStringLiteral("lost 1")), qPrintable(summary->text()));

    child<QSpinBox>(&client, "dropInSpin")->setValue(0);
    child<QSpinBox>(&client, "duplicateSpin")->setValue(100);
    typeAndSend(&client, QStringLiteral("Bob"));
    // Sent twice (duplicated on the way out), so two replies, each duplicated on the way in.
    QTRY_COMPARE(m_server->server()->counters().received, 3u);
    // The three copies after the first reply are one entry that counts them.
    const auto duplicates = [c] {
        qint64 count = 0;
        for (int row = 0; row < c->rowCount(); ++row) {
            if (ConversationModel::Note(c->index(row).data(ConversationModel::NoteRole).toInt()) == ConversationModel::Note::Duplicate)
                count += c->index(row).data(ConversationModel::CountRole).toLongLong();
        }
        return count;
    };
    QTRY_COMPARE(duplicates(), 3);
    QCOMPARE(c->rowCount(), 2 + 1 + 2);
    QTRY_VERIFY2(summary->text().contains(QStringLiteral("duplicated 3")), qPrintable(summary->text()));
}

void TestDesktop::tourWalksSevenSteps()
{
    ClientOptions options;
    options.port = m_server->server()->port();
    ClientWindow client(options);
    client.findChild<QAction *>(QStringLiteral("actionTour"))->trigger();
    auto *tour = client.findChild<TourDialog *>();
    QVERIFY(tour && tour->isVisible());
    QCOMPARE(tour->stepCount(), 7);
    const QList<QPushButton *> buttons = tour->findChildren<QPushButton *>();
    QPushButton *next = nullptr;
    for (QPushButton *b : buttons)
        if (b->text() == QStringLiteral("&Next"))
            next = b;
    QVERIFY(next);
    QStringList seen;
    for (int i = 0; i < 7; ++i) {
        seen << tour->findChildren<QLabel *>().at(1)->text();
        if (i < 6)
            QTest::mouseClick(next, Qt::LeftButton);
    }
    QCOMPARE(tour->step(), 6);
    QVERIFY(!next->isEnabled());
    QCOMPARE(seen.removeDuplicates(), 0);
    QVERIFY(seen.at(4).contains(QStringLiteral("Drop received")));
    QVERIFY(seen.at(5).contains(QStringLiteral("answered by 2 servers")));
    QVERIFY(seen.last().contains(QStringLiteral("--recv-buffer")));  // real loss, counted on both sides
    QVERIFY(seen.at(1).contains(QStringLiteral("8-byte UDP header")));
}

void TestDesktop::chineseTranslation()
{
    ClientOptions options;
    options.port = m_server->server()->port();
    const QString before = ClientWindow(options).findChild<QPushButton *>(QStringLiteral("sendButton"))->text();
    QCOMPARE(before, QStringLiteral("&Send"));
    QCOMPARE(installTranslations(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    ClientWindow chinese(options);
    const QString after = child<QPushButton>(&chinese, "sendButton")->text();
    QVERIFY2(after != before && after.contains(QStringLiteral("发送")), qPrintable(after));
}

QTEST_MAIN(TestDesktop)
#include "tst_clientwindow.moc"
