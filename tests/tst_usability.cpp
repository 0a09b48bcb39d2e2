// SPDX-License-Identifier: MIT
// What a new user trips over, asserted offscreen: the tour is never cut, the inspector lines up,
// the peers fit, the input never moves, the conditions fold away, counts reset only when asked,
// Tab follows the screen, and the demo's windows lie within the screen.
#include "clientwindow.h"
#include "conditionspanel.h"
#include "conversationmenu.h"
#include "conversationmodel.h"
#include "helloserver.h"
#include "messagebar.h"
#include "peerspanel.h"
#include "peertablemodel.h"
#include "serverwindow.h"
#include "tourdialog.h"
#include "translations.h"
#include "windowplacement.h"

#include <QAccessible>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QUdpSocket>
#include <QtTest>

#include "widgettestutil.h"

class TestUsability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tourNeverCut_data();
    void tourNeverCut();
    void inspectorFixedFontAlignedPlurals();
    void peersFitWithTitle();
    void messageBarAsTallAsItsText();
    void inputStaysStill();
    void conditionsFoldToOneLine();
    void summaryResetsOnlyWhenAsked();
    void copyKeepsEveryByte();
    void tabOrderFollowsScreen();
    void filterClearButtonNamed();
    void demoWithinScreen_data();
    void demoWithinScreen();

private:
    void sendTo(quint16 port, const QByteArray &payload);
    ServerWindow *m_server = nullptr;
    ClientWindow *m_client = nullptr;
};

void TestUsability::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // never the user's settings
    installTranslations(QStringLiteral("en"));  // English plural forms: "1 byte"
}

void TestUsability::init()
{
    QSettings().clear();
    ServerOptions serverOptions;
    serverOptions.port = 0;
    m_server = new ServerWindow(serverOptions);
    m_server->show();
    QVERIFY(m_server->server()->isListening());
    ClientOptions clientOptions;
    clientOptions.port = m_server->server()->port();
    m_client = new ClientWindow(clientOptions);
    m_client->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_client));
    QTRY_COMPARE(m_client->client()->state(), HelloClient::State::Ready);
}

void TestUsability::cleanup()
{
    delete m_client;
    delete m_server;
}

void TestUsability::sendTo(quint16 port, const QByteArray &payload)
{
    QUdpSocket socket;
    QVERIFY(socket.bind(QHostAddress::LocalHost, 0));
    QCOMPARE(socket.writeDatagram(payload, QHostAddress::LocalHost, port), qint64(payload.size()));
    QTRY_VERIFY(socket.hasPendingDatagrams());
}

void TestUsability::tourNeverCut_data()
{
    QTest::addColumn<qreal>("fontScale");
    QTest::newRow("100%") << 1.0;
    QTest::newRow("200% fonts") << 2.0;  // what a doubled font asks of the layout
}

void TestUsability::tourNeverCut()
{
    QFETCH(qreal, fontScale);
    const QFont original = QApplication::font();
    QFont font = original;
    font.setPointSizeF(original.pointSizeF() * fontScale);
    QApplication::setFont(font);
    m_client->findChild<QAction *>(QStringLiteral("actionTour"))->trigger();
    auto *tour = m_client->findChild<TourDialog *>();
    QVERIFY(tour);
    QVERIFY(QTest::qWaitForWindowExposed(tour));
    auto *text = child<QLabel>(tour, "tourText");
    qInfo("device pixel ratio %g, screen %dx%d, tour %dx%d", tour->devicePixelRatioF(),
          tour->screen()->availableGeometry().width(), tour->screen()->availableGeometry().height(),
          tour->width(), tour->height());
    const QSize first = tour->size();
    QVERIFY2(tour->screen()->availableGeometry().contains(tour->frameGeometry()),
             "the tour is within the screen");
    for (int step = 0; step < tour->stepCount(); ++step) {
        tour->showStep(step);
        QCoreApplication::processEvents();
        QVERIFY2(text->height() >= text->heightForWidth(text->width()),
                 qPrintable(QStringLiteral("step %1: %2 px tall, needs %3").arg(step + 1).arg(text->height())
                                .arg(text->heightForWidth(text->width()))));
        QCOMPARE(tour->size(), first);  // the buttons never jump
    }
    tour->showStep(0);
    const QString endpoint = QStringLiteral("127.0.0.1:%1").arg(m_server->server()->port());
    QVERIFY2(tour->stepText().contains(endpoint), qPrintable(tour->stepText()));
    QVERIFY(!tour->stepText().contains(QStringLiteral("run.sh")));
    delete tour;
    QApplication::setFont(original);
}

