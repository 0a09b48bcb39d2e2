#include "serversettings.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace ServerSettings {

void load(ServerOptions *options)
{
    QSettings s;
    s.beginGroup(QStringLiteral("server"));
    QHostAddress address;
    if (address.setAddress(s.value(QStringLiteral("address")).toString()))
        options->address = address;
    bool ok = false;
    const uint port = s.value(QStringLiteral("port")).toUInt(&ok);
    if (ok && port <= 65535)
        options->port = quint16(port);
    const int rows = s.value(QStringLiteral("maxRows")).toInt(&ok);
    if (ok && rows > 0)
        options->maxRows = rows;
    const int rate = s.value(QStringLiteral("rateLimit")).toInt(&ok);
    if (ok && rate >= -1)
        options->rateLimit = rate;
    options->logFile = s.value(QStringLiteral("logFile")).toString();
}

void save(const ServerOptions &options)
{
    QSettings s;
    s.beginGroup(QStringLiteral("server"));
    s.setValue(QStringLiteral("address"), options.address.toString());
    s.setValue(QStringLiteral("port"), options.port);
    s.setValue(QStringLiteral("maxRows"), options.maxRows);
    s.setValue(QStringLiteral("rateLimit"), options.rateLimit);
    s.setValue(QStringLiteral("logFile"), options.logFile);
}

void restoreLayout(QMainWindow *window, QSplitter *main, QSplitter *log)
{
    QSettings s;
    s.beginGroup(QStringLiteral("serverWindow"));
    window->restoreGeometry(s.value(QStringLiteral("geometry")).toByteArray());
    main->restoreState(s.value(QStringLiteral("mainSplitter")).toByteArray());
    log->restoreState(s.value(QStringLiteral("logSplitter")).toByteArray());
}

void saveLayout(const QMainWindow *window, const QSplitter *main, const QSplitter *log)
{
    QSettings s;
    s.beginGroup(QStringLiteral("serverWindow"));
    s.setValue(QStringLiteral("geometry"), window->saveGeometry());
    s.setValue(QStringLiteral("mainSplitter"), main->saveState());
    s.setValue(QStringLiteral("logSplitter"), log->saveState());
}

} // namespace ServerSettings
