// SPDX-License-Identifier: MIT
#include "floodprobe.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <vector>

#if defined(__linux__)
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#if defined(__linux__)
namespace {

constexpr int Batch = 64;
constexpr int ReplySize = 64;  // "Hello flood!\n" and "Hello probe N!\n" fit
constexpr int64_t BatchIntervalNs = 1000000;  // the flood goes out in a batch every ms
// The forged senders: 127.1.0.1 onwards, never 127.0.0.x (the probe's) nor 127.255.255.255.
constexpr uint32_t FirstSource = (uint32_t(127) << 24) | (1 << 16) | 1;
constexpr int64_t MaxSources = int64_t(0x7ffffffe) - int64_t(FirstSource);

int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch()).count();
}

class Socket
{
public:
    Socket() : m_fd(::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0)) {}
    ~Socket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Socket(const Socket &) = delete;
    Socket &operator=(const Socket &) = delete;
    int fd() const { return m_fd; }
    bool bind(uint32_t address)
    {
        const int buffer = 4 << 20;  // the flood's replies wait here between two drains
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &buffer, sizeof buffer);
        sockaddr_in local = {};
        local.sin_family = AF_INET;
        local.sin_addr.s_addr = htonl(address);
        return m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr *>(&local), sizeof local) == 0;
    }

private:
    int m_fd;
};

struct Flood
{
    const FloodSpec &spec;
    FloodResult result;
    sockaddr_in server = {};
    Socket flood;   // bound to 0.0.0.0: IP_PKTINFO may then pick any 127/8 source
    Socket probe;   // 127.0.0.1
    std::vector<double> rttsMs;
    int64_t probeSentNs = 0;
    int probeNumber = 0;
    bool probeOutstanding = false;
    char probeText[32] = {};
    int probeLength = 0;

    explicit Flood(const FloodSpec &s) : spec(s)
    {
        server.sin_family = AF_INET;
        server.sin_port = htons(spec.port);
        server.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    }

    // Sends datagrams [first, first + n) of the flood, n <= Batch, each from its own source when distinct.
    void sendFlood(int64_t first, int n)
    {
        static char payload[] = "flood";
        mmsghdr messages[Batch] = {};
        iovec iov[Batch];
        alignas(cmsghdr) char control[Batch][CMSG_SPACE(sizeof(in_pktinfo))] = {};
        for (int i = 0; i < n; ++i) {
            iov[i] = {payload, sizeof payload - 1};
            msghdr &m = messages[i].msg_hdr;
            m.msg_name = &server;
            m.msg_namelen = sizeof server;
            m.msg_iov = &iov[i];
            m.msg_iovlen = 1;
            m.msg_control = control[i];
            m.msg_controllen = sizeof control[i];
            cmsghdr *c = CMSG_FIRSTHDR(&m);
            c->cmsg_level = IPPROTO_IP;
            c->cmsg_type = IP_PKTINFO;
            c->cmsg_len = CMSG_LEN(sizeof(in_pktinfo));
            in_pktinfo info = {};
            const int64_t source = spec.distinct ? (first + i) % MaxSources : 0;
            info.ipi_spec_dst.s_addr = htonl(FirstSource + uint32_t(source));
            std::memcpy(CMSG_DATA(c), &info, sizeof info);
        }
        for (int done = 0; done < n;) {
            const int sent = ::sendmmsg(flood.fd(), messages + done, unsigned(n - done), 0);
            done += sent > 0 ? sent : 1;  // a refused send is a datagram lost, as on a real network
        }
        result.sent += n;
    }

    void drainFlood()
    {
        static char replies[Batch][ReplySize];
        mmsghdr headers[Batch] = {};
        iovec iov[Batch];
        for (int i = 0; i < Batch; ++i) {
            iov[i] = {replies[i], ReplySize};
            headers[i].msg_hdr.msg_iov = &iov[i];
            headers[i].msg_hdr.msg_iovlen = 1;
        }
        for (int rounds = 0; rounds < 64; ++rounds) {  // bounded: the probe gets its turn
            const int got = ::recvmmsg(flood.fd(), headers, Batch, MSG_DONTWAIT, nullptr);
            for (int i = 0; i < got; ++i)
                result.answered += headers[i].msg_len >= 11 && std::memcmp(replies[i], "Hello flood", 11) == 0;
            if (got < Batch)
                return;
        }
    }