void TestUsability::inspectorFixedFontAlignedPlurals()
{
    const quint16 port = m_server->server()->port();
    sendTo(port, "A");
    sendTo(port, "Bob");
    auto *log = child<QTableView>(m_server, "logView");
    QTRY_COMPARE(log->model()->rowCount(), 2);
    auto *detail = child<QPlainTextEdit>(m_server, "detailView");
    QVERIFY(QFontInfo(detail->font()).fixedPitch());
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

void TestUsability::peersFitWithTitle()
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

void TestUsability::messageBarAsTallAsItsText()
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

void TestUsability::inputStaysStill()
{
    auto *input = child<QLineEdit>(m_client, "messageEdit");
    const QRect before = input->geometry();
    QTest::keyClick(input, Qt::Key_Return);  // empty: the hint says why nothing was sent
    auto *hint = child<QLabel>(m_client, "hintLabel");
    QTRY_VERIFY(hint->isVisible());
    QCoreApplication::processEvents();
    QCOMPARE(input->geometry(), before);
}

void TestUsability::conditionsFoldToOneLine()
{
    auto *check = child<QCheckBox>(m_client, "conditionsCheck");
    auto *frame = child<QWidget>(m_client, "conditionsFrame");
    QVERIFY(!check->isChecked());
    QVERIFY(!frame->isVisible());
    QCOMPARE(m_client->conditionsPanel()->height(), check->height());  // no empty bar under it
    check->setChecked(true);
    QVERIFY(frame->isVisible());
}

void TestUsability::summaryResetsOnlyWhenAsked()
{
    auto *check = child<QCheckBox>(m_client, "conditionsCheck");
    check->setChecked(true);
    child<QSpinBox>(m_client, "dropInSpin")->setValue(100);
    m_client->client()->setTimeout(50);
    auto *input = child<QLineEdit>(m_client, "messageEdit");
    input->setText(QStringLiteral("Alice"));
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_COMPARE(m_client->client()->stats().lost, 1);
    child<QSpinBox>(m_client, "dropInSpin")->setValue(0);  // a setting moved: the loss still counts
    QCOMPARE(m_client->client()->stats().lost, 1);
    auto *summary = child<QLabel>(m_client, "summaryLabel");
    QTRY_VERIFY2(summary->text().contains(QStringLiteral("lost 1")), qPrintable(summary->text()));
    QTest::mouseClick(child<QPushButton>(m_client, "resetButton"), Qt::LeftButton);
    QCOMPARE(m_client->client()->stats().sent, 0);
    QTRY_VERIFY2(summary->text().contains(QStringLiteral("lost 0")), qPrintable(summary->text()));
    // A new session starts from zero, and the conversation says so.
    input->setText(QStringLiteral("Bob"));
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_COMPARE(m_client->client()->stats().answered, 1);
    m_client->startNewSession();
    QTRY_COMPARE(m_client->client()->sessionNumber(), 2);
    QTRY_COMPARE(m_client->client()->stats().sent, 0);
    const ConversationModel *c = m_client->conversation();
    QVERIFY(c->index(c->rowCount() - 1).data().toString().contains(QStringLiteral("start again from zero")));
}

void TestUsability::copyKeepsEveryByte()
{
    auto *input = child<QLineEdit>(m_client, "messageEdit");
    input->setText(QStringLiteral("Alice"));
    QTest::keyClick(input, Qt::Key_Return);
    const ConversationModel *c = m_client->conversation();
    QTRY_COMPARE(c->index(c->rowCount() - 1).data(ConversationModel::KindRole).toInt(), int(ConversationModel::Kind::Reply));
    const QModelIndex reply = c->index(c->rowCount() - 1);
    QCOMPARE(ConversationMenu::copyText(reply, false), QStringLiteral("Hello Alice!\n"));
    QCOMPARE(ConversationMenu::copyText(reply, true), QStringLiteral("48 65 6c 6c 6f 20 41 6c 69 63 65 21 0a"));
}

void TestUsability::tabOrderFollowsScreen()
{
    QStringList chain;
    QWidget *start = child<QWidget>(m_client, "addressEdit");
    QWidget *w = start;
    do {
        if ((w->focusPolicy() & Qt::TabFocus) && !w->objectName().isEmpty() && w->window() == m_client)
            chain << w->objectName();
        w = w->nextInFocusChain();
    } while (w != start && chain.size() < 40);
    const QStringList expected{QStringLiteral("addressEdit"), QStringLiteral("portSpin"), QStringLiteral("timeoutSpin"),
                               QStringLiteral("newSessionButton"), QStringLiteral("conditionsCheck"),
                               QStringLiteral("dropOutSpin"), QStringLiteral("dropInSpin"), QStringLiteral("duplicateSpin"),
                               QStringLiteral("delaySpin"), QStringLiteral("jitterSpin"), QStringLiteral("reorderSpin"),
                               QStringLiteral("seedSpin"), QStringLiteral("resetButton"), QStringLiteral("conversationView"),
                               QStringLiteral("messageEdit"), QStringLiteral("hexCheck"), QStringLiteral("sendButton")};
    QStringList named;
    for (const QString &name : chain) {
        if (expected.contains(name))
            named << name;
    }
    QCOMPARE(named, expected);
}

void TestUsability::filterClearButtonNamed()
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

void TestUsability::demoWithinScreen_data()
{
    QTest::addColumn<QRect>("available");
    QTest::newRow("1920x1080 with a panel") << QRect(0, 27, 1920, 1053);
    QTest::newRow("1366x768") << QRect(0, 0, 1366, 728);
    QTest::newRow("1280x1024 right of another") << QRect(1920, 0, 1280, 1024);
    QTest::newRow("800x600") << QRect(0, 0, 800, 600);
    QTest::newRow("3840x2160") << QRect(0, 0, 3840, 2160);
}

void TestUsability::demoWithinScreen()
{
    QFETCH(QRect, available);
    const QMargins frame(4, 32, 4, 4);
    const QList<QRect> places = WindowPlacement::demoLayout(available, QSize(1100, 640), QSize(520, 640), frame);
    QCOMPARE(places.size(), 3);
    for (const QRect &place : places) {
        QVERIFY2(available.contains(place.marginsAdded(frame)),
                 qPrintable(QStringLiteral("%1,%2 %3x%4").arg(place.x()).arg(place.y()).arg(place.width()).arg(place.height())));
    }
    QVERIFY(!places[1].marginsAdded(frame).intersects(places[2].marginsAdded(frame)));
    QVERIFY(!places[0].marginsAdded(frame).intersects(places[1].marginsAdded(frame)));
}

QTEST_MAIN(TestUsability)
#include "tst_usability.moc"
