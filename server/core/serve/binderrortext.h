// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

// The sentence for a failed listen(): what failed, where, and why, in the user's words rather than
// the system's where the system names the wrong problem.
class BindErrorText
{
    Q_DECLARE_TR_FUNCTIONS(BindErrorText)

public:
    static QString text(QAbstractSocket::SocketError error, const QHostAddress &address, quint16 port,
                        const QString &systemReason);
};
