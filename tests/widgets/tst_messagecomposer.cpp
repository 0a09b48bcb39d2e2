// SPDX-License-Identifier: MIT
// The client window's message input, offscreen, against a plain UDP socket on loopback: what is
// typed, with escapes and a line ending, arrives as exactly these bytes; a bad escape sends nothing.
#include "clientwindow.h"
#include "messagecomposer.h"
#include "protocol.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkDatagram>
#include <QSettings>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QUdpSocket>
#include <QtTest>

#include <memory>

#include "widgettestutil.h"

class TestMessageComposer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }  // never the user's settings
    void init();
    void cleanup();
    void bytesOnTheWire_data();
    void bytesOnTheWire();
    void badEscapeNamedNothingSent();
    void formKeptInSettings();
    void fileSentWhole();
    void fileTooLargeNamed();
    void fileDropped();
    void dropOfTwoFilesRefused();
    void hexModeChangedOnce();

private:
    QByteArray nextDatagram();
    void type(const QString &text);

    std::unique_ptr<QUdpSocket> m_server;
    std::unique_ptr<ClientWindow> m_client;
};

void TestMessageComposer::init()
{
    QSettings().clear();  // each test starts from the defaults
    m_server = std::make_unique<QUdpSocket>();
    QVERIFY2(m_server->bind(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
    ClientOptions options;
    options.port = m_server->localPort();
    m_client = std::make_unique<ClientWindow>(options);
    m_client->show();
    QTRY_COMPARE(m_client->client()->state(), HelloClient::State::Ready);
}

void TestMessageComposer::cleanup()
{
    m_client.reset();
    m_server.reset();
}

QByteArray TestMessageComposer::nextDatagram()
{
    if (!m_server->hasPendingDatagrams())
        m_server->waitForReadyRead(5000);
    return m_server->receiveDatagram().data();
}

void TestMessageComposer::type(const QString &text)
{
    auto *edit = child<QLineEdit>(m_client.get(), "messageEdit");
    edit->setText(text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestMessageComposer::bytesOnTheWire_data()
{
    QTest::addColumn<bool>("escapes");
    QTest::addColumn<int>("ending");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("as before") << false << 0 << QStringLiteral("a\\n") << QByteArray("a\\n");
    QTest::newRow("escapes") << true << 0 << QStringLiteral("a\\tb\\x00\\\\") << QByteArray("a\tb\0\\", 5);
    QTest::newRow("LF") << false << 1 << QStringLiteral("ping") << QByteArray("ping\n");
    QTest::newRow("CR") << false << 2 << QStringLiteral("ping") << QByteArray("ping\r");
    QTest::newRow("escapes + CRLF") << true << 3 << QStringLiteral("GET / HTTP/1.0\\r\\nHost: x")
                                    << QByteArray("GET / HTTP/1.0\r\nHost: x\r\n");
}

void TestMessageComposer::bytesOnTheWire()
{
    QFETCH(bool, escapes);
    QFETCH(int, ending);
    QFETCH(QString, typed);
    QFETCH(QByteArray, expected);
    child<QCheckBox>(m_client.get(), "escapesCheck")->setChecked(escapes);
    child<QComboBox>(m_client.get(), "lineEndingCombo")->setCurrentIndex(ending);
    type(typed);
    QCOMPARE(nextDatagram().toHex(' '), expected.toHex(' '));
    QVERIFY(child<QLineEdit>(m_client.get(), "messageEdit")->text().isEmpty());  // sent, so cleared
}

void TestMessageComposer::badEscapeNamedNothingSent()
{
    child<QCheckBox>(m_client.get(), "escapesCheck")->setChecked(true);
    type(QStringLiteral("ab\\q"));
    auto *hint = child<QLabel>(m_client.get(), "hintLabel");
    QVERIFY(!hint->isHidden());
    QVERIFY2(hint->text().contains(QStringLiteral("'\\q'")), qPrintable(hint->text()));
    QCOMPARE(child<QLineEdit>(m_client.get(), "messageEdit")->text(), QStringLiteral("ab\\q"));  // kept to fix
    QCOMPARE(m_client->client()->stats().sent, 0);
    // The next good message is the first datagram the server sees.
    type(QStringLiteral("ok\\x21"));
    QCOMPARE(nextDatagram(), QByteArray("ok!"));
    QVERIFY(hint->isHidden());
}

void TestMessageComposer::formKeptInSettings()
{
    child<QCheckBox>(m_client.get(), "escapesCheck")->setChecked(true);
    child<QComboBox>(m_client.get(), "lineEndingCombo")->setCurrentIndex(3);
    m_client->close();
    ClientWindow again{ClientOptions()};
    QVERIFY(child<QCheckBox>(&again, "escapesCheck")->isChecked());
    QCOMPARE(again.composer()->lineEnding(), TypedMessage::LineEnding::CrLf);
    child<QCheckBox>(&again, "escapesCheck")->setChecked(false);
    child<QComboBox>(&again, "lineEndingCombo")->setCurrentIndex(0);
    again.close();
    ClientWindow third{ClientOptions()};
    QVERIFY(!child<QCheckBox>(&third, "escapesCheck")->isChecked());
    QCOMPARE(third.composer()->lineEnding(), TypedMessage::LineEnding::None);
}

namespace {
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

// Every byte value, in an order that shows a shifted or cut copy.
QByteArray pattern(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char((i * 7919) >> 3);
    return bytes;
}
} // namespace

void TestMessageComposer::fileSentWhole()
{
    QTemporaryDir dir;
    const QByteArray bytes = pattern(Protocol::MaxNameSize);  // the largest the engine sends
    QVERIFY(m_client->composer()->sendFile(writeFile(dir, QStringLiteral("whole.bin"), bytes)));
    const QByteArray received = nextDatagram();
    QCOMPARE(received.size(), bytes.size());
    QVERIFY(received == bytes);
}

void TestMessageComposer::fileTooLargeNamed()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("big.bin"), pattern(Protocol::MaxNameSize + 1));
    QVERIFY(!m_client->composer()->sendFile(path));
    auto *hint = child<QLabel>(m_client.get(), "hintLabel");
    QVERIFY(!hint->isHidden());
    QVERIFY2(hint->text().contains(QStringLiteral("big.bin")) && hint->text().contains(QLocale().toString(Protocol::MaxNameSize + 1)),
             qPrintable(hint->text()));
    QCOMPARE(m_client->client()->stats().sent, 0);
}

void TestMessageComposer::fileDropped()
{
    QTemporaryDir dir;
    const QByteArray bytes = pattern(1000);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(writeFile(dir, QStringLiteral("dropped.bin"), bytes))});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_client.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_client.get(), &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(nextDatagram() == bytes);
}

void TestMessageComposer::dropOfTwoFilesRefused()
{
    QTemporaryDir dir;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(writeFile(dir, QStringLiteral("a"), "a")),
                  QUrl::fromLocalFile(writeFile(dir, QStringLiteral("b"), "b"))});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QCoreApplication::sendEvent(m_client.get(), &enter);
    QVERIFY(!enter.isAccepted());
    QMimeData text;
    text.setText(QStringLiteral("just text"));
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    drop.ignore();
    QCoreApplication::sendEvent(m_client.get(), &drop);
    QVERIFY(!drop.isAccepted());
    QCOMPARE(m_client->client()->stats().sent, 0);
}

// Each listener (the conversation's views) hears of one change once, not twice.
void TestMessageComposer::hexModeChangedOnce()
{
    auto *composer = m_client->findChild<MessageComposer *>();
    QVERIFY(composer);
    QSignalSpy changed(composer, &MessageComposer::hexModeChanged);
    composer->setHexMode(!composer->hexMode());
    QCOMPARE(changed.count(), 1);
    composer->setHexMode(composer->hexMode());  // unchanged: said once still, the views follow
    QCOMPARE(changed.count(), 2);
}

QTEST_MAIN(TestMessageComposer)
#include "tst_messagecomposer.moc"
