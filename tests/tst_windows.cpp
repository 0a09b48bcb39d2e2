// SPDX-License-Identifier: MIT
// Both windows in one process, offscreen: type a name, click Send, read both windows.
#include "clientwindow.h"
#include "conversationmodel.h"
#include "datagramlogmodel.h"
#include "helloserver.h"
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

class TestWindows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }  // never the user's settings
    void init();
    void cleanup();
    void nameSentReplyShownSenderLogged();
    void emptyInputSendsNothing();
    void exitEndsSessionAndNewSessionStartsAnother();
    void changedServerFieldsStartNewSession();
    void tooLargeMessageRefused();
    void bindFailureShownControlsUsable();
    void malformedBindAddressShown();
    void malformedServerAddressSendsNothing_data();
    void malformedServerAddressSendsNothing();
    void noServerListeningShown();
    void noReplyThenRetry();

private:
    QStringList conversationTexts() const;
    void send(const QString &text);

    ServerWindow *m_server = nullptr;
    ClientWindow *m_client = nullptr;
};

void TestWindows::init()
{
    ServerOptions serverOptions;
    serverOptions.port = 0;
    m_server = new ServerWindow(serverOptions);
    m_server->show();
    QVERIFY(m_server->server()->isListening());
    ClientOptions clientOptions;
    clientOptions.port = m_server->server()->port();
    m_client = new ClientWindow(clientOptions);
    m_client->show();
    QTRY_COMPARE(m_client->client()->state(), HelloClient::State::Ready);
}

void TestWindows::cleanup()
{
    delete m_client;
    delete m_server;
}

QStringList TestWindows::conversationTexts() const
{
    QStringList texts;
    const ConversationModel *c = m_client->conversation();
    for (int row = 0; row < c->rowCount(); ++row)
        texts << c->index(row).data().toString();
    return texts;
}

void TestWindows::send(const QString &text)
{
    auto *edit = child<QLineEdit>(m_client, "messageEdit");
    edit->clear();
    QTest::keyClicks(edit, text);
    QTest::mouseClick(child<QPushButton>(m_client, "sendButton"), Qt::LeftButton);
}

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

void TestWindows::tooLargeMessageRefused()
{
    auto *edit = child<QLineEdit>(m_client, "messageEdit");
    edit->setMaxLength(100000);
    edit->setText(QString(65500, QLatin1Char('x')));
    QTest::mouseClick(child<QPushButton>(m_client, "sendButton"), Qt::LeftButton);
    auto *hint = child<QLabel>(m_client, "hintLabel");
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QStringLiteral("65,499")) || hint->text().contains(QStringLiteral("65499")),
             qPrintable(hint->text()));
    QCOMPARE(edit->text().size(), 65500);  // kept, so nothing typed is lost
    QCOMPARE(m_server->server()->counters().received, 0u);
}

void TestWindows::bindFailureShownControlsUsable()
{
    ServerOptions options;
    options.port = m_server->server()->port();  // taken by the first window
    ServerWindow second(options);
    second.show();
    QVERIFY(!second.server()->isListening());
    auto *error = child<QLabel>(&second, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("already in use")), qPrintable(error->text()));
    auto *listen = child<QPushButton>(&second, "listenButton");
    auto *port = child<QSpinBox>(&second, "portSpin");
    QVERIFY(listen->isEnabled());
    QVERIFY(port->isEnabled());
    port->setValue(0);
    QTest::mouseClick(listen, Qt::LeftButton);
    QVERIFY(second.server()->isListening());
    QVERIFY(!error->isVisible());
    QCOMPARE(listen->text(), QStringLiteral("&Stop"));
}

void TestWindows::malformedBindAddressShown()
{
    QTest::mouseClick(child<QPushButton>(m_server, "listenButton"), Qt::LeftButton);  // Stop
    QVERIFY(!m_server->server()->isListening());
    auto *address = child<QLineEdit>(m_server, "addressEdit");
    address->setText(QStringLiteral("300.1.1.1"));
    QTest::mouseClick(child<QPushButton>(m_server, "listenButton"), Qt::LeftButton);
    QVERIFY(!m_server->server()->isListening());
    auto *error = child<QLabel>(m_server, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("300.1.1.1")), qPrintable(error->text()));
}

void TestWindows::malformedServerAddressSendsNothing_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("words");
    QTest::newRow("bad ipv4") << "300.1.1.1" << "not a valid IPv4 address";
    QTest::newRow("bad ipv6") << "::g" << "not a valid IPv6 address";
    QTest::newRow("bad name") << "no_such host" << "not a valid host name";
    QTest::newRow("empty") << "" << "Type the server's address";
}

void TestWindows::malformedServerAddressSendsNothing()
{
    QFETCH(QString, address);
    QFETCH(QString, words);
    const int rowsBefore = m_client->conversation()->rowCount();
    child<QLineEdit>(m_client, "addressEdit")->setText(address);
    send(QStringLiteral("Mallory"));
    auto *error = child<QLabel>(m_client, "addressErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(words), qPrintable(error->text()));
    QCOMPARE(child<QLineEdit>(m_client, "messageEdit")->text(), QStringLiteral("Mallory"));  // kept
    QCOMPARE(m_client->conversation()->rowCount(), rowsBefore);
    // Fixing the address clears the message and the next Send goes through.
    QTest::keyClick(child<QLineEdit>(m_client, "addressEdit"), Qt::Key_1);
    QVERIFY(!error->isVisible());
    child<QLineEdit>(m_client, "addressEdit")->setText(QStringLiteral("127.0.0.1"));
    QTest::mouseClick(child<QPushButton>(m_client, "sendButton"), Qt::LeftButton);
    QTRY_VERIFY(conversationTexts().contains(QStringLiteral("Hello Mallory!\\n")));
    QCOMPARE(m_server->server()->counters().received, 1u);
}

void TestWindows::noServerListeningShown()
{
    const quint16 port = m_server->server()->port();
    m_server->stopListening();  // nobody listens on that port now
    send(QStringLiteral("Olivia"));
    const QString expected = QStringLiteral("No server is listening at 127.0.0.1:%1").arg(port);
    QTRY_VERIFY(conversationTexts().contains(expected));
    auto *hint = child<QLabel>(m_client, "hintLabel");
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(), expected);
    // Still usable: once the server is back, the same window talks to it.
    QVERIFY(m_server->startListening());
    QVERIFY(child<QLineEdit>(m_client, "messageEdit")->isEnabled());
    send(QStringLiteral("Peggy"));
    QTRY_VERIFY(conversationTexts().contains(QStringLiteral("Hello Peggy!\\n")));
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

QTEST_MAIN(TestWindows)
#include "tst_windows.moc"
