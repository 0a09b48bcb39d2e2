// SPDX-License-Identifier: MIT
// Both windows in one process, offscreen: type a name, click Send, read both windows.
#include "clientwindow.h"
#include "conversationmodel.h"
#include "datagramlogmodel.h"
#include "helloserver.h"
#include "serverengine.h"
#include "serverwindow.h"
#include "udpheader.h"

#include <QLabel>
#include <QListView>
#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QStandardPaths>
#include <QtTest>

#include "widgettestutil.h"
#include "windowpair.h"

class TestWindows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }  // never the user's settings
    void init() { openWindowPair(&m_server, &m_client); }
    void cleanup()
    {
        delete m_client;
        delete m_server;
    }
    void nameSentReplyShownSenderLogged();
    void emptyInputSendsNothing();
    void exitEndsSessionAndNewSessionStartsAnother();
    void changedServerFieldsStartNewSession();
    void noReplyThenRetry();
    void windowsShareTheApplicationIcon();

private:
    QStringList conversationTexts() const { return ::conversationTexts(m_client); }
    void send(const QString &text) { typeAndSend(m_client, text); }

    ServerWindow *m_server = nullptr;
    ClientWindow *m_client = nullptr;
};

void TestWindows::nameSentReplyShownSenderLogged()
{
    const quint16 port = m_server->server()->port();
    QVERIFY(m_server->statusBar()->findChildren<QLabel *>().first()->text()
                .contains(QStringLiteral("UDP bound on 127.0.0.1:%1").arg(port)));
    QCOMPARE(m_server->windowTitle(), QStringLiteral("udpchat server - 127.0.0.1:%1").arg(port));

    send(QStringLiteral("Alice"));
    QTRY_VERIFY(conversationTexts().contains(QStringLiteral("Hello Alice!\\n")));
    QVERIFY(conversationTexts().contains(QStringLiteral("Alice")));
    QVERIFY(child<QLineEdit>(m_client, "messageEdit")->text().isEmpty());
    const ConversationModel *c = m_client->conversation();
    const int sentRow = int(conversationTexts().indexOf(QStringLiteral("Alice")));
    QCOMPARE(ConversationModel::Status(c->index(sentRow).data(ConversationModel::StatusRole).toInt()),
             ConversationModel::Status::Answered);

    DatagramLogModel *log = m_server->log();
    QTRY_COMPARE(log->rowCount(), 1);
    const QString sender = QStringLiteral("127.0.0.1:%1").arg(m_client->client()->localPort());
    QCOMPARE(log->index(0, DatagramLogModel::SenderColumn).data().toString(), sender);
    QCOMPARE(log->index(0, DatagramLogModel::MessageColumn).data().toString(), QStringLiteral("Alice"));
    QCOMPARE(log->index(0, DatagramLogModel::ReplyColumn).data().toString(), QStringLiteral("Hello Alice!\\n"));

    // Selecting the row shows it whole, with its bytes.
    auto *view = child<QTableView>(m_server, "logView");
    view->selectRow(0);
    const QString detail = child<QPlainTextEdit>(m_server, "detailView")->toPlainText();
    QVERIFY2(detail.contains(sender), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("41 6c 69 63 65")), qPrintable(detail));
    // The inspector: the 8-byte UDP header with its four fields, as on the wire.
    UdpHeader header;
    QVERIFY(UdpHeader::build(QHostAddress(QHostAddress::LocalHost), m_client->client()->localPort(),
                             QHostAddress(QHostAddress::LocalHost), port, "Alice", &header));
    QVERIFY2(detail.contains(QStringLiteral("destination port  %1").arg(port)), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("length            13 (8 + 5 payload bytes)")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("checksum          0x%1").arg(header.checksum, 4, 16, QLatin1Char('0'))),
             qPrintable(detail));
}

void TestWindows::emptyInputSendsNothing()
{
    const int rowsBefore = m_client->conversation()->rowCount();
    send(QString());
    auto *hint = child<QLabel>(m_client, "hintLabel");
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("empty")));
    QTest::keyClick(child<QLineEdit>(m_client, "messageEdit"), Qt::Key_Return);
    QCOMPARE(m_client->conversation()->rowCount(), rowsBefore);
    // A real message afterwards is the first datagram the server ever sees.
    send(QStringLiteral("Bob"));
    QTRY_COMPARE(m_server->server()->counters().answered, 1u);
    QCOMPARE(m_server->server()->counters().received, 1u);
    QTRY_VERIFY(!hint->isVisible());
}

