// SPDX-License-Identifier: MIT
#include "windowplacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace WindowPlacement {

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
