// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <mutex>

class QThread;

// Runs work on its own thread while the caller waits: the window's questions to the server's
// engine. The work is handed over under a std::mutex, not inside Qt's queued event: Qt's locks
// are futexes in a library ThreadSanitizer did not build, so only a lock of our own shows it that
// the caller's writes come before the work and the work's before the caller goes on.
class BlockingRunner : public QObject
{
    Q_OBJECT

public:
    // Moves itself to thread, which must run an event loop (QThread's default). Deleted by its
    // owner once the thread has finished.
    explicit BlockingRunner(QThread *thread);

    // Never from thread itself: it would wait for itself.
    template <typename Work>
    void run(Work &work)
    {
        runErased(&invoke<Work>, &work);
    }

private:
    template <typename Work>
    static void invoke(void *work)
    {
        (*static_cast<Work *>(work))();
    }
    void runErased(void (*function)(void *), void *argument);
    Q_INVOKABLE void runPending();

    std::mutex m_caller;  // one caller at a time: the job slot below holds one job
    std::mutex m_lock;
    void (*m_function)(void *) = nullptr;
    void *m_argument = nullptr;
};
