// SPDX-License-Identifier: MIT
#pragma once

#include "consoleoutput.h"
#include "textencoding.h"

#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <optional>

class HelloClient;
struct ClientOptions;

// The tutorial's udp_client.py in a terminal (udpchat-client --console), line for line: the same
// prompt, an empty line asks again, the reply printed, and after exit the session's last line.
// Unlike the script it never hangs on a lost datagram: after the timeout it says so and asks again.
// When anyone may answer (--any-sender, a group, a broadcast address) each reply is a line naming
// its sender, and every reply within the timeout is printed before the next prompt.
// It needs no display: only QCoreApplication and a socket.
class ConsoleClient
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleClient)

public:
    ConsoleClient(std::FILE *in, std::FILE *out);
    // Runs the session until exit is answered or the input ends; returns the exit status.
    int run(const QString &host, quint16 port, int timeoutMs);
    // The same, with every client option that applies (--expect, --local-*, --any-sender, groups).
    int run(const ClientOptions &options);

    // What was written, and whether all of it got there.
    const ConsoleOutput &output() const { return m_out; }

private:
    // What the engine said while a line was being sent.
    struct SessionErrors
    {
        QString start;  // the session could not start (a local port in use...)
        QString send;   // a send refused by the system (no route to a group...)
    };
    // Sends one typed line and prints what came back; an exit status once there is nothing more
    // to ask (the session over, or it cannot start), none to ask again.
    std::optional<int> exchange(HelloClient &client, const QByteArray &line, const QString &host, SessionErrors *errors);
    enum class Fate { Answered, TimedOut, Unreachable, Failed };
    Fate waitFor(HelloClient &client, int id, QByteArray *reply, QString *why);
    // Anyone may answer: prints each reply until the message's time runs out; returns how many.
    int waitForAll(HelloClient &client, int id);
    // What came back for message id, printed; true when the session is over (exit answered).
    bool reportAnswer(HelloClient &client, int id, const QByteArray &line);
    // Everyone's answers within the timeout, printed, then how many answered; true when over.
    bool reportAllAnswers(HelloClient &client, int id, const QString &sendError);
    bool readLine(QByteArray *line);
    void print(const QByteArray &bytes);

    std::FILE *m_in;
    ConsoleOutput m_out;
    TextEncoding::Encoding m_encoding = TextEncoding::Encoding::Utf8;  // how replies are read (--encoding)
};
