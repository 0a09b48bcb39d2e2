// SPDX-License-Identifier: MIT
// The server window's Receive buffer field (--recv-buffer in the window): what is set reaches the
// socket when listening starts (asked of the kernel, read back from the descriptor), the granted
// size is shown, the setting is kept and checked, and a small buffer really overflows: the status
// bar counts the drops.
#include "bytesizespinbox.h"
#include "counterslabel.h"
#include "helloserver.h"
#include "platformio.h"
#include "serversettings.h"
#include "serverengine.h"
#include "serverwindow.h"
#include "socketdrops.h"
#include "translations.h"
#include "udptestutil.h"
#include "widgettestutil.h"

#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <netinet/in.h>
#include <sys/socket.h>
#endif

namespace {
constexpr int SmallBuffer = 4096;
constexpr int Burst = 2000;

// SO_RCVBUF of this process's UDP socket bound to port, asked of the kernel: the engine's own
// figure is not taken on trust. -1 if no such socket (or no way to ask).
int kernelReceiveBuffer(quint16 port)
{
#ifdef Q_OS_UNIX
    for (int fd = 0; fd < 1024; ++fd) {
        sockaddr_storage address{};
        socklen_t length = sizeof address;
        int type = 0;
        socklen_t typeLength = sizeof type;
        if (::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0
            || ::getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &typeLength) != 0 || type != SOCK_DGRAM)
            continue;
        quint16 bound = 0;
        if (address.ss_family == AF_INET)
            bound = ntohs(reinterpret_cast<const sockaddr_in *>(&address)->sin_port);
        else if (address.ss_family == AF_INET6)
            bound = ntohs(reinterpret_cast<const sockaddr_in6 *>(&address)->sin6_port);
        int size = 0;
        socklen_t sizeLength = sizeof size;
        if (bound == port && ::getsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, &sizeLength) == 0)
            return size;
    }
#else
    Q_UNUSED(port);
#endif
    return -1;
}

// Types text into the field as a user does, over what was there, and leaves it.
void typeInto(ByteSizeSpinBox *spin, const QString &text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClick(spin, Qt::Key_Delete);
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Tab);
}

ServerOptions loopbackOptions()
{
    ServerOptions options;
    options.port = 0;
    return options;
}
} // namespace

class TestReceiveBufferControl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);  // never the user's settings
        installTranslations(QStringLiteral("en"));  // English plural forms: "1 byte"
    }
    void init() { QSettings().clear(); }
    void typedSizeReachesTheSocket();
    void defaultAsksWhatTheServerDoes();
    void cappedSaidSo();
    void editedOnlyWhileStopped();
    void savedAndRestored();
    void savedOutOfRangeIgnored();
    void commandLineWins();
    void dropsNotCountedSaidSo();
    void smallBufferDropsShown();
};

void TestReceiveBufferControl::typedSizeReachesTheSocket()
{
    ServerWindow window(loopbackOptions());
    window.show();
    QVERIFY(window.server()->isListening());
    window.stopListening();
    auto *spin = child<ByteSizeSpinBox>(&window, "receiveBufferSpin");
    typeInto(spin, QStringLiteral("4 KiB"));
    QTest::mouseClick(child<QPushButton>(&window, "listenButton"), Qt::LeftButton);
    QVERIFY(window.server()->isListening());
    const int kernel = kernelReceiveBuffer(window.server()->port());
#ifdef Q_OS_LINUX
    QCOMPARE(kernel, 2 * SmallBuffer);  // Linux keeps twice what is asked
    QVERIFY(child<QLabel>(&window, "receiveBufferGrantedLabel")->toolTip().contains(QStringLiteral("doubles")));
#else
    if (kernel < 0)
        QSKIP("cannot ask this system for the socket's buffer");
    QVERIFY2(kernel >= SmallBuffer, qPrintable(QString::number(kernel)));
#endif
    QCOMPARE(window.server()->receiveBufferSize(), kernel);
    auto *granted = child<QLabel>(&window, "receiveBufferGrantedLabel");
    QCOMPARE(granted->text(), QStringLiteral("granted %1").arg(ByteSizeSpinBox::sizeText(kernel)));
    QVERIFY2(granted->toolTip().contains(QLocale().toString(kernel)), qPrintable(granted->toolTip()));
    QVERIFY2(granted->toolTip().contains(QLocale().toString(SmallBuffer)), qPrintable(granted->toolTip()));
}

