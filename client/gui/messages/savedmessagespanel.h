// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>

#include <memory>

class MessageComposer;
class QListView;
class QMainWindow;
class SavedMessageModel;
class SavedMessagesStore;

// The saved messages beside the conversation: send one with a click on its Send button (or Enter,
// a double click, Ctrl+1..Ctrl+9), save what is typed under a name, load one back into the input
// to edit it, rename (F2), reorder, delete, import and export as JSON. Every change is kept in the settings at once. The list is the
// application's (SavedMessagesStore): every window shows the same one.
class SavedMessagesPanel : public QDockWidget
{
    Q_OBJECT

public:
    SavedMessagesPanel(MessageComposer *composer, QMainWindow *window);

    SavedMessageModel *model() const { return m_model; }
    // Each says what happened in the input's hint line; false when nothing changed or was sent.
    bool sendRow(int row);
    bool saveInput(const QString &name);
    bool importFile(const QString &path);
    bool exportFile(const QString &path);

private:
    QWidget *createButtons();
    int currentRow() const;
    // What needs a selected message is enabled only with one (Up and Down only where it can
    // move); an empty list says how to fill it.
    void showState();
    void askToSave();
    void loadIntoInput();
    void moveCurrent(int step);
    void askToImport();
    void askToExport();

    MessageComposer *m_composer;
    std::shared_ptr<SavedMessagesStore> m_store;
    SavedMessageModel *m_model;  // the store's
    QListView *m_view;
    class QLabel *m_emptyNote = nullptr;
    QString m_lastName;  // the name last loaded or saved: the default for the next save
};
