// SPDX-License-Identifier: MIT
#pragma once

#include "pcapngwriter.h"

#include <QObject>
#include <QString>

class HelloServer;

// The live capture of a server that starts and stops (the window's --pcap and File > Capture to
// file): every datagram and reply goes to the file while the server listens (the server's
// records keep their payloads and replies while a file is set). The file is opened
// when listening starts (at once if it already does), replaced the first time; each later period
// of listening adds a section of its own, whose interface is named after the address then bound.
// Stopping closes it, so everything is in the file. Messages are the writer's, plus one when the
// file cannot be opened; after any error that ends the capture, stopped().
class ServerCapture : public QObject
{
    Q_OBJECT

public:
    explicit ServerCapture(HelloServer *server, QObject *parent = nullptr);

    // Captures to fileName from now on; an empty name ends the capture. False, and said, when the
    // file cannot be opened now (the capture is then off).
    bool setFileName(const QString &fileName);
    // The file captured to (empty when off).
    QString fileName() const { return m_fileName; }
    PcapngWriter *writer() { return &m_writer; }

signals:
    void errorOccurred(const QString &message);
    void resumed(const QString &message);
    void stopped();

private:
    void onListeningChanged(bool listening);
    bool openFile();
    void end();

    HelloServer *m_server;
    PcapngWriter m_writer;
    QString m_fileName;
    bool m_replaced = false;  // the file was replaced once: later sections are appended
};
