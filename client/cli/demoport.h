// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Where --demo's server listens: the port asked for (the tutorial's 6000) while it is free on that
// address, else one the system picks, with a sentence saying why. Another program holding the port
// would otherwise answer the demo's clients, or keep them waiting, without a word.
namespace DemoPort {

struct Choice
{
    quint16 port = 0;
    QString note;  // empty when the port asked for is used
};

// host: the address the demo's server binds (a name that is not an address is left as it is).
Choice choose(const QString &host, quint16 wanted);

} // namespace DemoPort
