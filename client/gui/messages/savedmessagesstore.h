// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <memory>

class SavedMessageModel;

// The saved messages of the whole application: one model shared by every client window, read from
// the settings once and written at each change. A model per window would have the last window to
// write overwrite what the others saved. It lives while a window holds it.
class SavedMessagesStore : public QObject
{
    Q_OBJECT

public:
    // The one store, made (and read from the settings) when no window holds it yet.
    static std::shared_ptr<SavedMessagesStore> shared();
    ~SavedMessagesStore() override;

    SavedMessageModel *model() const { return m_model; }
    // Why the saved messages in the settings could not be read and where they were kept; empty
    // when they were read (or there were none).
    QString problem() const { return m_problem; }

private:
    SavedMessagesStore();
    void load();

    SavedMessageModel *m_model;
    QString m_problem;
};
