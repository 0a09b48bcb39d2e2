// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class QNetworkInterface;

// The interfaces a group can be joined on or sent to, decided once for both programs and both
// windows: up and able to multicast (a down interface drops what is sent and joins nothing).
namespace MulticastInterfaces {

bool usable(const QNetworkInterface &interface);
// Their names, in the system's order: what both windows offer in their interface lists.
QStringList names();

} // namespace MulticastInterfaces
