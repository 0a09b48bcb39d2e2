// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdio>

// Where a console writes its lines (standard output), and whether every byte got there: a full
// disk (`>/dev/full`) or a closed pipe must not pass for success. The first failure is kept and
// nothing more is written; the console's exit status then says it.
class ConsoleOutput
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleOutput)

public:
    explicit ConsoleOutput(std::FILE *out) : m_out(out) {}

    void write(const QByteArray &bytes);
    bool failed() const { return m_errno != 0; }
    // The system's reason for the first failure ("No space left on device"), or empty.
    QString failure() const;
    // status when everything was written; otherwise the failure said on standard error and a
    // status that is not 0.
    int exitStatus(int status) const;

private:
    std::FILE *m_out;
    int m_errno = 0;
};
