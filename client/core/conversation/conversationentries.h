// SPDX-License-Identifier: MIT
#pragma once

#include "runsummary.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <deque>
#include <memory>

// What a conversation entry is: ConversationModel's Kind, Status and Note.
namespace Conversation {
Q_NAMESPACE
enum class Kind { Sent, Reply, Unexpected, Notice, Error, Run };
Q_ENUM_NS(Kind)
enum class Status { None, Waiting, Answered, NoReply };
Q_ENUM_NS(Status)
enum class Note { None, Duplicate, OutOfOrder };  // for Reply entries
Q_ENUM_NS(Note)
} // namespace Conversation

struct ConversationEntry
{
    Conversation::Kind kind = Conversation::Kind::Notice;
    Conversation::Status status = Conversation::Status::None;
    qint64 timeMs = 0;
    qint64 lastTimeMs = 0;
    qint64 roundTripUs = -1;
    qint64 count = 1;
    int messageId = 0;
    Conversation::Note note = Conversation::Note::None;
    QByteArray bytes;
    QString text;  // notices and errors
    QString from;  // the sender, when anyone may answer
    int responders = 0;  // Sent: responders that answered it
    std::shared_ptr<const RunSummary> run;  // for Run entries
    bool expanded = false;
};

// The conversation's entries, oldest first, bounded in number and in bytes: what the model shows,
// without the model's signals. Each entry costs its payload, its texts and Overhead bytes of
// bookkeeping, so that many small entries are bounded in memory as well as in number. Entries
// are also known by an absolute index (counted since the last clear(), trimmed ones included), so
// that trimming the oldest rewrites nothing: row = absolute index - trimmedCount().
class ConversationEntries
{
public:
    static constexpr int Overhead = 256;

    ConversationEntries(int maxEntries, qint64 maxBytes) { setLimits(maxEntries, maxBytes); }

    void setLimits(int maxEntries, qint64 maxBytes);
    int maxEntries() const { return m_maxEntries; }
    qint64 maxBytes() const { return m_maxBytes; }
    qint64 byteCount() const { return m_bytes; }
    qint64 trimmedCount() const { return m_removed; }

    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.empty(); }
    ConversationEntry &at(int row) { return m_entries[size_t(row)]; }
    const ConversationEntry &at(int row) const { return m_entries[size_t(row)]; }
    qint64 absoluteIndex(int row) const { return m_removed + row; }
    // Row of the Sent entry with that id, or -1 (never sent, or trimmed).
    int rowOfMessage(int messageId) const;

    void append(ConversationEntry entry);
    // The entry at row now holds other bytes (a burst folded into it).
    void replaceBytes(int row, const QByteArray &bytes);
    // How many of the oldest must go so that `incoming` more entries of `incomingBytes` fit, with
    // a tenth to spare (a steady stream trims once in a while, not for every entry); the newest
    // `keep` entries always stay. 0 when all fit.
    int excess(int incoming, qint64 incomingBytes, int keep) const;
    void dropOldest(int count);
    void clear();

    // What an entry counts for in byteCount().
    static qint64 costOf(const ConversationEntry &e)
    {
        return Overhead + e.bytes.size() + (e.text.size() + e.from.size()) * 2;
    }

private:

    std::deque<ConversationEntry> m_entries;
    // Message id -> absolute index of its Sent entry.
    QHash<int, qint64> m_indexOfMessage;
    qint64 m_removed = 0;
    qint64 m_bytes = 0;
    int m_maxEntries = 1;
    qint64 m_maxBytes = Overhead;
};
