// SPDX-License-Identifier: MIT
#include "conversationmodel.h"

#include "conversationmetatext.h"
#include "displaytext.h"

#include <QDateTime>

namespace {
QString timeText(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss.zzz")); }
} // namespace

ConversationModel::ConversationModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[size_t(index.row())];
    if (e.kind == Kind::Run && (role == Qt::DisplayRole || role == ExpandedRole || role == StatusRole))
        return runData(e, role);
    switch (role) {
    case Qt::AccessibleDescriptionRole:
    case MetaTextRole:
        return ConversationMetaText::of(index);
    case Qt::DisplayRole:
        if (e.kind == Kind::Notice || e.kind == Kind::Error)
            return e.text;
        return m_hexMode ? DisplayText::hexBytes(e.bytes, BubbleChars / 3) : DisplayText::escaped(e.bytes, BubbleChars, m_encoding);
    case Qt::ToolTipRole:
        if (e.bytes.size() > BubbleChars / 4) {
            return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
                .arg(DisplayText::escaped(e.bytes, BubbleChars * 4, m_encoding).toHtmlEscaped());
        }
        return {};
    case KindRole:
        return int(e.kind);
    case StatusRole:
        return int(e.status);
    case TimeTextRole:
        return timeText(e.timeMs);
    case RoundTripUsRole:
        return e.roundTripUs;
    case MessageIdRole:
        return e.messageId;
    case BytesRole:
        return e.bytes;
    case NoteRole:
        return int(e.note);
    case CountRole:
        return e.count;
    case LastTimeTextRole:
        return timeText(e.lastTimeMs);
    case ResponderRole:
        return e.from;
    case RespondersRole:
        return e.responders;
    default:
        return {};
    }
}

int ConversationModel::rowOfMessage(int messageId) const
{
    const auto it = m_indexOfMessage.constFind(messageId);
    return it == m_indexOfMessage.cend() ? -1 : int(*it - m_removed);
}

void ConversationModel::add(Entry entry)
{
    entry.timeMs = QDateTime::currentMSecsSinceEpoch();
    entry.lastTimeMs = entry.timeMs;
    const qint64 cost = costOf(entry);
    makeRoom(1, cost, 0);
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    if (entry.kind == Kind::Sent)
        m_indexOfMessage.insert(entry.messageId, m_removed + row);
    m_entries.push_back(std::move(entry));
    m_bytes += cost;
    endInsertRows();
}

bool ConversationModel::coalesce(Kind kind, Note note, int messageId, const QByteArray &bytes, const QString &from)
{
    // Only through a run of unexpected and duplicate entries: anything the user did since
    // starts a new entry, so the conversation still reads in order.
    const int newest = int(m_entries.size()) - 1;
    for (int row = newest; row >= 0 && row > newest - CoalesceLookback; --row) {
        Entry &e = m_entries[size_t(row)];
        const bool noise = e.kind == Kind::Unexpected || (e.kind == Kind::Reply && e.note == Note::Duplicate);
        if (!noise)
            return false;
        if (e.kind != kind || e.note != note || e.messageId != messageId || e.from != from)
            continue;
        ++e.count;
        e.lastTimeMs = QDateTime::currentMSecsSinceEpoch();
        m_bytes += bytes.size() - e.bytes.size();
        e.bytes = bytes;  // the latest, so what is shown is what the server sends now
        const QModelIndex changed = index(row);
        emit dataChanged(changed, changed,
                         {Qt::DisplayRole, Qt::ToolTipRole, BytesRole, CountRole, LastTimeTextRole});
        makeRoom(0, 0, newest - row + 1);  // a larger datagram may have taken it over the bytes
        return true;
    }
    return false;
}

