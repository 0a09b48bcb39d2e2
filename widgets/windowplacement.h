// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMargins>
#include <QRect>
#include <QSize>

class QByteArray;
class QWidget;

// Where windows go on the screens there are now.
namespace WindowPlacement {

// Shrinks and moves a window to lie within the available area of its screen: whatever geometry
// was saved (a window once widened to 32,767 px, a monitor since unplugged), it opens whole.
void keepOnScreen(QWidget *window);

// The one rule both windows follow: restores a saved geometry (from QWidget::saveGeometry(), or
// nothing), keeps the window on screen now, and again each time it is shown (once shown it has a
// frame, which the saved geometry did not count).
void restore(QWidget *window, const QByteArray &saved);

// Where the demo's three windows go (client areas, in this order: the server, Client1, Client2):
// the server at the left, the clients one above the other at the right, each at most its wanted
// size and, with its frame (an estimate: the window system draws it), inside available.
QList<QRect> demoLayout(const QRect &available, const QSize &server, const QSize &client,
                        const QMargins &frame = QMargins(4, 32, 4, 4));

} // namespace WindowPlacement