    void sendProbe(int64_t now)
    {
        probeLength = std::snprintf(probeText, sizeof probeText, "probe %d", ++probeNumber);
        probeSentNs = now;
        probeOutstanding = true;
        ::sendto(probe.fd(), probeText, size_t(probeLength), 0, reinterpret_cast<const sockaddr *>(&server), sizeof server);
    }

    void readProbe()
    {
        char reply[ReplySize];
        for (;;) {
            const ssize_t got = ::recv(probe.fd(), reply, sizeof reply, MSG_DONTWAIT);
            if (got < 0)
                return;
            const int64_t now = nowNs();
            // "Hello probe N!\n": a late answer to an earlier (lost) probe does not count.
            if (probeOutstanding && got == 6 + probeLength + 2 && std::memcmp(reply + 6, probeText, size_t(probeLength)) == 0) {
                rttsMs.push_back(double(now - probeSentNs) / 1e6);
                probeOutstanding = false;
            }
        }
    }

    FloodResult run()
    {
        if (!flood.bind(INADDR_ANY) || !probe.bind(INADDR_LOOPBACK)) {
            result.error = "could not open the flood's or the probe's socket";
            return result;
        }
        const int64_t start = nowNs();
        const int64_t deadline = start + int64_t(spec.maxSeconds * 1e9);
        const int64_t probeInterval = int64_t(spec.probeIntervalMs) * 1000000;
        const int64_t probeTimeout = int64_t(spec.probeTimeoutMs) * 1000000;
        int64_t nextProbe = start;
        int64_t lastSent = start;
        int64_t lastAnswer = start;
        for (;;) {
            int64_t now = nowNs();
            if (now > deadline)
                break;
            if (result.sent < spec.count) {
                // Open loop: as many as the rate says by now, whatever the server does.
                const int64_t due = std::min(spec.count, int64_t(double(now - start) * spec.rate / 1e9) + 1);
                while (result.sent < due)
                    sendFlood(result.sent, int(std::min<int64_t>(Batch, due - result.sent)));
                lastSent = now;
            }
            const bool flooding = result.sent < spec.count;
            if (probeOutstanding && now - probeSentNs > probeTimeout) {
                ++result.probesLost;
                probeOutstanding = false;
                nextProbe = now;
            }
            // Probes only while the flood goes out; the one in flight at its end is still awaited.
            if (flooding && !probeOutstanding && now >= nextProbe) {
                sendProbe(now);
                nextProbe = now + probeInterval;
            }
            // Done when every reply came back, or none came for a while after the last was sent.
            if (!flooding && !probeOutstanding
                && (result.answered >= result.sent || now - std::max(lastSent, lastAnswer) > 500000000))
                break;
            int64_t wake = now + (flooding ? BatchIntervalNs : 50000000);
            if (flooding && !probeOutstanding)
                wake = std::min(wake, nextProbe);
            pollfd fds[2] = {{flood.fd(), POLLIN, 0}, {probe.fd(), POLLIN, 0}};
            const int64_t waitNs = std::max<int64_t>(0, wake - now);
            const timespec timeout = {time_t(waitNs / 1000000000), long(waitNs % 1000000000)};
            if (::ppoll(fds, 2, &timeout, nullptr) <= 0)
                continue;
            if (fds[1].revents & POLLIN)
                readProbe();  // first: its time is the figure
            if (fds[0].revents & POLLIN) {
                const int64_t before = result.answered;
                drainFlood();
                if (result.answered != before)
                    lastAnswer = nowNs();
            }
        }
        result.seconds = double(lastSent - start) / 1e9;
        result.probes = int(rttsMs.size()) + result.probesLost;
        if (!rttsMs.empty()) {
            std::sort(rttsMs.begin(), rttsMs.end());
            const auto at = [&](double q) { return rttsMs[size_t(q * double(rttsMs.size() - 1))]; };
            result.p50Ms = at(0.50);
            result.p99Ms = at(0.99);
            result.maxMs = rttsMs.back();
        }
        result.ok = true;
        return result;
    }
};

} // namespace

bool floodIsSupported() { return true; }

FloodResult runFlood(const FloodSpec &spec)
{
    Flood flood(spec);
    return flood.run();
}
#else
bool floodIsSupported() { return false; }

FloodResult runFlood(const FloodSpec &)
{
    FloodResult result;
    result.error = "forging loopback sources needs IP_PKTINFO (Linux)";
    return result;
}
#endif
