// SPDX-License-Identifier: MIT
#include "conversationentries.h"

void ConversationEntries::setLimits(int maxEntries, qint64 maxBytes)
{
    m_maxEntries = qMax(1, maxEntries);
    m_maxBytes = qMax<qint64>(Overhead, maxBytes);
}

int ConversationEntries::rowOfMessage(int messageId) const
{
    const auto it = m_indexOfMessage.constFind(messageId);
    return it == m_indexOfMessage.cend() ? -1 : int(*it - m_removed);
}

void ConversationEntries::append(ConversationEntry entry)
{
    if (entry.kind == Conversation::Kind::Sent)
        m_indexOfMessage.insert(entry.messageId, m_removed + size());
    m_bytes += costOf(entry);
    m_entries.push_back(std::move(entry));
}

void ConversationEntries::replaceBytes(int row, const QByteArray &bytes)
{
    ConversationEntry &e = at(row);
    m_bytes += bytes.size() - e.bytes.size();
    e.bytes = bytes;
}

int ConversationEntries::excess(int incoming, qint64 incomingBytes, int keep) const
{
    const int count = size();
    if (count + incoming <= m_maxEntries && m_bytes + incomingBytes <= m_maxBytes)
        return 0;
    const int targetEntries = m_maxEntries - incoming - qMax(1, m_maxEntries / 10);
    const qint64 targetBytes = m_maxBytes - incomingBytes - m_maxBytes / 10;
    int excess = 0;
    qint64 kept = m_bytes;
    while (excess < count - keep && (count - excess > targetEntries || kept > targetBytes))
        kept -= costOf(at(excess++));
    return excess;
}

void ConversationEntries::dropOldest(int count)
{
    for (int i = 0; i < count; ++i) {
        const ConversationEntry &e = at(i);
        if (e.kind == Conversation::Kind::Sent)
            m_indexOfMessage.remove(e.messageId);
        m_bytes -= costOf(e);
    }
    m_entries.erase(m_entries.begin(), m_entries.begin() + count);
    m_removed += count;
}

void ConversationEntries::clear()
{
    m_entries.clear();
    m_indexOfMessage.clear();
    m_removed = 0;
    m_bytes = 0;
}
