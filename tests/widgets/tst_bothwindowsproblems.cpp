// SPDX-License-Identifier: MIT
// Both windows in one process, offscreen, when something is wrong: a message too large, a port
// taken, a malformed address, no server listening. Each said where it belongs; the windows stay usable.
#include "clientwindow.h"
#include "conversationmodel.h"
#include "helloserver.h"
#include "protocol.h"
#include "serverengine.h"
#include "serverwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest>

#include "widgettestutil.h"
#include "windowpair.h"

class TestWindowProblems : public QObject
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
    void tooLargeMessageRefused();
    void bindFailureShownControlsUsable();
    void malformedBindAddressShown();
    void malformedServerAddressSendsNothing_data();
    void malformedServerAddressSendsNothing();
    void noServerListeningShown();

private:
    QStringList conversationTexts() const { return ::conversationTexts(m_client); }
    void send(const QString &text) { typeAndSend(m_client, text); }

    ServerWindow *m_server = nullptr;
    ClientWindow *m_client = nullptr;
};

void TestWindowProblems::tooLargeMessageRefused()
{
    auto *edit = child<QLineEdit>(m_client, "messageEdit");
    edit->setMaxLength(100000);
    edit->setText(QString(65500, QLatin1Char('x')));
    QTest::mouseClick(child<QPushButton>(m_client, "sendButton"), Qt::LeftButton);
    auto *hint = child<QLabel>(m_client, "hintLabel");
    QVERIFY(hint->isVisible());
    // In the user's locale: 65,499 / 65.499 / 65 499.
    QVERIFY2(hint->text().contains(QLocale().toString(Protocol::MaxNameSize)),
             qPrintable(hint->text()));
    QCOMPARE(edit->text().size(), 65500);  // kept, so nothing typed is lost
    QCOMPARE(m_server->server()->counters().received, 0u);
}

void TestWindowProblems::bindFailureShownControlsUsable()
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

void TestWindowProblems::malformedBindAddressShown()
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

void TestWindowProblems::malformedServerAddressSendsNothing_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("words");
    QTest::newRow("bad ipv4") << "300.1.1.1" << "not a valid IPv4 address";
    QTest::newRow("bad ipv6") << "::g" << "not a valid IPv6 address";
    QTest::newRow("bad name") << "no_such host" << "not a valid host name";
    QTest::newRow("empty") << "" << "Type the server's address";
}

void TestWindowProblems::malformedServerAddressSendsNothing()
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

void TestWindowProblems::noServerListeningShown()
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

QTEST_MAIN(TestWindowProblems)
#include "tst_bothwindowsproblems.moc"