void ConversationModel::makeRoom(int incoming, qint64 incomingBytes, int keep)
{
    const int size = int(m_entries.size());
    if (size + incoming <= m_maxEntries && m_bytes + incomingBytes <= m_maxBytes)
        return;
    // A tenth to spare, so that a steady stream trims once in a while, not for every entry.
    const int targetEntries = m_maxEntries - incoming - qMax(1, m_maxEntries / 10);
    const qint64 targetBytes = m_maxBytes - incomingBytes - m_maxBytes / 10;
    int excess = 0;
    qint64 kept = m_bytes;
    while (excess < size - keep && (size - excess > targetEntries || kept > targetBytes))
        kept -= costOf(m_entries[size_t(excess++)]);
    if (excess == 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    for (int i = 0; i < excess; ++i) {
        const Entry &e = m_entries[size_t(i)];
        if (e.kind == Kind::Sent)
            m_indexOfMessage.remove(e.messageId);
    }
    m_entries.erase(m_entries.begin(), m_entries.begin() + excess);
    m_removed += excess;
    m_bytes = kept;
    endRemoveRows();
    emit trimmed(m_removed);
}

void ConversationModel::setLimits(int maxEntries, qint64 maxBytes)
{
    m_maxEntries = qMax(1, maxEntries);
    m_maxBytes = qMax<qint64>(EntryOverhead, maxBytes);
    makeRoom(0, 0, 1);
}

void ConversationModel::addSent(int messageId, const QByteArray &message)
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

void ConversationModel::addReply(int messageId, const QByteArray &reply, qint64 roundTripUs, const QString &from)
{
    const qint64 replyRoundTripUs = roundTripUs;  // the bubble's own; the message keeps its first
    const int sent = rowOfMessage(messageId);
    if (!from.isEmpty() && sent >= 0) {
        // One message, many responders: the message keeps its first round trip and counts them.
        Entry &message = m_entries[size_t(sent)];
        if (++message.responders > 1)
            roundTripUs = message.roundTripUs;
        emit dataChanged(index(sent), index(sent), {RespondersRole});
    }
    setStatus(messageId, Status::Answered, roundTripUs);
    Entry e;
    e.from = from;
    e.kind = Kind::Reply;
    e.messageId = messageId;
    e.roundTripUs = replyRoundTripUs;
    e.bytes = reply;
    add(std::move(e));
}

void ConversationModel::markNoReply(int messageId) { setStatus(messageId, Status::NoReply); }

void ConversationModel::addDuplicate(int messageId, const QByteArray &reply, const QString &from)
{
    if (coalesce(Kind::Reply, Note::Duplicate, messageId, reply, from))
        return;
    Entry e;
    e.from = from;
    e.kind = Kind::Reply;
    e.messageId = messageId;
    e.note = Note::Duplicate;
    e.bytes = reply;
    add(std::move(e));
}

void ConversationModel::markOutOfOrder(int messageId)
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

void ConversationModel::addUnexpected(const QByteArray &datagram, const QString &from)
{
    if (coalesce(Kind::Unexpected, Note::None, 0, datagram, from))
        return;
    Entry e;
    e.from = from;
    e.kind = Kind::Unexpected;
    e.bytes = datagram;
    add(std::move(e));
}

void ConversationModel::addNotice(const QString &text)
{
    Entry e;
    e.kind = Kind::Notice;
    e.text = text;
    add(std::move(e));
}

void ConversationModel::addError(const QString &text)
{
    Entry e;
    e.kind = Kind::Error;
    e.text = text;
    add(std::move(e));
}

void ConversationModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_indexOfMessage.clear();
    m_runIndex = -1;
    m_removed = 0;
    m_bytes = 0;
    endResetModel();
    emit trimmed(0);
}

void ConversationModel::setEncoding(TextEncoding::Encoding encoding)
{
    if (encoding == m_encoding)
        return;
    m_encoding = encoding;
    if (!m_entries.empty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
}

void ConversationModel::setHexMode(bool hex)
{
    if (hex == m_hexMode)
        return;
    m_hexMode = hex;
    if (!m_entries.empty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
}

void ConversationModel::setStatus(int messageId, Status status, qint64 roundTripUs)
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
