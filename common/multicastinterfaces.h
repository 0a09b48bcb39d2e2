// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class QNetworkInterface;

// The interfaces both windows offer for a group (the server's to join on, the client's to send
// from): up and able to multicast. An interface named on the command line or saved earlier is
// checked apart (MulticastMembership when joining, ClientSocketSetup when sending), and a saved
// one that is down for now is kept, not dropped.
namespace MulticastInterfaces {

bool usable(const QNetworkInterface &interface);
// Their names, in the system's order: what both windows offer in their interface lists.
QStringList names();

} // namespace MulticastInterfaces
