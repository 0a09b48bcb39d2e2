// SPDX-License-Identifier: MIT
#pragma once

#include "clientsocketsetup.h"

#include <QCommandLineOption>

class QCommandLineParser;

// The command-line options for who may answer and for sending to a group or a broadcast address:
// --any-sender, --ttl, --multicast-loopback, --interface. One home for their names, help texts
// and checks, so that clientoptions.cpp only adds and reads them.
class SendOptions
{
public:
    SendOptions();
    QList<QCommandLineOption> options() const { return {m_anySender, m_ttl, m_loopback, m_interface}; }
    // False with a sentence for the user in *error on a bad value.
    bool read(const QCommandLineParser &parser, ClientSocketSetup::Options *options, QString *error) const;

private:
    QCommandLineOption m_anySender;
    QCommandLineOption m_ttl;
    QCommandLineOption m_loopback;
    QCommandLineOption m_interface;
};
