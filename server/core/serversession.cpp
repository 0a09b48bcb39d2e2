// SPDX-License-Identifier: MIT
#include "serversession.h"

#include "replymode.h"

ServerSession::ServerSession(bool showsPayloads, QObject *parent)
    : QObject(parent)
    , m_showsPayloads(showsPayloads)
{
    connect(&m_server, &HelloServer::datagramsReceived, &m_logFile, &LogFileWriter::append);
    // A write error ended logging or the capture: nothing needs the bytes for them any more.
    connect(&m_logFile, &LogFileWriter::stopped, this, &ServerSession::keepPayloadsWhereNeeded);
    connect(&m_capture, &ServerCapture::stopped, this, [this] {
        m_captureWanted = false;
        keepPayloadsWhereNeeded();
    });
    keepPayloadsWhereNeeded();
}

ServerSession::~ServerSession()
{
    // Written out, without a word: whoever would hear it (a window) may be half destroyed by now.
    // The front-ends close both first, in finish() or their own destructor, where it can be said.
    m_logFile.blockSignals(true);
    m_capture.blockSignals(true);
    m_logFile.close();
    m_capture.setFileName(QString());
}

bool ServerSession::apply(const ServerOptions &options, QString *error)
{
    m_server.setRateLimit(options.rateLimit);
    m_server.setWantedReceiveBuffer(options.receiveBuffer);
    m_server.setMulticastGroups(options.groups);
    std::unique_ptr<ReplyMode> mode = ReplyMode::create(options.replyMode, options.replyText, error);
    if (!mode)
        return false;
    m_server.setReplyMode(std::move(mode));
    return true;
}

bool ServerSession::setLogFile(const QString &fileName, QString *error)
{
    m_logFile.close();
    const bool on = !fileName.isEmpty() && m_logFile.open(fileName);
    if (!fileName.isEmpty() && !on)
        *error = m_logFile.errorString();
    keepPayloadsWhereNeeded();
    return fileName.isEmpty() || on;
}

bool ServerSession::setCaptureFile(const QString &fileName)
{
    const bool on = m_capture.setFileName(fileName);
    m_captureWanted = !fileName.isEmpty() && on;
    keepPayloadsWhereNeeded();
    return on;
}

ServerSession::Start ServerSession::start(const QHostAddress &address, quint16 port)
{
    const bool captureWanted = m_captureWanted;  // a capture that fails to open ends (stopped())
    if (!m_server.listen(address, port))
        return Start::BindFailed;
    // The capture opened as the server started listening; if it could not, it said why and ended.
    if (captureWanted && !m_capture.writer()->isOpen())
        return Start::CaptureFailed;
    return Start::Listening;
}

bool ServerSession::finish(int maxMs)
{
    // What is still queued is served into the log and the capture before they close; then no more
    // is taken (what comes later is the system's to drop, and counted as dropped).
    const bool drained = m_server.drain(maxMs);
    m_server.close();
    m_logFile.close();
    m_capture.setFileName(QString());  // written to the end now, with a word if it cannot be
    m_captureWanted = false;
    keepPayloadsWhereNeeded();
    return drained;
}

void ServerSession::keepPayloadsWhereNeeded()
{
    m_server.setKeepPayloads(m_showsPayloads || m_logFile.isOpen() || !m_capture.fileName().isEmpty());
}
