// SPDX-License-Identifier: MIT
// The server window when things go wrong: errors stay as long as they are true, settings stay in
// range, and the status bar says what was really bound.
#include "captureactions.h"
#include "datagramlogmodel.h"
#include "fulldisk.h"
#include "helloserver.h"
#include "logexport.h"
#include "messagebar.h"
#include "pcapngwriter.h"
#include "protocol.h"
#include "servercapture.h"
#include "serversettings.h"
#include "serverengine.h"
#include "serverwindow.h"
#include "widgettestutil.h"

#include <QAction>
#include <QComboBox>
#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QMainWindow>
#include <QScreen>
#include <QtTest>

class TestServerWindow : public QObject
{
    Q_OBJECT

private slots:
    void focusStartsInTheLog();
    void filterActionOpensNoDialog();
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }  // never the user's settings
    void init() { QSettings().clear(); }
    void logFileErrorOutlivesListen();
    void savedSettingsOutOfRangeIgnored();
    void dualStackShownAsBound();
    void replyControlAppliesAtOnce();
    void captureInTheWindow();
    void captureFullDiskSaid();
    void savedGeometryClampedToScreen();
};

// --log-file /some/dir showed the red bar, then the successful listen hid it: nothing was logged
// and nothing said so.
void TestServerWindow::logFileErrorOutlivesListen()
{
    QTemporaryDir dir;
    ServerOptions options;
    options.port = 0;
    options.logFile = dir.path();  // a directory: cannot be opened as the log file
    ServerWindow window(options);
    window.show();
    QVERIFY(window.server()->isListening());
    auto *bar = child<MessageBar>(&window, "messageBar");
    auto *error = child<QLabel>(&window, "errorLabel");
    QVERIFY(bar->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Could not open the log file")), qPrintable(error->text()));
    auto *logAction = window.findChild<QAction *>(QStringLiteral("actionLogFile"));
    QVERIFY(logAction);
    QVERIFY(!logAction->isChecked());
    // Stop and listen again: still there, until dismissed.
    window.stopListening();
    QVERIFY(window.startListening());
    QVERIFY(bar->isVisible());
    QTest::mouseClick(child<QToolButton>(&window, "dismissButton"), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
}

void TestServerWindow::savedSettingsOutOfRangeIgnored()
{
    {
        QSettings s;
        s.beginGroup(QStringLiteral("server"));
        s.setValue(QStringLiteral("rateLimit"), 2147483647);
        s.setValue(QStringLiteral("maxRows"), 2000000000);
        s.setValue(QStringLiteral("port"), 70000);
    }
    ServerOptions options;
    ServerSettings::load(&options);
    QCOMPARE(options.rateLimit, Defaults::RateLimitAuto);
    QCOMPARE(options.maxRows, Defaults::LogRows.defaultValue);
    QCOMPARE(options.port, Defaults::Port);
    // The window's own limit is the same one.
    options.port = 0;
    ServerWindow window(options);
    auto *rate = child<QSpinBox>(&window, "rateLimitSpin");
    QCOMPARE(rate->maximum(), Defaults::RateLimit.max);
    rate->setValue(Defaults::RateLimit.max);
    QCOMPARE(window.server()->effectiveRateLimit(), Defaults::RateLimit.max);
}

void TestServerWindow::dualStackShownAsBound()
{
    ServerOptions options;
    options.port = 0;
    QVERIFY(Protocol::parseBindAddress(QStringLiteral("::"), &options.address));
    ServerWindow window(options);
    if (!window.server()->isListening())
        QSKIP("no IPv6 on this host");
    QCOMPARE(child<QLineEdit>(&window, "addressEdit")->text(), QStringLiteral("::"));
    const QString bound = QStringLiteral("UDP bound on [::]:%1").arg(window.server()->port());
    bool found = false;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        found = found || label->text() == bound;
    QVERIFY2(found, "the status bar does not say [::]");
}

void TestServerWindow::replyControlAppliesAtOnce()
{
    ServerOptions options;
    options.port = 0;
    ServerWindow window(options);
    auto *mode = child<QComboBox>(&window, "replyModeCombo");
    auto *text = child<QLineEdit>(&window, "replyTextEdit");
    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress::LocalHost, 0));
    const auto exchange = [&](const QByteArray &datagram) -> QByteArray {
        client.writeDatagram(datagram, QHostAddress::LocalHost, window.server()->port());
        // The server runs in this thread: wait with events, never blocking it.
        QDeadlineTimer deadline(5000);
        while (!client.hasPendingDatagrams() && !deadline.hasExpired())
            QTest::qWait(5);
        return client.hasPendingDatagrams() ? client.receiveDatagram().data() : QByteArray("<none>");
    };
    QCOMPARE(exchange("Ann"), QByteArray("Hello Ann!\n"));
    mode->setCurrentIndex(mode->findData(QStringLiteral("echo")));
    QCOMPARE(exchange("Ann"), QByteArray("Ann"));
    mode->setCurrentIndex(mode->findData(QStringLiteral("text")));
    QVERIFY(text->isVisibleTo(&window));
    text->setText(QStringLiteral("ACK {counter}\\n"));
    emit text->editingFinished();
    QCOMPARE(exchange("Ann"), QByteArray("ACK 2\n"));
    // A reply that does not parse is said, and the server keeps the last good one.
    text->setText(QStringLiteral("{oops}"));
    emit text->editingFinished();
    auto *error = child<QLabel>(&window, "errorLabel");
    QVERIFY2(error->text().contains(QStringLiteral("unknown macro {oops}")), qPrintable(error->text()));
    QCOMPARE(exchange("Ann"), QByteArray("ACK 3\n"));
    QCOMPARE(window.server()->replyModeName(), QStringLiteral("text"));
}

