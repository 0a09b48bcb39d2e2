// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QModelIndex>
#include <QString>

// The small line under each conversation entry: its time and state (waiting, answered in 0.21 ms,
// no reply, a duplicate, unexpected x 12, a run ended at...). Decided in the core, once: the
// window draws it, screen readers read it (Qt::AccessibleDescriptionRole) and tests check it.
class ConversationMetaText
{
    Q_DECLARE_TR_FUNCTIONS(ConversationMetaText)

public:
    // From the entry's roles (ConversationModel::Role).
    static QString of(const QModelIndex &index);
};
