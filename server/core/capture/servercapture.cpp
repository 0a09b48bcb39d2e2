// SPDX-License-Identifier: MIT
#include "servercapture.h"

#include "helloserver.h"

ServerCapture::ServerCapture(HelloServer *server, QObject *parent)
    : QObject(parent)
    , m_server(server)
{
    connect(m_server, &HelloServer::listeningChanged, this, &ServerCapture::onListeningChanged);
    connect(m_server, &HelloServer::datagramsReceived, &m_writer, &PcapngWriter::append);
    connect(&m_writer, &PcapngWriter::errorOccurred, this, &ServerCapture::errorOccurred);
    connect(&m_writer, &PcapngWriter::resumed, this, &ServerCapture::resumed);
    connect(&m_writer, &PcapngWriter::stopped, this, &ServerCapture::end);
}

bool ServerCapture::setFileName(const QString &fileName)
{
    m_writer.close();
    m_fileName = fileName;
    m_replaced = false;
    // Each record's payload and reply go into the file (ServerSession keeps them on while capturing).
    if (!m_fileName.isEmpty())
        m_server->setKeepPayloads(true);
    return m_fileName.isEmpty() || !m_server->isListening() || openFile();
}

void ServerCapture::onListeningChanged(bool listening)
{
    if (m_fileName.isEmpty())
        return;
    if (listening)
        openFile();
    else
        m_writer.close();  // everything captured so far is in the file
}

bool ServerCapture::openFile()
{
    const auto mode = m_replaced ? PcapngWriter::Mode::Append : PcapngWriter::Mode::Replace;
    if (!m_writer.open(m_fileName, m_server->address(), m_server->port(), mode)) {
        emit errorOccurred(tr("Cannot write the capture %1: %2").arg(m_fileName, m_writer.errorString()));
        end();
        return false;
    }
    m_replaced = true;
    return true;
}

void ServerCapture::end()
{
    m_fileName.clear();
    emit stopped();
}
