// SPDX-License-Identifier: MIT
// The --log-file writer against real files: a full disk (a small tmpfs of the test's own), a
// descriptor that stops working, FIFOs and other non-regular files, and exit() without unwinding.
#include "exitflush.h"
#include "fulldisk.h"
#include "logexport.h"
#include "logfilewriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

class TestLogFileWriter : public QObject
{
    Q_OBJECT

private slots:
    void notRegularFilesRefused_data();
    void notRegularFilesRefused();
    void exitHookWritesBufferedRecords();
    void writeErrorStopsLogging();
    void fullDiskKeepsWholeRecordsAndResumes();
};

namespace {
// Records of one fixed length, numbered: the file's n-th line must hold record n.
DatagramBatch numbered(int from, int count)
{
    DatagramBatch batch;
    for (int i = from; i < from + count; ++i) {
        DatagramRecord r;
        r.timeMs = QDateTime(QDate(2026, 11, 25), QTime(1, 2, 3), Qt::UTC).toMSecsSinceEpoch();
        r.sender = QHostAddress(QStringLiteral("127.0.0.1"));
        r.senderPort = 5000;
        r.payload = QByteArray::number(i).rightJustified(8, '0') + QByteArray(192, 'x');
        batch.append(r);
    }
    return batch;
}

// The file's lines, each checked to be a whole JSON object holding the record of its number.
// Empty with a failure message in *why when anything is off.
QList<QByteArray> checkedLines(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return {};
    }
    const QByteArray all = file.readAll();
    if (!all.isEmpty() && !all.endsWith('\n')) {
        *why = QStringLiteral("the file ends in a partial line: ...%1").arg(QString::fromLatin1(all.right(40)));
        return {};
    }
    QList<QByteArray> lines = all.split('\n');
    lines.removeLast();  // after the final '\n'
    for (int i = 0; i < lines.size(); ++i) {
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(lines[i], &error).object();
        const QString text = o.value(QStringLiteral("text")).toString();
        if (error.error != QJsonParseError::NoError || text.left(8).toInt() != i) {
            *why = QStringLiteral("line %1 is not record %1: %2").arg(i).arg(QString::fromLatin1(lines[i].left(60)));
            return {};
        }
    }
    return lines;
}
} // namespace

void TestLogFileWriter::notRegularFilesRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("fifo without reader") << "fifo";
    QTest::newRow("fifo with reader") << "fifo-read";
    QTest::newRow("directory") << "dir";
    QTest::newRow("device") << "device";
}

void TestLogFileWriter::notRegularFilesRefused()
{
#ifndef Q_OS_UNIX
    QSKIP("FIFOs are a Unix thing");
#else
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("log.jsonl"));
    int reader = -1;
    if (kind.startsWith(QLatin1String("fifo"))) {
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        if (kind == QLatin1String("fifo-read"))
            reader = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
    } else if (kind == QLatin1String("dir")) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("log.jsonl")));
    } else {
        path = QStringLiteral("/dev/null");
    }
    const auto closeReader = qScopeGuard([reader] { if (reader >= 0) ::close(reader); });
    LogFileWriter writer;
    // A blocking open() would hang here for good; the alarm ends the test instead (SIGALRM kills).
    ::alarm(30);
    QElapsedTimer timer;
    timer.start();
    const bool opened = writer.open(path);
    ::alarm(0);
    QVERIFY(!opened);
    QVERIFY(!writer.isOpen());
    QVERIFY2(timer.elapsed() < 2000, "open() should fail at once");
    QVERIFY2(writer.errorString().contains(QStringLiteral("not a regular file")), qPrintable(writer.errorString()));
#endif
}

