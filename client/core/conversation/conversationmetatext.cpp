// SPDX-License-Identifier: MIT
#include "conversationmetatext.h"

#include "conversationmodel.h"

#include <QLocale>

namespace {
using Kind = ConversationModel::Kind;
using Status = ConversationModel::Status;

Kind kindOf(const QModelIndex &index) { return Kind(index.data(ConversationModel::KindRole).toInt()); }

QString roundTripText(qint64 us)
{
    return ConversationMetaText::tr("%1 ms").arg(QLocale().toString(double(us) / 1000.0, 'f', 2));
}
} // namespace

QString ConversationMetaText::of(const QModelIndex &index)
{
    // When anyone may answer, each datagram names its sender.
    const QString stamp = index.data(ConversationModel::TimeTextRole).toString();
    const QString from = index.data(ConversationModel::ResponderRole).toString();
    const QString time = from.isEmpty() ? stamp : tr("%1 · from %2").arg(stamp, from);
    const qint64 rtt = index.data(ConversationModel::RoundTripUsRole).toLongLong();
    const qint64 count = index.data(ConversationModel::CountRole).toLongLong();
    const QString countText = QLocale().toString(count);
    const QString lastTime = index.data(ConversationModel::LastTimeTextRole).toString();
    switch (kindOf(index)) {
    case Kind::Sent:
        switch (Status(index.data(ConversationModel::StatusRole).toInt())) {
        case Status::Waiting: return tr("%1 · waiting for a reply…").arg(time);
        case Status::Answered:
            if (const int responders = index.data(ConversationModel::RespondersRole).toInt(); responders > 0)
                return tr("%1 · answered by %n server(s), the first in %2", nullptr, responders).arg(time, roundTripText(rtt));
            return tr("%1 · answered in %2").arg(time, roundTripText(rtt));
        case Status::NoReply: return tr("%1 · no reply (double-click to retry)").arg(time);
        case Status::None: break;
        }
        return time;
    case Kind::Reply:
        switch (ConversationModel::Note(index.data(ConversationModel::NoteRole).toInt())) {
        case ConversationModel::Note::Duplicate:
            if (count > 1)
                return tr("%1 · the same reply again × %2: duplicates, the latest at %3").arg(time, countText, lastTime);
            return tr("%1 · the same reply again: a duplicate").arg(time);
        case ConversationModel::Note::OutOfOrder: return tr("%1 · %2 · out of order").arg(time, roundTripText(rtt));
        case ConversationModel::Note::None: break;
        }
        return tr("%1 · %2").arg(time, roundTripText(rtt));
    case Kind::Unexpected:
        if (count > 1) {
            return tr("%1 · unexpected × %2, answer none of your messages; the latest, at %3, is shown")
                .arg(time, countText, lastTime);
        }
        return tr("%1 · unexpected datagram, answers none of your messages").arg(time);
    case Kind::Run:
        if (Status(index.data(ConversationModel::StatusRole).toInt()) == Status::Waiting)
            return tr("%1 · running…").arg(time);
        return index.data(ConversationModel::ExpandedRole).toBool()
            ? tr("%1 · ended at %2 · click to fold").arg(time, lastTime)
            : tr("%1 · ended at %2 · click for every figure").arg(time, lastTime);
    case Kind::Notice:
    case Kind::Error:
        return time;
    }
    return time;
}
