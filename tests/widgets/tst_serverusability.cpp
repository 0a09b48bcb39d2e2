// SPDX-License-Identifier: MIT
// What a new user of the server window trips over, asserted offscreen: the inspector lines up in a
// fixed font with plurals right, the peers fit under their title, the message bar is as tall as its
// text, the filter's clear button has a name, Tab follows the screen. The client's part is
// tst_usability.
#include "clientwindow.h"
#include "conversationmodel.h"
#include "helloserver.h"
#include "messagebar.h"
#include "peerspanel.h"
#include "peertablemodel.h"
#include "serverengine.h"
#include "serverwindow.h"
#include "translations.h"

#include <QAccessible>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QUdpSocket>
#include <QtTest>

#include "widgettestutil.h"
#include "windowpair.h"

class TestServerUsability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void inspectorFixedFontAlignedPlurals();
    void peersFitWithTitle();
    void messageBarAsTallAsItsText();
    void filterClearButtonNamed();
    void tabOrderFollowsScreen();

private:
    void sendTo(quint16 port, const QByteArray &payload);
    ServerWindow *m_server = nullptr;
    ClientWindow *m_client = nullptr;
};

void TestServerUsability::inspectorFixedFontAlignedPlurals()
{
    const quint16 port = m_server->server()->port();
    sendTo(port, "A");
    sendTo(port, "Bob");
    auto *log = child<QTableView>(m_server, "logView");
    QTRY_COMPARE(log->model()->rowCount(), 2);
    auto *detail = child<QPlainTextEdit>(m_server, "detailView");
    // What the user sees: a narrow and a wide letter take the same room (not Qt's fixedPitch()
    // flag, which is false for Noto Sans Mono although its advances are equal).
    const QFontMetricsF metrics(detail->font());
    QCOMPARE(metrics.horizontalAdvance(QLatin1Char('i')), metrics.horizontalAdvance(QLatin1Char('W')));
    log->selectRow(0);
    QString text = detail->toPlainText();
    QVERIFY2(text.contains(QStringLiteral(", 1 byte\n")) && text.contains(QStringLiteral("Payload, 1 byte:")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("8 + 1 payload byte)")), qPrintable(text));
    log->selectRow(1);
    text = detail->toPlainText();
    QVERIFY2(text.contains(QStringLiteral(", 3 bytes\n")) && !text.contains(QStringLiteral("(s)")), qPrintable(text));
    // The header's values start in one column.
    QList<int> columns;
    for (const QString &name : {QStringLiteral("source port"), QStringLiteral("destination port"),
                                QStringLiteral("length"), QStringLiteral("checksum")}) {
        const QRegularExpression line(QStringLiteral("\n  ") + name + QStringLiteral(" +(\\S)"));
        const QRegularExpressionMatch match = line.match(text);
        QVERIFY2(match.hasMatch(), qPrintable(name));
        columns << match.capturedStart(1) - match.capturedStart(0);
    }
    QCOMPARE(columns.count(columns.first()), columns.size());
}

void TestServerUsability::peersFitWithTitle()
{
    auto *title = child<QLabel>(m_server, "peersTitle");
    QVERIFY(title->isVisible() && !title->text().isEmpty());
    auto *peers = child<QTableView>(m_server, "peersView");
    sendTo(m_server->server()->port(), "Alice");
    QTRY_COMPARE(peers->model()->rowCount(), 1);
    QCoreApplication::processEvents();
    QVERIFY2(peers->horizontalHeader()->length() <= peers->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(peers->horizontalHeader()->length()).arg(peers->viewport()->width())));
    QVERIFY(!peers->horizontalScrollBar()->isVisible());
    QVERIFY(!peers->verticalScrollBar()->isVisible());
    // One unit and one format: the log's and the peers' Bytes are plain counts.
    QCOMPARE(peers->model()->index(0, PeerTableModel::BytesColumn).data().toString(), QStringLiteral("5"));
}

