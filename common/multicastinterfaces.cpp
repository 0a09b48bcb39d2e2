// SPDX-License-Identifier: MIT
#include "multicastinterfaces.h"

#include <QNetworkInterface>

namespace MulticastInterfaces {

bool usable(const QNetworkInterface &interface)
{
    return interface.flags().testFlag(QNetworkInterface::IsUp)
        && interface.flags().testFlag(QNetworkInterface::CanMulticast);
}

QStringList names()
{
    QStringList list;
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        if (usable(interface))
            list << interface.name();
    }
    return list;
}

} // namespace MulticastInterfaces
