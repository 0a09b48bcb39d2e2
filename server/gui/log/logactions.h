// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class DatagramLogModel;
class ServerEngine;
class QAction;
class QWidget;

// The window's two ways to keep the log: File > Export log (what it holds now, CSV or JSON Lines)
// and File > Log to file (every datagram as it arrives; --log-file ticks it at start). The engine
// writes; this only picks files and keeps the menu true to what is written.
class LogActions : public QObject
{
    Q_OBJECT

public:
    LogActions(ServerEngine *engine, DatagramLogModel *log, QAction *exportAction, QAction *logFileAction,
               QWidget *window);

    // Writes the whole log (CSV for *.csv, else JSON Lines); false with the reason said.
    bool exportLog(const QString &fileName);
    // Starts (or, with an empty name, stops) appending every datagram to a file.
    bool setLogFile(const QString &fileName);

signals:
    // The log file's failures and a full disk: they stay in the message bar until dismissed.
    void errorOccurred(const QString &message);
    // An export that failed: said until the next success.
    void exportFailed(const QString &message);
    // News for the status bar.
    void information(const QString &message);

private:
    void chooseExportFile();
    void chooseLogFile(bool on);
    // The menu as the engine has it: ticked while a log file is open.
    void showLogging();

    ServerEngine *m_engine;
    DatagramLogModel *m_log;
    QAction *m_logFileAction;
    QWidget *m_window;
};
