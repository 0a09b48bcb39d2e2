// SPDX-License-Identifier: MIT
#pragma once

#include <QSpinBox>

// A spin box of bytes that reads and writes sizes as people do: 4 MiB, 64 KiB, 2304 bytes (and
// accepts 64k, 1.5M, 2g). Its minimum is its special value (setSpecialValueText), reached also
// by an empty field. The arrows double and halve, as buffer sizes go; from the special value
// they step from what it stands for (setSpecialValueBytes).
class ByteSizeSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    explicit ByteSizeSpinBox(QWidget *parent = nullptr);

    // An exact size in the largest unit that divides it: "8 MiB", "416 KiB", "2,304 bytes".
    static QString sizeText(qint64 bytes);
    // In bytes whatever the size: "8,388,608 bytes", "1 byte".
    static QString bytesText(qint64 bytes);
    // Reads "64 KiB", "64k", "1.5 MiB", "4096", "4096 bytes"; false for anything else.
    static bool parseSize(const QString &text, qint64 *bytes);

    // The bytes the special value stands for, where the arrows start from; 0: from the minimum.
    void setSpecialValueBytes(int bytes) { m_specialValueBytes = bytes; }

    void stepBy(int steps) override;
    QValidator::State validate(QString &input, int &pos) const override;

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString &text) const override;

private:
    bool isSpecial(const QString &text) const;

    int m_specialValueBytes = 0;
};
