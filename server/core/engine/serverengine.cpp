// SPDX-License-Identifier: MIT
#include "serverengine.h"

#include "replymode.h"

#include <QCoreApplication>

ServerEngine::ServerEngine(QObject *parent)
    : QObject(parent)
    , m_anchor(new QObject)
{
    m_thread.setObjectName(QStringLiteral("udpchat engine"));
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
    // Made on the engine's thread, so that its members (the socket, the files' timers) live there.
    QMetaObject::invokeMethod(m_anchor.get(), [this] {
        m_session = new ServerSession(true);  // the log shows every byte
        // Direct, on the engine's thread: only the mailbox (locked) and a queued wake touch this.
        connect(&m_session->server(), &HelloServer::datagramsReceived, m_session, [this](const DatagramBatch &batch) {
            if (m_mailbox.post(batch))
                QMetaObject::invokeMethod(this, &ServerEngine::deliver, Qt::QueuedConnection);
        });
    }, Qt::BlockingQueuedConnection);
    // Queued to this thread (the engine's objects live on the other one).
    HelloServer *server = &m_session->server();
    connect(server, &HelloServer::listeningChanged, this, &ServerEngine::listeningChanged);
    connect(server, &HelloServer::errorOccurred, this, &ServerEngine::errorOccurred);
    connect(server, &HelloServer::multicastReport, this, &ServerEngine::multicastReport);
    LogFileWriter *logFile = &m_session->logFile();
    connect(logFile, &LogFileWriter::errorOccurred, this, &ServerEngine::logFileErrorOccurred);
    connect(logFile, &LogFileWriter::resumed, this, &ServerEngine::logFileResumed);
    connect(logFile, &LogFileWriter::stopped, this, &ServerEngine::logFileStopped);
    ServerCapture *capture = &m_session->capture();
    connect(capture, &ServerCapture::errorOccurred, this, &ServerEngine::captureErrorOccurred);
    connect(capture, &ServerCapture::resumed, this, &ServerEngine::captureResumed);
    connect(capture, &ServerCapture::stopped, this, &ServerEngine::captureStopped);
}

ServerEngine::~ServerEngine()
{
    // From the anchor, not from the session: an object is not deleted inside its own event.
    QMetaObject::invokeMethod(m_anchor.get(), [this] { delete m_session; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ServerEngine::settle()
{
    // What the engine said while doing what was asked (a bind error, listening, a file's trouble,
    // records) is queued to this object: told now, in order, so that the caller sees its effect
    // when the call returns, as it was when the engine shared the window's thread.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void ServerEngine::deliver()
{
    RecordMailbox::Taken taken = m_mailbox.take();
    for (const DatagramBatch &batch : taken.batches)
        emit datagramsReceived(batch);
    if (taken.dropped > 0)
        emit datagramsNotShown(taken.dropped);
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
