// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineOption>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

// A server under test: a process of its own on 127.0.0.1 and a free port.
class Target
{
public:
    Target(QString name, QString program, QStringList arguments, bool offscreen = false);
    ~Target();

    const QString &name() const { return m_name; }
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }

    // Starts it and waits until it answers; false (and why, in error()) if it does not.
    bool start();
    void stop();
    QString error() const { return m_error; }
    // Peak resident memory (VmHWM) in KiB, Linux only; -1 elsewhere.
    qint64 peakRssKiB() const;

    static quint16 freePort();

private:
    QString m_name;
    QString m_program;
    QStringList m_arguments;
    bool m_offscreen;
    quint16 m_port = 0;
    QProcess m_process;
    QString m_error;
};

// Peak resident memory (VmHWM) of a process in KiB (0: this one), Linux only; -1 elsewhere.
qint64 peakRssKiB(qint64 pid = 0);

// --server: the udpchat-server binary, by default the one built beside the client benchmarks.
QCommandLineOption serverBinaryOption();

// The seed's Python server, copied with its port replaced. Null if the seed or python3 is missing.
std::unique_ptr<Target> seedTarget(const QString &seedDir, const QString &workDir);
