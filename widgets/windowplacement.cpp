// SPDX-License-Identifier: MIT
#include "windowplacement.h"

#include <QEvent>
#include <QGuiApplication>
#include <QObject>
#include <QScreen>
#include <QWidget>

namespace WindowPlacement {

namespace {
// Watches a window's Show events (not the window system's own, as when it is un-minimised).
class OnScreenKeeper : public QObject
{
public:
    static constexpr QLatin1String Name{"udpchat_onScreenKeeper"};

    explicit OnScreenKeeper(QWidget *window) : QObject(window)
    {
        setObjectName(Name);
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && !event->spontaneous())
            keepOnScreen(static_cast<QWidget *>(watched));
        return false;
    }
};
} // namespace

void keepOnScreen(QWidget *window)
{
    if (window->isMaximized() || window->isFullScreen())
        return;
    // Frame included once the window has one.
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

void restore(QWidget *window, const QByteArray &saved)
{
    if (!saved.isEmpty())
        window->restoreGeometry(saved);
    keepOnScreen(window);
    // By name: without Q_OBJECT of its own, findChild<OnScreenKeeper *> would match any child.
    if (!window->findChild<QObject *>(OnScreenKeeper::Name, Qt::FindDirectChildrenOnly))
        new OnScreenKeeper(window);
}

QList<QRect> demoLayout(const QRect &available, const QSize &server, const QSize &client, const QMargins &frame)
{
    constexpr int Gap = 8;
    const int frameWidth = frame.left() + frame.right();
    const int frameHeight = frame.top() + frame.bottom();
    // The clients share the right half at most, one above the other; the server takes the rest.
    const int clientWidth = qMax(1, qMin(client.width(), available.width() / 2 - frameWidth));
    const int clientHeight = qMax(1, qMin(client.height(), (available.height() - Gap) / 2 - frameHeight));
    const int serverWidth = qMax(1, qMin(server.width(), available.width() - clientWidth - 2 * frameWidth - Gap));
    const int serverHeight = qMax(1, qMin(server.height(), available.height() - frameHeight));
    const int clientX = available.right() + 1 - frame.right() - clientWidth;
    const int top = available.top() + frame.top();
    return {QRect(available.left() + frame.left(), top, serverWidth, serverHeight),
            QRect(clientX, top, clientWidth, clientHeight),
            QRect(clientX, top + clientHeight + frameHeight + Gap, clientWidth, clientHeight)};
}

} // namespace WindowPlacement
