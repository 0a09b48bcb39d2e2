// SPDX-License-Identifier: MIT
#include "demoport.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUdpSocket>

namespace DemoPort {

Choice choose(const QString &host, quint16 wanted)
{
    Choice choice;
    choice.port = wanted;
    QHostAddress address;
    if (wanted == 0 || !address.setAddress(host))
        return choice;  // the system picks anyway, or a name the server will look up itself
    // Bound as the server binds (the port its own): if that fails, someone else has it now.
    QUdpSocket probe;
    if (probe.bind(address, wanted))
        return choice;
    QUdpSocket free;
    if (!free.bind(address, 0))
        return choice;  // the server says why it cannot listen there
    choice.port = free.localPort();
    choice.note = QCoreApplication::translate("DemoPort",
                                              "Port %1 on %2 is in use by another program: the demo's server "
                                              "listens on port %3 instead, and both clients talk to it there.")
                      .arg(wanted)
                      .arg(host)
                      .arg(choice.port);
    return choice;
}

} // namespace DemoPort
