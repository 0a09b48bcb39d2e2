// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;
struct ClientOptions;

// The command-line options of a traffic run (--console --message): --message, --count,
// --interval, --rate. One home for their names, help texts and checks, as SendOptions is for
// sending, so that clientoptions.cpp only adds and reads them.
class TrafficOptions
{
public:
    TrafficOptions();
    QList<QCommandLineOption> options() const { return {m_message, m_count, m_interval, m_rate}; }
    // After --console and --encoding are read: the message is encoded in the one asked for.
    // False with a sentence for the user in *error on a bad value.
    bool read(const QCommandLineParser &parser, ClientOptions *options, QString *error) const;

private:
    QCommandLineOption m_message;
    QCommandLineOption m_count;
    QCommandLineOption m_interval;
    QCommandLineOption m_rate;
};
