#include "serversettings.h"

#include "protocol.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace ServerSettings {

void load(ServerOptions *options)
{
    QSettings s;
    s.beginGroup(QStringLiteral("server"));
    QHostAddress address;
    if (Protocol::parseBindAddress(s.value(QStringLiteral("address")).toString(), &address))
        options->address = address;
    bool ok = false;
    const uint port = s.value(QStringLiteral("port")).toUInt(&ok);
    if (ok && port <= 65535)
        options->port = quint16(port);
    // Saved values are checked like the command line's: a hand-edited file cannot go out of range.
    const qint64 rows = s.value(QStringLiteral("maxRows")).toLongLong(&ok);
    if (ok && validMaxRows(rows))
        options->maxRows = int(rows);
    const qint64 rate = s.value(QStringLiteral("rateLimit")).toLongLong(&ok);
    if (ok && validRateLimit(rate))
        options->rateLimit = int(rate);
    options->logFile = s.value(QStringLiteral("logFile")).toString();
}

void save(const ServerOptions &options)
{
    QSettings s;
    s.beginGroup(QStringLiteral("server"));
    s.setValue(QStringLiteral("address"), Protocol::addressText(options.address));
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
