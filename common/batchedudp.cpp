// SPDX-License-Identifier: MIT
#include "batchedudp.h"
#include "platformio.h"

#if UDPCHAT_LINUX_IO
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

// What the control messages of one datagram said. Not in the anonymous namespace: a member of
// BatchedUdp::Buffers, which a unity build compiles in a file of its own (-Wsubobject-linkage).
namespace BatchedUdpDetail {
struct Ancillary
{
    qint64 timeNs = 0;
    int interfaceIndex = 0;
    int family = 0;  // AF_INET, AF_INET6, or 0: no destination
    unsigned char address[16] = {};
};
} // namespace BatchedUdpDetail

namespace {
using BatchedUdpDetail::Ancillary;

// Room for a timestamp and both kinds of packet information (104 bytes on 64-bit Linux), with
// room to spare for anything else turned on before the socket was handed over: too little would
// cut the list (MSG_CTRUNC) and lose it all.
constexpr size_t ControlSize = 256;

void enableAncillary(int fd)
{
    // Each one is best effort: without it the datagram simply carries no time or no destination.
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPNS, &on, sizeof on);
    sockaddr_storage local = {};
    socklen_t length = sizeof local;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &length) != 0)
        return;
    // Qt asked for hop limits, which nobody here reads: each would cost a control message per datagram.
    const int off = 0;
    if (local.ss_family == AF_INET) {
        ::setsockopt(fd, IPPROTO_IP, IP_PKTINFO, &on, sizeof on);
        ::setsockopt(fd, IPPROTO_IP, IP_RECVTTL, &off, sizeof off);
    } else if (local.ss_family == AF_INET6) {
        // A dual-stack socket reports IPv4 datagrams' destinations as v4-mapped IPV6_PKTINFO.
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_RECVPKTINFO, &on, sizeof on);
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_RECVHOPLIMIT, &off, sizeof off);
        ::setsockopt(fd, IPPROTO_IP, IP_RECVTTL, &off, sizeof off);
    }
}

void parseAncillary(msghdr &h, Ancillary *out)
{
    *out = Ancillary{};
    if (h.msg_flags & MSG_CTRUNC)
        return;  // cut short: trust none of it
    for (cmsghdr *c = CMSG_FIRSTHDR(&h); c; c = CMSG_NXTHDR(&h, c)) {
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_TIMESTAMPNS) {
            timespec t = {};
            std::memcpy(&t, CMSG_DATA(c), sizeof t);  // control data need not be aligned for timespec
            out->timeNs = qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
        } else if (c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_PKTINFO) {
            in_pktinfo info = {};
            std::memcpy(&info, CMSG_DATA(c), sizeof info);
            out->family = AF_INET;
            out->interfaceIndex = info.ipi_ifindex;
            std::memcpy(out->address, &info.ipi_addr, 4);  // the header's destination, not the route's
        } else if (c->cmsg_level == IPPROTO_IPV6 && c->cmsg_type == IPV6_PKTINFO) {
            in6_pktinfo info = {};
            std::memcpy(&info, CMSG_DATA(c), sizeof info);
            out->interfaceIndex = int(info.ipi6_ifindex);
            if (IN6_IS_ADDR_V4MAPPED(&info.ipi6_addr)) {
                out->family = AF_INET;
                std::memcpy(out->address, info.ipi6_addr.s6_addr + 12, 4);
            } else {
                out->family = AF_INET6;
                std::memcpy(out->address, info.ipi6_addr.s6_addr, 16);
            }
        }
    }
}
} // namespace

struct BatchedUdp::Buffers
{
    std::vector<char> data = std::vector<char>(size_t(Capacity) * SlotSize);
    mmsghdr headers[Capacity] = {};
    iovec vectors[Capacity] = {};
    sockaddr_storage senders[Capacity] = {};
    alignas(cmsghdr) char control[Capacity][ControlSize] = {};
    Ancillary ancillary[Capacity];
    mmsghdr sendHeaders[Capacity] = {};
    iovec sendVectors[Capacity][Protocol::ReplyPieces::MaxPieces] = {};
};

