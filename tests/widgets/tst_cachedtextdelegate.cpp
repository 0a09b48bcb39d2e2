// SPDX-License-Identifier: MIT
// CachedTextDelegate: the text where Qt's own delegate puts it (aligned, elided, selected), the
// cache bounded however many texts pass through.
#include "cachedtextdelegate.h"

#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

class TestCachedTextDelegate : public QObject
{
    Q_OBJECT

private slots:
    void drawsWhereQtDraws_data();
    void drawsWhereQtDraws();
    void cacheStaysBounded();
    void wordsInQtsOrder_data();
    void wordsInQtsOrder();
};

namespace {
// The smallest rectangle holding every pixel of the cell unlike the cell's own background (the
// cell's edges left out: grid and frame).
QRect ink(const QImage &image, const QRect &cell)
{
    const QRgb background = image.pixel(cell.left() + 2, cell.center().y());
    QRect box;
    for (int y = cell.top() + 2; y < cell.bottom() - 2; ++y) {
        for (int x = cell.left() + 2; x < cell.right() - 2; ++x) {
            if (image.pixel(x, y) != background)
                box |= QRect(x, y, 1, 1);
        }
    }
    return box;
}

QImage render(QTableView &view)
{
    QImage image(view.viewport()->size(), QImage::Format_RGB32);
    image.fill(Qt::white);
    view.viewport()->render(&image);
    return image;
}
} // namespace

void TestCachedTextDelegate::drawsWhereQtDraws_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("alignment");
    QTest::addColumn<bool>("selected");
    QTest::newRow("left") << "127.0.0.1:42400" << int(Qt::AlignLeft | Qt::AlignVCenter) << false;
    QTest::newRow("right") << "1,234" << int(Qt::AlignRight | Qt::AlignVCenter) << false;
    QTest::newRow("selected") << "active" << int(Qt::AlignLeft | Qt::AlignVCenter) << true;
    QTest::newRow("elided") << QString(200, QLatin1Char('x')) << int(Qt::AlignLeft | Qt::AlignVCenter) << false;
    QTest::newRow("chinese") << QStringLiteral("活跃的对端") << int(Qt::AlignLeft | Qt::AlignVCenter) << false;
}

void TestCachedTextDelegate::drawsWhereQtDraws()
{
    QFETCH(QString, text);
    QFETCH(int, alignment);
    QFETCH(bool, selected);
    QStandardItemModel model(1, 2);
    model.setData(model.index(0, 0), text);
    model.setData(model.index(0, 0), alignment, Qt::TextAlignmentRole);
    QTableView view;
    view.setFocusPolicy(Qt::NoFocus);  // no focus frame in the cell
    view.setModel(&model);
    view.horizontalHeader()->resizeSection(0, 120);
    view.resize(300, 120);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    if (selected)
        view.selectionModel()->select(model.index(0, 0), QItemSelectionModel::Select);
    const QRect cell = view.visualRect(model.index(0, 0));
    const QRect qt = ink(render(view), cell);
    auto *cached = new CachedTextDelegate(&view);
    view.setItemDelegate(cached);
    const QRect ours = ink(render(view), cell);
    QVERIFY(!qt.isEmpty());
    QVERIFY2(qAbs(ours.left() - qt.left()) <= 2 && qAbs(ours.right() - qt.right()) <= 2
                 && qAbs(ours.top() - qt.top()) <= 2 && qAbs(ours.bottom() - qt.bottom()) <= 2,
             qPrintable(QStringLiteral("Qt's text at %1,%2 %3x%4, ours at %5,%6 %7x%8")
                            .arg(qt.x()).arg(qt.y()).arg(qt.width()).arg(qt.height())
                            .arg(ours.x()).arg(ours.y()).arg(ours.width()).arg(ours.height())));
    QVERIFY(cell.contains(ours));
    QVERIFY(cached->cachedTextCount() >= 1);
}

void TestCachedTextDelegate::wordsInQtsOrder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("direction");
    QTest::newRow("Hebrew first, left to right") << QStringLiteral("\u05e9\u05dc\u05d5\u05dd hello") << int(Qt::LeftToRight);
    QTest::newRow("address, right to left") << QStringLiteral("127.0.0.1:42400") << int(Qt::RightToLeft);
    QTest::newRow("address, left to right") << QStringLiteral("127.0.0.1:42400") << int(Qt::LeftToRight);
    QTest::newRow("hello, right to left") << QStringLiteral("hello world") << int(Qt::RightToLeft);
}

// The paragraph's direction is the view's, as Qt's delegate has it: the same ink column by column
// (a text laid out in the other direction puts its words the other way round).
void TestCachedTextDelegate::wordsInQtsOrder()
{
    QFETCH(QString, text);
    QFETCH(int, direction);
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), text);
    QTableView view;
    view.setLayoutDirection(Qt::LayoutDirection(direction));
    view.setFocusPolicy(Qt::NoFocus);
    view.setModel(&model);
    view.horizontalHeader()->resizeSection(0, 260);
    view.resize(320, 120);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QRect cell = view.visualRect(model.index(0, 0));
    const auto columns = [&cell](const QImage &image) {
        const QRgb background = image.pixel(cell.left() + 2, cell.center().y());
        QList<bool> inked;
        for (int x = cell.left() + 2; x < cell.right() - 2; ++x) {
            bool any = false;
            for (int y = cell.top() + 2; y < cell.bottom() - 2 && !any; ++y)
                any = image.pixel(x, y) != background;
            inked << any;
        }
        return inked;
    };
    const QList<bool> qt = columns(render(view));
    view.setItemDelegate(new CachedTextDelegate(&view));
    const QList<bool> ours = columns(render(view));
    int differ = 0;
    int ink = 0;
    for (qsizetype x = 0; x < qt.size(); ++x) {
        differ += qt[x] != ours[x];
        ink += qt[x];
    }
    QVERIFY(ink > 0);
    QVERIFY2(differ * 10 <= ink, qPrintable(QStringLiteral("%1 of %2 inked columns differ").arg(differ).arg(ink)));
}

// Ever-new texts (a flood of new senders): the cache starts again instead of growing.
void TestCachedTextDelegate::cacheStaysBounded()
{
    QStandardItemModel model(20, 1);
    QTableView view;
    view.setModel(&model);
    auto *cached = new CachedTextDelegate(&view);
    view.setItemDelegate(cached);
    view.resize(300, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    int most = 0;
    for (int round = 0; round < 300; ++round) {
        for (int row = 0; row < model.rowCount(); ++row)
            model.setData(model.index(row, 0), QStringLiteral("127.1.%1.%2:42400").arg(round).arg(row));
        render(view);
        most = qMax(most, cached->cachedTextCount());
    }
    QVERIFY(most > CachedTextDelegate::MaxCachedTexts / 2);  // they were cached...
    QVERIFY(most <= CachedTextDelegate::MaxCachedTexts);    // ...within the bound
}

QTEST_MAIN(TestCachedTextDelegate)
#include "tst_cachedtextdelegate.moc"
