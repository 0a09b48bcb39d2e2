// SPDX-License-Identifier: MIT
#include "binderrortext.h"

#include "protocol.h"

QString BindErrorText::text(QAbstractSocket::SocketError error, const QHostAddress &address, quint16 port,
                           const QString &systemReason)
{
    const QString where = Protocol::endpointText(address, port);
    QString what;
    // The system's word for these ("unsupported address family") names the wrong problem.
    switch (Protocol::bindProblem(address)) {
    case Protocol::BindProblem::IPv4Mapped:
        return tr("Cannot listen on %1: %2 is an IPv4-mapped IPv6 address; listen on %3 instead.")
            .arg(where, address.toString(), Protocol::plainAddress(address).toString());
    case Protocol::BindProblem::LinkLocalWithoutScope:
        return tr("Cannot listen on %1: %2 is a link-local address, which needs its interface, "
                  "such as %2%eth0.").arg(where, address.toString());
    case Protocol::BindProblem::UnknownScope:
        return tr("Cannot listen on %1: this computer has no interface named '%2'.").arg(where, address.scopeId());
    case Protocol::BindProblem::None:
        break;
    }
    switch (error) {
    case QAbstractSocket::AddressInUseError:
        what = tr("Cannot listen on %1: the port is already in use by another program.").arg(where);
        break;
    case QAbstractSocket::SocketAccessError:
        what = tr("Cannot listen on %1: permission denied (ports below 1024 usually need "
                  "administrator rights).").arg(where);
        break;
    case QAbstractSocket::SocketAddressNotAvailableError:
        what = tr("Cannot listen on %1: %2 is not an address of this computer.")
                   .arg(where, address.toString());
        break;
    case QAbstractSocket::UnsupportedSocketOperationError:
        what = tr("Cannot listen on %1: this system does not support that address family.").arg(where);
        break;
    default:
        what = tr("Cannot listen on %1.").arg(where);
        break;
    }
    return tr("%1 (system: %2)").arg(what, systemReason);
}
