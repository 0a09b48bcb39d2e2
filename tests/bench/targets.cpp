// SPDX-License-Identifier: MIT
#include "targets.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QNetworkDatagram>
#include <QStandardPaths>
#include <QThread>
#include <QUdpSocket>

Target::Target(QString name, QString program, QStringList arguments, bool offscreen)
    : m_name(std::move(name)), m_program(std::move(program)), m_arguments(std::move(arguments))
    , m_offscreen(offscreen)
{
}

Target::~Target() { stop(); }

quint16 Target::freePort()
{
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    return probe.localPort();
}

bool Target::start()
{
    m_port = freePort();
    QStringList arguments = m_arguments;
    arguments.replaceInStrings(QStringLiteral("{port}"), QString::number(m_port));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (m_offscreen)
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    m_process.setProcessEnvironment(env);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.setStandardErrorFile(QProcess::nullDevice());
    m_process.start(m_program, arguments);
    if (!m_process.waitForStarted()) {
        m_error = m_process.errorString();
        return false;
    }
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        probe.writeDatagram("ready?", QHostAddress::LocalHost, m_port);
        if (probe.waitForReadyRead(100)) {
            while (probe.hasPendingDatagrams())
                probe.receiveDatagram();
            return true;
        }
    }
    m_error = QStringLiteral("%1 did not answer on port %2").arg(m_name).arg(m_port);
    return false;
}

void Target::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

qint64 Target::peakRssKiB() const { return ::peakRssKiB(pid()); }

qint64 peakRssKiB(qint64 pid)
{
    QFile status(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

std::unique_ptr<Target> seedTarget(const QString &seedDir, const QString &workDir)
{
    QFile script(seedDir + QStringLiteral("/udp_server.py"));
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty() || !script.open(QIODevice::ReadOnly))
        return nullptr;
    // The port is only known at start(): the copy reads it from the environment-free argv.
    QByteArray source = script.readAll();
    source.replace("6000", "int(__import__('sys').argv[1])");
    QFile copy(workDir + QStringLiteral("/udp_server.py"));
    if (!copy.open(QIODevice::WriteOnly) || copy.write(source) != source.size())
        return nullptr;
    copy.close();
    return std::make_unique<Target>(QStringLiteral("seed (Python)"), python,
                                    QStringList{copy.fileName(), QStringLiteral("{port}")});
}

QCommandLineOption serverBinaryOption()
{
    return QCommandLineOption(QStringLiteral("server"), QStringLiteral("The udpchat-server binary."), QStringLiteral("path"),
                              QCoreApplication::applicationDirPath() + QStringLiteral("/../../server/udpchat-server"));
}
