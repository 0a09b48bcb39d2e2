// SPDX-License-Identifier: MIT
#include "batchedudp.h"

#if defined(Q_OS_LINUX)
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

struct BatchedUdp::Buffers
{
    std::vector<char> data = std::vector<char>(size_t(Capacity) * SlotSize);
    mmsghdr headers[Capacity] = {};
    iovec vectors[Capacity] = {};
    sockaddr_storage senders[Capacity] = {};
    mmsghdr sendHeaders[Capacity] = {};
    iovec sendVectors[Capacity][Protocol::ReplyPieces::MaxPieces] = {};
};

bool BatchedUdp::isSupported() { return true; }

BatchedUdp::BatchedUdp(qintptr socketDescriptor)
    : m_buffers(std::make_unique<Buffers>())
    , m_fd(socketDescriptor)
{
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
        b.headers[i].msg_len = 0;
    }
    int got = 0;
    do {
        got = ::recvmmsg(int(m_fd), b.headers, Capacity, MSG_DONTWAIT, nullptr);
    } while (got < 0 && errno == EINTR);
    if (got < 0) {
        m_received = 0;
        return errno == EAGAIN || errno == EWOULDBLOCK ? 0 : -1;
    }
    m_received = got;
    return got;
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

#else

struct BatchedUdp::Buffers {};
bool BatchedUdp::isSupported() { return false; }
BatchedUdp::BatchedUdp(qintptr socketDescriptor) : m_fd(socketDescriptor) {}
BatchedUdp::~BatchedUdp() = default;
qintptr BatchedUdp::duplicate(qintptr) { return -1; }
int BatchedUdp::receive() { return -1; }
QByteArrayView BatchedUdp::payload(int) const { return {}; }
QHostAddress BatchedUdp::sender(int, quint16 *) const { return {}; }
void BatchedUdp::send(const QList<Reply> &replies, QList<int> *errors)
{
    errors->fill(-1, replies.size());
}

#endif
