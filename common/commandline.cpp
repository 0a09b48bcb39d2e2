// SPDX-License-Identifier: MIT
#include "commandline.h"

#include <QCoreApplication>

#include <cstring>
#include <initializer_list>

namespace CommandLine {

bool needsNoWindow(int argc, char *argv[], const char *extraFlag)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
        if (extraFlag && std::strcmp(argv[i], extraFlag) == 0)
            return true;
    }
    return false;
}

QCommandLineOption encodingOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("encoding")},
                              QCoreApplication::translate("CommandLine",
                                                          "How message bytes are read and typed as text: %1 "
                                                          "(default utf-8; gbk and gb2312 are gb18030).")
                                  .arg(TextEncoding::names().join(QStringLiteral(", "))),
                              QStringLiteral("name"), QStringLiteral("utf-8"));
}

bool parseEncoding(const QString &name, TextEncoding::Encoding *encoding, QString *error)
{
    if (!TextEncoding::fromName(name, encoding)) {
        *error = QCoreApplication::translate("CommandLine", "--encoding: '%1' is not an encoding: the encodings are %2.")
                     .arg(name, TextEncoding::names().join(QStringLiteral(", ")));
        return false;
    }
    if (!TextEncoding::isAvailable(*encoding)) {
        *error = QCoreApplication::translate("CommandLine", "--encoding: this system's Qt cannot convert %1 (it needs ICU).")
                     .arg(name);
        return false;
    }
    return true;
}

} // namespace CommandLine
