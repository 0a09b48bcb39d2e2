// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Loads udpchat's translation (built into the binary) and Qt's own for the language: the
// system's when language is empty, else "en", "zh_CN"... Returns the language in use.
QString installTranslations(const QString &language);
