// SPDX-License-Identifier: MIT
#pragma once

#include "blockingrunner.h"
#include "helloserver.h"
#include "recordmailbox.h"
#include "serveroptions.h"
#include "serversession.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>
#include <mutex>

#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

// The window's server: a ServerSession (socket, replies, guards, log file, capture) on a thread of
// its own, so that a reply never waits for a paint, a resize or a modal dialog. The log file and the
// capture are written there too, buffered, as headless writes them (a disk that blocks write()
// holds replies up there as it does headless; never the window's export or its dialogs). This
// object lives on the window's thread and is all the window sees of the engine:
// - what it asks (settings, start, stop, files, counters) runs on the engine's thread while the
//   caller waits, usually at most one wake-up of the engine (a few hundred datagrams; longer behind
//   a drain on the way out or a write the disk holds up): every
//   answer is the engine's own, never a copy that could be stale, and nothing is shared unlocked;
//   what the engine said meanwhile (an error, listening) is told before the call returns;
// - what the engine tells (records, listening, errors, news) arrives queued on this thread; the
//   records through a bounded RecordMailbox, never an unbounded queue of events.
// The engine never waits for this thread, so the two cannot deadlock. The headless console runs a
// ServerSession on its one thread instead: a second one did not help it on 2 cores (BENCHMARKS.md).
class ServerEngine : public QObject
{
    Q_OBJECT

public:
    explicit ServerEngine(QObject *parent = nullptr);
    // Closes what is open without a word (as ServerSession's destructor) and ends the thread.
    ~ServerEngine() override;

    // ServerSession's, on the engine's thread.
    bool apply(const ServerOptions &options, QString *error);
    ServerSession::Start start(const QHostAddress &address, quint16 port);
    void close();
    bool setLogFile(const QString &fileName, QString *error);
    bool setCaptureFile(const QString &fileName);
    // Serves what is queued into the log file, the capture and this thread's views, then stops.
    bool finish(int maxMs = 1000);

    // HelloServer's, asked on the engine's thread.
    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const;
    int receiveBufferSize() const;
    int wantedReceiveBuffer() const;
    void setWantedReceiveBuffer(int bytes);
    QList<MulticastGroup> multicastGroups() const;
    void setMulticastGroups(const QList<MulticastGroup> &groups);
    void setReplyMode(std::unique_ptr<ReplyMode> mode);
    QString replyModeName() const;
    void setRateLimit(int perSecond);
    int effectiveRateLimit() const;
    HelloServer::Counters counters() const;
    QString summary() const;
    QString logFileName() const;      // empty when no log file is open
    QString captureFileName() const;  // empty when not capturing

    // What the status bar shows, asked in one go.
    struct Status
    {
        HelloServer::Counters counters;
        double receivedPerSecond = 0;
        bool listening = false;
        int effectiveRateLimit = 0;
        int receiveBufferSize = 0;
    };
    Status status() const;

    // The records the views may still show: the log's limits (see RecordMailbox).
    void setShownLimits(int rows, qint64 bytes) { m_mailbox.setLimits(rows, bytes); }

    // Runs f on the engine's thread with its session and waits for the result. Never from the
    // engine's thread itself (it would wait for itself).
    template <typename F>
    auto call(F &&f) const -> std::invoke_result_t<F, ServerSession &>
    {
        using Result = std::invoke_result_t<F, ServerSession &>;
        ServerSession *session = m_session;
        if constexpr (std::is_void_v<Result>) {
            auto work = [&] { f(*session); };
            m_runner->run(work);
        } else {
            Result result{};
            auto work = [&] { result = f(*session); };
            m_runner->run(work);
            return result;
        }
    }
    const QThread *engineThread() const { return &m_thread; }

signals:
    // On this thread, one per batch the engine served, in order.
    void datagramsReceived(const DatagramBatch &batch);
    // Datagrams the window fell too far behind to be shown (served and counted all the same).
    void datagramsNotShown(quint64 count);
    void listeningChanged(bool listening);
    void errorOccurred(const QString &message);
    void multicastReport(const QString &message);
    // The log file's (LogFileWriter) and the capture's (ServerCapture) news.
    void logFileErrorOccurred(const QString &message);
    void logFileResumed(const QString &message);
    void logFileStopped();
    void captureErrorOccurred(const QString &message);
    void captureResumed(const QString &message);
    void captureStopped();

private:
    // The engine's thread: emitIt runs on this object's thread, after what was told before it.
    void tell(std::function<void()> emitIt);
    void wake();
    void relayNews();
    void settle();
    // This thread: the records and news the engine left, in order (named: queued by wake()).
    Q_INVOKABLE void deliver();

    QThread m_thread;
    std::unique_ptr<BlockingRunner> m_runner;  // on the engine's thread: where the session is made
    ServerSession *m_session = nullptr;
    RecordMailbox m_mailbox;
    // While records flow the window takes them at this pace instead of being woken per batch.
    QTimer m_poll;
    bool m_delivering = false;
    bool m_deliverAgain = false;
    std::mutex m_newsLock;  // std, not QMutex: ThreadSanitizer sees it (blockingrunner.h)
    std::vector<std::function<void()>> m_news;
};