// --pcap in the window: a file that cannot be written is said in the message bar, the menu is not
// ticked and the server serves; a good one captures until listening stops; Export capture writes
// what the log holds.
void TestServerWindow::captureInTheWindow()
{
    QTemporaryDir dir;
    ServerOptions options;
    options.port = 0;
    options.pcapFile = dir.path();  // a directory
    ServerWindow window(options);
    window.show();
    QVERIFY(window.server()->isListening());
    auto *error = child<QLabel>(&window, "errorLabel");
    QVERIFY(child<MessageBar>(&window, "messageBar")->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Cannot write the capture")), qPrintable(error->text()));
    CaptureActions *captures = window.captureActions();
    QVERIFY(!captures->captureAction()->isChecked());

    const QString live = dir.filePath(QStringLiteral("live.pcapng"));
    QVERIFY(captures->setCaptureFile(live));
    QVERIFY(captures->captureAction()->isChecked());
    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress::LocalHost, 0));
    client.writeDatagram("Alice", QHostAddress::LocalHost, window.server()->port());
    QTRY_VERIFY(client.hasPendingDatagrams());  // answered: the reply is in the capture
    QTRY_COMPARE(window.log()->rowCount(), 1);
    const QString exported = dir.filePath(QStringLiteral("exported.pcapng"));
    QVERIFY(captures->exportCapture(exported));
    window.stopListening();  // the live capture is complete now
    QFile liveFile(live);
    QVERIFY(liveFile.open(QIODevice::ReadOnly));
    QFile exportedFile(exported);
    QVERIFY(exportedFile.open(QIODevice::ReadOnly));
    const QByteArray liveBytes = liveFile.readAll();
    QVERIFY(liveBytes.contains("Hello Alice!\n"));
    QCOMPARE(exportedFile.readAll().size(), liveBytes.size());  // the same two packets after the same headers
}

// A capture on a full disk: "No space left on device" in the message bar, the menu still ticked
// (it waits for room), and the server still answering.
void TestServerWindow::captureFullDiskSaid()
{
    FullDisk disk;
    if (const QString why = disk.make(); !why.isEmpty())
        QSKIP(qPrintable(why));
    ServerOptions options;
    options.port = 0;
    options.pcapFile = disk.filePath(QStringLiteral("full.pcapng"));
    ServerWindow window(options);
    window.show();
    QVERIFY(window.captureActions()->captureAction()->isChecked());
    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress::LocalHost, 0));
    for (int i = 0; i < 20; ++i)  // 40 packets of about 500 bytes: more than the room left
        client.writeDatagram(QByteArray(400, 'a' + char(i)), QHostAddress::LocalHost, window.server()->port());
    // The capture writes on the server's engine thread: asked there.
    const auto pending = [&] {
        return window.server()->call([](ServerSession &session) { return session.capture().writer()->pendingCount(); });
    };
    QTRY_COMPARE(pending(), qint64(40));
    window.server()->call([](ServerSession &session) { session.capture().writer()->flush(); });  // the 1 s timer's
    auto *error = child<QLabel>(&window, "errorLabel");
    QTRY_VERIFY(child<MessageBar>(&window, "messageBar")->isVisible());  // told across threads, queued
    QVERIFY2(error->text().contains(QStringLiteral("No space left on device")), qPrintable(error->text()));
    QVERIFY(window.captureActions()->captureAction()->isChecked());
    client.writeDatagram("still", QHostAddress::LocalHost, window.server()->port());
    QTRY_VERIFY(client.hasPendingDatagrams());
}

// A saved geometry 32,767 px wide opened the server window that wide (127 MB of backing store);
// the client clamped it. Both follow WindowPlacement::restore now.
void TestServerWindow::savedGeometryClampedToScreen()
{
    {
        QMainWindow wide;
        wide.setGeometry(100, 100, 32767, 700);
        QSettings().setValue(QStringLiteral("serverWindow/geometry"), wide.saveGeometry());
    }
    ServerOptions options;
    options.port = 0;
    ServerWindow window(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    QString shown;
    QDebug(&shown) << window.frameGeometry() << "in" << available;
    // No wider than the screen, unless the window cannot be made that narrow (then its minimum).
    QVERIFY2(window.width() <= qMax(available.width(), window.minimumSizeHint().width()), qPrintable(shown));
    if (window.minimumSizeHint().width() <= available.width())
        QVERIFY2(available.contains(window.frameGeometry()), qPrintable(shown));
}

// The first thing typed used to land in the rate limit (the bind row's first field).
void TestServerWindow::focusStartsInTheLog()
{
    ServerOptions options;
    options.port = 0;
    ServerWindow window(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.focusWidget(), window.findChild<QTableView *>(QStringLiteral("logView")));
}

// Edit > Filter had an ellipsis, which promises a dialog; it moves the caret to the filter field.
void TestServerWindow::filterActionOpensNoDialog()
{
    ServerOptions options;
    options.port = 0;
    ServerWindow window(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *filter = window.findChild<QAction *>(QStringLiteral("actionFilter"));
    QVERIFY(filter);
    QVERIFY2(!filter->text().endsWith(QChar(0x2026)) && !filter->text().endsWith(QStringLiteral("...")),
             qPrintable(filter->text()));
    filter->trigger();
    QCOMPARE(window.focusWidget(), window.findChild<QLineEdit *>(QStringLiteral("filterEdit")));
    QVERIFY(QApplication::activeModalWidget() == nullptr);
}

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
