// SPDX-License-Identifier: MIT
// The --pcap writer against real files: the exact bytes of one IPv4 datagram and its reply (every
// field written out and checked by hand below), non-regular files refused, exit() without
// unwinding, and a full disk (a small tmpfs of the test's own) that leaves only whole blocks.
#include "exitflush.h"
#include "fulldisk.h"
#include "logfilewriter.h"
#include "pcapng.h"
#include "pcapngtestutil.h"
#include "pcapngwriter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

class TestPcapngWriter : public QObject
{
    Q_OBJECT

private slots:
    void oneDatagramAndReplyByteExact();
    void unansweredHasNoReply();
    void notRegularFilesRefused();
    void exitHookWritesBufferedPackets();
    void fullDiskKeepsWholeBlocksAndResumes();
    void fullDiskSaysWhichFileLostWhat();
};

namespace {
QByteArray hex(const char *text) { return QByteArray::fromHex(QByteArray(text).replace(' ', "")); }

// Walks the file's blocks; the number of packet blocks, or -1 (with *why) if any block is cut or
// its two lengths disagree.
int packetBlocks(const QByteArray &file, QString *why)
{
    int packets = 0;
    qsizetype at = 0;
    while (at < file.size()) {
        if (at + 12 > file.size()) {
            *why = QStringLiteral("a cut block header at %1").arg(at);
            return -1;
        }
        const quint32 type = wordAt(file, at);
        const quint32 length = wordAt(file, at + 4);
        if (length < 12 || length % 4 || at + qsizetype(length) > file.size()
            || wordAt(file, at + length - 4) != length) {
            *why = QStringLiteral("a cut or inconsistent block at %1").arg(at);
            return -1;
        }
        packets += type == Pcapng::EnhancedPacketType;
        at += length;
    }
    return packets;
}

DatagramRecord record(int number)
{
    DatagramRecord r;
    r.setTime(1700000000123456789LL + number);
    r.sender = QHostAddress(QStringLiteral("127.0.0.1"));
    r.senderPort = 40000;
    r.destination = QHostAddress(QStringLiteral("127.0.0.1"));
    r.destinationPort = 6000;
    r.payload = QByteArray::number(number).rightJustified(8, '0') + QByteArray(192, 'x');
    r.reply = "Hello " + r.payload + "!\n";  // as the server keeps what it sent
    return r;
}
} // namespace

