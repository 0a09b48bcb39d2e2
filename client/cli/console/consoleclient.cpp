// SPDX-License-Identifier: MIT
#include "consoleclient.h"

#include "clientoptions.h"
#include "displaytext.h"
#include "helloclient.h"
#include "protocol.h"

#include <QEventLoop>

ConsoleClient::ConsoleClient(std::FILE *in, std::FILE *out)
    : m_in(in)
    , m_out(out)
{
}

void ConsoleClient::print(const QByteArray &bytes)
{
    m_out.write(bytes);
}

bool ConsoleClient::readLine(QByteArray *line)
{
    // Python's input(): the line without its newline; the end of the input ends the session.
    line->clear();
    int c = 0;
    while ((c = std::fgetc(m_in)) != EOF && c != '\n')
        line->append(char(c));
    return c != EOF || !line->isEmpty();
}

ConsoleClient::Fate ConsoleClient::waitFor(HelloClient &client, int id, QByteArray *reply, QString *why)
{
    QEventLoop loop;
    Fate fate = Fate::TimedOut;
    const auto done = [&](Fate f) {
        fate = f;
        loop.quit();
    };
    QObject::connect(&client, &HelloClient::replyReceived, &loop, [&](int answered, const QByteArray &bytes) {
        if (answered == id) {
            *reply = bytes;
            done(Fate::Answered);
        }
    });
    QObject::connect(&client, &HelloClient::replyTimedOut, &loop, [&](int timedOut) {
        if (timedOut == id)
            done(Fate::TimedOut);
    });
    QObject::connect(&client, &HelloClient::errorOccurred, &loop, [&](HelloClient::Error error, const QString &message) {
        *why = message;
        done(error == HelloClient::Error::ServerUnreachable ? Fate::Unreachable : Fate::Failed);
    });
    loop.exec();
    return fate;
}

int ConsoleClient::waitForAll(HelloClient &client, int id)
{
    QEventLoop loop;
    int answered = 0;
    QObject::connect(&client, &HelloClient::replyReceived, &loop,
                     [&](int which, const QByteArray &bytes, qint64 roundTripUs, const QString &from) {
        if (which != id)
            return;
        ++answered;
        print(tr("%1 from %2 time=%3 ms\n")
                  .arg(DisplayText::escaped(bytes, 200, m_encoding), from, QString::number(double(roundTripUs) / 1000.0, 'f', 3))
                  .toLocal8Bit());
    });
    QObject::connect(&client, &HelloClient::waitEnded, &loop, [&](int which) {
        if (which == id)
            loop.quit();
    });
    QObject::connect(&client, &HelloClient::sessionEnded, &loop, &QEventLoop::quit);
    QObject::connect(&client, &HelloClient::errorOccurred, &loop, [&](HelloClient::Error, const QString &message) {
        print(message.toLocal8Bit() + '\n');  // said, and the wait goes on: others may still answer
    });
    loop.exec();
    return answered;
}

int ConsoleClient::run(const QString &host, quint16 port, int timeoutMs)
{
    ClientOptions options;
    options.host = host;
    options.port = port;
    options.timeoutMs = timeoutMs;
    return run(options);
}

int ConsoleClient::run(const ClientOptions &options)
{
    m_encoding = options.encoding;
    HelloClient client;
    client.setTimeout(options.timeoutMs);
    client.setExpect(options.expectAny ? ReplyMatcher::Expect::Any : ReplyMatcher::Expect::Hello);
    client.setSocketOptions(options.socket);
    client.setServer(options.host, options.port);
    SessionErrors errors;
    QObject::connect(&client, &HelloClient::errorOccurred, &client, [&](HelloClient::Error error, const QString &message) {
        if (client.state() == HelloClient::State::Idle)
            errors.start = message;
        else if (error == HelloClient::Error::SendFailed)
            errors.send = message;
    });
    QByteArray line;
    for (;;) {
        print("Please input your name: ");
        if (!readLine(&line)) {
            print("\n");
            return 0;
        }
        if (line.isEmpty())
            continue;  // as the script does: nothing is sent, it asks again
        if (const std::optional<int> status = exchange(client, line, options.host, &errors))
            return *status;
    }
}

std::optional<int> ConsoleClient::exchange(HelloClient &client, const QByteArray &line, const QString &host,
                                           SessionErrors *errors)
{
    errors->start.clear();
    errors->send.clear();
    if (client.state() == HelloClient::State::Idle)
        client.start();
    QString why;
    const int id = client.send(line, nullptr, &why);
    if (id == 0) {
        if (!errors->start.isEmpty()) {
            print(errors->start.toLocal8Bit() + '\n');
            return 1;  // nothing can be sent from there: asking again would not help
        }
        print(why.toLocal8Bit() + '\n');
        if (client.state() == HelloClient::State::Idle && !HelloClient::addressProblem(host).isEmpty())
            return 1;
        return std::nullopt;
    }
    if (client.state() == HelloClient::State::Connecting) {
        // A host name is looked up first: who may answer is known once it is.
        QEventLoop connecting;
        QObject::connect(&client, &HelloClient::stateChanged, &connecting, &QEventLoop::quit);
        connecting.exec();
        if (client.state() != HelloClient::State::Ready) {
            print(errors->start.toLocal8Bit() + '\n');
            return std::nullopt;
        }
    }
    const bool over = client.anyoneMayAnswer() ? reportAllAnswers(client, id, errors->send)
                                               : reportAnswer(client, id, line);
    if (!over)
        return std::nullopt;
    // The script's last line, byte for byte (never translated).
    print("Session is over from the server " + client.serverEndpoint().toUtf8() + "\n\n");
    return 0;
}

bool ConsoleClient::reportAllAnswers(HelloClient &client, int id, const QString &sendError)
{
    const int answered = waitForAll(client, id);
    if (answered == 0 && !sendError.isEmpty())
        print(sendError.toLocal8Bit() + '\n');
    else if (answered == 0)
        print(tr("no reply from %1 (UDP does not retransmit)\n").arg(client.serverEndpoint()).toLocal8Bit());
    else if (answered == 1)
        print(tr("answered by 1 server\n").toLocal8Bit());
    else
        print(tr("answered by %1 servers\n").arg(answered).toLocal8Bit());
    return client.state() == HelloClient::State::Ended;
}

bool ConsoleClient::reportAnswer(HelloClient &client, int id, const QByteArray &line)
{
    QByteArray reply;
    QString why;
    switch (waitFor(client, id, &reply, &why)) {
    case Fate::Answered:
        // print(response.decode()), but never the network's raw bytes to a terminal: a hostile
        // server's ESC sequences would move the cursor or retitle the window.
        print(DisplayText::escapedLines(reply, m_encoding).toUtf8() + '\n');
        return Protocol::isExit(line);
    case Fate::TimedOut:
        print(tr("no reply from %1 (UDP does not retransmit)\n").arg(client.serverEndpoint()).toLocal8Bit());
        return false;
    case Fate::Unreachable:
    case Fate::Failed:
        print(why.toLocal8Bit() + '\n');
        client.stop();  // a fresh socket for the next try
        return false;
    }
    return false;
}
