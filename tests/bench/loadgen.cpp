// SPDX-License-Identifier: MIT
#include "loadgen.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <deque>
#include <vector>

namespace {

constexpr int Batch = 64;
constexpr int ReplySlot = 65536;

int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch()).count();
}

struct Client
{
    int fd = -1;
    int window = 0;
    int inFlight = 0;
    int64_t lastProgressNs = 0;
    std::deque<int64_t> outstanding;  // sequence numbers, in send order
};

struct Generator
{
    const LoadSpec &spec;
    LoadResult result;
    std::vector<Client> clients;
    std::vector<uint8_t> waiting;  // by sequence number
    std::vector<uint32_t> rttsUs;
    std::vector<char> requests;
    std::vector<char> replies = std::vector<char>(size_t(Batch) * ReplySlot);
    int64_t nextSeq = 0;
    int64_t capacity = 0;

    explicit Generator(const LoadSpec &s) : spec(s) {}

    bool open()
    {
        sockaddr_in server{};
        server.sin_family = AF_INET;
        server.sin_port = htons(spec.port);
        server.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const int k = std::max(1, spec.clients);
        for (int i = 0; i < k; ++i) {
            Client c;
            c.fd = ::socket(AF_INET, SOCK_DGRAM, 0);
            const int buffer = 4 << 20;
            ::setsockopt(c.fd, SOL_SOCKET, SO_RCVBUF, &buffer, sizeof buffer);
            ::setsockopt(c.fd, SOL_SOCKET, SO_SNDBUF, &buffer, sizeof buffer);
            // Connected: only the server's datagrams arrive, and send() needs no address.
            if (c.fd < 0 || ::connect(c.fd, reinterpret_cast<sockaddr *>(&server), sizeof server) != 0)
                return false;
            c.window = spec.window / k + (i < spec.window % k ? 1 : 0);
            c.window = std::max(1, c.window);
            clients.push_back(std::move(c));
        }
        return true;
    }

    ~Generator()
    {
        for (Client &c : clients)
            ::close(c.fd);
    }

    void sendSome(Client &c, bool mayStart)
    {
        if (!mayStart)
            return;
        const int size = std::max(16, spec.payload);
        int n = 0;
        requests.resize(size_t(Batch) * size_t(size));
        while (c.inFlight + n < c.window && n < Batch && nextSeq < capacity) {
            char *p = requests.data() + size_t(n) * size_t(size);
            std::memset(p, 'x', size_t(size));
            const int64_t seq = nextSeq++;
            const int64_t t = nowNs();
            std::memcpy(p, &seq, 8);
            std::memcpy(p + 8, &t, 8);
            waiting[size_t(seq)] = 1;
            c.outstanding.push_back(seq);
            ++n;
        }
        if (n == 0)
            return;
#if defined(__linux__)
        mmsghdr headers[Batch] = {};
        iovec vectors[Batch];
        for (int i = 0; i < n; ++i) {
            vectors[i] = {requests.data() + size_t(i) * size_t(size), size_t(size)};
            headers[i].msg_hdr.msg_iov = &vectors[i];
            headers[i].msg_hdr.msg_iovlen = 1;
        }
        for (int done = 0; done < n;) {
            const int sent = ::sendmmsg(c.fd, headers + done, unsigned(n - done), 0);
            done += sent > 0 ? sent : 1;  // a refused send is a lost request
        }
#else
        for (int i = 0; i < n; ++i)
            ::send(c.fd, requests.data() + size_t(i) * size_t(size), size_t(size), 0);
#endif
        c.inFlight += n;
        result.sent += n;
        if (c.lastProgressNs == 0)
            c.lastProgressNs = nowNs();
    }

