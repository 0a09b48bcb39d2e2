// SPDX-License-Identifier: MIT
#pragma once

// Finding a window's widgets by object name, as the .ui forms name them.

#include <QWidget>
#include <QtGlobal>

template<typename T>
T *child(QWidget *window, const char *name)
{
    T *widget = window->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}