void TestLogFileWriter::exitHookWritesBufferedRecords()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.jsonl"));
    LogFileWriter writer;
    QVERIFY2(writer.open(path), qPrintable(writer.errorString()));
    writer.append(numbered(0, 5));
    QCOMPARE(QFileInfo(path).size(), 0);  // buffered, as in a flood
    ExitFlush::runAll();                  // what exit() runs when no destructor will
    QString why;
    QCOMPARE(qint64(checkedLines(path, &why).size()), qint64(5));
    writer.close();
    QCOMPARE(qint64(checkedLines(path, &why).size()), qint64(5));  // nothing written twice
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestLogFileWriter::writeErrorStopsLogging()
{
#ifndef Q_OS_LINUX
    QSKIP("finds the writer's descriptor through /proc/self/fd");
#else
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.jsonl"));
    LogFileWriter writer;
    QVERIFY(writer.open(path));
    QSignalSpy errors(&writer, &LogFileWriter::errorOccurred);
    QSignalSpy stopped(&writer, &LogFileWriter::stopped);
    writer.append(numbered(0, 3));
    writer.flush();
    // Make the writer's descriptor read-only behind its back: the next write fails with EBADF,
    // an error no retry will cure.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    int fd = -1;
    const QStringList fds = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System);
    for (const QString &name : fds) {
        if (QFileInfo(QStringLiteral("/proc/self/fd/") + name).symLinkTarget() == canonical)
            fd = name.toInt();
    }
    QVERIFY(fd >= 0);
    const int readOnly = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    QVERIFY(readOnly >= 0);
    QVERIFY(::dup2(readOnly, fd) == fd);
    ::close(readOnly);
    writer.append(numbered(3, 2));
    writer.flush();
    QCOMPARE(errors.size(), 1);
    const QString message = errors.at(0).at(0).toString();
    // The system's reason in the system's language (glibc translates it).
    QVERIFY2(message.contains(QString::fromLocal8Bit(std::strerror(EBADF))) && message.contains(QStringLiteral("Logging stopped"))
                 && message.contains(path),
             qPrintable(message));
    QCOMPARE(stopped.size(), 1);
    QVERIFY(!writer.isOpen());
    QCOMPARE(writer.notWrittenCount(), qint64(2));
    writer.append(numbered(5, 1));  // ignored once stopped
    QString why;
    QCOMPARE(qint64(checkedLines(path, &why).size()), qint64(3));
    QVERIFY2(why.isEmpty(), qPrintable(why));
#endif
}

void TestLogFileWriter::fullDiskKeepsWholeRecordsAndResumes()
{
    FullDisk disk;
    if (const QString why = disk.make(); !why.isEmpty())
        QSKIP(qPrintable(why));
    const QString path = disk.filePath(QStringLiteral("log.jsonl"));
    LogFileWriter writer;
    QVERIFY2(writer.open(path), qPrintable(writer.errorString()));
    QSignalSpy errors(&writer, &LogFileWriter::errorOccurred);
    QSignalSpy resumed(&writer, &LogFileWriter::resumed);

    const qint64 lineLength = LogExport::jsonLine(numbered(0, 1).first()).size();
    qint64 sent = 50;  // about 15 kB, more than the free pages
    writer.append(numbered(0, int(sent)));
    writer.flush();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("No space left on device")),
             qPrintable(errors.at(0).at(0).toString()));
    QVERIFY(writer.isWaitingForSpace());
    QString why;
    const qint64 written = qint64(checkedLines(path, &why).size());
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY2(written > 0 && written < sent, "some records fit, not all");
    QCOMPARE(writer.pendingCount(), sent - written);
    QCOMPARE(writer.notWrittenCount(), qint64(0));

    // Beyond the bound in memory, records are counted and dropped, the newest first.
    const qint64 kept = LogFileWriter::MaxPendingBytes / lineLength;
    const qint64 more = kept + 100;
    writer.append(numbered(int(sent), int(more)));
    sent += more;
    QCOMPARE(writer.pendingCount(), kept);
    QCOMPARE(writer.notWrittenCount(), sent - written - kept);
    QCOMPARE(errors.size(), 1);  // said once

    // Space returns: the next retry (every second, no call from here) writes what was kept.
    QVERIFY(disk.free());
    QVERIFY(resumed.wait(5000));
    const QString message = resumed.at(0).at(0).toString();
    QVERIFY2(message.contains(QString::number(sent - written - kept)) && message.contains(QStringLiteral("could not be written")),
             qPrintable(message));
    QCOMPARE(qint64(checkedLines(path, &why).size()), qint64(written + kept));
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(writer.pendingCount(), qint64(0));
    QVERIFY(!writer.isWaitingForSpace());
    QCOMPARE(errors.size(), 1);
    writer.close();
}

QTEST_GUILESS_MAIN(TestLogFileWriter)
#include "tst_logfilewriter.moc"