    void handleReply(Client &c, const char *data, size_t size, int64_t now)
    {
        int64_t seq = -1;
        int64_t sentNs = 0;
        if (size >= 6 + 16 + 2 && std::memcmp(data, "Hello ", 6) == 0) {
            std::memcpy(&seq, data + 6, 8);
            std::memcpy(&sentNs, data + 14, 8);
        }
        if (seq < 0 || seq >= capacity || !waiting[size_t(seq)]) {
            ++result.unexpected;
            return;
        }
        waiting[size_t(seq)] = 0;
        --c.inFlight;
        ++result.replies;
        c.lastProgressNs = now;
        rttsUs.push_back(uint32_t(std::min<int64_t>((now - sentNs) / 1000, UINT32_MAX)));
        while (!c.outstanding.empty() && !waiting[size_t(c.outstanding.front())])
            c.outstanding.pop_front();
    }

    void receiveSome(Client &c)
    {
#if defined(__linux__)
        mmsghdr headers[Batch] = {};
        iovec vectors[Batch];
        for (int i = 0; i < Batch; ++i) {
            vectors[i] = {replies.data() + size_t(i) * ReplySlot, size_t(ReplySlot)};
            headers[i].msg_hdr.msg_iov = &vectors[i];
            headers[i].msg_hdr.msg_iovlen = 1;
        }
        const int got = ::recvmmsg(c.fd, headers, Batch, MSG_DONTWAIT, nullptr);
        const int64_t now = nowNs();
        for (int i = 0; i < got; ++i)
            handleReply(c, replies.data() + size_t(i) * ReplySlot, headers[i].msg_len, now);
#else
        for (int i = 0; i < Batch; ++i) {
            const ssize_t got = ::recv(c.fd, replies.data(), ReplySlot, MSG_DONTWAIT);
            if (got < 0)
                break;
            handleReply(c, replies.data(), size_t(got), nowNs());
        }
#endif
    }

    void expire(Client &c, int64_t now)
    {
        if (c.inFlight == 0 || now - c.lastProgressNs < int64_t(spec.lossTimeoutMs) * 1000000)
            return;
        for (int64_t seq : c.outstanding) {
            if (waiting[size_t(seq)]) {
                waiting[size_t(seq)] = 0;
                ++result.lost;
            }
        }
        c.outstanding.clear();
        c.inFlight = 0;
        c.lastProgressNs = now;
    }

    LoadResult run()
    {
        // Enough sequence numbers for the run: a bounded count, or a generous rate x time.
        capacity = spec.maxCount > 0 ? spec.maxCount : int64_t(spec.seconds * 2000000) + 100000;
        waiting.assign(size_t(capacity), 0);
        rttsUs.reserve(size_t(std::min<int64_t>(capacity, 4000000)));
        if (!open())
            return result;
        const int64_t start = nowNs();
        const int64_t stopSending = start + int64_t(spec.seconds * 1e9);
        int64_t lastReply = start;
        std::vector<pollfd> fds(clients.size());
        for (size_t i = 0; i < clients.size(); ++i)
            fds[i] = {clients[i].fd, POLLIN, 0};
        for (;;) {
            const int64_t now = nowNs();
            const bool sending = now < stopSending && nextSeq < capacity;
            int inFlight = 0;
            for (Client &c : clients) {
                sendSome(c, sending);
                expire(c, now);
                inFlight += c.inFlight;
            }
            if (!sending && inFlight == 0)
                break;
            if (::poll(fds.data(), nfds_t(fds.size()), 20) <= 0)
                continue;
            for (size_t i = 0; i < fds.size(); ++i) {
                if (fds[i].revents & POLLIN) {
                    const int64_t before = result.replies;
                    receiveSome(clients[i]);
                    if (result.replies != before)
                        lastReply = nowNs();
                }
            }
        }
        result.seconds = double(lastReply - start) / 1e9;
        result.repliesPerSecond = result.seconds > 0 ? double(result.replies) / result.seconds : 0;
        if (!rttsUs.empty()) {
            std::sort(rttsUs.begin(), rttsUs.end());
            const auto at = [&](double q) { return double(rttsUs[size_t(q * double(rttsUs.size() - 1))]); };
            result.p50Us = at(0.50);
            result.p99Us = at(0.99);
            result.p999Us = at(0.999);
            result.maxUs = double(rttsUs.back());
        }
        return result;
    }
};

} // namespace

LoadResult runLoad(const LoadSpec &spec)
{
    Generator generator(spec);
    return generator.run();
}
