// SPDX-License-Identifier: MIT
#include "rttbench.h"

#include "clientwindow.h"
#include "conversationmodel.h"
#include "helloclient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <functional>

namespace {
qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Runs the event loop until done() or 5 s have passed; false on the time limit.
bool spinUntil(const std::function<bool()> &done)
{
    const QDeadlineTimer deadline(5000);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    }
    return true;
}
} // namespace

namespace RttBench {

std::vector<double> rawPing(quint16 port, int count)
{
    std::vector<double> us;
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_in server = {};
    server.sin_family = AF_INET;
    server.sin_port = htons(port);
    server.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval wait = {1, 0};  // bounded: a lost reply costs a second, not the run
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&server), sizeof server) != 0)
        return us;
    char reply[512];
    for (int i = 0; i < count; ++i) {
        const QByteArray name = "ping " + QByteArray::number(i);
        const qint64 start = steadyNs();
        if (::send(fd, name.constData(), size_t(name.size()), 0) < 0 || ::recv(fd, reply, sizeof reply, 0) <= 0)
            continue;
        us.push_back(double(steadyNs() - start) / 1000);
    }
    ::close(fd);
    return us;
}

std::vector<double> engine(quint16 port, int count)
{
    std::vector<double> us;
    HelloClient client;
    qint64 last = -1;
    QObject::connect(&client, &HelloClient::replyReceived, [&last](int, const QByteArray &, qint64 roundTripUs) {
        last = roundTripUs;
    });
    client.start(QStringLiteral("127.0.0.1"), port);
    if (!spinUntil([&] { return client.state() == HelloClient::State::Ready; }))
        return us;
    for (int i = 0; i < count; ++i) {
        last = -1;
        client.send("engine " + QByteArray::number(i));
        if (spinUntil([&] { return last >= 0; }))
            us.push_back(double(last));
    }
    return us;
}

WindowTrips window(ClientWindow &window, int count)
{
    WindowTrips us;
    HelloClient *client = window.client();
    ConversationModel *model = window.conversation();
    if (!spinUntil([&] { return client->state() == HelloClient::State::Ready; }))
        return us;
    // The newest entry's round trip, once the model (what the view paints) has it.
    const auto shown = [model]() -> qint64 {
        const int rows = model->rowCount();
        return rows == 0 ? -1 : model->index(rows - 1, 0).data(ConversationModel::RoundTripUsRole).toLongLong();
    };
    // Replies counted from the engine: the conversation is bounded, so its row count can fall
    // when the oldest entries leave.
    int replies = 0;
    const QMetaObject::Connection counting =
        QObject::connect(client, &HelloClient::replyReceived, [&replies] { ++replies; });
    for (int i = 0; i < count; ++i) {
        const int repliesBefore = replies;
        const qint64 start = steadyNs();
        client->send("window " + QByteArray::number(i));
        if (spinUntil([&] { return replies > repliesBefore && shown() > 0; })) {
            us.observed.push_back(double(steadyNs() - start) / 1000);
            us.shown.push_back(double(shown()));
        }
        // Let it paint what it was given before the next one, as a person's next message would.
        QCoreApplication::processEvents();
    }
    QObject::disconnect(counting);
    return us;
}

#ifdef Q_OS_LINUX
bool shareOneCpu(qint64 pid)
{
    const int cpu = ::sched_getcpu();
    if (cpu < 0)
        return false;
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(cpu, &one);
    bool ok = ::sched_setaffinity(0, sizeof one, &one) == 0;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        ok = ::sched_setaffinity(pid_t(tid.toLongLong()), sizeof one, &one) == 0 && ok;
    return ok && pid > 0;
}
#else
bool shareOneCpu(qint64) { return false; }
#endif

} // namespace RttBench
