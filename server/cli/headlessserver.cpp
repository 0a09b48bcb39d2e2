// SPDX-License-Identifier: MIT
#include "headlessserver.h"

#include "exitflush.h"
#include "protocol.h"

#include <QCoreApplication>


HeadlessServer::HeadlessServer(std::FILE *out, std::FILE *err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{
    connect(&m_server, &HelloServer::datagramsReceived, this, &HeadlessServer::report);
    m_buffer.reserve(64 * 1024);
    // exit() without unwinding (nothing here calls it today, but a library may) still prints every line.
    ExitFlush::add(this, [](void *self) { static_cast<HeadlessServer *>(self)->flush(); });
    // Joins are said while binding too: a refused join leaves the server serving, so it is no bind error.
    connect(&m_server, &HelloServer::multicastReport, this, &HeadlessServer::printError);
    connect(&m_server, &HelloServer::errorOccurred, this, [this](const QString &message) {
        if (m_server.isListening()) {  // bind errors are printed by start()
            std::fprintf(m_err, "%s\n", message.toLocal8Bit().constData());
            std::fflush(m_err);
        }
    });
}

HeadlessServer::~HeadlessServer()
{
    ExitFlush::remove(this);
    // Now, while their messages can still be printed.
    m_session.logFile().close();
    m_session.setCaptureFile(QString());
    flush();
}

bool HeadlessServer::setLogFile(const QString &fileName)
{
    QString error;
    if (!m_session.setLogFile(fileName, &error)) {
        printError(tr("Cannot open the log file %1: %2").arg(fileName, error));
        return false;
    }
    connect(&m_session.logFile(), &LogFileWriter::errorOccurred, this, &HeadlessServer::printError, Qt::UniqueConnection);
    connect(&m_session.logFile(), &LogFileWriter::resumed, this, &HeadlessServer::printError, Qt::UniqueConnection);
    return true;
}

bool HeadlessServer::start(const QHostAddress &address, quint16 port)
{
    switch (m_session.start(address, port)) {
    case ServerSession::Start::Listening:
        break;
    case ServerSession::Start::BindFailed:
        printError(m_server.bindErrorMessage());
        return false;
    case ServerSession::Start::CaptureFailed:  // the capture said why; a script asked for it
        m_server.close();
        return false;
    }
    // Exactly the seed's line; the port is the real one (it differs when 0 was asked for).
    std::fprintf(m_out, "UDP bound on port %u...\n", unsigned(m_server.port()));
    std::fflush(m_out);
    // The seed's line names no address: when it is not the one asked for (--join binds the
    // groups' wildcard, since a socket bound to one address never hears a group), say which.
    if (m_server.address() != address) {
        printError(tr("Listening on %1, not %2: a multicast group is heard only on the wildcard address.")
                       .arg(Protocol::endpointText(m_server.address(), m_server.port()), address.toString()));
    }
    if (m_server.wantedReceiveBuffer() != Defaults::ServerReceiveBuffer) {
        // Asked for on the command line: say what the system made of it (never the same number).
        printError(tr("Receive buffer: %1 bytes asked, %2 granted by the system.")
                       .arg(m_server.wantedReceiveBuffer()).arg(m_server.receiveBufferSize()));
    }
    return true;
}

void HeadlessServer::printSummary()
{
    // Datagrams still queued are served and counted, not lost without a word.
    if (!m_server.drain())
        printError(tr("Stopped serving what was still queued after a second: more datagrams kept coming."));
    flush();  // every "Receive from" line before the total
    printError(m_server.summary());
}

void HeadlessServer::setPcapFile(const QString &fileName)
{
    connect(&m_session.capture(), &ServerCapture::errorOccurred, this, &HeadlessServer::printError, Qt::UniqueConnection);
    connect(&m_session.capture(), &ServerCapture::resumed, this, &HeadlessServer::printError, Qt::UniqueConnection);
    m_session.setCaptureFile(fileName);
}

void HeadlessServer::printError(const QString &message)
{
    std::fprintf(m_err, "%s\n", message.toLocal8Bit().constData());
    std::fflush(m_err);
}

void HeadlessServer::report(const DatagramBatch &batch)
{
    static constexpr char Prefix[] = "Receive from ";
    for (const DatagramRecord &record : batch) {
        // Only the address is printed, never payload bytes: nothing a sender writes reaches the console.
        if (record.sender != m_lastSender) {  // the same senders come again and again
            m_lastSender = record.sender;
            QByteArray host = Protocol::plainAddress(record.sender).toString().toLatin1();
            if (Protocol::plainAddress(record.sender).protocol() == QAbstractSocket::IPv6Protocol)
                host = '[' + host + ']';
            m_lastLinePrefix = Prefix + host.toStdString() + ':';
        }
        // One append a line: "Receive from <host>:" then the port's digits and a newline.
        char tail[8];
        int at = int(sizeof tail) - 1;
        tail[at] = '\n';
        unsigned port = record.senderPort;
        do {
            tail[--at] = char('0' + port % 10);
            port /= 10;
        } while (port != 0);
        m_buffer.append(m_lastLinePrefix).append(tail + at, sizeof tail - size_t(at));
    }
    m_flush.request();
}

void HeadlessServer::flush()
{
    m_flush.cancel();
    if (m_buffer.empty())
        return;
    std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_out);
    std::fflush(m_out);
    m_buffer.clear();  // keeps its capacity for the next lines
}
