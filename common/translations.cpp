// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *app = QCoreApplication::instance();
    auto *udpchat = new QTranslator(app);
    // English is the source language: no file needed, and none found is not an error.
    // Any other language is shown in English, whose file holds its plural forms ("1 byte").
    if (udpchat->load(locale, QStringLiteral("udpchat"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || udpchat->load(QStringLiteral("udpchat_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(udpchat);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return locale.name();
}

QString checkedLanguage(const QString &asked, QString *warning)
{
    if (asked.isEmpty())
        return asked;
    const QLocale locale(asked);
    if (locale.language() == QLocale::English)
        return QStringLiteral("en");
    if (locale.language() == QLocale::Chinese && locale.script() == QLocale::SimplifiedHanScript)
        return QStringLiteral("zh_CN");
    *warning = QCoreApplication::translate("Translations", "--lang %1: there is no such language here; udpchat "
                                           "comes in en (English) and zh_CN (简体中文). Using English.")
                   .arg(asked);
    return QStringLiteral("en");
}
