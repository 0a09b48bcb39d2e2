// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Loads udpchat's translation (built into the binary) and Qt's own for the language: the
// system's when language is empty, else "en", "zh_CN"... Returns the language in use.
QString installTranslations(const QString &language);

// The language to use for --lang's value: "en" or "zh_CN" (Chinese in simplified characters, however
// spelt), empty for the system's. Anything else is "en", with a sentence for the user in *warning
// that names the languages there are.
QString checkedLanguage(const QString &asked, QString *warning);
