// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

// Where windows go on the screens there are now.
namespace WindowPlacement {

// Shrinks and moves a window to lie within the available area of its screen: whatever geometry
// was saved (a window once widened to 32,767 px, a monitor since unplugged), it opens whole.
void keepOnScreen(QWidget *window);

} // namespace WindowPlacement