void TestServerUsability::messageBarAsTallAsItsText()
{
    QUdpSocket taken;
    QVERIFY(taken.bind(QHostAddress::LocalHost, 0));
    m_server->stopListening();
    child<QSpinBox>(m_server, "portSpin")->setValue(taken.localPort());
    QVERIFY(!m_server->startListening());
    auto *bar = child<MessageBar>(m_server, "messageBar");
    auto *label = child<QLabel>(m_server, "errorLabel");
    QTRY_VERIFY(bar->isVisible());
    // One sentence, in a window this wide, is at most two lines.
    QTRY_VERIFY2(label->height() <= 2 * label->fontMetrics().lineSpacing() + 2,
                 qPrintable(QStringLiteral("error text %1 px tall, %2 wide: %3").arg(label->height()).arg(label->width()).arg(label->text())));
    // As tall as its text (or its close button), plus the bar's margins: not five lines for one.
    const int content = qMax(label->height(), child<QToolButton>(bar, "dismissButton")->sizeHint().height());
    QTRY_VERIFY2(bar->height() <= content + 10,
                 qPrintable(QStringLiteral("bar %1 px for %2 px of content").arg(bar->height()).arg(content)));
    child<QSpinBox>(m_server, "portSpin")->setValue(0);
    QVERIFY(m_server->startListening());
    QTRY_VERIFY(!bar->isVisible());  // and shrinks back
}

void TestServerUsability::filterClearButtonNamed()
{
    auto *filter = child<QLineEdit>(m_server, "filterEdit");
    filter->setText(QStringLiteral("x"));
    const QList<QToolButton *> buttons = filter->findChildren<QToolButton *>();
    QVERIFY(!buttons.isEmpty());
    for (QToolButton *button : buttons) {
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(button);
        QVERIFY(a);
        QVERIFY2(!a->text(QAccessible::Name).isEmpty(), "the clear button has no accessible name");
    }
}

void TestServerUsability::tabOrderFollowsScreen()
{
    // The receive buffer and the reply are made after the .ui's widgets: Tab must still take them
    // in the row's order, not after the log.
    QStringList chain;
    QWidget *start = child<QWidget>(m_server, "addressEdit");
    QWidget *w = start;
    do {
        if ((w->focusPolicy() & Qt::TabFocus) && !w->objectName().isEmpty() && w->window() == m_server)
            chain << w->objectName();
        w = w->nextInFocusChain();
    } while (w != start && chain.size() < 60);
    const QStringList expected{QStringLiteral("addressEdit"), QStringLiteral("portSpin"),
                               QStringLiteral("receiveBufferSpin"), QStringLiteral("rateLimitSpin"),
                               QStringLiteral("replyModeCombo"), QStringLiteral("replyTextEdit"), QStringLiteral("listenButton"),
                               QStringLiteral("followCheck"), QStringLiteral("clearButton"),
                               QStringLiteral("filterEdit"), QStringLiteral("logView")};
    QStringList named;
    for (const QString &name : chain) {
        if (expected.contains(name))
            named << name;
    }
    QCOMPARE(named, expected);
}

void TestServerUsability::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // never the user's settings
    installTranslations(QStringLiteral("en"));  // English plural forms: "1 byte"
}

void TestServerUsability::init()
{
    QSettings().clear();
    openWindowPair(&m_server, &m_client);
}

void TestServerUsability::cleanup()
{
    delete m_client;
    delete m_server;
}

void TestServerUsability::sendTo(quint16 port, const QByteArray &payload)
{
    QUdpSocket socket;
    QVERIFY(socket.bind(QHostAddress::LocalHost, 0));
    QCOMPARE(socket.writeDatagram(payload, QHostAddress::LocalHost, port), qint64(payload.size()));
    QTRY_VERIFY(socket.hasPendingDatagrams());
}

QTEST_MAIN(TestServerUsability)
#include "tst_serverusability.moc"
