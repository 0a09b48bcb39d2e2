// SPDX-License-Identifier: MIT
#pragma once

#include "clientoptions.h"

#include <QStringList>

class QMainWindow;

// What the client window remembers between runs (QSettings): server, port, timeout, the socket's
// options, the message input's state, saved messages and geometry. Order of precedence: command line > saved > defaults.
namespace ClientSettings {

void load(ClientOptions *options);
void save(const ClientOptions &options);
// What the message input remembers: how it reads what is typed (hex, escapes, the line ending as
// TypedMessage's key) and what was sent before. MessageComposer loads and saves it, whole.
struct ComposerState
{
    bool hexMode = false;
    bool escapes = false;
    QString lineEnding;
    QStringList history;
};
ComposerState composer();
void saveComposer(const ComposerState &state);
// The saved messages, as SavedMessagesFile's JSON.
void saveSavedMessages(const QByteArray &json);
QByteArray savedMessages();
// Saved messages that could not be read (damaged, or from a newer udpchat), kept apart so that the
// next save does not overwrite them; returns the key they are kept under, to name it.
QString keepUnreadableSavedMessages(const QByteArray &json);
void restoreGeometry(QMainWindow *window);
void saveGeometry(const QMainWindow *window);

} // namespace ClientSettings
