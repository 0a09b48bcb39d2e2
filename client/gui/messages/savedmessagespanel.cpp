// SPDX-License-Identifier: MIT
#include "savedmessagespanel.h"

#include "clientsettings.h"
#include "messagecomposer.h"
#include "savedmessagedelegate.h"
#include "savedmessagemodel.h"
#include "savedmessagesfile.h"
#include "savedmessagesstore.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMainWindow>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

SavedMessagesPanel::SavedMessagesPanel(MessageComposer *composer, QMainWindow *window)
    : QDockWidget(tr("Saved messages"), window)
    , m_composer(composer)
    , m_store(SavedMessagesStore::shared())
    , m_model(m_store->model())
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("savedMessagesDock"));

    m_view->setObjectName(QStringLiteral("savedMessagesView"));
    m_view->setAccessibleName(tr("Saved messages"));
    m_view->setModel(m_model);
    // F2 renames; a click on a row's Send button sends it, as do Enter and (on most styles) a double click.
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setUniformItemSizes(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // names are elided; the Send buttons stay in sight
    auto *delegate = new SavedMessageDelegate(m_view);
    m_view->setItemDelegate(delegate);
    connect(delegate, &SavedMessageDelegate::sendClicked, this, &SavedMessagesPanel::sendRow);
    connect(m_model, &SavedMessageModel::renameRefused, this,
            [this](const QString &why) { m_composer->showHint(why, true); });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) { sendRow(index.row()); });

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    if (!m_store->problem().isEmpty()) {
        // Said in the panel, where the list is empty because of it; shown with it, below.
        auto *notice = new QLabel(m_store->problem(), content);
        notice->setObjectName(QStringLiteral("savedMessagesNotice"));
        notice->setWordWrap(true);
        notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(notice);
    }
    m_emptyNote = new QLabel(tr("No saved messages yet. Type a message in the input, then Save… keeps it "
                                "here under a name, to send again with one click."), content);
    m_emptyNote->setObjectName(QStringLiteral("savedMessagesEmptyNote"));
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_emptyNote, 1);  // the list's room while there is no list: the buttons stay together
    layout->addWidget(m_view, 1);
    layout->addWidget(createButtons());
    setWidget(content);
    connect(m_model, &SavedMessageModel::rowsInserted, this, &SavedMessagesPanel::showState);
    connect(m_model, &SavedMessageModel::rowsRemoved, this, &SavedMessagesPanel::showState);
    connect(m_model, &SavedMessageModel::rowsMoved, this, &SavedMessagesPanel::showState);
    connect(m_model, &SavedMessageModel::modelReset, this, &SavedMessagesPanel::showState);
    connect(m_model, &SavedMessageModel::dataChanged, this, &SavedMessagesPanel::showState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &SavedMessagesPanel::showState);
    showState();

    window->addDockWidget(Qt::RightDockWidgetArea, this);
    // Out of the way until there is something in it, or something to say.
    setVisible(m_model->rowCount() > 0 || !m_store->problem().isEmpty());
    for (int i = 0; i < 9; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), window);
        connect(shortcut, &QShortcut::activated, this, [this, i] { sendRow(i); });
    }
}

QWidget *SavedMessagesPanel::createButtons()
{
    auto *buttons = new QWidget(this);
    auto *grid = new QGridLayout(buttons);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto add = [&](const QString &name, const QString &text, const QString &tip, auto slot) {
        auto *button = new QToolButton(buttons);
        button->setObjectName(name);
        button->setText(text);
        button->setToolTip(tip);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(button, &QToolButton::clicked, this, slot);
        const int n = grid->count();
        grid->addWidget(button, n / 4, n % 4);
    };
    add(QStringLiteral("sendSavedButton"), tr("Send"), tr("Send the selected message (a double click, Enter or Ctrl+1..Ctrl+9 too)"),
        [this] { sendRow(currentRow()); });
    add(QStringLiteral("saveInputButton"), tr("Save…"), tr("Save what is typed in the input under a name; "
                                                           "the same name replaces that message"),
        &SavedMessagesPanel::askToSave);
    add(QStringLiteral("editSavedButton"), tr("Edit"), tr("Put the selected message in the input as it was "
                                                          "typed; change it, then Save under its name"),
        &SavedMessagesPanel::loadIntoInput);
    add(QStringLiteral("deleteSavedButton"), tr("Delete"), tr("Delete the selected message"),
        [this] { m_model->remove(currentRow()); });
    add(QStringLiteral("upButton"), tr("Up"), tr("Move the selected message up"), [this] { moveCurrent(-1); });
    add(QStringLiteral("downButton"), tr("Down"), tr("Move the selected message down"), [this] { moveCurrent(1); });
    add(QStringLiteral("importButton"), tr("Import…"), tr("Add the messages of a JSON file (shared by someone, or "
                                                          "exported before)"),
        &SavedMessagesPanel::askToImport);
    add(QStringLiteral("exportButton"), tr("Export…"), tr("Write every saved message to a JSON file to share"),
        &SavedMessagesPanel::askToExport);
    return buttons;
}