void TestWindows::exitEndsSessionAndNewSessionStartsAnother()
{
    const quint16 firstPort = m_client->client()->localPort();
    const quint16 serverPort = m_server->server()->port();
    send(QStringLiteral("Carol"));
    QTRY_VERIFY(conversationTexts().contains(QStringLiteral("Hello Carol!\\n")));

    auto *edit = child<QLineEdit>(m_client, "messageEdit");
    QTest::keyClicks(edit, QStringLiteral("exit"));
    QTest::keyClick(edit, Qt::Key_Return);  // Enter sends too
    const QString over = QStringLiteral("Session is over from the server 127.0.0.1:%1").arg(serverPort);
    QTRY_VERIFY(conversationTexts().contains(over));
    QVERIFY(conversationTexts().contains(QStringLiteral("Good bye!\\n")));
    QVERIFY(!edit->isEnabled());
    QVERIFY(!child<QPushButton>(m_client, "sendButton")->isEnabled());

    QTest::mouseClick(child<QPushButton>(m_client, "newSessionButton"), Qt::LeftButton);
    QTRY_COMPARE(m_client->client()->state(), HelloClient::State::Ready);
    QVERIFY(edit->isEnabled());
    const quint16 secondPort = m_client->client()->localPort();
    QVERIFY(secondPort != firstPort);
    send(QStringLiteral("Dave"));
    QTRY_COMPARE(m_server->log()->rowCount(), 3);
    QCOMPARE(m_server->log()->index(2, DatagramLogModel::SenderColumn).data().toString(),
             QStringLiteral("127.0.0.1:%1").arg(secondPort));
    QCOMPARE(m_server->log()->index(1, DatagramLogModel::ReplyColumn).data().toString(), QStringLiteral("Good bye!\\n"));
}

void TestWindows::changedServerFieldsStartNewSession()
{
    ServerOptions options;
    options.port = 0;
    ServerWindow other(options);
    QVERIFY(other.server()->isListening());
    auto *port = child<QSpinBox>(m_client, "portSpin");
    port->setValue(other.server()->port());
    send(QStringLiteral("Erin"));
    QTRY_COMPARE(other.log()->rowCount(), 1);
    QCOMPARE(m_server->log()->rowCount(), 0);
    QTRY_VERIFY(conversationTexts().contains(QStringLiteral("Hello Erin!\\n")));
}

void TestWindows::noReplyThenRetry()
{
    auto *timeout = child<QSpinBox>(m_client, "timeoutSpin");
    timeout->setValue(100);
    QCOMPARE(m_client->client()->timeout(), 100);
    // A server that reads but never answers: the datagram is as good as lost.
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    child<QSpinBox>(m_client, "portSpin")->setValue(silent.localPort());
    send(QStringLiteral("Trent"));
    const ConversationModel *c = m_client->conversation();
    const auto statusOf = [c](int row) { return ConversationModel::Status(c->index(row).data(ConversationModel::StatusRole).toInt()); };
    int row = -1;
    QTRY_VERIFY((row = int(conversationTexts().indexOf(QStringLiteral("Trent")))) >= 0);
    QTRY_COMPARE(statusOf(row), ConversationModel::Status::NoReply);
    // Double-click retries: the datagram goes out again and waits again.
    auto *view = child<QListView>(m_client, "conversationView");
    const QRect rect = view->visualRect(c->index(row));
    QVERIFY(rect.isValid());
    // What a double-click is: press, release, then the second press that arrives as a double-click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY(silent.hasPendingDatagrams());
    QNetworkDatagram first = silent.receiveDatagram();
    QCOMPARE(first.data(), QByteArray("Trent"));
    QTRY_VERIFY(silent.hasPendingDatagrams());
    QNetworkDatagram again = silent.receiveDatagram();
    QCOMPARE(again.data(), QByteArray("Trent"));
    // This time the "server" answers; the bubble is answered, not duplicated.
    silent.writeDatagram("Hello Trent!\n", again.senderAddress(), quint16(again.senderPort()));
    QTRY_COMPARE(statusOf(row), ConversationModel::Status::Answered);
    QCOMPARE(conversationTexts().count(QStringLiteral("Trent")), 1);
    QVERIFY(conversationTexts().contains(QStringLiteral("Hello Trent!\\n")));
}

// Each window's own QIcon rendered its own pixmaps into Qt's pixmap cache, kept after the window
// was gone: 20 client windows opened and closed four times grew the heap ~10 MB (heaptrack).
// The windows show the application's one icon, set by main(), instead.
void TestWindows::windowsShareTheApplicationIcon()
{
    const QIcon icon(QStringLiteral(":/icons/udpchat-client.svg"));
    QApplication::setWindowIcon(icon);
    QCOMPARE(m_client->windowIcon().cacheKey(), icon.cacheKey());
    QCOMPARE(m_server->windowIcon().cacheKey(), icon.cacheKey());
}

QTEST_MAIN(TestWindows)
#include "tst_bothwindows.moc"
