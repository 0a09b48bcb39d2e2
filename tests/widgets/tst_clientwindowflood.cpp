// SPDX-License-Identifier: MIT
// The client window against a hostile server, offscreen: floods and 65,507-byte datagrams stay
// within the conversation's caps, and a flood from another thread leaves the window responsive.
#include "clientsettings.h"
#include "clientwindow.h"
#include "conversationmodel.h"
#include "conversationdelegate.h"
#include "conversationmetatext.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkDatagram>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUdpSocket>
#include <QtTest>

#include <algorithm>
#include <vector>

#include "widgettestutil.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>

namespace {
// Runs the event loop (not QTRY_*, which sleeps between batches) until done() or the deadline.
template<typename Done>
bool spinUntil(Done done, int ms = 20000)
{
    QDeadlineTimer deadline(ms);
    QTimer heartbeat;  // so that waiting for events never outlives the deadline
    heartbeat.start(5);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

qint64 residentKiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    return statm.readAll().split(' ').value(1).toLongLong() * (sysconf(_SC_PAGESIZE) / 1024);
}
} // namespace

class TestClientFlood : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostileServerStaysWithinCaps();
    void floodLeavesWindowResponsive();
};

void TestClientFlood::hostileServerStaysWithinCaps()
{
    QUdpSocket hostile;
    QVERIFY(hostile.bind(QHostAddress::LocalHost, 0));
    ClientOptions options;
    options.port = hostile.localPort();
    ClientWindow window(options);
    window.show();
    QTRY_COMPARE(window.client()->state(), HelloClient::State::Ready);
    ConversationModel *c = window.conversation();
    QAbstractItemModelTester tester(c, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 rssBefore = residentKiB();
    const QHostAddress to(QHostAddress::LocalHost);
    const quint16 toPort = window.client()->localPort();
    const auto lastCount = [c] { return c->index(c->rowCount() - 1).data(ConversationModel::CountRole).toLongLong(); };

    // 20,000 unexpected datagrams, paced so that none is lost in the socket buffer: one entry.
    const int rowsBefore = c->rowCount();
    constexpr int Burst = 20000;
    for (int sent = 0; sent < Burst;) {
        for (int i = 0; i < 200; ++i, ++sent)
            hostile.writeDatagram("junk " + QByteArray::number(sent + 1), to, toPort);
        QVERIFY2(spinUntil([&] { return c->rowCount() > rowsBefore && lastCount() == sent; }),
                 qPrintable(QStringLiteral("%1 of %2").arg(lastCount()).arg(sent)));
    }
    QCOMPARE(c->rowCount(), rowsBefore + 1);
    const QModelIndex burst = c->index(c->rowCount() - 1);
    QCOMPARE(burst.data(ConversationModel::BytesRole).toByteArray(), "junk " + QByteArray::number(Burst));
    const QString footer = ConversationMetaText::of(burst);
    QVERIFY2(footer.contains(QStringLiteral("× %1").arg(QLocale().toString(Burst))), qPrintable(footer));

    // Then rows a server can force: a reply to each message and a 65,507-byte datagram after it.
    const QByteArray big(65507, 'B');
    QSignalSpy inserted(c, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(c, &QAbstractItemModel::rowsRemoved);
    constexpr int Rounds = 2000;
    for (int round = 1; round <= Rounds; ++round) {
        const QByteArray name = "m" + QByteArray::number(round);
        QVERIFY(window.client()->send(name) > 0);
        QVERIFY(spinUntil([&] { return hostile.hasPendingDatagrams(); }));
        QCOMPARE(hostile.receiveDatagram().data(), name);
        hostile.writeDatagram("Hello " + name + "!\n", to, toPort);
        hostile.writeDatagram(round % 8 == 0 ? big : "noise", to, toPort);
        QVERIFY(spinUntil([&] { return inserted.size() == 3 * round; }));
        QVERIFY(c->rowCount() <= ConversationModel::DefaultMaxEntries);
        QVERIFY(c->byteCount() <= ConversationModel::DefaultMaxBytes);
    }
    const qint64 rssAfter = residentKiB();
    qInfo("rows %d, %lld bytes held, %lld trimmed in %lld batches; RSS %lld -> %lld KiB", c->rowCount(),
          c->byteCount(), c->trimmedCount(), qint64(removed.size()), rssBefore, rssAfter);
    QCOMPARE(c->trimmedCount(), qint64(rowsBefore + 1 + 3 * Rounds - c->rowCount()));
    QVERIFY(removed.size() < 3 * Rounds / 100);  // in batches
    // Counted and said: the status bar shows how many entries left.
    QLabel *said = nullptr;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        if (label->text().contains(QStringLiteral("removed")))
            said = label;
    QVERIFY(said && said->isVisible());
    QVERIFY2(said->text().contains(QLocale().toString(c->trimmedCount())), qPrintable(said->text()));
    // 2,000 rounds of 65 KB unbounded would be over 130 MB more. AddressSanitizer keeps freed
    // memory in quarantine, so the process's size says nothing there: the model's count above does.
#if !defined(__SANITIZE_ADDRESS__)
    QVERIFY2(rssAfter - rssBefore < 80 * 1024, qPrintable(QString::number(rssAfter - rssBefore)));
#endif
}

// A flood from another thread, through a plain socket the test owns: probes typed into the
// window reach it in time, and a 10 ms timer in the window's thread keeps its beat.
void TestClientFlood::floodLeavesWindowResponsive()
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_in server{};
    server.sin_family = AF_INET;
    server.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof server;
    QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&server), sizeof server) == 0);
    QVERIFY(::getsockname(fd, reinterpret_cast<sockaddr *>(&server), &length) == 0);
    ClientOptions options;
    options.port = ntohs(server.sin_port);
    ClientWindow window(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.client()->state(), HelloClient::State::Ready);
    sockaddr_in client{};
    client.sin_family = AF_INET;
    client.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    client.sin_port = htons(window.client()->localPort());

    constexpr int Count = 1000000;
    constexpr int LimitMs = 8000;
    constexpr int Probes = 5;
    std::atomic<qint64> arrivedNs[Probes] = {};
    std::atomic<int> flooded{0};
    std::atomic<bool> finished{false};
    std::thread flood([&] {
        const QDeadlineTimer deadline(LimitMs);
        char buffer[256];
        for (int i = 0; i < Count && !deadline.hasExpired(); ++i) {
            ::sendto(fd, "Hello stranger!\n", 16, 0, reinterpret_cast<const sockaddr *>(&client), sizeof client);
            ++flooded;
            if (i % 16 != 0)
                continue;
            ssize_t got;
            while ((got = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT)) > 0) {
                const QByteArray probe(buffer, int(got));
                const int n = probe.startsWith("probe") ? probe.mid(5).toInt() : -1;
                if (n >= 0 && n < Probes)
                    arrivedNs[n] = nowNs();
            }
        }
        finished = true;
    });

    qint64 typedNs[Probes] = {};
    int probesTyped = 0;
    qint64 maxLateMs = 0;
    std::vector<qint64> lateness;
    int ticks = 0;
    auto *edit = child<QLineEdit>(&window, "messageEdit");
    QElapsedTimer beat;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (finished)
            return;
        const qint64 late = beat.restart() - 10;
        maxLateMs = qMax(maxLateMs, late);
        lateness.push_back(late);
        // Every 200 ms, a name typed and Return pressed, through the event queue like a key.
        if (++ticks % 20 == 0 && probesTyped < Probes) {
            edit->setText(QStringLiteral("probe%1").arg(probesTyped));
            typedNs[probesTyped++] = nowNs();
            QCoreApplication::postEvent(edit, new QKeyEvent(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier));
        }
    });
    const qint64 rssBefore = residentKiB();
    beat.start();
    ticker.start();
    QEventLoop loop;
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (finished)
            loop.quit();
    });
    poll.start(5);
    QTimer::singleShot(LimitMs + 5000, &loop, &QEventLoop::quit);
    loop.exec();
    flood.join();
    ::close(fd);
    ticker.stop();

    const ConversationModel *c = window.conversation();
    qint64 received = 0;
    for (int row = 0; row < c->rowCount(); ++row) {
        if (ConversationModel::Kind(c->index(row).data(ConversationModel::KindRole).toInt()) == ConversationModel::Kind::Unexpected)
            received += c->index(row).data(ConversationModel::CountRole).toLongLong();
    }
    qint64 maxProbeMs = 0;
    std::vector<qint64> probeMs;
    for (int n = 0; n < probesTyped; ++n) {
        QVERIFY2(arrivedNs[n] > 0, qPrintable(QStringLiteral("probe%1 never reached the server").arg(n)));
        probeMs.push_back((arrivedNs[n] - typedNs[n]) / 1000000);
        maxProbeMs = qMax(maxProbeMs, probeMs.back());
    }
    // The 50 ms budget holds for the window's own work; one slice the shared machine's scheduler
    // gives to another process must not fail the test, so: nearly always within it, never far off.
    std::sort(lateness.begin(), lateness.end());
    std::sort(probeMs.begin(), probeMs.end());
    const qint64 lateP95 = lateness.empty() ? 0 : lateness[lateness.size() * 95 / 100];
    const qint64 probeMedian = probeMs.empty() ? 0 : probeMs[probeMs.size() / 2];
    qInfo("flood: %d sent, %lld shown in %d rows; %d ticks, latest tick %lld ms late; probes at most %lld ms "
          "to the wire; RSS %lld -> %lld KiB", flooded.load(), received, c->rowCount(), ticks, maxLateMs,
          maxProbeMs, rssBefore, residentKiB());
    QCOMPARE(probesTyped, Probes);
    QVERIFY(received > 1000);
    QVERIFY(c->rowCount() < 20);  // the flood is a handful of entries, not one per datagram
    qInfo("tick lateness p95 %lld ms, probe median %lld ms", lateP95, probeMedian);
    QVERIFY2(probeMedian <= 50, qPrintable(QString::number(probeMedian)));
    QVERIFY2(lateP95 <= 50, qPrintable(QString::number(lateP95)));
    // The worst single tick: under AddressSanitizer a flood's first touch of fresh shadow memory can
    // stall the process once for a few hundred ms on a 2-core machine (seen: 292 ms, p95 3 ms).
#if defined(__SANITIZE_ADDRESS__)
    constexpr qint64 WorstMs = 750;
#else
    constexpr qint64 WorstMs = 250;
#endif
    QVERIFY2(maxProbeMs <= WorstMs && maxLateMs <= WorstMs, qPrintable(QStringLiteral("%1 %2").arg(maxProbeMs).arg(maxLateMs)));
    // Once quiet, the bubbles that changed size have been laid out again, and that settles.
    auto *view = child<QListView>(&window, "conversationView");
    QTest::qWait(200);
    QSignalSpy relayouts(view->itemDelegate(), &QAbstractItemDelegate::sizeHintChanged);
    view->viewport()->repaint();
    QTest::qWait(200);
    QCOMPARE(relayouts.size(), 0);
}

void TestClientFlood::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // never the user's settings
    QCoreApplication::setOrganizationName(QStringLiteral("udpchat-tests"));
    QSettings().clear();
}

QTEST_MAIN(TestClientFlood)
#include "tst_clientwindowflood.moc"
