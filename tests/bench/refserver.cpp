// SPDX-License-Identifier: MIT
// The reference: the seed's hello protocol on plain OS sockets, as fast as this machine allows.
// Linux: blocking recvmmsg / sendmmsg, 64 datagrams a call. Elsewhere: recvfrom / sendto.
// Usage: udpchat-refserver [--port N]   (binds 127.0.0.1; prints "UDP bound on port N...")
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {
constexpr int Batch = 64;
constexpr int Slot = 65536;
constexpr int MaxReply = 65507;

// Writes the seed's reply to `in` into `out`; returns its size, or -1 when it would not fit.
int reply(const char *in, int size, char *out)
{
    if (size == 4 && std::memcmp(in, "exit", 4) == 0) {
        std::memcpy(out, "Good bye!\n", 10);
        return 10;
    }
    if (size + 8 > MaxReply)
        return -1;
    std::memcpy(out, "Hello ", 6);
    std::memcpy(out + 6, in, size_t(size));
    std::memcpy(out + 6 + size, "!\n", 2);
    return size + 8;
}
} // namespace

int main(int argc, char *argv[])
{
    int port = 6000;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--port") == 0)
            port = std::atoi(argv[i + 1]);
    }
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(uint16_t(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        std::perror("udpchat-refserver: bind");
        return 1;
    }
    const int buffer = 4 << 20;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &buffer, sizeof buffer);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &buffer, sizeof buffer);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    std::printf("UDP bound on port %d...\n", ntohs(address.sin_port));
    std::fflush(stdout);

    std::vector<char> in(size_t(Batch) * Slot), out(size_t(Batch) * Slot);
#if defined(__linux__)
    mmsghdr receive[Batch] = {}, send[Batch] = {};
    iovec inVectors[Batch], outVectors[Batch];
    sockaddr_storage senders[Batch];
    for (;;) {
        for (int i = 0; i < Batch; ++i) {
            inVectors[i] = {in.data() + size_t(i) * Slot, size_t(Slot)};
            receive[i].msg_hdr = msghdr{};
            receive[i].msg_hdr.msg_name = &senders[i];
            receive[i].msg_hdr.msg_namelen = sizeof senders[i];
            receive[i].msg_hdr.msg_iov = &inVectors[i];
            receive[i].msg_hdr.msg_iovlen = 1;
        }
        const int got = ::recvmmsg(fd, receive, Batch, MSG_WAITFORONE, nullptr);
        if (got <= 0)
            continue;
        int replies = 0;
        for (int i = 0; i < got; ++i) {
            char *o = out.data() + size_t(replies) * Slot;
            const int size = reply(in.data() + size_t(i) * Slot, int(receive[i].msg_len), o);
            if (size < 0)
                continue;
            outVectors[replies] = {o, size_t(size)};
            send[replies].msg_hdr = msghdr{};
            send[replies].msg_hdr.msg_name = &senders[i];
            send[replies].msg_hdr.msg_namelen = receive[i].msg_hdr.msg_namelen;
            send[replies].msg_hdr.msg_iov = &outVectors[replies];
            send[replies].msg_hdr.msg_iovlen = 1;
            ++replies;
        }
        for (int next = 0; next < replies;) {
            const int sent = ::sendmmsg(fd, send + next, unsigned(replies - next), 0);
            next += sent > 0 ? sent : 1;  // skip a reply the system refused
        }
    }
#else
    for (;;) {
        sockaddr_storage sender{};
        socklen_t senderLength = sizeof sender;
        const ssize_t got = ::recvfrom(fd, in.data(), Slot, 0, reinterpret_cast<sockaddr *>(&sender), &senderLength);
        if (got < 0)
            continue;
        const int size = reply(in.data(), int(got), out.data());
        if (size >= 0)
            ::sendto(fd, out.data(), size_t(size), 0, reinterpret_cast<sockaddr *>(&sender), senderLength);
    }
#endif
}
