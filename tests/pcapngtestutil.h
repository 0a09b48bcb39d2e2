// SPDX-License-Identifier: MIT
#pragma once
// Reading pcapng files back in tests: the file's bytes and its little-endian words.
#include <QByteArray>
#include <QFile>
#include <QString>

inline QByteArray readWholeFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Byte by byte: GCC's bounds check under ASan mistakes an unaligned load for one from an empty array.
inline quint32 wordAt(const QByteArray &bytes, qsizetype at)
{
    return quint32(uchar(bytes.at(at))) | quint32(uchar(bytes.at(at + 1))) << 8
        | quint32(uchar(bytes.at(at + 2))) << 16 | quint32(uchar(bytes.at(at + 3))) << 24;
}
