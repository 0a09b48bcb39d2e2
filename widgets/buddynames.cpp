// SPDX-License-Identifier: MIT
#include "buddynames.h"

#include <QLabel>
#include <QRegularExpression>

namespace {
QString plainName(QString text)
{
    // "(&O)" is how Chinese (and Japanese) labels carry their mnemonic: it goes whole.
    static const QRegularExpression bracketed(QStringLiteral("\\s*[(（]&[^&][)）]"));
    text.remove(bracketed);
    QString name;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('&'))
                name += QLatin1Char('&');  // "&&" is an ampersand
            ++i;
            if (i < text.size() && text[i] != QLatin1Char('&'))
                name += text[i];
            continue;
        }
        name += text[i];
    }
    name = name.trimmed();
    while (name.endsWith(QLatin1Char(':')) || name.endsWith(QChar(0xFF1A)))
        name.chop(1);
    return name.trimmed();
}
} // namespace

namespace BuddyNames {

void apply(QWidget *window)
{
    for (QLabel *label : window->findChildren<QLabel *>()) {
        QWidget *field = label->buddy();
        if (!field || !field->accessibleName().isEmpty())
            continue;
        const QString name = plainName(label->text());
        if (!name.isEmpty())
            field->setAccessibleName(name);
    }
}

} // namespace BuddyNames
