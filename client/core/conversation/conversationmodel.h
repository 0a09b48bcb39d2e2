// SPDX-License-Identifier: MIT
#pragma once

#include "conversationentries.h"
#include "runsummary.h"
#include "textencoding.h"

#include <QAbstractListModel>
#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

// The client's conversation: what was sent, what came back, and notices, oldest first.
// A server can send anything, as often as it likes, so the conversation is bounded in entries and
// in bytes (the oldest leave first, in batches, and are counted), and a burst of unexpected or
// duplicate datagrams becomes one entry with a count rather than one entry each. A traffic run is
// one entry too (its figures, folded to a line or unfolded), not one per datagram.
class ConversationModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using Kind = Conversation::Kind;
    using Status = Conversation::Status;
    using Note = Conversation::Note;
    enum Role {
        KindRole = Qt::UserRole,  // int (Kind)
        StatusRole,               // int (Status), for Sent entries
        TimeTextRole,             // "HH:mm:ss.zzz", when the entry (its first datagram) came
        RoundTripUsRole,          // qint64, for answered Sent entries and their replies
        MessageIdRole,            // int, for Sent and Reply entries
        BytesRole,                // QByteArray, for Sent, Reply and Unexpected entries (the latest datagram)
        NoteRole,                 // int (Note), for Reply entries
        CountRole,                // qint64: datagrams this entry stands for (> 1 for a coalesced burst)
        LastTimeTextRole,         // "HH:mm:ss.zzz" of the latest datagram counted in the entry
        ResponderRole,            // QString "address:port" of a Reply or Unexpected entry's sender, when anyone may answer
        RespondersRole,           // int, for Sent entries: how many responders answered it (when anyone may answer)
        ExpandedRole,             // bool, for Run entries: every figure shown, not just the line
        MetaTextRole,             // QString: the line under the entry (ConversationMetaText), also its
                                  // Qt::AccessibleDescriptionRole, so that what is drawn can be read
    };

    // Longest text drawn in a bubble; the whole message is in BytesRole and the tooltip.
    static constexpr int BubbleChars = 2000;
    // The bounds: 5,000 entries, 16 MiB (ConversationEntries counts each entry's bookkeeping too).
    static constexpr int DefaultMaxEntries = 5000;
    static constexpr qint64 DefaultMaxBytes = 16 * 1024 * 1024;
    // How many of the newest entries a datagram may be folded into, if all are unexpected or
    // duplicate ones: an attacker alternating two kinds still makes no new rows.
    static constexpr int CoalesceLookback = 8;

    explicit ConversationModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void addSent(int messageId, const QByteArray &message);
    // from: the responder's "address:port" when anyone may answer; empty for the server itself.
    void addReply(int messageId, const QByteArray &reply, qint64 roundTripUs, const QString &from = {});
    void markNoReply(int messageId);
    // The same reply again (UDP duplicated it): shown as a reply of its own, marked; more copies
    // right after it are counted in that entry.
    void addDuplicate(int messageId, const QByteArray &reply, const QString &from = {});
    // The newest reply to that message overtook an older message's reply.
    void markOutOfOrder(int messageId);
    // A burst of unexpected datagrams is one entry with a count and the latest datagram's bytes.
    void addUnexpected(const QByteArray &datagram, const QString &from = {});
    void addNotice(const QString &text);
    void addError(const QString &text);
    // A traffic run of this message starts: one entry, updated with updateRun() as it goes.
    void addRun(const QByteArray &message);
    // The newest run's figures now (nothing if its entry was trimmed or cleared).
    void updateRun(const RunSummary &summary);
    // The wall clock (ms since the epoch) entries are stamped with; tests give their own.
    using Clock = std::function<qint64()>;
    void setClock(Clock clock) { m_now = std::move(clock); }
    // Folds or unfolds a Run entry (any other row is left alone).
    void toggleExpanded(int row);
    void clear();
    // Payloads shown as hex bytes ("48 65 6c") instead of escaped text.
    void setHexMode(bool hex);
    bool hexMode() const { return m_hexMode; }
    // How payloads are read as text (the bytes stay as they came).
    void setEncoding(TextEncoding::Encoding encoding);
    TextEncoding::Encoding encoding() const { return m_encoding; }

    // Row of the Sent entry with that id, or -1 (never sent, or trimmed).
    int rowOfMessage(int messageId) const { return m_entries.rowOfMessage(messageId); }

    void setLimits(int maxEntries, qint64 maxBytes);
    int maxEntries() const { return m_entries.maxEntries(); }
    qint64 maxBytes() const { return m_entries.maxBytes(); }
    // Bytes held: payloads, texts and ConversationEntries::Overhead for each entry.
    qint64 byteCount() const { return m_entries.byteCount(); }
    // Entries removed to stay within the limits, since the last clear().
    qint64 trimmedCount() const { return m_entries.trimmedCount(); }

signals:
    // After each batch of the oldest entries left; total since the last clear().
    void trimmed(qint64 total);


private:
    using Entry = ConversationEntry;
    QVariant runData(const Entry &e, int role) const;

    void add(Entry entry);
    // Folds the datagram into a recent entry that matches, if any; true if it did.
    bool coalesce(Kind kind, Note note, int messageId, const QByteArray &bytes, const QString &from = {});
    // Removes the oldest entries, in one batch, so that `incoming` more entries of `incomingBytes`
    // fit with some room to spare; the newest `keep` entries always stay.
    void makeRoom(int incoming, qint64 incomingBytes, int keep);
    void setStatus(int messageId, Status status, qint64 roundTripUs = -1);

    ConversationEntries m_entries{DefaultMaxEntries, DefaultMaxBytes};
    qint64 m_runIndex = -1;  // the newest Run entry, as an absolute index (ConversationEntries)
    bool m_hexMode = false;
    Clock m_now = [] { return QDateTime::currentMSecsSinceEpoch(); };
    TextEncoding::Encoding m_encoding = TextEncoding::Encoding::Utf8;
};
