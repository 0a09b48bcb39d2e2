// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// What this build is: the version, the Qt it runs on and the git revision it was built from.
// One text for --version and the About dialogs of both programs.
namespace BuildInfo {

QString version();      // "0.1.0"
QString gitRevision();  // abbreviated commit, or "unknown" outside a git checkout
// --version: "udpchat-server 0.1.0", then the Qt and git lines (plain text, English and stable
// for scripts: the first line is what QCommandLineParser's --version printed).
QString versionText(const QString &program);
// For an About dialog (rich text): version, Qt, revision, copyright and the licence.
QString aboutDetails();

}  // namespace BuildInfo
