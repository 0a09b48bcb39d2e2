// SPDX-License-Identifier: MIT
#include "consoleoutput.h"

#include "appstart.h"

#include <cerrno>
#include <cstring>

void ConsoleOutput::write(const QByteArray &bytes)
{
    if (failed())
        return;
    errno = 0;
    // Flushed per line: a script reading the pipe sees each line as it comes, and a failure is
    // known now, not at exit.
    const size_t written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_out);
    if (written != size_t(bytes.size()) || std::fflush(m_out) != 0) {
        m_errno = errno != 0 ? errno : EIO;
        std::clearerr(m_out);
    }
}

QString ConsoleOutput::failure() const
{
    return failed() ? QString::fromLocal8Bit(std::strerror(m_errno)) : QString();
}

int ConsoleOutput::exitStatus(int status) const
{
    if (!failed())
        return status;
    AppStart::complain(tr("Could not write to standard output: %1. What it should have shown is lost.").arg(failure()));
    return status != 0 ? status : 1;
}
