// SPDX-License-Identifier: MIT
// The desktop features of both windows, offscreen: filter, copy, export, log file, peers,
// settings, input history, hex mode, more windows, and the Chinese translation.
#include "clientsettings.h"
#include "clientwindow.h"
#include "conversationmodel.h"
#include "datagramlogmodel.h"
#include "helloserver.h"
#include "inputhistory.h"
#include "logexport.h"
#include "logfiltermodel.h"
#include "peertablemodel.h"
#include "serversettings.h"
#include "serverwindow.h"
#include "tourdialog.h"
#include "translations.h"
#include "udptestutil.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "widgettestutil.h"

class TestDesktop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void filterBySenderOrText();
    void copyRows();
    void exportParsesBack();
    void logFileAppendsAsItArrives();
    void peersPanelCounts();
    void settingsRoundTrip();
    void inputHistoryUpDown();
    void hexMode();
    void newWindowOwnSourcePort();
    void networkConditionsShown();
    void tourWalksSixSteps();
    void chineseTranslation();  // last: it installs translators for the whole process

private:
    // Three senders: Alice, Bob, Carol, each from its own port; waits for all three rows.
    void threeSenders();
    void typeAndSend(ClientWindow *window, const QString &text);

    QTemporaryDir m_dir;
    ServerWindow *m_server = nullptr;
    QList<QUdpSocket *> m_senders;
};

void TestDesktop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // settings go to a test location, not the user's
    QCoreApplication::setOrganizationName(QStringLiteral("udpchat-tests"));
    QVERIFY(m_dir.isValid());
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
    qDeleteAll(m_senders);
    m_senders.clear();
    delete m_server;
}

void TestDesktop::threeSenders()
{
    for (const char *name : {"Alice", "Bob", "Carol"}) {
        auto *socket = new QUdpSocket;
        QVERIFY(bindClient(*socket));
        socket->writeDatagram(name, QHostAddress::LocalHost, m_server->server()->port());
        QVERIFY(waitForDatagram(*socket).isValid());
        m_senders.append(socket);
    }
    QTRY_COMPARE(m_server->log()->rowCount(), 3);
}

void TestDesktop::filterBySenderOrText()
{
    threeSenders();
    auto *filter = child<QLineEdit>(m_server, "filterEdit");
    QTest::keyClicks(filter, QStringLiteral("bOb"));
    QCOMPARE(m_server->filter()->rowCount(), 1);
    QCOMPARE(m_server->filter()->index(0, DatagramLogModel::MessageColumn).data().toString(), QStringLiteral("Bob"));
    filter->setText(QStringLiteral("127.0.0.1:%1").arg(m_senders[2]->localPort()));
    QCOMPARE(m_server->filter()->rowCount(), 1);
    QCOMPARE(m_server->filter()->index(0, DatagramLogModel::MessageColumn).data().toString(), QStringLiteral("Carol"));
    filter->setText(QStringLiteral("nobody"));
    QCOMPARE(m_server->filter()->rowCount(), 0);
    filter->clear();
    QCOMPARE(m_server->filter()->rowCount(), 3);
    // New datagrams are filtered as they arrive.
    filter->setText(QStringLiteral("Dave"));
    m_senders[0]->writeDatagram("Dave", QHostAddress::LocalHost, m_server->server()->port());
    QTRY_COMPARE(m_server->filter()->rowCount(), 1);
    QCOMPARE(m_server->log()->rowCount(), 4);
}

void TestDesktop::copyRows()
{
    threeSenders();
    auto *view = child<QTableView>(m_server, "logView");
    view->selectAll();
    view->setFocus();
    QTest::keySequence(view, QKeySequence::Copy);
    const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[1].contains(QStringLiteral("\tBob\t")), qPrintable(lines[1]));
    QVERIFY(lines[1].contains(QStringLiteral("127.0.0.1:%1").arg(m_senders[1]->localPort())));
}

