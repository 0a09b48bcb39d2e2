// SPDX-License-Identifier: MIT
#include "colors.h"

#include <QPalette>

namespace Colors {

bool isDark(const QPalette &palette) { return palette.color(QPalette::Base).lightness() < 128; }

// Material's error red, and its lighter tone for dark backgrounds (contrast above 4.5:1 on both).
QColor errorText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QColor errorBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x8c, 0x1d, 0x18) : QColor(0xb3, 0x26, 0x1e);
}

QColor unansweredBubble(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x8c, 0x3a, 0x32) : QColor(0xc6, 0x52, 0x46);
}

QColor sentBubble(const QPalette &palette) { return palette.color(QPalette::Highlight); }

QColor sentText(const QPalette &palette) { return palette.color(QPalette::HighlightedText); }

QColor receivedBubble(const QPalette &palette)
{
    return isDark(palette) ? palette.color(QPalette::Base).lighter(170)
                           : palette.color(QPalette::AlternateBase).darker(104);
}

QString errorLabelStyle(const QPalette &palette)
{
    return QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(errorText(palette).name());
}

} // namespace Colors
