// SPDX-License-Identifier: MIT
// The capture of a server that starts and stops (the window's): a section for each period of
// listening, named after the address then bound, everything written when listening stops; a file
// that cannot be written said and the capture off; and the log's export the same bytes as the
// live capture of the same datagrams.
#include "datagramlogmodel.h"
#include "helloserver.h"
#include "pcapng.h"
#include "pcapngtestutil.h"
#include "pcapngexport.h"
#include "pcapngwriter.h"
#include "servercapture.h"
#include "udptestutil.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestServerCapture : public QObject
{
    Q_OBJECT

private slots:
    void sectionForEachListeningPeriod();
    void unwritableFileSaidAndCaptureOff();
    void exportIsTheLiveCapturesBytes();
};

namespace {
// The block types of a file, in order ("S" section, "I" interface, "P" packet); "?" if cut.
QByteArray blockTypes(const QByteArray &file)
{
    QByteArray types;
    for (qsizetype at = 0; at < file.size();) {
        const quint32 length = at + 8 <= file.size() ? wordAt(file, at + 4) : 0;
        if (length < 12 || at + qsizetype(length) > file.size())
            return types + '?';
        const quint32 type = wordAt(file, at);
        types += type == Pcapng::EnhancedPacketType ? 'P' : type == 1 ? 'I' : type == 0x0a0d0d0a ? 'S' : '?';
        at += length;
    }
    return types;
}

bool exchange(QUdpSocket &client, const HelloServer &server, const QByteArray &payload)
{
    client.writeDatagram(payload, QHostAddress::LocalHost, server.port());
    return waitForDatagram(client).isValid();
}
} // namespace

void TestServerCapture::sectionForEachListeningPeriod()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("window.pcapng"));
    HelloServer server;
    ServerCapture capture(&server);
    QVERIFY(capture.setFileName(path));  // not listening yet: opened when it starts
    QVERIFY(!QFile::exists(path));
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const quint16 firstPort = server.port();
    QCOMPARE(blockTypes(readWholeFile(path)), QByteArray("SI"));
    QUdpSocket client;
    QVERIFY(bindClient(client));
    QVERIFY(exchange(client, server, "one"));
    QTRY_COMPARE(capture.writer()->pendingCount(), qint64(2));  // buffered...
    server.close();
    QCOMPARE(blockTypes(readWholeFile(path)), QByteArray("SIPP"));  // ...and written when listening stops

    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QVERIFY(exchange(client, server, "two"));
    QVERIFY(capture.setFileName(QString()));  // off: written and closed
    const QByteArray file = readWholeFile(path);
    QCOMPARE(blockTypes(file), QByteArray("SIPPSIPP"));
    QVERIFY(file.contains(QStringLiteral("127.0.0.1:%1").arg(firstPort).toLatin1()));
    QVERIFY(file.contains(QStringLiteral("127.0.0.1:%1").arg(server.port()).toLatin1()));
    QVERIFY(exchange(client, server, "three"));
    QCoreApplication::processEvents();
    QCOMPARE(blockTypes(readWholeFile(path)), QByteArray("SIPPSIPP"));  // nothing after it was turned off

    // Turned on again: a new file, replaced.
    QVERIFY(capture.setFileName(path));
    QCOMPARE(blockTypes(readWholeFile(path)), QByteArray("SI"));
}

void TestServerCapture::unwritableFileSaidAndCaptureOff()
{
    QTemporaryDir dir;
    HelloServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    ServerCapture capture(&server);
    QSignalSpy errors(&capture, &ServerCapture::errorOccurred);
    QSignalSpy stopped(&capture, &ServerCapture::stopped);
    const QString path = dir.filePath(QStringLiteral("no/such/folder/x.pcapng"));
    QVERIFY(!capture.setFileName(path));
    QCOMPARE(errors.size(), 1);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(path) && message.contains(QStringLiteral("No such file or directory")), qPrintable(message));
    QCOMPARE(stopped.size(), 1);
    QVERIFY(capture.fileName().isEmpty());
    QUdpSocket client;
    QVERIFY(bindClient(client));
    QVERIFY(exchange(client, server, "still served"));  // the server goes on
}

void TestServerCapture::exportIsTheLiveCapturesBytes()
{
    DatagramBatch batch;
    for (int i = 0; i < 3; ++i) {
        DatagramRecord r;
        r.setTime(1700000000123456789LL + i);
        r.sender = QHostAddress(i == 1 ? QStringLiteral("::1") : QStringLiteral("127.0.0.1"));
        r.senderPort = quint16(40000 + i);
        r.destination = QHostAddress(i == 1 ? QStringLiteral("::1") : QStringLiteral("127.0.0.1"));
        r.destinationPort = 6000;
        r.payload = QByteArray("payload ") + QByteArray::number(i);
        r.replyFate = i == 2 ? ReplyFate::RateLimited : ReplyFate::Sent;
        if (r.answered())
            r.reply = "Hello " + r.payload + "!\n";
        batch.append(r);
    }
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.pcapng"));
    PcapngWriter writer;
    QVERIFY(writer.open(live, QHostAddress(QHostAddress::Any), 6000));
    writer.append(batch);
    writer.close();

    DatagramLogModel log;
    log.append(batch);
    QBuffer exported;
    QVERIFY(exported.open(QIODevice::WriteOnly));
    qint64 packets = 0;
    QVERIFY(PcapngExport::write(&exported, log, QHostAddress(QHostAddress::Any), 6000, &packets));
    QCOMPARE(packets, qint64(5));  // three datagrams, two replies
    QCOMPARE(blockTypes(exported.data()), QByteArray("SIPPPPP"));
    QCOMPARE(exported.data().toHex(' '), readWholeFile(live).toHex(' '));
}

QTEST_GUILESS_MAIN(TestServerCapture)
#include "tst_servercapture.moc"
