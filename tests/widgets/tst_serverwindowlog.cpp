// SPDX-License-Identifier: MIT
// The server window's log as a desktop user works with it, offscreen: filter, copy, export, the
// log file, and the peers panel.
#include "datagramlogmodel.h"
#include "helloserver.h"
#include "logexport.h"
#include "logfiltermodel.h"
#include "peertablemodel.h"
#include "serverengine.h"
#include "serverwindow.h"
#include "udptestutil.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "widgettestutil.h"

class TestServerLog : public QObject
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

private:
    // Three senders: Alice, Bob, Carol, each from its own port; waits for all three rows.
    void threeSenders();

    QTemporaryDir m_dir;
    ServerWindow *m_server = nullptr;
    QList<QUdpSocket *> m_senders;
};

void TestServerLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // settings go to a test location, not the user's
    QCoreApplication::setOrganizationName(QStringLiteral("udpchat-tests"));
    QVERIFY(m_dir.isValid());
}

void TestServerLog::init()
{
    QSettings().clear();
    ServerOptions options;
    options.port = 0;
    m_server = new ServerWindow(options);
    m_server->show();
    QVERIFY(m_server->server()->isListening());
}

void TestServerLog::cleanup()
{
    qDeleteAll(m_senders);
    m_senders.clear();
    delete m_server;
}

void TestServerLog::threeSenders()
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

void TestServerLog::filterBySenderOrText()
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

void TestServerLog::copyRows()
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

void TestServerLog::exportParsesBack()
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

void TestServerLog::logFileAppendsAsItArrives()
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

void TestServerLog::peersPanelCounts()
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

QTEST_MAIN(TestServerLog)
#include "tst_serverwindowlog.moc"