void TestPcapngWriter::oneDatagramAndReplyByteExact()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("one.pcapng"));
    PcapngWriter writer;
    QVERIFY2(writer.open(path, QHostAddress(QStringLiteral("127.0.0.1")), 6000), qPrintable(writer.errorString()));
    DatagramRecord r = record(0);
    r.payload = "Al";
    r.reply = "Hello Al!\n";
    r.replyTimeNs = r.timeNs + 200000;  // sent 200 us after it came
    writer.append({r});
    writer.close();

    // Little-endian throughout, but for the packets themselves (network order).
    const QByteArray expected =
        // Section header block, 28 bytes.
        hex("0a0d0d0a")              // block type: section header
        + hex("1c000000")            // block length 28
        + hex("4d3c2b1a")            // byte-order magic 0x1A2B3C4D
        + hex("0100 0000")           // version 1.0
        + hex("ffffffff ffffffff")   // section length: unknown
        + hex("1c000000")            // block length again
        // Interface description block, 136 bytes.
        + hex("01000000")            // block type: interface description
        + hex("88000000")            // block length 136
        + hex("6500 0000")           // link type 101 (LINKTYPE_RAW), reserved
        + hex("00000000")            // snapshot length 0: no limit
        + hex("0200 0e00") + "127.0.0.1:6000" + hex("0000")  // if_name, 14 bytes, padded to 16
        + hex("0300 4e00")           // if_description, 78 bytes, padded to 80
        + "udpchat-server on 127.0.0.1:6000: every datagram received and every reply sent" + hex("0000")
        + hex("0900 0100 09 000000") // if_tsresol 9: ns, padded
        + hex("0000 0000")           // opt_endofopt
        + hex("88000000")            // block length again
        // Enhanced packet block: the datagram, 64 bytes.
        + hex("06000000")            // block type: enhanced packet
        + hex("40000000")            // block length 64
        + hex("00000000")            // interface 0
        + hex("fe9c9717 15cd853d")   // 1700000000123456789 ns = 0x17979cfe_3d85cd15, high word first
        + hex("1e000000 1e000000")   // captured 30, original 30
        // IPv4: version 4 / IHL 5, TOS 0, total length 30, id 0, no fragment, TTL 64, UDP (17),
        // header checksum: 4500+001e+0000+0000+4011+7f00+0001+7f00+0001 = 0x8332 -> ~ = 0x7ccd
        + hex("4500 001e 0000 0000 40 11 7ccd 7f000001 7f000001")
        // UDP: 40000 -> 6000, length 10, checksum: pseudo-header (7f00 0001 7f00 0001 0011 000a)
        // + header (9c40 1770 000a) + "Al" (416c) = 0xf344 -> ~ = 0x0cbb
        + hex("9c40 1770 000a 0cbb") + "Al"
        + hex("0000")                // padding to 32 bits
        + hex("40000000")            // block length again
        // Enhanced packet block: the reply "Hello Al!\n", 72 bytes.
        + hex("06000000") + hex("48000000") + hex("00000000")
        + hex("fe9c9717 55da883d")   // stamped with the time it was sent: 200 us later
        + hex("26000000 26000000")   // captured 38, original 38
        // IPv4, total length 38: 4500+0026+4011+7f00+0001+7f00+0001 = 0x833a -> 0x7cc5
        + hex("4500 0026 0000 0000 40 11 7cc5 7f000001 7f000001")
        // UDP: 6000 -> 40000, length 18, checksum over pseudo-header, header and the reply = 0xc7ae
        + hex("1770 9c40 0012 c7ae") + "Hello Al!\n"
        + hex("0000")                // padding
        + hex("48000000");
    const QByteArray got = readWholeFile(path);
    QCOMPARE(got.size(), qsizetype(28 + 136 + 64 + 72));
    QCOMPARE(got.toHex(' '), expected.toHex(' '));
}

void TestPcapngWriter::unansweredHasNoReply()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("quiet.pcapng"));
    PcapngWriter writer;
    QVERIFY(writer.open(path, QHostAddress(QHostAddress::Any), 6000));
    DatagramRecord limited = record(1);
    limited.replyFate = ReplyFate::RateLimited;
    limited.reply.clear();
    DatagramRecord mixed = record(2);
    mixed.sender = QHostAddress(QStringLiteral("::1"));  // two families: no IP packet can say it
    writer.append({limited, mixed, record(3)});
    writer.close();
    QString why;
    QCOMPARE(packetBlocks(readWholeFile(path), &why), 1 + 2);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(writer.notWrittenCount(), qint64(2));  // the mixed record and its reply
}

void TestPcapngWriter::notRegularFilesRefused()
{
    QTemporaryDir dir;
    PcapngWriter writer;
    QVERIFY(!writer.open(dir.path(), QHostAddress::LocalHost, 6000));
    QVERIFY2(writer.errorString().contains(QStringLiteral("not a regular file")), qPrintable(writer.errorString()));
    // The capture's words: it said "cannot hold the log".
    QVERIFY2(!writer.errorString().contains(QStringLiteral("log")), qPrintable(writer.errorString()));
#ifdef Q_OS_UNIX
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QVERIFY(!writer.open(fifo, QHostAddress::LocalHost, 6000));  // at once: no reader is waited for
    QVERIFY2(writer.errorString().contains(QStringLiteral("not a regular file")), qPrintable(writer.errorString()));
    QVERIFY(!writer.open(QStringLiteral("/dev/null"), QHostAddress::LocalHost, 6000));
#endif
}