void TestDesktop::exportParsesBack()
{
    threeSenders();
    m_senders[0]->writeDatagram(QByteArray("\x00\xff", 2), QHostAddress::LocalHost, m_server->server()->port());
    QTRY_COMPARE(m_server->log()->rowCount(), 4);

    const QString csvPath = m_dir.filePath(QStringLiteral("log.csv"));
    QVERIFY(m_server->exportLog(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = csv.readAll().split('\n');
    QCOMPARE(rows.at(0), QByteArray("time,sender,port,bytes,reply,encoding,payload\r"));
    QCOMPARE(rows.size(), 6);  // header, 4 rows, the empty rest after the last newline
    const QList<QByteArray> bob = rows.at(2).trimmed().split(',');
    QCOMPARE(bob.size(), 7);
    QCOMPARE(bob.at(1), QByteArray("127.0.0.1"));
    QCOMPARE(bob.at(2).toUShort(), m_senders[1]->localPort());
    QCOMPARE(bob.at(4), QByteArray("hello"));
    QCOMPARE(bob.at(6), QByteArray("Bob"));
    QCOMPARE(rows.at(4).trimmed().split(',').mid(5), (QList<QByteArray>{"hex", "00ff"}));

    const QString jsonPath = m_dir.filePath(QStringLiteral("log.jsonl"));
    QVERIFY(m_server->exportLog(jsonPath));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QList<QJsonObject> objects;
    for (const QByteArray &line : json.readAll().split('\n')) {
        if (!line.isEmpty())
            objects.append(QJsonDocument::fromJson(line).object());
    }
    QCOMPARE(objects.size(), 4);
    QCOMPARE(objects[0].value(QStringLiteral("text")).toString(), QStringLiteral("Alice"));
    QCOMPARE(objects[2].value(QStringLiteral("port")).toInt(), int(m_senders[2]->localPort()));
    QCOMPARE(QByteArray::fromHex(objects[3].value(QStringLiteral("hex")).toString().toLatin1()),
             QByteArray("\x00\xff", 2));
    // A folder that does not exist: the reason is shown, nothing crashes.
    QVERIFY(!m_server->exportLog(m_dir.filePath(QStringLiteral("no/such/folder/log.csv"))));
    QVERIFY(child<QLabel>(m_server, "errorLabel")->isVisible());
}

void TestDesktop::logFileAppendsAsItArrives()
{
    const QString path = m_dir.filePath(QStringLiteral("live.jsonl"));
    QVERIFY(m_server->setLogFile(path));
    threeSenders();
    QFile file(path);
    QTRY_VERIFY(file.open(QIODevice::ReadOnly) && file.readAll().count('\n') == 3 ? true : (file.close(), false));
    file.seek(0);
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(QJsonDocument::fromJson(lines[1]).object().value(QStringLiteral("text")).toString(), QStringLiteral("Bob"));
    file.close();
    // Stopping closes it; the next datagram is not written.
    QVERIFY(!m_server->setLogFile(QString()));
    m_senders[0]->writeDatagram("late", QHostAddress::LocalHost, m_server->server()->port());
    QTRY_COMPARE(m_server->log()->rowCount(), 4);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 3);
}

void TestDesktop::peersPanelCounts()
{
    threeSenders();
    m_senders[0]->writeDatagram("again", QHostAddress::LocalHost, m_server->server()->port());
    m_senders[1]->writeDatagram("exit", QHostAddress::LocalHost, m_server->server()->port());
    QTRY_COMPARE(m_server->log()->rowCount(), 5);
    PeerTableModel *peers = m_server->peers();
    QTRY_COMPARE(peers->rowCount(), 3);
    const auto rowOf = [&](int i) { return peers->rowOf(QHostAddress(QHostAddress::LocalHost), m_senders[i]->localPort()); };
    QTRY_COMPARE(peers->index(rowOf(0), 0).data(PeerTableModel::DatagramCountRole).toULongLong(), 2u);
    QCOMPARE(peers->index(rowOf(1), PeerTableModel::StateColumn).data().toString(), QStringLiteral("ended"));
    QCOMPARE(peers->index(rowOf(2), PeerTableModel::StateColumn).data().toString(), QStringLiteral("active"));
    QCOMPARE(child<QTableView>(m_server, "peersView")->model(), peers);
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
    QVERIFY(ClientSettings::hexMode());
    QCOMPARE(ClientSettings::history(), QStringList{QStringLiteral("remember me")});
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

void TestDesktop::tourWalksSixSteps()
{
    ClientOptions options;
    options.port = m_server->server()->port();
    ClientWindow client(options);
    client.findChild<QAction *>(QStringLiteral("actionTour"))->trigger();
    auto *tour = client.findChild<TourDialog *>();
    QVERIFY(tour && tour->isVisible());
    QCOMPARE(tour->stepCount(), 6);
    const QList<QPushButton *> buttons = tour->findChildren<QPushButton *>();
    QPushButton *next = nullptr;
    for (QPushButton *b : buttons)
        if (b->text() == QStringLiteral("&Next"))
            next = b;
    QVERIFY(next);
    QStringList seen;
    for (int i = 0; i < 6; ++i) {
        seen << tour->findChildren<QLabel *>().at(1)->text();
        if (i < 5)
            QTest::mouseClick(next, Qt::LeftButton);
    }
    QCOMPARE(tour->step(), 5);
    QVERIFY(!next->isEnabled());
    QCOMPARE(seen.removeDuplicates(), 0);
    QVERIFY(seen.at(4).contains(QStringLiteral("Drop received")));
    QVERIFY(seen.last().contains(QStringLiteral("answered by 2 servers")));
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
#include "tst_desktop.moc"
