// SPDX-License-Identifier: MIT
// The server window under a flood, offscreen, with its log live: it keeps serving, repainting and
// taking clicks, memory stays within the row cap, and every counter is exact.
#include "datagramlogmodel.h"
#include "helloserver.h"
#include "serverengine.h"
#include "serverwindow.h"
#include "udpload.h"

#include <QCheckBox>
#include <QTableView>
#include <QtTest>

class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

class TestFlood : public QObject
{
    Q_OBJECT

private slots:
    void burstOf100000();
};

void TestFlood::burstOf100000()
{
    constexpr int Count = 100000;
    constexpr int MaxRows = 1000;
    ServerOptions options;
    options.port = 0;
    options.maxRows = MaxRows;
    ServerWindow window(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.server()->isListening());
    auto *view = window.findChild<QTableView *>(QStringLiteral("logView"));
    auto *follow = window.findChild<QCheckBox *>(QStringLiteral("followCheck"));
    QVERIFY(view && follow);
    PaintCounter paints;
    view->viewport()->installEventFilter(&paints);

    UdpLoad load(window.server()->port(), Count, 64);
    int ticksDuringFlood = 0;
    int paintsAtClick = -1;
    int paintsDuringFlood = 0;
    quint64 receivedAtClick = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (load.finished)
            return;
        ++ticksDuringFlood;
        paintsDuringFlood = paints.paints;
        // Once the flood is well under way, a person clicks "Follow newest".
        if (paintsAtClick < 0 && window.server()->counters().received >= 10000) {
            receivedAtClick = window.server()->counters().received;
            paintsAtClick = paints.paints;
            QTest::mouseClick(follow, Qt::LeftButton, {}, QPoint(5, follow->height() / 2));
        }
    });
    ticker.start();
    load.start();
    // A real event loop, as in the app: QTRY_* would sleep 10 ms between event batches.
    QEventLoop loop;
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (load.finished)
            loop.quit();
    });
    poll.start(5);
    QTimer::singleShot(90000, &loop, &QEventLoop::quit);
    loop.exec();
    QVERIFY(load.finished);
    load.wait();
    ticker.stop();
    // The last replies can come back before their records reach this thread (the engine's is
    // another): every one is in the log, waiting for its flush, or counted as trimmed first.
    const auto logged = [&] {
        return window.log()->trimmedCount() + quint64(window.log()->rowCount()) + quint64(window.log()->pendingCount());
    };
    QTRY_COMPARE_WITH_TIMEOUT(logged(), quint64(Count), 10000);
    window.log()->flush();

    const auto counters = window.server()->counters();
    qInfo("sent %d, replies %d, lost %d; timer ticks during flood %d; clicked at %llu received; "
          "paints %d during the flood (%d before the click)", load.sent.load(), load.received.load(),
          load.lost.load(), ticksDuringFlood, receivedAtClick, paintsDuringFlood, paintsAtClick);
    QCOMPARE(load.sent.load(), Count);
    QCOMPARE(load.received.load(), Count);
    QCOMPARE(counters.received, quint64(Count));
    QCOMPARE(counters.answered, quint64(Count));
    QCOMPARE(counters.answered + counters.unanswered, counters.received);
    QCOMPARE(counters.bytesIn, quint64(Count) * 16);
    QCOMPARE(counters.bytesOut, quint64(Count) * 24);
    // Bounded by the cap, and every trimmed row counted.
    QCOMPARE(window.log()->rowCount(), MaxRows);
    QCOMPARE(window.log()->trimmedCount(), quint64(Count - MaxRows));
    // The click landed while datagrams were still pouring in, and the view kept repainting.
    QVERIFY(receivedAtClick < quint64(Count));
    QVERIFY(!follow->isChecked());
    QVERIFY(ticksDuringFlood > 1);
    QVERIFY2(paintsDuringFlood > paintsAtClick, "no repaint after the click while flooded");
}

QTEST_MAIN(TestFlood)
#include "tst_serverwindowflood.moc"
