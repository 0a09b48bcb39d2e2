// SPDX-License-Identifier: MIT
#pragma once

#include "helloserver.h"
#include "logfilewriter.h"
#include "servercapture.h"
#include "serveroptions.h"

#include <QObject>
#include <QString>

// The one place where a server's options meet its engine, for both front-ends (the headless
// console and the window each own one): the engine, the JSON Lines log file and the live capture,
// with their rules. Records keep their payloads (and the replies sent) only where something shows
// or writes them; a start says when the capture asked for cannot be written; on the way out what
// is queued is served into the log file and the capture before they close.
class ServerSession : public QObject
{
    Q_OBJECT

public:
    // showsPayloads: the front-end shows every byte (the window's log); the headless console
    // prints only senders, and records keep their bytes only for a log file or a capture.
    explicit ServerSession(bool showsPayloads, QObject *parent = nullptr);
    ~ServerSession() override;

    HelloServer &server() { return m_server; }
    const HelloServer &server() const { return m_server; }
    LogFileWriter &logFile() { return m_logFile; }
    ServerCapture &capture() { return m_capture; }

    // The engine's part of the options (--reply, --reply-text, --rate-limit, --recv-buffer,
    // --join); the address and port are start()'s. False, with the reason in *error, when the
    // reply mode cannot be made: the rest is applied and the engine keeps its mode (the command
    // line checks it first; a window shows the reason beside its reply field).
    bool apply(const ServerOptions &options, QString *error);
    // Appends every datagram to fileName from now on (an empty name stops); false with the
    // reason in *error (logging is then off).
    bool setLogFile(const QString &fileName, QString *error);
    // Captures every datagram and reply to fileName (an empty name stops); opened as the server
    // listens. False, said through capture().errorOccurred, when it cannot be opened now.
    bool setCaptureFile(const QString &fileName);
    enum class Start {
        Listening,
        BindFailed,     // said through server().errorOccurred; server().bindErrorMessage() has it
        // Listening, but the capture asked for cannot be written: said by the capture, which is
        // off. The window goes on (its menu shows it); headless stops, as nobody watches.
        CaptureFailed,
    };
    Start start(const QHostAddress &address, quint16 port);
    // On the way out: serves what is still queued (for at most maxMs), stops listening, closes
    // the log file and writes the capture to its end. False when more kept coming than it served.
    bool finish(int maxMs = 1000);

private:
    void keepPayloadsWhereNeeded();

    HelloServer m_server;
    LogFileWriter m_logFile;
    ServerCapture m_capture{&m_server};
    bool m_showsPayloads;
    bool m_captureWanted = false;
};
