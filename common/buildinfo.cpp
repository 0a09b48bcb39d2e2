// SPDX-License-Identifier: MIT
#include "buildinfo.h"

#include "buildinfo_config.h"  // generated at configure time: UDPCHAT_GIT_REVISION

#include <QCoreApplication>
#include <QtGlobal>

namespace BuildInfo {

QString version() { return QStringLiteral(UDPCHAT_VERSION); }

QString gitRevision() { return QStringLiteral(UDPCHAT_GIT_REVISION); }

static QString qtText()
{
    const QString running = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    return running == built ? QStringLiteral("Qt %1").arg(running)
                            : QStringLiteral("Qt %1 (built with %2)").arg(running, built);
}

QString versionText(const QString &program)
{
    return QStringLiteral("%1 %2\n%3\ngit revision %4\n"
                          "Copyright (c) 2026 The udpchat developers. MIT License.\n")
        .arg(program, version(), qtText(), gitRevision());
}

QString aboutDetails()
{
    return QCoreApplication::translate("BuildInfo", "<p>Version %1, %2, git revision <tt>%3</tt>.</p>")
               .arg(version(), qtText(), gitRevision())
        + QCoreApplication::translate("BuildInfo",
                                      "<p>Copyright &copy; 2026 The udpchat developers.<br>"
                                      "Free software under the MIT License: use, copy, modify and share "
                                      "it; the licence comes with it (LICENSE, or "
                                      "/usr/share/doc/udpchat/copyright). There is NO WARRANTY.</p>");
}

}  // namespace BuildInfo
