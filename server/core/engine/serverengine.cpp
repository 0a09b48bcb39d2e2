// SPDX-License-Identifier: MIT
#include "serverengine.h"

#include "exitflush.h"
#include "replymode.h"

ServerEngine::ServerEngine(QObject *parent)
    : QObject(parent)
    , m_runner(new BlockingRunner(&m_thread))
{
    m_thread.setObjectName(QStringLiteral("udpchat engine"));
    // 10 ms: well inside the views' 33 ms flush, so rows appear as soon as they would have; under
    // a flood the window takes ~2,000 records a turn instead of 64 per wake-up.
    m_poll.setInterval(10);
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &ServerEngine::deliver);
    m_thread.start();
    // Made on the engine's thread, so that its members (the socket, the files' timers) live there.
    auto make = [this] {
        m_session = new ServerSession(true);  // the log shows every byte
        m_session->server().setBatchesLeaveThread(true);  // the mailbox keeps them for this thread
    };
    m_runner->run(make);
    relayNews();
    // An exit() that skips destructors (Qt's xcb plugin when the X server goes) comes on this
    // thread while the engine's still runs: it serves what is queued into the log file and the
    // capture and closes them, as a closed window would, before the process ends. Registered
    // before any file is opened, so it runs before the files' own hooks, which then find them
    // closed. A disk that blocks write() holds the exit as it held it with one thread.
    ExitFlush::add(this, [](void *engine) {
        auto *self = static_cast<ServerEngine *>(engine);
        if (QThread::currentThread() != &self->m_thread)
            self->call([](ServerSession &session) { session.finish(); });
    });
}

// Connected from here, run on the engine's thread as each is said there (direct: the context is
// the session), and told on this thread, queued, in order.
void ServerEngine::relayNews()
{
    ServerSession *session = m_session;
    // Only the mailbox (locked) and a queued wake touch this object from the engine's thread.
    connect(&session->server(), &HelloServer::datagramsReceived, session, [this](const DatagramBatch &batch) {
        if (m_mailbox.post(batch))
            wake();
    });
    connect(&session->server(), &HelloServer::listeningChanged, session, [this](bool listening) {
        tell([this, listening] { emit listeningChanged(listening); });
    });
    connect(&session->server(), &HelloServer::errorOccurred, session, [this](const QString &message) {
        tell([this, message] { emit errorOccurred(message); });
    });
    connect(&session->server(), &HelloServer::multicastReport, session, [this](const QString &message) {
        tell([this, message] { emit multicastReport(message); });
    });
    LogFileWriter *logFile = &session->logFile();
    connect(logFile, &LogFileWriter::errorOccurred, session, [this](const QString &message) {
        tell([this, message] { emit logFileErrorOccurred(message); });
    });
    connect(logFile, &LogFileWriter::resumed, session, [this](const QString &message) {
        tell([this, message] { emit logFileResumed(message); });
    });
    connect(logFile, &LogFileWriter::stopped, session, [this] { tell([this] { emit logFileStopped(); }); });
    ServerCapture *capture = &session->capture();
    connect(capture, &ServerCapture::errorOccurred, session, [this](const QString &message) {
        tell([this, message] { emit captureErrorOccurred(message); });
    });
    connect(capture, &ServerCapture::resumed, session, [this](const QString &message) {
        tell([this, message] { emit captureResumed(message); });
    });
    connect(capture, &ServerCapture::stopped, session, [this] { tell([this] { emit captureStopped(); }); });
}

ServerEngine::~ServerEngine()
{
    ExitFlush::remove(this);
    // From the anchor, not from the session: an object is not deleted inside its own event.
    auto destroy = [this] { delete m_session; };
    m_runner->run(destroy);
    m_thread.quit();
    m_thread.wait();
}

void ServerEngine::tell(std::function<void()> emitIt)
{
    {
        const std::lock_guard<std::mutex> lock(m_newsLock);
        m_news.push_back(std::move(emitIt));
    }
    wake();
}

void ServerEngine::wake()
{
    // By name: Qt builds the event in its own library (see BlockingRunner). A wake that finds
    // nothing left (an earlier one took it all) does nothing.
    QMetaObject::invokeMethod(this, "deliver", Qt::QueuedConnection);
}

void ServerEngine::settle()
{
    // What the engine said while doing what was asked (a bind error, listening, a file's trouble,
    // records) is told now, so that the caller sees its effect when the call returns, as it was
    // when the engine shared the window's thread.
    deliver();
}

