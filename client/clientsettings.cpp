#include "clientsettings.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>

namespace ClientSettings {

void load(ClientOptions *options)
{
    QSettings s;
    s.beginGroup(QStringLiteral("client"));
    const QString host = s.value(QStringLiteral("host")).toString().trimmed();
    // A saved value too long to be a host is damage or mischief: the default stays.
    if (!host.isEmpty() && host.size() <= ClientOptions::MaxHostLength)
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
    keepOnScreen(window);
}

void keepOnScreen(QWidget *window)
{
    if (window->isMaximized() || window->isFullScreen())
        return;
    // Whatever was saved (a window once widened to 32,767 px, a monitor since unplugged), the
    // window opens whole on a screen that is there now, frame included once it has one.
    const QScreen *screen = QGuiApplication::screenAt(window->geometry().center());
    if (!screen)
        screen = window->screen();
    if (!screen)
        return;
    const QRect frame = window->frameGeometry();
    QRect g = window->geometry();
    const QRect available = screen->availableGeometry().adjusted(g.left() - frame.left(), g.top() - frame.top(),
                                                                 g.right() - frame.right(), g.bottom() - frame.bottom());
    g.setSize(g.size().boundedTo(available.size()).expandedTo(window->minimumSize()));
    g.moveLeft(qBound(available.left(), g.left(), qMax(available.left(), available.right() - g.width() + 1)));
    g.moveTop(qBound(available.top(), g.top(), qMax(available.top(), available.bottom() - g.height() + 1)));
    if (g != window->geometry())
        window->setGeometry(g);
}

void saveGeometry(const QMainWindow *window)
{
    QSettings().setValue(QStringLiteral("clientWindow/geometry"), window->saveGeometry());
}

} // namespace ClientSettings
