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
    return parent.isValid() ? 0 : m_entries.size();
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
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

void ConversationModel::add(Entry entry)
{
    entry.timeMs = m_now();
    entry.lastTimeMs = entry.timeMs;
    makeRoom(1, ConversationEntries::costOf(entry), 0);
    const int row = m_entries.size();
    beginInsertRows({}, row, row);
    m_entries.append(std::move(entry));
    endInsertRows();
}

bool ConversationModel::coalesce(Kind kind, Note note, int messageId, const QByteArray &bytes, const QString &from)
{
    // Only through a run of unexpected and duplicate entries: anything the user did since
    // starts a new entry, so the conversation still reads in order.
    const int newest = m_entries.size() - 1;
    for (int row = newest; row >= 0 && row > newest - CoalesceLookback; --row) {
        Entry &e = m_entries.at(row);
        const bool noise = e.kind == Kind::Unexpected || (e.kind == Kind::Reply && e.note == Note::Duplicate);
        if (!noise)
            return false;
        if (e.kind != kind || e.note != note || e.messageId != messageId || e.from != from)
            continue;
        ++e.count;
        e.lastTimeMs = m_now();
        m_entries.replaceBytes(row, bytes);  // the latest, so what is shown is what the server sends now
        const QModelIndex changed = index(row);
        emit dataChanged(changed, changed,
                         {Qt::DisplayRole, Qt::ToolTipRole, BytesRole, CountRole, LastTimeTextRole, MetaTextRole,
                          Qt::AccessibleDescriptionRole});
        makeRoom(0, 0, newest - row + 1);  // a larger datagram may have taken it over the bytes
        return true;
    }
    return false;
}

void ConversationModel::makeRoom(int incoming, qint64 incomingBytes, int keep)
{
    const int excess = m_entries.excess(incoming, incomingBytes, keep);
    if (excess == 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_entries.dropOldest(excess);
    endRemoveRows();
    emit trimmed(m_entries.trimmedCount());
}

void ConversationModel::setLimits(int maxEntries, qint64 maxBytes)
{
    m_entries.setLimits(maxEntries, maxBytes);
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
        Entry &message = m_entries.at(sent);
        if (++message.responders > 1)
            roundTripUs = message.roundTripUs;
        emit dataChanged(index(sent), index(sent), {RespondersRole, MetaTextRole, Qt::AccessibleDescriptionRole});
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
    for (int row = m_entries.size() - 1; row >= 0; --row) {
        Entry &e = m_entries.at(row);
        if (e.kind == Kind::Reply && e.messageId == messageId) {
            e.note = Note::OutOfOrder;
            emit dataChanged(index(row), index(row), {NoteRole, MetaTextRole, Qt::AccessibleDescriptionRole});
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
    m_runIndex = -1;
    endResetModel();
    emit trimmed(0);
}

void ConversationModel::setEncoding(TextEncoding::Encoding encoding)
{
    if (encoding == m_encoding)
        return;
    m_encoding = encoding;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
}

void ConversationModel::setHexMode(bool hex)
{
    if (hex == m_hexMode)
        return;
    m_hexMode = hex;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
}

void ConversationModel::setStatus(int messageId, Status status, qint64 roundTripUs)
{
    const int row = rowOfMessage(messageId);
    if (row < 0)
        return;
    Entry &e = m_entries.at(row);
    e.status = status;
    e.roundTripUs = roundTripUs;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed, {StatusRole, RoundTripUsRole, MetaTextRole, Qt::AccessibleDescriptionRole});
}

// A traffic run: one entry however many datagrams, its figures a line when folded and every one
// of them when unfolded.
QVariant ConversationModel::runData(const Entry &e, int role) const
{
    if (role == ExpandedRole)
        return e.expanded;
    const RunSummary summary = e.run ? *e.run : RunSummary();
    if (role == StatusRole)  // waiting while it runs
        return int(summary.running ? Status::Waiting : Status::None);
    QString text = summary.line();
    // A line separator, not \n: the delegate's text layout breaks lines only at that.
    if (e.expanded)
        text += QChar::LineSeparator + summary.details().join(QChar::LineSeparator);
    return text;
}

void ConversationModel::addRun(const QByteArray &message)
{
    Entry e;
    e.kind = Kind::Run;
    e.bytes = message;
    auto starting = std::make_shared<RunSummary>();
    starting->running = true;  // "running…" until its first figures
    e.run = std::move(starting);
    add(std::move(e));
    m_runIndex = m_entries.absoluteIndex(rowCount() - 1);
}

void ConversationModel::updateRun(const RunSummary &summary)
{
    const qint64 row = m_runIndex - m_entries.trimmedCount();
    if (m_runIndex < 0 || row < 0 || row >= rowCount())
        return;
    Entry &e = m_entries.at(int(row));
    // "Ended at" is when it ended: a finished run's figures asked for again later (its panel
    // folded or unfolded) leave that time as it was.
    const bool wasRunning = e.run && e.run->running;
    e.run = std::make_shared<const RunSummary>(summary);
    if (wasRunning)
        e.lastTimeMs = m_now();
    const QModelIndex changed = index(int(row));
    emit dataChanged(changed, changed, {Qt::DisplayRole, StatusRole, LastTimeTextRole, MetaTextRole,
                                        Qt::AccessibleDescriptionRole});
}

void ConversationModel::toggleExpanded(int row)
{
    if (row < 0 || row >= rowCount() || m_entries.at(row).kind != Kind::Run)
        return;
    Entry &e = m_entries.at(row);
    e.expanded = !e.expanded;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed, {Qt::DisplayRole, ExpandedRole, MetaTextRole, Qt::AccessibleDescriptionRole});
}
