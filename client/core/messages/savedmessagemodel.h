// SPDX-License-Identifier: MIT
#pragma once

#include "typedmessage.h"

#include <QAbstractListModel>
#include <QList>

// A message kept to send again: its name, the bytes sent, and how it was typed (to edit it).
struct SavedMessage
{
    QString name;
    QString typed;
    TypedMessage::Form form;
    QByteArray bytes;

    // What it costs against Defaults::SavedMessagesBytes.
    qint64 cost() const { return bytes.size() + 2 * (typed.size() + name.size()); }
    bool operator==(const SavedMessage &o) const
    {
        return name == o.name && typed == o.typed && form == o.form && bytes == o.bytes;
    }
};

// The saved messages, in the order the user gave them (the first nine have Ctrl+1..Ctrl+9).
// Names are unique; the list is bounded in count and bytes (Defaults), and what would pass a
// bound is refused with a sentence, never half added. Renaming is editing the name in a view.
class SavedMessageModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { NameRole = Qt::UserRole + 1, BytesRole };

    explicit SavedMessageModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const SavedMessage &at(int row) const { return m_messages.at(row); }
    QList<SavedMessage> messages() const { return m_messages; }
    int rowOf(const QString &name) const;
    // A name as shown in a list or a sentence: a name can come from a shared file, so controls and
    // bidi characters (U+202E, ESC, NUL) are escaped as the server's log escapes payloads.
    static QString shownName(const QString &name);

    // Adds a message at the end, or replaces the one of the same name where it is. False with a
    // sentence when it has no name or would pass a bound.
    bool save(const SavedMessage &message, QString *why);
    bool rename(int row, const QString &name, QString *why);
    // Moves a message one place up (-1) or down (+1); false at an end.
    bool move(int row, int step);
    void remove(int row);
    // Adds messages from elsewhere (an import); a name already here gets " (2)", " (3)"... All or
    // nothing: false with a sentence when they would not fit.
    bool add(const QList<SavedMessage> &messages, QString *why);
    // Replaces every message (from the settings), keeping what fits the bounds.
    void setMessages(const QList<SavedMessage> &messages);

signals:
    // After any change: the list to keep.
    void changed();
    // A rename typed in a view was refused, and why.
    void renameRefused(const QString &why);

private:
    QString nameProblem(const QString &name, int exceptRow) const;
    qint64 totalCost() const;

    QList<SavedMessage> m_messages;
};
