#include "conversation.h"

#include "displaytext.h"

#include <QDateTime>

Conversation::Conversation(QObject *parent)
    : QAbstractListModel(parent)
{
}

int Conversation::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant Conversation::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        if (e.kind == Kind::Notice || e.kind == Kind::Error)
            return e.text;
        return m_hexMode ? DisplayText::hexBytes(e.bytes, BubbleChars / 3) : DisplayText::escaped(e.bytes, BubbleChars);
    case Qt::ToolTipRole:
        if (e.bytes.size() > BubbleChars / 4) {
            return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
                .arg(DisplayText::escaped(e.bytes, BubbleChars * 4).toHtmlEscaped());
        }
        return {};
    case KindRole:
        return int(e.kind);
    case StatusRole:
        return int(e.status);
    case TimeTextRole:
        return QDateTime::fromMSecsSinceEpoch(e.timeMs).toString(QStringLiteral("HH:mm:ss.zzz"));
    case RoundTripUsRole:
        return e.roundTripUs;
    case MessageIdRole:
        return e.messageId;
    case BytesRole:
        return e.bytes;
    case NoteRole:
        return int(e.note);
    default:
        return {};
    }
}

void Conversation::add(Entry entry)
{
    entry.timeMs = QDateTime::currentMSecsSinceEpoch();
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    if (entry.kind == Kind::Sent)
        m_rowOfMessage.insert(entry.messageId, row);
    m_entries.push_back(std::move(entry));
    endInsertRows();
}

void Conversation::addSent(int messageId, const QByteArray &message)
{
    const int existing = rowOfMessage(messageId);
    if (existing >= 0) {  // a retry: the same bubble waits again
        setStatus(messageId, Status::Waiting);
        return;
    }
    Entry e;
    e.kind = Kind::Sent;
    e.status = Status::Waiting;
    e.messageId = messageId;
    e.bytes = message;
    add(std::move(e));
}

void Conversation::addReply(int messageId, const QByteArray &reply, qint64 roundTripUs)
{
    setStatus(messageId, Status::Answered, roundTripUs);
    Entry e;
    e.kind = Kind::Reply;
    e.messageId = messageId;
    e.roundTripUs = roundTripUs;
    e.bytes = reply;
    add(std::move(e));
}

void Conversation::markNoReply(int messageId) { setStatus(messageId, Status::NoReply); }

void Conversation::addDuplicate(int messageId, const QByteArray &reply)
{
    Entry e;
    e.kind = Kind::Reply;
    e.messageId = messageId;
    e.note = Note::Duplicate;
    e.bytes = reply;
    add(std::move(e));
}

void Conversation::markOutOfOrder(int messageId)
{
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        Entry &e = m_entries[size_t(row)];
        if (e.kind == Kind::Reply && e.messageId == messageId) {
            e.note = Note::OutOfOrder;
            emit dataChanged(index(row), index(row), {NoteRole});
            return;
        }
    }
}

void Conversation::addUnexpected(const QByteArray &datagram)
{
    Entry e;
    e.kind = Kind::Unexpected;
    e.bytes = datagram;
    add(std::move(e));
}

void Conversation::addNotice(const QString &text)
{
    Entry e;
    e.kind = Kind::Notice;
    e.text = text;
    add(std::move(e));
}

void Conversation::addError(const QString &text)
{
    Entry e;
    e.kind = Kind::Error;
    e.text = text;
    add(std::move(e));
}

void Conversation::clear()
{
    beginResetModel();
    m_entries.clear();
    m_rowOfMessage.clear();
    endResetModel();
}

void Conversation::setHexMode(bool hex)
{
    if (hex == m_hexMode)
        return;
    m_hexMode = hex;
    if (!m_entries.empty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
}

void Conversation::setStatus(int messageId, Status status, qint64 roundTripUs)
{
    const int row = rowOfMessage(messageId);
    if (row < 0)
        return;
    Entry &e = m_entries[size_t(row)];
    e.status = status;
    e.roundTripUs = roundTripUs;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed, {StatusRole, RoundTripUsRole});
}
