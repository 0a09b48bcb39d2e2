// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class DatagramLogModel;
class ServerSession;
class QAction;
class QWidget;
class ServerCapture;

// The window's two captures, both pcapng for Wireshark: File > Capture to file (live, every
// datagram and reply as they happen while the server listens; --pcap ticks it at start) and
// File > Export capture (what the log holds now). The engine writes; this only picks files and
// keeps the menu true to what is captured.
class CaptureActions : public QObject
{
    Q_OBJECT

public:
    CaptureActions(ServerSession *session, DatagramLogModel *log, QWidget *window);

    QAction *captureAction() const { return m_captureAction; }
    QAction *exportAction() const { return m_exportAction; }
    ServerCapture *capture() const { return m_capture; }

    // Starts (or, with an empty name, stops) the live capture; false with the reason said.
    bool setCaptureFile(const QString &fileName);
    // Writes what the log holds; false with the reason said.
    bool exportCapture(const QString &fileName);

signals:
    // Failures and a full disk: for the message bar, where the log file's are too.
    void errorOccurred(const QString &message);
    // News for the status bar.
    void information(const QString &message);

private:
    void chooseCaptureFile(bool on);
    void chooseExportFile();
    void showCapturing();

    ServerSession *m_session;
    DatagramLogModel *m_log;
    QWidget *m_window;
    ServerCapture *m_capture;
    QAction *m_captureAction;
    QAction *m_exportAction;
};
