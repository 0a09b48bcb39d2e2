// SPDX-License-Identifier: MIT
#pragma once

#include <QLatin1String>
#include <QSettings>
#include <QtGlobal>

// One numeric setting, written once: its key in its program's group of the settings file, its
// default, and the range that the command line, the settings file and the window's field all
// accept. The command line refuses a value outside the range with a sentence that names it; the
// settings file's (hand-edited, damaged, another version's) is ignored and the default stays.
template<typename T>
struct Setting
{
    const char *key;
    T defaultValue;
    T min;
    T max;

    constexpr bool accepts(qint64 value) const { return value >= qint64(min) && value <= qint64(max); }

    // The saved value when there is one that reads and is in range; otherwise `fallback`.
    T read(const QSettings &settings, T fallback) const
    {
        bool ok = false;
        const qint64 value = settings.value(QLatin1String(key)).toLongLong(&ok);
        return ok && accepts(value) ? T(value) : fallback;
    }
    void write(QSettings &settings, T value) const { settings.setValue(QLatin1String(key), value); }
};
