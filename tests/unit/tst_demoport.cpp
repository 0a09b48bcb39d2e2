// SPDX-License-Identifier: MIT
// DemoPort: --demo's server, and so its clients, on the port asked for while it is free, else on
// one the system picks, said in a sentence (another program held 6000: the clients talked to it).
#include "demoport.h"

#include <QUdpSocket>
#include <QtTest>

class TestDemoPort : public QObject
{
    Q_OBJECT

private slots:
    void takenPortReplacedAndSaid()
    {
        QUdpSocket stranger;  // another program, on the port the demo wants
        QVERIFY(stranger.bind(QHostAddress::LocalHost, 0));
        const quint16 taken = stranger.localPort();
        const DemoPort::Choice choice = DemoPort::choose(QStringLiteral("127.0.0.1"), taken);
        QVERIFY(choice.port != 0);
        QVERIFY(choice.port != taken);
        QVERIFY2(choice.note.contains(QString::number(taken)) && choice.note.contains(QString::number(choice.port)),
                 qPrintable(choice.note));
        QUdpSocket server;  // the demo's server can listen where it was told
        QVERIFY(server.bind(QHostAddress::LocalHost, choice.port));
    }

    void freePortKept()
    {
        quint16 wanted = 0;
        {
            QUdpSocket probe;
            QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
            wanted = probe.localPort();
        }  // free again
        const DemoPort::Choice choice = DemoPort::choose(QStringLiteral("127.0.0.1"), wanted);
        QCOMPARE(choice.port, wanted);
        QVERIFY(choice.note.isEmpty());
    }

    void nameLeftToTheServer()
    {
        const DemoPort::Choice choice = DemoPort::choose(QStringLiteral("localhost"), 6000);
        QCOMPARE(choice.port, quint16(6000));
        QVERIFY(choice.note.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemoPort)
#include "tst_demoport.moc"
