#pragma once

#include <QAbstractListModel>
#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

// The client's conversation: what was sent, what came back, and notices, oldest first.
class Conversation : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Kind { Sent, Reply, Unexpected, Notice, Error };
    Q_ENUM(Kind)
    enum class Status { None, Waiting, Answered, NoReply };
    Q_ENUM(Status)
    enum class Note { None, Duplicate, OutOfOrder };  // for Reply entries
    Q_ENUM(Note)
    enum Role {
        KindRole = Qt::UserRole,  // int (Kind)
        StatusRole,               // int (Status), for Sent entries
        TimeTextRole,             // "HH:mm:ss.zzz"
        RoundTripUsRole,          // qint64, for answered Sent entries and their replies
        MessageIdRole,            // int, for Sent and Reply entries
        BytesRole,                // QByteArray, for Sent, Reply and Unexpected entries
        NoteRole,                 // int (Note), for Reply entries
    };

    // Longest text drawn in a bubble; the whole message is in BytesRole and the tooltip.
    static constexpr int BubbleChars = 2000;

    explicit Conversation(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void addSent(int messageId, const QByteArray &message);
    void addReply(int messageId, const QByteArray &reply, qint64 roundTripUs);
    void markNoReply(int messageId);
    // The same reply again (UDP duplicated it): shown as a reply of its own, marked.
    void addDuplicate(int messageId, const QByteArray &reply);
    // The newest reply to that message overtook an older message's reply.
    void markOutOfOrder(int messageId);
    void addUnexpected(const QByteArray &datagram);
    void addNotice(const QString &text);
    void addError(const QString &text);
    void clear();
    // Payloads shown as hex bytes ("48 65 6c") instead of escaped text.
    void setHexMode(bool hex);
    bool hexMode() const { return m_hexMode; }

    // Row of the Sent entry with that id, or -1.
    int rowOfMessage(int messageId) const { return m_rowOfMessage.value(messageId, -1); }

private:
    struct Entry
    {
        Kind kind = Kind::Notice;
        Status status = Status::None;
        qint64 timeMs = 0;
        qint64 roundTripUs = -1;
        int messageId = 0;
        Note note = Note::None;
        QByteArray bytes;
        QString text;  // notices and errors
    };

    void add(Entry entry);
    void setStatus(int messageId, Status status, qint64 roundTripUs = -1);

    std::vector<Entry> m_entries;
    QHash<int, int> m_rowOfMessage;
    bool m_hexMode = false;
};
