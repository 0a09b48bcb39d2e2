// SPDX-License-Identifier: MIT
#pragma once

#include "clientsocketsetup.h"

#include <QCommandLineOption>

class QCommandLineParser;
struct ClientOptions;

// The command-line options for who may answer and for sending to a group or a broadcast address:
// --any-sender, --ttl, --multicast-loopback, --interface. One home for their names, help texts
// and checks, so that clientoptions.cpp only adds and reads them.
class SendOptions
{
public:
    SendOptions();
    QList<QCommandLineOption> options() const { return {m_anySender, m_ttl, m_loopback, m_interface}; }
    // False with a sentence for the user in *error on a bad value.
    bool read(const QCommandLineParser &parser, ClientOptions *options, QString *error) const;
    // The socket options the parsed command line asks for (local endpoint, who may answer, group).
    static ClientSocketSetup::Options socketOptions(const ClientOptions &options);
    // The other way, so that a new window sends as this one does.
    static void copy(const ClientSocketSetup::Options &socket, ClientOptions *options);

private:
    QCommandLineOption m_anySender;
    QCommandLineOption m_ttl;
    QCommandLineOption m_loopback;
    QCommandLineOption m_interface;
};