void ServerEngine::deliver()
{
    // A slot that asks the engine something settles, which comes back here: the outer turn goes
    // round again instead, so nothing is told out of order.
    if (m_delivering) {
        m_deliverAgain = true;
        return;
    }
    m_delivering = true;
    do {
        m_deliverAgain = false;
        // The news first, then the records: every record served before a piece of news (stopped
        // listening, a file closed) is in the box by then, and is told before it.
        std::vector<std::function<void()>> news;
        {
            const std::lock_guard<std::mutex> lock(m_newsLock);
            news.swap(m_news);
        }
        RecordMailbox::Taken taken = m_mailbox.take();
        if (!taken.batches.empty() || taken.dropped > 0)
            m_poll.start();  // more are likely on their way: come back for them (the box will not wake us)
        for (const DatagramBatch &batch : taken.batches)
            emit datagramsReceived(batch);
        if (taken.dropped > 0)
            emit datagramsNotShown(taken.dropped);
        for (const std::function<void()> &emitIt : news)
            emitIt();
    } while (m_deliverAgain);
    m_delivering = false;
}

bool ServerEngine::apply(const ServerOptions &options, QString *error)
{
    const bool applied = call([&](ServerSession &session) { return session.apply(options, error); });
    settle();
    return applied;
}

ServerSession::Start ServerEngine::start(const QHostAddress &address, quint16 port)
{
    const ServerSession::Start started = call([&](ServerSession &session) { return session.start(address, port); });
    settle();
    return started;
}

void ServerEngine::close()
{
    call([](ServerSession &session) { session.server().close(); });
    settle();
}

bool ServerEngine::setLogFile(const QString &fileName, QString *error)
{
    const bool on = call([&](ServerSession &session) { return session.setLogFile(fileName, error); });
    settle();
    return on;
}

bool ServerEngine::setCaptureFile(const QString &fileName)
{
    const bool on = call([&](ServerSession &session) { return session.setCaptureFile(fileName); });
    settle();
    return on;
}

bool ServerEngine::finish(int maxMs)
{
    const bool drained = call([maxMs](ServerSession &session) { return session.finish(maxMs); });
    settle();  // what the drain served reaches the views too, as it did the files
    return drained;
}

bool ServerEngine::isListening() const
{
    return call([](ServerSession &session) { return session.server().isListening(); });
}

QHostAddress ServerEngine::address() const
{
    return call([](ServerSession &session) { return session.server().address(); });
}

quint16 ServerEngine::port() const
{
    return call([](ServerSession &session) { return session.server().port(); });
}

int ServerEngine::receiveBufferSize() const
{
    return call([](ServerSession &session) { return session.server().receiveBufferSize(); });
}

int ServerEngine::wantedReceiveBuffer() const
{
    return call([](ServerSession &session) { return session.server().wantedReceiveBuffer(); });
}

void ServerEngine::setWantedReceiveBuffer(int bytes)
{
    call([bytes](ServerSession &session) { session.server().setWantedReceiveBuffer(bytes); });
    settle();
}

QList<MulticastGroup> ServerEngine::multicastGroups() const
{
    return call([](ServerSession &session) { return session.server().multicastGroups(); });
}

void ServerEngine::setMulticastGroups(const QList<MulticastGroup> &groups)
{
    call([&](ServerSession &session) { session.server().setMulticastGroups(groups); });
    settle();
}

void ServerEngine::setReplyMode(std::unique_ptr<ReplyMode> mode)
{
    call([&](ServerSession &session) { session.server().setReplyMode(std::move(mode)); });
    settle();
}

QString ServerEngine::replyModeName() const
{
    return call([](ServerSession &session) { return session.server().replyMode().name(); });
}

void ServerEngine::setRateLimit(int perSecond)
{
    call([perSecond](ServerSession &session) { session.server().setRateLimit(perSecond); });
    settle();
}

int ServerEngine::effectiveRateLimit() const
{
    return call([](ServerSession &session) { return session.server().effectiveRateLimit(); });
}

HelloServer::Counters ServerEngine::counters() const
{
    return call([](ServerSession &session) { return session.server().counters(); });
}

QString ServerEngine::summary() const
{
    return call([](ServerSession &session) { return session.server().summary(); });
}

QString ServerEngine::logFileName() const
{
    return call([](ServerSession &session) {
        return session.logFile().isOpen() ? session.logFile().fileName() : QString();
    });
}

QString ServerEngine::captureFileName() const
{
    return call([](ServerSession &session) { return session.capture().fileName(); });
}

ServerEngine::Status ServerEngine::status() const
{
    return call([](ServerSession &session) {
        HelloServer &server = session.server();
        Status status;
        status.counters = server.counters();
        status.receivedPerSecond = server.receivedPerSecond();
        status.listening = server.isListening();
        status.effectiveRateLimit = server.effectiveRateLimit();
        status.receiveBufferSize = server.receiveBufferSize();
        return status;
    });
}
