// SPDX-License-Identifier: MIT
// The udpchat client engine against the seed's own Python server.
#include "helloclient.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUdpSocket>
#include <QtTest>

class TestInterop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void clientEngineAgainstSeedServer();

private:
    QTemporaryDir m_dir;
    QProcess m_seed;
    quint16 m_port = 0;
};

void TestInterop::initTestCase()
{
    const QString seedDir = qEnvironmentVariable("UDPCHAT_SEED_DIR", QStringLiteral(UDPCHAT_SEED_DIR));
    QFile script(seedDir + QStringLiteral("/udp_server.py"));
    if (!script.exists())
        QSKIP(qPrintable(QStringLiteral("seed not found at %1: interop skipped").arg(seedDir)));
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 not found: interop with the seed skipped");
    QVERIFY(script.open(QIODevice::ReadOnly));
    QVERIFY(m_dir.isValid());

    // The seed hard-codes port 6000: run a copy on a port that is free now.
    {
        QUdpSocket probe;
        QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
        m_port = probe.localPort();
    }
    QByteArray source = script.readAll();
    source.replace("6000", QByteArray::number(m_port));
    QFile copy(m_dir.filePath(QStringLiteral("udp_server.py")));
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(source);
    copy.close();

    m_seed.setProgram(python);
    m_seed.setArguments({QStringLiteral("-u"), copy.fileName()});
    m_seed.start();
    QVERIFY2(m_seed.waitForStarted(), qPrintable(m_seed.errorString()));
    QByteArray printed;  // QTRY_* evaluates more than once: accumulate what was read
    QTRY_VERIFY_WITH_TIMEOUT((printed += m_seed.readAllStandardOutput()).contains("UDP bound on port"), 10000);
}

void TestInterop::cleanupTestCase()
{
    if (m_seed.state() != QProcess::NotRunning) {
        m_seed.kill();
        m_seed.waitForFinished();
    }
}

void TestInterop::clientEngineAgainstSeedServer()
{
    HelloClient client;
    QSignalSpy replies(&client, &HelloClient::replyReceived);
    QSignalSpy ended(&client, &HelloClient::sessionEnded);
    QSignalSpy unexpected(&client, &HelloClient::unexpectedReply);
    client.start(QStringLiteral("127.0.0.1"), m_port);
    QTRY_COMPARE(client.state(), HelloClient::State::Ready);

    const int alice = client.send("Alice");
    QTRY_COMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).at(0).toInt(), alice);
    QCOMPARE(replies.at(0).at(1).toByteArray(), QByteArray("Hello Alice!\n"));

    const QByteArray chinese = QString::fromUtf8("张三").toUtf8();
    client.send(chinese);
    QTRY_COMPARE(replies.size(), 2);
    QCOMPARE(replies.at(1).at(1).toByteArray(), "Hello " + chinese + "!\n");

    client.send("exit");
    QTRY_COMPARE(ended.size(), 1);
    QCOMPARE(replies.at(2).at(1).toByteArray(), QByteArray("Good bye!\n"));
    QCOMPARE(ended.at(0).at(0).toString(), QStringLiteral("127.0.0.1:%1").arg(m_port));
    QCOMPARE(unexpected.size(), 0);

    // The seed server saw all three datagrams from the one session's port.
    QByteArray printed;
    QTRY_COMPARE((printed += m_seed.readAllStandardOutput()).count("Receive from 127.0.0.1:"), 3);
}

QTEST_GUILESS_MAIN(TestInterop)
#include "tst_interop.moc"