bool BatchedUdp::isSupported() { return true; }

BatchedUdp::BatchedUdp(qintptr socketDescriptor)
    : m_buffers(std::make_unique<Buffers>())
    , m_fd(socketDescriptor)
{
    if (m_fd >= 0)
        enableAncillary(int(m_fd));
}

BatchedUdp::~BatchedUdp()
{
    if (m_fd >= 0)
        ::close(int(m_fd));
}

qintptr BatchedUdp::duplicate(qintptr socketDescriptor)
{
    // Close-on-exec, like every descriptor Qt opens.
    return ::fcntl(int(socketDescriptor), F_DUPFD_CLOEXEC, 0);
}

int BatchedUdp::receive()
{
    Buffers &b = *m_buffers;
    for (int i = 0; i < Capacity; ++i) {
        b.vectors[i].iov_base = b.data.data() + size_t(i) * SlotSize;
        b.vectors[i].iov_len = SlotSize;
        msghdr &h = b.headers[i].msg_hdr;
        h = msghdr{};
        h.msg_name = &b.senders[i];
        h.msg_namelen = sizeof(sockaddr_storage);
        h.msg_iov = &b.vectors[i];
        h.msg_iovlen = 1;
        h.msg_control = b.control[i];
        h.msg_controllen = ControlSize;
        b.headers[i].msg_len = 0;
    }
    int got = 0;
    do {
        got = ::recvmmsg(int(m_fd), b.headers, Capacity, MSG_DONTWAIT, nullptr);
    } while (got < 0 && errno == EINTR);
    if (got < 0) {
        m_received = 0;
        m_error = errno;
        return errno == EAGAIN || errno == EWOULDBLOCK ? 0 : -1;
    }
    m_received = got;
    for (int i = 0; i < got; ++i)
        parseAncillary(b.headers[i].msg_hdr, &b.ancillary[i]);
    return got;
}

qint64 BatchedUdp::receiveTimeNs(int i) const { return m_buffers->ancillary[i].timeNs; }

QHostAddress BatchedUdp::destination(int i, int *interfaceIndex) const
{
    const Ancillary &a = m_buffers->ancillary[i];
    if (interfaceIndex)
        *interfaceIndex = a.interfaceIndex;
    if (a.family == 0)
        return QHostAddress();
    const int size = a.family == AF_INET ? 4 : 16;
    // The key holds the interface too: a link-local destination's scope is its interface.
    char key[16 + 1 + sizeof(int)];
    std::memcpy(key, a.address, size_t(size));
    key[size] = char(a.family);
    std::memcpy(key + size + 1, &a.interfaceIndex, sizeof(int));
    const QByteArrayView keyView(key, qsizetype(size + 1 + sizeof(int)));
    if (keyView != m_lastDestinationKey || m_lastDestination.isNull()) {
        m_lastDestinationKey = keyView.toByteArray();
        if (a.family == AF_INET) {
            sockaddr_in v4 = {};
            v4.sin_family = AF_INET;
            std::memcpy(&v4.sin_addr, a.address, 4);
            m_lastDestination = QHostAddress(reinterpret_cast<const sockaddr *>(&v4));
        } else {
            sockaddr_in6 v6 = {};
            v6.sin6_family = AF_INET6;
            std::memcpy(&v6.sin6_addr, a.address, 16);
            if (IN6_IS_ADDR_LINKLOCAL(&v6.sin6_addr) || IN6_IS_ADDR_MC_LINKLOCAL(&v6.sin6_addr))
                v6.sin6_scope_id = uint32_t(a.interfaceIndex);
            m_lastDestination = QHostAddress(reinterpret_cast<const sockaddr *>(&v6));
        }
    }
    return m_lastDestination;
}

QByteArrayView BatchedUdp::payload(int i) const
{
    return QByteArrayView(m_buffers->data.data() + size_t(i) * SlotSize, m_buffers->headers[i].msg_len);
}

