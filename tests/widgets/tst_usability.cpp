// SPDX-License-Identifier: MIT
// What a new user trips over, asserted offscreen: the tour is never cut, the input never moves,
// the conditions fold away, counts reset only when asked, Tab follows the screen, and the demo's
// windows lie within the screen. The server window's part is tst_serverusability.
#include "clientwindow.h"
#include "conditionspanel.h"
#include "conversationmenu.h"
#include "conversationmodel.h"
#include "helloserver.h"
#include "serverengine.h"
#include "serverwindow.h"
#include "tourdialog.h"
#include "translations.h"
#include "windowplacement.h"

#include <QAccessible>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest>

#include "widgettestutil.h"
#include "windowpair.h"

class TestUsability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tourNeverCut_data();
    void tourNeverCut();
    void inputStaysStill();
    void conditionsFoldToOneLine();
    void summaryResetsOnlyWhenAsked();
    void copyKeepsEveryByte();
    void tabOrderFollowsScreen();
    void demoWithinScreen_data();
    void demoWithinScreen();
    void namesCarryNoColon();

private:
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
    openWindowPair(&m_server, &m_client);
}

void TestUsability::cleanup()
{
    delete m_client;
    delete m_server;
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
    } while (w != start && chain.size() < 100);
    const QStringList expected{QStringLiteral("addressEdit"), QStringLiteral("portSpin"), QStringLiteral("timeoutSpin"),
                               QStringLiteral("newSessionButton"), QStringLiteral("expectCombo"),
                               QStringLiteral("answererCombo"), QStringLiteral("encodingCombo"),
                               QStringLiteral("socketOptionsToggle"), QStringLiteral("conditionsCheck"),
                               QStringLiteral("dropOutSpin"), QStringLiteral("dropInSpin"), QStringLiteral("duplicateSpin"),
                               QStringLiteral("delaySpin"), QStringLiteral("jitterSpin"), QStringLiteral("reorderSpin"),
                               QStringLiteral("seedSpin"), QStringLiteral("resetButton"), QStringLiteral("conversationView"),
                               QStringLiteral("messageEdit"), QStringLiteral("hexCheck"), QStringLiteral("sendButton")};
    QStringList named;
    for (const QString &name : chain) {
        if (expected.contains(name))
            named << name;
    }
    QCOMPARE(named.join(QLatin1Char(' ')), expected.join(QLatin1Char(' ')));
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

// A screen reader says a field's name: "Port", not "Port colon". Qt names a field after its
// buddy label, colon and all, unless the field has a name of its own.
void TestUsability::namesCarryNoColon()
{
    for (QWidget *window : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_client)}) {
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(window) || w->focusPolicy() == Qt::NoFocus || qobject_cast<QLabel *>(w))
                continue;
            QAccessibleInterface *field = QAccessible::queryAccessibleInterface(w);
            if (!field)
                continue;
            const QString name = field->text(QAccessible::Name).trimmed();
            QVERIFY2(!name.endsWith(QLatin1Char(':')) && !name.endsWith(QChar(0xFF1A)),
                     qPrintable(QStringLiteral("%1 (%2) is named \"%3\"").arg(w->objectName(),
                                QString::fromLatin1(w->metaObject()->className()), name)));
        }
    }
}

QTEST_MAIN(TestUsability)
#include "tst_usability.moc"
