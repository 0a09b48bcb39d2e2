// SPDX-License-Identifier: MIT
// A file read to be sent as one datagram: whole when it fits, and a sentence naming it otherwise.
#include "datagramfile.h"
#include "protocol.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

class TestDatagramFile : public QObject
{
    Q_OBJECT

private slots:
    void wholeFile();
    void refused();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestDatagramFile::write(const QString &name, const QByteArray &bytes)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

void TestDatagramFile::wholeFile()
{
    QByteArray bytes(Protocol::MaxNameSize, Qt::Uninitialized);
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 7919) >> 3);
    QByteArray read;
    QString why;
    QVERIFY2(DatagramFile::read(write(QStringLiteral("max.bin"), bytes), Protocol::MaxNameSize, &read, &why),
             qPrintable(why));
    QCOMPARE(read, bytes);
}

void TestDatagramFile::refused()
{
    QByteArray bytes("unchanged");
    QString why;
    const qint64 max = Protocol::MaxNameSize;
    QVERIFY(!DatagramFile::read(write(QStringLiteral("big.bin"), QByteArray(max + 1, 'x')), max, &bytes, &why));
    QVERIFY2(why.contains(QStringLiteral("big.bin")) && why.contains(QLocale().toString(max + 1)), qPrintable(why));
    QVERIFY(!DatagramFile::read(write(QStringLiteral("empty.txt"), {}), max, &bytes, &why));
    QVERIFY2(why.contains(QStringLiteral("empty.txt is empty")), qPrintable(why));
    QVERIFY(!DatagramFile::read(m_dir.filePath(QStringLiteral("missing")), max, &bytes, &why));
    QVERIFY2(why.contains(QStringLiteral("no file")), qPrintable(why));
    QVERIFY(!DatagramFile::read(m_dir.path(), max, &bytes, &why));
    QVERIFY2(why.contains(QStringLiteral("folder")), qPrintable(why));
    const QString fifo = m_dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QVERIFY(!DatagramFile::read(fifo, max, &bytes, &why));  // would block forever if opened
    QVERIFY2(why.contains(QStringLiteral("pipe is not a regular file")), qPrintable(why));
    const QString locked = write(QStringLiteral("locked.bin"), "secret");
    QFile::setPermissions(locked, QFileDevice::Permissions());
    if (geteuid() != 0) {  // root reads it anyway
        QVERIFY(!DatagramFile::read(locked, max, &bytes, &why));
        QVERIFY2(why.contains(QStringLiteral("Could not read locked.bin")), qPrintable(why));
    }
    QCOMPARE(bytes, QByteArray("unchanged"));
}

QTEST_GUILESS_MAIN(TestDatagramFile)
#include "tst_datagramfile.moc"