QHostAddress BatchedUdp::sender(int i, quint16 *port) const
{
    const auto *address = reinterpret_cast<const sockaddr *>(&m_buffers->senders[i]);
    const bool v6 = address->sa_family == AF_INET6;
    if (port) {
        *port = v6 ? ntohs(reinterpret_cast<const sockaddr_in6 *>(address)->sin6_port)
                   : ntohs(reinterpret_cast<const sockaddr_in *>(address)->sin_port);
    }
    // Compare the address without the port (and flow info) with the last one.
    QByteArrayView key = v6
        ? QByteArrayView(reinterpret_cast<const char *>(&reinterpret_cast<const sockaddr_in6 *>(address)->sin6_addr),
                         sizeof(in6_addr) + sizeof(uint32_t))  // address and scope id
        : QByteArrayView(reinterpret_cast<const char *>(&reinterpret_cast<const sockaddr_in *>(address)->sin_addr),
                         sizeof(in_addr));
    if (key != m_lastSockaddr || m_lastSender.isNull()) {
        m_lastSockaddr = key.toByteArray();
        m_lastSender = QHostAddress(address);
    }
    return m_lastSender;
}

void BatchedUdp::send(const QList<Reply> &replies, QList<int> *errors)
{
    Buffers &b = *m_buffers;
    const int count = int(replies.size());
    errors->fill(0, count);
    for (int k = 0; k < count; ++k) {
        const Reply &reply = replies[k];
        iovec *v = b.sendVectors[k];
        for (int i = 0; i < reply.pieces.count; ++i)
            v[i] = iovec{const_cast<char *>(reply.pieces.piece[i].data()), size_t(reply.pieces.piece[i].size())};
        msghdr &h = b.sendHeaders[k].msg_hdr;
        h = msghdr{};
        h.msg_name = &b.senders[reply.to];
        h.msg_namelen = b.headers[reply.to].msg_hdr.msg_namelen;
        h.msg_iov = v;
        h.msg_iovlen = size_t(reply.pieces.count);
    }
    int next = 0;
    while (next < count) {
        const int sent = ::sendmmsg(int(m_fd), b.sendHeaders + next, unsigned(count - next), 0);
        if (sent < 0) {
            if (errno == EINTR)
                continue;
            // The first unsent reply failed; skip it and send the rest.
            (*errors)[next] = errno;
            ++next;
            continue;
        }
        next += sent;
    }
}

int BatchedUdp::sendToPeer(const QByteArrayView *payloads, int count)
{
    Buffers &b = *m_buffers;
    int done = 0;
    while (done < count) {
        const int n = qMin(count - done, int(Capacity));
        for (int k = 0; k < n; ++k) {
            b.sendVectors[k][0] = iovec{const_cast<char *>(payloads[done + k].data()), size_t(payloads[done + k].size())};
            msghdr &h = b.sendHeaders[k].msg_hdr;
            h = msghdr{};  // no address: the connected peer
            h.msg_iov = b.sendVectors[k];
            h.msg_iovlen = 1;
        }
        const int sent = ::sendmmsg(int(m_fd), b.sendHeaders, unsigned(n), 0);
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent <= 0) {
            m_error = sent < 0 ? errno : EAGAIN;
            return done;
        }
        done += sent;
    }
    return done;
}

#else

struct BatchedUdp::Buffers {};
int BatchedUdp::sendToPeer(const QByteArrayView *, int) { return 0; }
bool BatchedUdp::isSupported() { return false; }
BatchedUdp::BatchedUdp(qintptr socketDescriptor) : m_fd(socketDescriptor) {}
BatchedUdp::~BatchedUdp() = default;
qintptr BatchedUdp::duplicate(qintptr) { return -1; }
int BatchedUdp::receive() { return -1; }
QByteArrayView BatchedUdp::payload(int) const { return {}; }
QHostAddress BatchedUdp::sender(int, quint16 *) const { return {}; }
qint64 BatchedUdp::receiveTimeNs(int) const { return 0; }
QHostAddress BatchedUdp::destination(int, int *interfaceIndex) const
{
    if (interfaceIndex)
        *interfaceIndex = 0;
    return {};
}
void BatchedUdp::send(const QList<Reply> &replies, QList<int> *errors)
{
    errors->fill(-1, replies.size());
}

#endif