void TestPcapngWriter::exitHookWritesBufferedPackets()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exit.pcapng"));
    PcapngWriter writer;
    QVERIFY(writer.open(path, QHostAddress::LocalHost, 6000));
    writer.append({record(1), record(2)});
    QCOMPARE(writer.pendingCount(), qint64(4));
    QString why;
    QCOMPARE(packetBlocks(readWholeFile(path), &why), 0);  // buffered, not written yet
    ExitFlush::runAll();                              // what exit() does
    QCOMPARE(packetBlocks(readWholeFile(path), &why), 4);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestPcapngWriter::fullDiskKeepsWholeBlocksAndResumes()
{
    FullDisk disk;
    if (const QString why = disk.make(); !why.isEmpty())
        QSKIP(qPrintable(why));
    const QString path = disk.filePath(QStringLiteral("full.pcapng"));
    PcapngWriter writer;
    QVERIFY2(writer.open(path, QHostAddress::LocalHost, 6000), qPrintable(writer.errorString()));
    QSignalSpy errors(&writer, &PcapngWriter::errorOccurred);
    QSignalSpy resumed(&writer, &PcapngWriter::resumed);
    DatagramBatch batch;
    for (int i = 0; i < 50; ++i)  // 100 packets of about 300 bytes: more than the free pages
        batch.append(record(i));
    writer.append(batch);
    writer.flush();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("No space left on device")),
             qPrintable(errors.at(0).at(0).toString()));
    QVERIFY(writer.isWaitingForSpace());
    QString why;
    const int written = packetBlocks(readWholeFile(path), &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY2(written > 0 && written < 100, qPrintable(QString::number(written)));
    QCOMPARE(writer.pendingCount(), qint64(100 - written));

    QVERIFY(disk.free());
    QVERIFY(resumed.wait(5000));  // the retry every second, no call from here
    QCOMPARE(packetBlocks(readWholeFile(path), &why), 100);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(writer.notWrittenCount(), qint64(0));
    writer.close();
}

// --log-file and --pcap on one full disk: each file's sentences name that file and what it lost
// (datagrams for the log, packets for the capture); the capture's never speak of "the log".
void TestPcapngWriter::fullDiskSaysWhichFileLostWhat()
{
    FullDisk disk;
    if (const QString why = disk.make(); !why.isEmpty())
        QSKIP(qPrintable(why));
    const QString logPath = disk.filePath(QStringLiteral("log.jsonl"));
    const QString capturePath = disk.filePath(QStringLiteral("capture.pcapng"));
    LogFileWriter log;
    PcapngWriter capture;
    QVERIFY2(log.open(logPath), qPrintable(log.errorString()));
    QVERIFY2(capture.open(capturePath, QHostAddress::LocalHost, 6000), qPrintable(capture.errorString()));
    QSignalSpy logErrors(&log, &LogFileWriter::errorOccurred);
    QSignalSpy captureErrors(&capture, &PcapngWriter::errorOccurred);
    DatagramBatch batch;
    for (int i = 0; i < 50; ++i)
        batch.append(record(i));
    capture.append(batch);
    capture.flush();
    log.append(batch);
    log.flush();
    QVERIFY(capture.isWaitingForSpace());
    QVERIFY(log.isWaitingForSpace());
    const qint64 logLost = log.pendingCount();
    const qint64 captureLost = capture.pendingCount();
    log.close();
    capture.close();
    QStringList saidOfLog, saidOfCapture;
    for (const QList<QVariant> &e : logErrors)
        saidOfLog << e.at(0).toString();
    for (const QList<QVariant> &e : captureErrors)
        saidOfCapture << e.at(0).toString();
    const QString logLast = saidOfLog.value(saidOfLog.size() - 1);
    const QString captureLast = saidOfCapture.value(saidOfCapture.size() - 1);
    QVERIFY2(logLast.contains(logPath) && logLast.contains(QStringLiteral("%1 datagram").arg(logLost)), qPrintable(logLast));
    QVERIFY2(captureLast.contains(capturePath) && captureLast.contains(QStringLiteral("%1 packet").arg(captureLost)),
             qPrintable(captureLast));
    for (const QString &sentence : saidOfCapture)
        QVERIFY2(!sentence.contains(QStringLiteral("log")), qPrintable(sentence));
}

QTEST_GUILESS_MAIN(TestPcapngWriter)
#include "tst_pcapngwriter.moc"
