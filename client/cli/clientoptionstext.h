// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

// The client's command-line texts are translated in one context, "ClientOptions", whichever of
// its option files (client, send, traffic) says them.
namespace ClientOptionsText {
inline QString say(const char *text) { return QCoreApplication::translate("ClientOptions", text); }
} // namespace ClientOptionsText
