// SPDX-License-Identifier: MIT
#include "logactions.h"

#include "datagramlogmodel.h"
#include "logexport.h"
#include "serverengine.h"

#include <QAction>
#include <QFileDialog>
#include <QWidget>

LogActions::LogActions(ServerEngine *engine, DatagramLogModel *log, QAction *exportAction, QAction *logFileAction,
                       QWidget *window)
    : QObject(window)
    , m_engine(engine)
    , m_log(log)
    , m_logFileAction(logFileAction)
    , m_window(window)
{
    connect(engine, &ServerEngine::logFileErrorOccurred, this, &LogActions::errorOccurred);
    // "Logging resumed" replaces the disk-full message (it says how many could not be written).
    connect(engine, &ServerEngine::logFileResumed, this, &LogActions::errorOccurred);
    // A write error ended logging (the file is closed): the menu must not stay ticked. Asked of
    // the engine, not assumed: the news may be of a file already replaced by a newer one.
    connect(engine, &ServerEngine::logFileStopped, this, &LogActions::showLogging);
    connect(exportAction, &QAction::triggered, this, &LogActions::chooseExportFile);
    connect(m_logFileAction, &QAction::triggered, this, &LogActions::chooseLogFile);
}

bool LogActions::exportLog(const QString &fileName)
{
    QString error;
    if (!LogExport::exportToFile(fileName, *m_log, &error)) {
        emit exportFailed(tr("Could not export to %1: %2").arg(fileName, error));
        return false;
    }
    emit information(tr("Exported %n datagram(s) to %1", nullptr, m_log->rowCount()).arg(fileName));
    return true;
}

void LogActions::chooseExportFile()
{
    const QString fileName = QFileDialog::getSaveFileName(m_window, tr("Export log"), QStringLiteral("udpchat-log.csv"),
                                                          tr("CSV (*.csv);;JSON Lines (*.jsonl)"));
    if (!fileName.isEmpty())
        exportLog(fileName);
}

bool LogActions::setLogFile(const QString &fileName)
{
    QString error;
    const bool on = m_engine->setLogFile(fileName, &error) && !fileName.isEmpty();
    if (!fileName.isEmpty() && !on)
        emit errorOccurred(tr("Could not open the log file %1: %2").arg(fileName, error));
    showLogging();
    return on;
}

void LogActions::showLogging()
{
    const QString fileName = m_engine->logFileName();
    m_logFileAction->setChecked(!fileName.isEmpty());
    m_logFileAction->setToolTip(!fileName.isEmpty() ? tr("Appending every datagram to %1").arg(fileName)
                                                    : tr("Append every datagram to a JSON Lines file as it arrives"));
}

void LogActions::chooseLogFile(bool on)
{
    if (!on) {
        setLogFile(QString());
        return;
    }
    const QString fileName = QFileDialog::getSaveFileName(m_window, tr("Log every datagram to"),
                                                          QStringLiteral("udpchat-log.jsonl"),
                                                          tr("JSON Lines (*.jsonl)"), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
    setLogFile(fileName);
}
