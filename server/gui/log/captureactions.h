// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class DatagramLogModel;
class ServerEngine;
class QAction;
class QWidget;

// The window's two captures, both pcapng for Wireshark: File > Capture to file (live, every
// datagram and reply as they happen while the server listens; --pcap ticks it at start) and
// File > Export capture (what the log holds now). The engine writes; this only picks files and
// keeps the menu true to what is captured.
class CaptureActions : public QObject
{
    Q_OBJECT

public:
    CaptureActions(ServerEngine *engine, DatagramLogModel *log, QWidget *window);

    QAction *captureAction() const { return m_captureAction; }
    QAction *exportAction() const { return m_exportAction; }

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

    ServerEngine *m_engine;
    DatagramLogModel *m_log;
    QWidget *m_window;
    QAction *m_captureAction;
    QAction *m_exportAction;
};
