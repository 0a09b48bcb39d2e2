// SPDX-License-Identifier: MIT
#pragma once

// Datagrams from many source networks at once, on loopback only: every address in 127/8 is this
// host's, so one socket can send from 127.1.0.1, 127.1.1.1, ... (IP_PKTINFO picks each datagram's
// source), as a forged flood over thousands of /24 networks would arrive. Linux only.

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QByteArray>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

// An unbound-address IPv4 socket for sendFromSources(), or -1. The caller closes it.
inline int forgingSocket()
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in any = {};
    any.sin_family = AF_INET;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&any), sizeof any) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// The loopback source of network i: 127.1.0.1, 127.1.1.1, ... (never 127.0.0.x, the honest clients').
inline quint32 forgedSource(quint32 i)
{
    return (quint32(127) << 24) | ((i + 256) << 8) | 1;
}

// Sends payload to 127.0.0.1:toPort once from each of the given sources (host order).
inline void sendFromSources(int fd, const std::vector<quint32> &sources, quint16 toPort, const QByteArray &payload)
{
    constexpr size_t Batch = 500;
    sockaddr_in to = {};
    to.sin_family = AF_INET;
    to.sin_port = htons(toPort);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    for (size_t first = 0; first < sources.size(); first += Batch) {
        const size_t count = std::min(Batch, sources.size() - first);
        std::vector<mmsghdr> messages(count);
        std::vector<iovec> iov(count);
        std::vector<std::array<char, CMSG_SPACE(sizeof(in_pktinfo))>> control(count);
        for (size_t i = 0; i < count; ++i) {
            iov[i] = {const_cast<char *>(payload.constData()), size_t(payload.size())};
            msghdr &m = messages[i].msg_hdr;
            m = {};
            m.msg_name = &to;
            m.msg_namelen = sizeof to;
            m.msg_iov = &iov[i];
            m.msg_iovlen = 1;
            m.msg_control = control[i].data();
            m.msg_controllen = control[i].size();
            cmsghdr *c = CMSG_FIRSTHDR(&m);
            c->cmsg_level = IPPROTO_IP;
            c->cmsg_type = IP_PKTINFO;
            c->cmsg_len = CMSG_LEN(sizeof(in_pktinfo));
            in_pktinfo info = {};
            info.ipi_spec_dst.s_addr = htonl(sources[first + i]);
            std::memcpy(CMSG_DATA(c), &info, sizeof info);
        }
        ::sendmmsg(fd, messages.data(), unsigned(count), 0);
    }
}
#endif
