// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QString>

class QPalette;

// Colours that mean something, one place for all of them, each readable in a light and a dark
// palette: windows and delegates ask here and never spell a colour themselves.
namespace Colors {

bool isDark(const QPalette &palette);
// Text that says something went wrong, on the window's background.
QColor errorText(const QPalette &palette);
// The background of an error bar, with white text on it.
QColor errorBackground(const QPalette &palette);
// A message the user sent that got no reply.
QColor unansweredBubble(const QPalette &palette);
QColor sentBubble(const QPalette &palette);
QColor sentText(const QPalette &palette);
QColor receivedBubble(const QPalette &palette);
// A label's style sheet for error text (bold, errorText()).
QString errorLabelStyle(const QPalette &palette);

} // namespace Colors
