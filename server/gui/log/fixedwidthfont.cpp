// SPDX-License-Identifier: MIT
#include "fixedwidthfont.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QStringList>

namespace FixedWidthFont {

bool hasEqualAdvances(const QFont &font)
{
    const QFontMetricsF metrics(font);
    const qreal first = metrics.horizontalAdvance(QLatin1Char(' '));
    for (char c = '!'; c <= '~'; ++c) {
        if (!qFuzzyCompare(metrics.horizontalAdvance(QLatin1Char(c)), first))
            return false;
    }
    return first > 0;
}

QFont choose(const QFont &preferred)
{
    if (hasEqualAdvances(preferred))
        return preferred;
    // Families that are monospaced wherever they are installed; a missing one resolves to
    // something else, which the advances then reject.
    const QStringList families{QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Mono"),
                               QStringLiteral("Noto Sans Mono"), QStringLiteral("Liberation Mono"),
                               QStringLiteral("Cascadia Mono"), QStringLiteral("Consolas"),
                               QStringLiteral("Menlo"), QStringLiteral("Courier New")};
    for (const QString &family : families) {
        QFont candidate = preferred;
        candidate.setFamilies({family});
        candidate.setStyleHint(QFont::TypeWriter);
        if (hasEqualAdvances(candidate))
            return candidate;
    }
    return preferred;
}

QFont system()
{
    return choose(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

} // namespace FixedWidthFont