void SavedMessagesPanel::showState()
{
    const int row = currentRow();
    const int rows = m_model->rowCount();
    const bool selected = row >= 0 && row < rows;
    for (const char *name : {"sendSavedButton", "editSavedButton", "deleteSavedButton"})
        findChild<QToolButton *>(QLatin1String(name))->setEnabled(selected);
    findChild<QToolButton *>(QStringLiteral("upButton"))->setEnabled(selected && row > 0);
    findChild<QToolButton *>(QStringLiteral("downButton"))->setEnabled(selected && row < rows - 1);
    findChild<QToolButton *>(QStringLiteral("exportButton"))->setEnabled(rows > 0);
    m_emptyNote->setVisible(rows == 0);
    m_view->setVisible(rows > 0);
}

int SavedMessagesPanel::currentRow() const { return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1; }

bool SavedMessagesPanel::sendRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    return m_composer->sendBytes(m_model->at(row).bytes);
}

bool SavedMessagesPanel::saveInput(const QString &name)
{
    SavedMessage message;
    message.name = name;
    message.typed = m_composer->typedText();
    message.form = m_composer->form();
    QString why;
    if (!TypedMessage::toBytes(message.typed, message.form, &message.bytes, &why)) {
        m_composer->showHint(why, true);
        return false;
    }
    if (message.bytes.isEmpty()) {
        m_composer->showHint(tr("Type a message first: an empty message is not saved."), false);
        return false;
    }
    if (!m_model->save(message, &why)) {
        m_composer->showHint(why, true);
        return false;
    }
    m_lastName = message.name.trimmed();
    const int row = m_model->rowOf(m_lastName);
    m_view->setCurrentIndex(m_model->index(row));
    m_composer->showHint(row < 9 ? tr("Saved as '%1': Ctrl+%2 sends it.").arg(m_lastName).arg(row + 1)
                                 : tr("Saved as '%1'.").arg(m_lastName),
                         false);
    return true;
}

void SavedMessagesPanel::askToSave()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save message"), tr("Name (the same name replaces that message):"),
                                               QLineEdit::Normal, m_lastName, &ok);
    if (ok)
        saveInput(name);
}

void SavedMessagesPanel::loadIntoInput()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const SavedMessage &m = m_model->at(row);
    m_lastName = m.name;
    m_composer->setTyped(m.typed, m.form);
    m_composer->showHint(tr("'%1' is in the input: change it, then Save under the same name to keep the change.")
                             .arg(SavedMessageModel::shownName(m.name)), false);
}

void SavedMessagesPanel::moveCurrent(int step)
{
    const int row = currentRow();
    if (m_model->move(row, step))
        m_view->setCurrentIndex(m_model->index(row + step));
}

bool SavedMessagesPanel::importFile(const QString &path)
{
    QList<SavedMessage> messages;
    QString why;
    if (!SavedMessagesFile::read(path, &messages, &why) || !m_model->add(messages, &why)) {
        m_composer->showHint(tr("Nothing was imported. %1").arg(why), true);
        return false;
    }
    m_composer->showHint(tr("Imported %n message(s).", nullptr, int(messages.size())), false);
    return true;
}

bool SavedMessagesPanel::exportFile(const QString &path)
{
    QString why;
    if (!SavedMessagesFile::write(path, m_model->messages(), &why)) {
        m_composer->showHint(why, true);
        return false;
    }
    m_composer->showHint(tr("Exported %n message(s) to %1.", nullptr, m_model->rowCount()).arg(path), false);
    return true;
}

void SavedMessagesPanel::askToImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import saved messages"), QString(),
                                                      tr("Saved messages (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void SavedMessagesPanel::askToExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export saved messages"),
                                                      QStringLiteral("udpchat-messages.json"),
                                                      tr("Saved messages (*.json);;All files (*)"));
    if (!path.isEmpty())
        exportFile(path);
}
