// SPDX-License-Identifier: MIT
#include "blockingrunner.h"

#include <QThread>

BlockingRunner::BlockingRunner(QThread *thread)
{
    moveToThread(thread);
}

void BlockingRunner::runErased(void (*function)(void *), void *argument)
{
    Q_ASSERT(QThread::currentThread() != thread());  // it would wait for itself
    const std::lock_guard<std::mutex> caller(m_caller);
    {
        const std::lock_guard<std::mutex> lock(m_lock);
        m_function = function;
        m_argument = argument;
    }
    // By name: Qt builds the event in its own library, with nothing of ours in it to race on.
    QMetaObject::invokeMethod(this, "runPending", Qt::BlockingQueuedConnection);
    const std::lock_guard<std::mutex> lock(m_lock);  // after runPending's: its work happened before
}

void BlockingRunner::runPending()
{
    void (*function)(void *) = nullptr;
    void *argument = nullptr;
    {
        const std::lock_guard<std::mutex> lock(m_lock);
        function = m_function;
        argument = m_argument;
    }
    function(argument);
    const std::lock_guard<std::mutex> lock(m_lock);
    m_function = nullptr;
}
