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

} // namespace WindowPlacement
