// SPDX-License-Identifier: MIT
// Both programs with no display at all (no $DISPLAY, $WAYLAND_DISPLAY or $QT_QPA_PLATFORM): options
// are still checked and --help still works; a window that cannot open is said in one sentence.
#include "translations.h"

#include <QProcess>
#include <QtTest>

class TestNoDisplay : public QObject
{
    Q_OBJECT

private slots:
    void withoutDisplay_data();
    void withoutDisplay();
    void unreachableDisplay_data();
    void unreachableDisplay();
    void unknownLanguageFallsBackToEnglish_data();
    void unknownLanguageFallsBackToEnglish();
};

namespace {
struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, const QString &display = QString())
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    if (!display.isEmpty())
        env.insert(QStringLiteral("DISPLAY"), display);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + QStringLiteral("/udpchat-nodisplay-test"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run r;
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitCode();
    r.status = process.exitStatus();
    r.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    r.err = QString::fromLocal8Bit(process.readAllStandardError());
    return r;
}
} // namespace

void TestNoDisplay::withoutDisplay_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    const QString server = QStringLiteral(UDPCHAT_SERVER_BIN);
    const QString client = QStringLiteral(UDPCHAT_CLIENT_BIN);
    const QString noWindow = QStringLiteral("no window can open here");
    QTest::newRow("server bad port") << server << QStringList{QStringLiteral("--port"), QStringLiteral("99999")} << 1
                                     << QStringLiteral("--port: '99999'");
    QTest::newRow("client bad port") << client << QStringList{QStringLiteral("--port"), QStringLiteral("99999")} << 1
                                     << QStringLiteral("--port: '99999'");
    QTest::newRow("server help") << server << QStringList{QStringLiteral("--help")} << 0 << QString();
    QTest::newRow("client help") << client << QStringList{QStringLiteral("--help")} << 0 << QString();
    QTest::newRow("server window") << server << QStringList{QStringLiteral("--port"), QStringLiteral("0")} << 1 << noWindow;
    QTest::newRow("client window") << client << QStringList{} << 1 << noWindow;
    QTest::newRow("client demo") << client << QStringList{QStringLiteral("--demo")} << 1 << noWindow;
}

void TestNoDisplay::withoutDisplay()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const Run r = run(program, arguments);
    QCOMPARE(r.status, QProcess::NormalExit);  // never Qt's abort for a missing platform plugin
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(!r.err.contains(QStringLiteral("platform plugin")), qPrintable(r.err));
    if (exitCode == 0) {
        QVERIFY2(r.out.contains(QStringLiteral("--port")), qPrintable(r.out));
        return;
    }
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);  // one sentence, one line
    if (says.startsWith(QStringLiteral("no window")))
        QVERIFY2(r.err.contains(QStringLiteral("udpchat-server --headless")), qPrintable(r.err));
}

void TestNoDisplay::unreachableDisplay_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("server") << QStringLiteral(UDPCHAT_SERVER_BIN) << QStringList{QStringLiteral("--port"), QStringLiteral("0")};
    QTest::newRow("client") << QStringLiteral(UDPCHAT_CLIENT_BIN) << QStringList{};
}

// $DISPLAY names an X server that is not there (gone, or mistyped): one sentence and exit 1, not
// Qt's abort advising a reinstall.
void TestNoDisplay::unreachableDisplay()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    int number = 4000;
    while (QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(number)) && number < 4100)
        ++number;
    const Run r = run(program, arguments, QStringLiteral(":%1").arg(number));
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no window can open here: the display could not be reached")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QFileInfo(program).fileName() + QStringLiteral(": no window")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("Reinstalling")), qPrintable(r.err));
}

void TestNoDisplay::unknownLanguageFallsBackToEnglish_data()
{
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("used");
    QTest::addColumn<bool>("warns");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("en") << true;
    QTest::newRow("xx") << QStringLiteral("xx") << QStringLiteral("en") << true;
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << QStringLiteral("en") << true;
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en") << false;
    QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("en") << false;
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN") << false;
    QTest::newRow("zh-CN") << QStringLiteral("zh-CN") << QStringLiteral("zh_CN") << false;
    QTest::newRow("zh") << QStringLiteral("zh") << QStringLiteral("zh_CN") << false;
    QTest::newRow("system") << QString() << QString() << false;
}

void TestNoDisplay::unknownLanguageFallsBackToEnglish()
{
    QFETCH(QString, asked);
    QFETCH(QString, used);
    QFETCH(bool, warns);
    QString warning;
    QCOMPARE(checkedLanguage(asked, &warning), used);
    QCOMPARE(!warning.isEmpty(), warns);
    if (warns) {
        QVERIFY2(warning.contains(QStringLiteral("zh_CN")) && warning.contains(QStringLiteral("en")), qPrintable(warning));
        // And the programs say it on stderr, then go on (here: to say no window can open).
        const Run r = run(QStringLiteral(UDPCHAT_SERVER_BIN), {QStringLiteral("--lang"), asked});
        QVERIFY2(r.err.contains(QStringLiteral("--lang ") + asked) && r.err.contains(QStringLiteral("no window")),
                 qPrintable(r.err));
    }
}

QTEST_GUILESS_MAIN(TestNoDisplay)
#include "tst_nodisplay.moc"
