// SPDX-License-Identifier: MIT
#include "bytesizespinbox.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStyle>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;
constexpr qint64 GiB = 1024 * MiB;

struct Unit
{
    const char *name;
    qint64 bytes;
};
// What may follow the number, lower case: IEC units, their SI look-alikes (meant as the same by
// anyone typing a buffer size) and their first letters.
constexpr Unit Units[] = {
    {"b", 1},       {"byte", 1},     {"bytes", 1},   {"k", KiB},     {"kb", KiB},
    {"kib", KiB},   {"m", MiB},      {"mb", MiB},    {"mib", MiB},   {"g", GiB},
    {"gb", GiB},    {"gib", GiB},
};

// "bytes" as this language says it after one and after several: typed back, it must be read.
QStringList localBytesWords()
{
    QStringList words;
    for (int n : {1, 2}) {
        QString word = ByteSizeSpinBox::tr("%Ln byte(s)", nullptr, n);
        words << word.remove(QLocale().toString(n)).trimmed().toLower();
    }
    return words;
}

bool isNumberChar(QChar c, const QLocale &locale)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') || locale.groupSeparator() == c
        || locale.decimalPoint() == c;
}

// The number as the C locale reads it. '.' is a decimal point to everyone (1.5M); where it is also
// the locale's group separator (German: 2.304,5), it groups only ahead of exactly three digits, so
// what the field shows ("2.304 Bytes") still reads back.
QString plainNumber(QString number, const QLocale &locale)
{
    if (locale.groupSeparator() == QLatin1String(".")) {
        static const QRegularExpression grouping(QStringLiteral("\\.(?=\\d{3}(?!\\d))"));
        number.remove(grouping);
    } else {
        number.remove(locale.groupSeparator());
    }
    return number.replace(locale.decimalPoint(), QLatin1String("."));
}
} // namespace

ByteSizeSpinBox::ByteSizeSpinBox(QWidget *parent)
    : QSpinBox(parent)
{
}

QString ByteSizeSpinBox::sizeText(qint64 bytes)
{
    const QLocale locale;
    if (bytes > 0 && bytes % MiB == 0)
        return QStringLiteral("%1 MiB").arg(locale.toString(bytes / MiB));
    if (bytes > 0 && bytes % KiB == 0)
        return QStringLiteral("%1 KiB").arg(locale.toString(bytes / KiB));
    return bytesText(bytes);
}

QString ByteSizeSpinBox::bytesText(qint64 bytes)
{
    return tr("%Ln byte(s)", nullptr, int(std::clamp<qint64>(bytes, 0, std::numeric_limits<int>::max())));
}

bool ByteSizeSpinBox::parseSize(const QString &text, qint64 *bytes)
{
    const QLocale locale;
    const QString trimmed = text.trimmed();
    qsizetype split = 0;
    while (split < trimmed.size() && isNumberChar(trimmed.at(split), locale))
        ++split;
    const QString number = plainNumber(trimmed.left(split), locale);
    const QString unit = trimmed.mid(split).trimmed().toLower();
    bool ok = false;
    const double value = QLocale::c().toDouble(number, &ok);
    if (!ok || value < 0)
        return false;
    qint64 multiplier = 0;
    if (unit.isEmpty() || localBytesWords().contains(unit))
        multiplier = 1;
    for (const Unit &u : Units) {
        if (unit == QLatin1String(u.name))
            multiplier = u.bytes;
    }
    const double result = value * double(multiplier);
    if (multiplier == 0 || result > double(std::numeric_limits<int>::max()))
        return false;
    *bytes = std::llround(result);
    return true;
}

bool ByteSizeSpinBox::isSpecial(const QString &text) const
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() || trimmed.compare(specialValueText(), Qt::CaseInsensitive) == 0;
}

QString ByteSizeSpinBox::textFromValue(int value) const { return sizeText(value); }

int ByteSizeSpinBox::valueFromText(const QString &text) const
{
    qint64 bytes = 0;
    if (isSpecial(text) || !parseSize(text, &bytes))
        return minimum();
    return int(std::clamp<qint64>(bytes, minimum(), maximum()));
}

QValidator::State ByteSizeSpinBox::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos);
    if (isSpecial(input))
        return QValidator::Acceptable;
    qint64 bytes = 0;
    if (parseSize(input, &bytes))
        return bytes >= minimum() && bytes <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
    // On the way to something readable: part of the special text, or a number and part of a unit.
    if (specialValueText().startsWith(input.trimmed(), Qt::CaseInsensitive))
        return QValidator::Intermediate;
    const QLocale locale;
    const QString trimmed = input.trimmed();
    qsizetype split = 0;
    while (split < trimmed.size() && isNumberChar(trimmed.at(split), locale))
        ++split;
    const QString unit = trimmed.mid(split).trimmed().toLower();
    QStringList words = localBytesWords();
    for (const Unit &u : Units)
        words << QLatin1String(u.name);
    for (const QString &word : words) {
        if (word.startsWith(unit))
            return QValidator::Intermediate;
    }
    return QValidator::Invalid;
}

void ByteSizeSpinBox::stepBy(int steps)
{
    interpretText();  // what was typed is where the step starts
    qint64 bytes = value();
    if (bytes == minimum() && m_specialValueBytes > 0)
        bytes = m_specialValueBytes;
    // Doubling and halving through powers of two: 4 KiB, 8 KiB... from any size typed.
    // Bounded by the maximum: Ctrl+wheel asks for ten steps a notch, and doubling on past it
    // would overflow.
    for (; steps > 0 && bytes < maximum(); --steps) {
        qint64 next = 1;
        while (next <= bytes)
            next <<= 1;
        bytes = next;
    }
    for (; steps < 0 && bytes > minimum(); ++steps) {
        qint64 previous = 1;
        while (previous * 2 < bytes)
            previous <<= 1;
        bytes = bytes <= 1 ? minimum() : previous;
    }
    setValue(int(std::clamp<qint64>(bytes, minimum(), maximum())));
    if (style()->styleHint(QStyle::SH_SpinBox_SelectOnStep, nullptr, this))
        selectAll();
}
