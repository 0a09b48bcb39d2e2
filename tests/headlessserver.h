// SPDX-License-Identifier: MIT
#pragma once

// Starting the real udpchat-server binary headless, for tests that drive it as a user would.

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

// Starts `BINARY --headless --port 0 EXTRA...` and returns the port of its first line ("UDP bound
// on port N..."), or 0 when it did not say so within 10 s (its stderr then says why).
inline quint16 startHeadlessServer(QProcess &process, const QString &binary, const QStringList &extra = {})
{
    process.start(binary, QStringList{QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0")} + extra);
    if (!process.waitForStarted())
        return 0;
    QByteArray first;
    QDeadlineTimer deadline(10000);
    // Not ended by one quiet 100 ms: on a busy machine (sanitizers) the first line can take longer.
    while (!first.contains('\n') && !deadline.hasExpired() && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        first += process.readLine();
    }
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^UDP bound on port (\\d+)\\.\\.\\.\\n$")).match(QString::fromLatin1(first));
    return m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
}
