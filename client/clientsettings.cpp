#include "clientsettings.h"

#include <QMainWindow>
#include <QSettings>

namespace ClientSettings {

void load(ClientOptions *options)
{
    QSettings s;
    s.beginGroup(QStringLiteral("client"));
    const QString host = s.value(QStringLiteral("host")).toString().trimmed();
    if (!host.isEmpty())
        options->host = host;
    bool ok = false;
    const uint port = s.value(QStringLiteral("port")).toUInt(&ok);
    if (ok && port >= 1 && port <= 65535)
        options->port = quint16(port);
    const int timeout = s.value(QStringLiteral("timeoutMs")).toInt(&ok);
    if (ok && timeout >= 1)
        options->timeoutMs = timeout;
}

void save(const ClientOptions &options, bool hexMode, const QStringList &history)
{
    QSettings s;
    s.beginGroup(QStringLiteral("client"));
    s.setValue(QStringLiteral("host"), options.host);
    s.setValue(QStringLiteral("port"), options.port);
    s.setValue(QStringLiteral("timeoutMs"), options.timeoutMs);
    s.setValue(QStringLiteral("hexMode"), hexMode);
    s.setValue(QStringLiteral("history"), history);
}

bool hexMode() { return QSettings().value(QStringLiteral("client/hexMode")).toBool(); }

QStringList history() { return QSettings().value(QStringLiteral("client/history")).toStringList(); }

void restoreGeometry(QMainWindow *window)
{
    window->restoreGeometry(QSettings().value(QStringLiteral("clientWindow/geometry")).toByteArray());
}

void saveGeometry(const QMainWindow *window)
{
    QSettings().setValue(QStringLiteral("clientWindow/geometry"), window->saveGeometry());
}

} // namespace ClientSettings
