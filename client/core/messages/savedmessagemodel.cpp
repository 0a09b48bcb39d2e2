// SPDX-License-Identifier: MIT
#include "savedmessagemodel.h"

#include "defaults.h"
#include "displaytext.h"

#include <QLocale>

SavedMessageModel::SavedMessageModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int SavedMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant SavedMessageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_messages.size())
        return {};
    const SavedMessage &m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return shownName(m.name);
    case Qt::EditRole:
    case NameRole:
        return m.name;
    case BytesRole:
        return m.bytes;
    case Qt::ToolTipRole: {
        const QString bytes = DisplayText::hexBytes(m.bytes, 64);
        const QString shortcut = index.row() < 9 ? tr("Ctrl+%1 sends it. ").arg(index.row() + 1) : QString();
        return shortcut + tr("%n byte(s): %1", nullptr, int(m.bytes.size())).arg(bytes);
    }
    default:
        return {};
    }
}

Qt::ItemFlags SavedMessageModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool SavedMessageModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    QString why;
    if (rename(index.row(), value.toString(), &why))
        return true;
    emit renameRefused(why);
    return false;
}

QString SavedMessageModel::shownName(const QString &name)
{
    return DisplayText::escaped(name.toUtf8());
}

int SavedMessageModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_messages.size(); ++row) {
        if (m_messages.at(row).name == name)
            return row;
    }
    return -1;
}

QString SavedMessageModel::nameProblem(const QString &name, int exceptRow) const
{
    if (name.trimmed().isEmpty())
        return tr("A saved message needs a name.");
    if (name.size() > Defaults::SavedMessageNameLength)
        return tr("A name has at most %1 characters.").arg(Defaults::SavedMessageNameLength);
    const int existing = rowOf(name);
    if (existing >= 0 && existing != exceptRow)
        return tr("There is already a message named '%1'.").arg(shownName(name));
    return {};
}

qint64 SavedMessageModel::totalCost() const
{
    qint64 total = 0;
    for (const SavedMessage &m : m_messages)
        total += m.cost();
    return total;
}

bool SavedMessageModel::save(const SavedMessage &message, QString *why)
{
    SavedMessage named = message;
    named.name = message.name.trimmed();
    const int row = rowOf(named.name);
    *why = nameProblem(named.name, row);
    const qint64 cost = totalCost() - (row >= 0 ? m_messages.at(row).cost() : 0) + named.cost();
    if (why->isEmpty() && row < 0 && m_messages.size() >= Defaults::SavedMessages)
        *why = tr("At most %1 messages can be saved: delete one first.").arg(Defaults::SavedMessages);
    else if (why->isEmpty() && cost > Defaults::SavedMessagesBytes)
        *why = tr("Saved messages can take at most %1 bytes in all: delete some first.")
                   .arg(QLocale().toString(Defaults::SavedMessagesBytes));
    if (!why->isEmpty())
        return false;
    if (row >= 0) {
        m_messages[row] = named;
        emit dataChanged(index(row), index(row));
    } else {
        beginInsertRows({}, int(m_messages.size()), int(m_messages.size()));
        m_messages.append(named);
        endInsertRows();
    }
    emit changed();
    return true;
}

bool SavedMessageModel::rename(int row, const QString &name, QString *why)
{
    if (row < 0 || row >= m_messages.size())
        return false;
    *why = nameProblem(name.trimmed(), row);
    if (!why->isEmpty())
        return false;
    m_messages[row].name = name.trimmed();
    emit dataChanged(index(row), index(row));
    emit changed();
    return true;
}

bool SavedMessageModel::move(int row, int step)
{
    const int to = row + step;
    if (row < 0 || row >= m_messages.size() || to < 0 || to >= m_messages.size() || step == 0)
        return false;
    // Qt's destination is the row the moved one goes before, counted before the move.
    beginMoveRows({}, row, row, {}, step > 0 ? to + 1 : to);
    m_messages.move(row, to);
    endMoveRows();
    // The digits shown (and their shortcuts) follow the place.
    emit dataChanged(index(qMin(row, to)), index(qMax(row, to)));
    emit changed();  // once per move, not once per signal of the view's
    return true;
}

void SavedMessageModel::remove(int row)
{
    if (row < 0 || row >= m_messages.size())
        return;
    beginRemoveRows({}, row, row);
    m_messages.removeAt(row);
    endRemoveRows();
    if (row < m_messages.size())
        emit dataChanged(index(row), index(int(m_messages.size()) - 1));
    emit changed();
}

bool SavedMessageModel::add(const QList<SavedMessage> &messages, QString *why)
{
    qint64 cost = totalCost();
    for (const SavedMessage &m : messages)
        cost += m.cost();
    if (m_messages.size() + messages.size() > Defaults::SavedMessages) {
        *why = tr("%1 messages and %2 saved already: at most %3 can be saved.")
                   .arg(messages.size()).arg(m_messages.size()).arg(Defaults::SavedMessages);
        return false;
    }
    if (cost > Defaults::SavedMessagesBytes) {
        *why = tr("These messages would take %1 bytes with those saved already: at most %2 can be saved.")
                   .arg(QLocale().toString(cost), QLocale().toString(Defaults::SavedMessagesBytes));
        return false;
    }
    for (const SavedMessage &m : messages) {
        if (!nameProblem(m.name, -1).isEmpty() && rowOf(m.name) < 0) {
            *why = nameProblem(m.name, -1);
            return false;
        }
    }
    beginInsertRows({}, int(m_messages.size()), int(m_messages.size() + messages.size()) - 1);
    for (SavedMessage m : messages) {
        const QString base = m.name;
        for (int n = 2; rowOf(m.name) >= 0; ++n) {
            // The base is cut so that the name with its suffix still passes the bound at the next start.
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            m.name = base.left(Defaults::SavedMessageNameLength - suffix.size()).trimmed() + suffix;
        }
        m_messages.append(m);
    }
    endInsertRows();
    emit changed();
    return true;
}

void SavedMessageModel::setMessages(const QList<SavedMessage> &messages)
{
    beginResetModel();
    m_messages.clear();
    qint64 cost = 0;
    for (const SavedMessage &m : messages) {
        cost += m.cost();
        if (m_messages.size() >= Defaults::SavedMessages || cost > Defaults::SavedMessagesBytes)
            break;
        if (nameProblem(m.name, -1).isEmpty())
            m_messages.append(m);
    }
    endResetModel();
}
