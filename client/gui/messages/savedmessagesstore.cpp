// SPDX-License-Identifier: MIT
#include "savedmessagesstore.h"

#include "clientsettings.h"
#include "savedmessagemodel.h"
#include "savedmessagesfile.h"

std::shared_ptr<SavedMessagesStore> SavedMessagesStore::shared()
{
    static std::weak_ptr<SavedMessagesStore> current;  // the GUI thread's only
    std::shared_ptr<SavedMessagesStore> store = current.lock();
    if (!store) {
        store.reset(new SavedMessagesStore);
        current = store;
    }
    return store;
}

SavedMessagesStore::SavedMessagesStore()
    : m_model(new SavedMessageModel(this))
{
    load();
    connect(m_model, &SavedMessageModel::changed, this,
            [this] { ClientSettings::saveSavedMessages(SavedMessagesFile::toJson(m_model->messages())); });
}

SavedMessagesStore::~SavedMessagesStore() = default;

void SavedMessagesStore::load()
{
    const QByteArray json = ClientSettings::savedMessages();
    if (json.isEmpty())
        return;
    QList<SavedMessage> saved;
    QString why;
    if (SavedMessagesFile::fromJson(json, &saved, &why)) {
        m_model->setMessages(saved);
        return;
    }
    // Damaged, or written by a newer udpchat: the list starts empty, and what was there is kept
    // where no save goes, so that the first change here does not lose it without a word.
    const QString key = ClientSettings::keepUnreadableSavedMessages(json);
    m_problem = tr("The saved messages in the settings could not be read, so this list starts empty; "
                   "they are kept under %1. %2")
                    .arg(key, why);
}
