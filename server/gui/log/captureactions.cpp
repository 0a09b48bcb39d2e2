// SPDX-License-Identifier: MIT
#include "captureactions.h"

#include <climits>

#include "datagramlogmodel.h"
#include "pcapngexport.h"
#include "serverengine.h"

#include <QAction>
#include <QFileDialog>
#include <QWidget>

CaptureActions::CaptureActions(ServerEngine *engine, DatagramLogModel *log, QWidget *window)
    : QObject(window)
    , m_engine(engine)
    , m_log(log)
    , m_window(window)
    , m_captureAction(new QAction(tr("&Capture to file…"), this))
    , m_exportAction(new QAction(tr("Export ca&pture…"), this))
{
    m_captureAction->setCheckable(true);
    m_exportAction->setToolTip(tr("Save the datagrams in the log and their replies as a pcapng capture (Wireshark)"));
    showCapturing();
    connect(m_captureAction, &QAction::triggered, this, &CaptureActions::chooseCaptureFile);
    connect(m_exportAction, &QAction::triggered, this, &CaptureActions::chooseExportFile);
    connect(engine, &ServerEngine::captureErrorOccurred, this, &CaptureActions::errorOccurred);
    // "Capturing resumed" replaces the disk-full message (it says how many could not be written).
    connect(engine, &ServerEngine::captureResumed, this, &CaptureActions::errorOccurred);
    // A write error ended the capture: the menu must not stay ticked.
    connect(engine, &ServerEngine::captureStopped, this, &CaptureActions::showCapturing);
}

bool CaptureActions::setCaptureFile(const QString &fileName)
{
    const bool on = m_engine->setCaptureFile(fileName);  // a failure is said through errorOccurred
    showCapturing();
    return on;
}

void CaptureActions::showCapturing()
{
    const QString fileName = m_engine->captureFileName();
    m_captureAction->setChecked(!fileName.isEmpty());
    m_captureAction->setToolTip(fileName.isEmpty()
        ? tr("Capture every datagram and reply to a pcapng file (Wireshark) as they happen")
        : tr("Capturing every datagram and reply to %1").arg(fileName));
}

bool CaptureActions::exportCapture(const QString &fileName)
{
    QString error;
    qint64 packets = 0;
    if (!PcapngExport::exportToFile(fileName, *m_log, m_engine->address(), m_engine->port(), &error, &packets)) {
        emit errorOccurred(tr("Could not export the capture to %1: %2").arg(fileName, error));
        return false;
    }
    emit information(tr("Exported %n packet(s) to %1", nullptr, int(qMin<qint64>(packets, INT_MAX))).arg(fileName));
    return true;
}

void CaptureActions::chooseCaptureFile(bool on)
{
    if (!on) {
        setCaptureFile(QString());
        return;
    }
    // The dialog asks before an existing file is replaced.
    const QString fileName = QFileDialog::getSaveFileName(m_window, tr("Capture every datagram to"),
                                                          QStringLiteral("udpchat.pcapng"),
                                                          tr("pcapng capture (*.pcapng)"));
    setCaptureFile(fileName);
}

void CaptureActions::chooseExportFile()
{
    const QString fileName = QFileDialog::getSaveFileName(m_window, tr("Export capture"),
                                                          QStringLiteral("udpchat-log.pcapng"),
                                                          tr("pcapng capture (*.pcapng)"));
    if (!fileName.isEmpty())
        exportCapture(fileName);
}