void TestReceiveBufferControl::defaultAsksWhatTheServerDoes()
{
    ServerOptions options = loopbackOptions();
    options.receiveBuffer = SmallBuffer;  // as --recv-buffer 4096
    ServerWindow window(options);
    QCOMPARE(child<ByteSizeSpinBox>(&window, "receiveBufferSpin")->value(), SmallBuffer);
    QCOMPARE(window.server()->wantedReceiveBuffer(), SmallBuffer);
    window.stopListening();
    typeInto(child<ByteSizeSpinBox>(&window, "receiveBufferSpin"), QString());
    QVERIFY(window.startListening());
    QCOMPARE(window.server()->wantedReceiveBuffer(), int(Defaults::ServerReceiveBuffer));
    // Whatever the system's ceiling, more than the small buffer gave.
    QVERIFY(kernelReceiveBuffer(window.server()->port()) > 2 * SmallBuffer);
}

// More than the system allows: the figure shown is the kernel's, and the tooltip says why it is
// not twice what was asked.
void TestReceiveBufferControl::cappedSaidSo()
{
#ifndef Q_OS_LINUX
    QSKIP("net.core.rmem_max is Linux's");
#else
    QFile file(QStringLiteral("/proc/sys/net/core/rmem_max"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const qint64 ceiling = file.readAll().trimmed().toLongLong();
    if (ceiling <= 0 || 2 * ceiling > Defaults::ReceiveBuffer.max)
        QSKIP("no ceiling to ask beyond");
    ServerOptions options = loopbackOptions();
    options.receiveBuffer = int(2 * ceiling);
    ServerWindow window(options);
    QVERIFY(window.server()->isListening());
    const int kernel = kernelReceiveBuffer(window.server()->port());
    QCOMPARE(kernel, 2 * ceiling);  // capped: twice the ceiling, not twice what was asked
    auto *granted = child<QLabel>(&window, "receiveBufferGrantedLabel");
    QCOMPARE(granted->text(), QStringLiteral("granted %1").arg(ByteSizeSpinBox::sizeText(kernel)));
    QVERIFY2(granted->toolTip().contains(QStringLiteral("net.core.rmem_max")), qPrintable(granted->toolTip()));
#endif
}

void TestReceiveBufferControl::editedOnlyWhileStopped()
{
    ServerWindow window(loopbackOptions());
    auto *spin = child<ByteSizeSpinBox>(&window, "receiveBufferSpin");
    auto *granted = child<QLabel>(&window, "receiveBufferGrantedLabel");
    QVERIFY(window.server()->isListening());
    QVERIFY(!spin->isEnabled());  // the socket has its buffer: a change would not reach it
    QVERIFY(!granted->text().isEmpty());
    window.stopListening();
    QVERIFY(spin->isEnabled());
    QVERIFY(granted->text().isEmpty());  // no socket, nothing granted
}

void TestReceiveBufferControl::savedAndRestored()
{
    {
        ServerWindow window(loopbackOptions());
        window.show();
        window.stopListening();
        typeInto(child<ByteSizeSpinBox>(&window, "receiveBufferSpin"), QStringLiteral("64k"));
        window.close();  // saves
    }
    ServerOptions options = loopbackOptions();
    ServerSettings::load(&options);
    QCOMPARE(options.receiveBuffer, 65536);
    options.port = 0;
    ServerWindow window(options);
    QCOMPARE(child<ByteSizeSpinBox>(&window, "receiveBufferSpin")->value(), 65536);
    QCOMPARE(window.server()->wantedReceiveBuffer(), 65536);
}

void TestReceiveBufferControl::savedOutOfRangeIgnored()
{
    const QVariantList bad{qint64(Defaults::ReceiveBuffer.max) + 1, -5, QStringLiteral("lots"), qint64(1) << 40};
    for (const QVariant &value : bad) {
        QSettings().setValue(QStringLiteral("server/receiveBuffer"), value);
        ServerOptions options;
        options.receiveBuffer = SmallBuffer;
        ServerSettings::load(&options);
        QCOMPARE(options.receiveBuffer, SmallBuffer);  // left as it was
    }
    QSettings().setValue(QStringLiteral("server/receiveBuffer"), Defaults::ReceiveBuffer.max);
    ServerOptions options;
    ServerSettings::load(&options);
    QCOMPARE(options.receiveBuffer, Defaults::ReceiveBuffer.max);  // the limit itself is in range
}

// The real program: saved 64 KiB, --recv-buffer 8192 given: the window asks for 8192 and, closed,
// remembers it (as it does the port and the other settings given on the command line).
void TestReceiveBufferControl::commandLineWins()
{
#ifndef Q_OS_UNIX
    QSKIP("XDG_CONFIG_HOME is where the settings are on Unix");
#else
    QTemporaryDir home;
    const QString file = home.filePath(QStringLiteral("config/udpchat/udpchat-server.conf"));
    QSettings(file, QSettings::IniFormat).setValue(QStringLiteral("server/receiveBuffer"), 65536);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    QUdpSocket client;
    QVERIFY(bindClient(client));
    quint16 port = 0;
    {
        QUdpSocket probe;  // a free port, for the window to listen on and this test to find
        QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
        port = probe.localPort();
    }
    QProcess window;
    window.setProcessEnvironment(env);
    window.start(QStringLiteral(UDPCHAT_SERVER_BIN), {QStringLiteral("--port"), QString::number(port),
                                                      QStringLiteral("--recv-buffer"), QStringLiteral("8192")});
    QVERIFY(window.waitForStarted());
    bool serving = false;  // answered: listening, its settings read and its signals handled
    for (QDeadlineTimer deadline(15000); !serving && !deadline.hasExpired();) {
        client.writeDatagram("probe", QHostAddress::LocalHost, port);
        serving = client.waitForReadyRead(200);
    }
    window.terminate();  // closes the window, which saves
    QVERIFY(window.waitForFinished(10000));
    const QString errors = QString::fromLocal8Bit(window.readAllStandardError());
    QVERIFY2(serving, qPrintable(errors));
    QCOMPARE(window.exitCode(), 0);
    QCOMPARE(QSettings(file, QSettings::IniFormat).value(QStringLiteral("server/receiveBuffer")).toInt(), 8192);
#endif
}

// Where the system cannot count its drops (another system, or a UDPCHAT_PORTABLE_IO build), the
// counters say so rather than show a 0 that would mean none were lost; so does --help.
void TestReceiveBufferControl::dropsNotCountedSaidSo()
{
    QCOMPARE(SocketDrops::isSupported(), bool(UDPCHAT_LINUX_IO));
    ServerWindow window(loopbackOptions());
    auto *counters = window.findChild<CountersLabel *>();
    QVERIFY(counters);
    QTRY_VERIFY(counters->text().contains(QStringLiteral("dropped by the system:")));
    QCOMPARE(counters->text().contains(QStringLiteral("dropped by the system: not counted here")),
             !SocketDrops::isSupported());
    QCOMPARE(counters->toolTip().contains(QStringLiteral("This system does not say how many")),
             !SocketDrops::isSupported());
}

void TestReceiveBufferControl::smallBufferDropsShown()
{
    if (!SocketDrops::isSupported())
        QSKIP("this system does not count a socket's drops");
    ServerWindow window(loopbackOptions());
    window.show();
    window.stopListening();
    typeInto(child<ByteSizeSpinBox>(&window, "receiveBufferSpin"), QString::number(SmallBuffer));
    QVERIFY(window.startListening());
    QUdpSocket client;
    QVERIFY(bindClient(client));
    const quint16 port = window.server()->port();
    // The engine's thread is held while the burst goes out: the server reads none of it meanwhile.
    ServerSession *session = window.server()->call([](ServerSession &s) { return &s; });
    QSemaphore held;
    QSemaphore hold;
    QMetaObject::invokeMethod(session, [&] {
        held.release();
        hold.acquire();
    }, Qt::QueuedConnection);
    held.acquire();
    int sent = 0;
    for (int i = 0; i < Burst; ++i) {
        const QByteArray payload = "burst " + QByteArray::number(i);
        sent += client.writeDatagram(payload, QHostAddress::LocalHost, port) == payload.size();
    }
    hold.release();
    QCOMPARE(sent, Burst);
    ServerEngine *server = window.server();
    QTRY_COMPARE_WITH_TIMEOUT(server->counters().received + server->counters().droppedBySystem, quint64(Burst), 10000);
    const quint64 dropped = server->counters().droppedBySystem;
    QVERIFY2(dropped > 0, "the small buffer should have overflowed");
    auto *counters = window.findChild<CountersLabel *>();
    QVERIFY(counters);
    const QString said = QStringLiteral("dropped by the system: %1").arg(QLocale().toString(dropped));
    QTRY_VERIFY2(counters->text().contains(said), qPrintable(counters->text()));
    qInfo("window, %d bytes asked: %llu received, %llu dropped by the system", SmallBuffer,
          server->counters().received, dropped);
}

QTEST_MAIN(TestReceiveBufferControl)
#include "tst_receivebuffercontrol.moc"
