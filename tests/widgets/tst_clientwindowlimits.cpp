// SPDX-License-Identifier: MIT
// The client window against what it does not control, offscreen: a 100,000-character host name,
// a saved 32,767-px geometry, a saved host too long to be one. A hostile server is tst_clientwindowflood's.
#include "clientsettings.h"
#include "clientwindow.h"

#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

#include "widgettestutil.h"

class TestClientLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void longHostDoesNotWidenWindow();
    void savedGeometryClampedToScreen();
    void savedLongHostIgnored();
};

void TestClientLimits::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // never the user's settings
    QCoreApplication::setOrganizationName(QStringLiteral("udpchat-tests"));
    QSettings().clear();
}

void TestClientLimits::longHostDoesNotWidenWindow()
{
    ClientOptions options;
    options.host = QString(100000, QLatin1Char('a'));
    ClientWindow window(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *error = child<QLabel>(&window, "addressErrorLabel");
    QVERIFY(error->isVisible());  // not a valid host name: said next to the field
    QVERIFY(error->text().size() < 500);
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(window.width() <= available.width(), qPrintable(QString::number(window.width())));
    QVERIFY2(window.minimumSizeHint().width() <= available.width(),
             qPrintable(QString::number(window.minimumSizeHint().width())));
}

void TestClientLimits::savedGeometryClampedToScreen()
{
    {
        QMainWindow wide;
        wide.setGeometry(100, 100, 32767, 700);
        QSettings().setValue(QStringLiteral("clientWindow/geometry"), wide.saveGeometry());
    }
    ClientOptions options;
    ClientWindow window(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    QString shown;
    QDebug(&shown) << window.frameGeometry() << "in" << available;
    QVERIFY2(available.contains(window.frameGeometry()), qPrintable(shown));
    QSettings().remove(QStringLiteral("clientWindow"));
}

void TestClientLimits::savedLongHostIgnored()
{
    QSettings().setValue(QStringLiteral("client/host"), QString(1 << 20, QLatin1Char('h')));
    ClientOptions options;
    ClientSettings::load(&options);
    QCOMPARE(options.host, ClientOptions().host);
    QSettings().remove(QStringLiteral("client"));
}

QTEST_MAIN(TestClientLimits)
#include "tst_clientwindowlimits.moc"
