// SPDX-License-Identifier: MIT
// The client window's Socket options reach the engine: a local port typed in is the source port
// the server sees over loopback, a port in use gets the engine's sentence, the TTL and loopback
// are read back with getsockopt; and the window's sending choices survive a restart (settings).
#include "clientoptions.h"
#include "clientsettings.h"
#include "clientsocketsetup.h"
#include "clientwindow.h"
#include "conversationmodel.h"
#include "helloclient.h"
#include "servicecontrols.h"
#include "socketoptionspanel.h"
#include "udptestutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QtTest>

#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>

class TestSocketOptionsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void localPortIsTheSourcePort();
    void localPortInUseIsSaid();
    void ttlAndLoopbackReachTheSocket();
    void settingsRoundTrip();
    void windowShowsAndSavesItsChoices();
};

void TestSocketOptionsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("udpchat-test-socketoptions"));
    QSettings().clear();
}

void TestSocketOptionsPanel::localPortIsTheSourcePort()
{
    QUdpSocket server;
    QVERIFY(bindClient(server));
    quint16 freePort = 0;
    {
        QUdpSocket probe;  // a port free a moment ago; the kernel does not hand it out again at once
        QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
        freePort = probe.localPort();
    }
    HelloClient client;
    SocketOptionsPanel panel(&client);
    panel.findChild<QSpinBox *>(QStringLiteral("localPortSpin"))->setValue(freePort);
    panel.findChild<QLineEdit *>(QStringLiteral("localAddressEdit"))->setText(QStringLiteral("127.0.0.1"));
    QCOMPARE(client.socketOptions().localPort, freePort);
    client.setServer(QStringLiteral("127.0.0.1"), server.localPort());
    QVERIFY(client.send("x") > 0);
    const QNetworkDatagram got = waitForDatagram(server);
    QCOMPARE(got.data(), QByteArray("x"));
    QCOMPARE(quint16(got.senderPort()), freePort);
}

void TestSocketOptionsPanel::localPortInUseIsSaid()
{
    QUdpSocket taken;
    QVERIFY(taken.bind(QHostAddress::LocalHost, 0));
    HelloClient client;
    SocketOptionsPanel panel(&client);
    panel.findChild<QSpinBox *>(QStringLiteral("localPortSpin"))->setValue(taken.localPort());
    panel.findChild<QLineEdit *>(QStringLiteral("localAddressEdit"))->setText(QStringLiteral("127.0.0.1"));
    QSignalSpy errors(&client, &HelloClient::errorOccurred);
    client.start(QStringLiteral("127.0.0.1"), 9);
    QTRY_VERIFY(!errors.isEmpty());
    QCOMPARE(errors.at(0).at(0).value<HelloClient::Error>(), HelloClient::Error::LocalPortInUse);
    QVERIFY(errors.at(0).at(1).toString().contains(QString::number(taken.localPort())));
}

void TestSocketOptionsPanel::ttlAndLoopbackReachTheSocket()
{
    HelloClient client;
    SocketOptionsPanel panel(&client);
    panel.findChild<QSpinBox *>(QStringLiteral("ttlSpin"))->setValue(9);
    panel.findChild<QCheckBox *>(QStringLiteral("loopbackCheck"))->setChecked(false);
    QCOMPARE(client.socketOptions().ttl, 9);
    ClientSocketSetup::Failure failure = ClientSocketSetup::Failure::None;
    QString why;
    // Made only, nothing is sent: the group options as the engine applies them, read back.
    std::unique_ptr<QUdpSocket> socket(ClientSocketSetup::create(client.socketOptions(),
                                                                 QHostAddress(QStringLiteral("239.255.0.1")),
                                                                 nullptr, &failure, &why));
    QVERIFY2(socket, qPrintable(why));
    int value = -1;
    socklen_t size = sizeof value;
    QCOMPARE(::getsockopt(int(socket->socketDescriptor()), IPPROTO_IP, IP_MULTICAST_TTL, &value, &size), 0);
    QCOMPARE(size == 1 ? int(*reinterpret_cast<unsigned char *>(&value)) : value, 9);
    value = -1;
    size = sizeof value;
    QCOMPARE(::getsockopt(int(socket->socketDescriptor()), IPPROTO_IP, IP_MULTICAST_LOOP, &value, &size), 0);
    QCOMPARE(size == 1 ? int(*reinterpret_cast<unsigned char *>(&value)) : value, 0);
}

void TestSocketOptionsPanel::settingsRoundTrip()
{
    QSettings().clear();
    ClientOptions saved;
    saved.expectAny = true;
    saved.socket.anySender = true;
    saved.encoding = TextEncoding::Encoding::Gb18030;
    saved.socket.localAddress = QHostAddress(QStringLiteral("127.0.0.1"));
    saved.socket.localPort = 40123;
    saved.socket.ttl = 12;
    saved.socket.multicastLoopback = false;
    saved.socket.interfaceName = QStringLiteral("lo");  // usually not multicast-capable: then not restored
    ClientSettings::save(saved);
    ClientOptions loaded;
    ClientSettings::load(&loaded);
    QCOMPARE(loaded.expectAny, true);
    QCOMPARE(loaded.socket.anySender, true);
    QCOMPARE(loaded.encoding, TextEncoding::Encoding::Gb18030);
    QCOMPARE(loaded.socket.localAddress, saved.socket.localAddress);
    QCOMPARE(loaded.socket.localPort, quint16(40123));
    QCOMPARE(loaded.socket.ttl, 12);
    QCOMPARE(loaded.socket.multicastLoopback, false);
    QCOMPARE(loaded.socket.interfaceName.isEmpty(), !ClientSocketSetup::interfaceProblem(QStringLiteral("lo")).isEmpty());
    // Damaged values leave the defaults.
    QSettings s;
    s.setValue(QStringLiteral("client/ttl"), 999);
    s.setValue(QStringLiteral("client/encoding"), QStringLiteral("klingon"));
    s.setValue(QStringLiteral("client/localAddress"), QStringLiteral("not an address"));
    s.sync();
    ClientOptions damaged;
    ClientSettings::load(&damaged);
    QCOMPARE(damaged.socket.ttl, Defaults::MulticastTtl.defaultValue);
    QCOMPARE(damaged.encoding, TextEncoding::Encoding::Utf8);
    QVERIFY(damaged.socket.localAddress.isNull());
    QSettings().clear();
}

void TestSocketOptionsPanel::windowShowsAndSavesItsChoices()
{
    QSettings().clear();
    ClientOptions options;
    options.socket.ttl = 5;
    options.socket.multicastLoopback = false;
    options.expectAny = true;
    auto *window = new ClientWindow(options);
    QCOMPARE(window->findChild<QSpinBox *>(QStringLiteral("ttlSpin"))->value(), 5);
    QVERIFY(!window->findChild<QCheckBox *>(QStringLiteral("loopbackCheck"))->isChecked());
    window->findChild<QSpinBox *>(QStringLiteral("ttlSpin"))->setValue(6);
    window->findChild<QComboBox *>(QStringLiteral("encodingCombo"))->setCurrentIndex(int(TextEncoding::Encoding::Latin1));
    window->close();
    delete window;
    ClientOptions loaded;
    ClientSettings::load(&loaded);
    QCOMPARE(loaded.socket.ttl, 6);
    QCOMPARE(loaded.socket.multicastLoopback, false);
    QCOMPARE(loaded.expectAny, true);
    QCOMPARE(loaded.encoding, TextEncoding::Encoding::Latin1);
    QSettings().clear();
}

QTEST_MAIN(TestSocketOptionsPanel)
#include "tst_socketoptionspanel.moc"
