// SPDX-License-Identifier: MIT
// Both windows in English, then in Chinese: no two mnemonics clash in one window (or one menu),
// and under zh_CN no English is left in any widget, menu, tooltip, dialog or the tour.
#include "clientwindow.h"
#include "helloserver.h"
#include "serverengine.h"
#include "serverwindow.h"
#include "tourdialog.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QUdpSocket>
#include <QtTest>

#include "widgettestutil.h"

class TestI18n : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void mnemonicsEnglish() { checkMnemonics(); }
    void chineseEverywhere();  // last: it installs the Chinese translators for the process

private:
    void checkMnemonics();
    void openWindows();
    void closeWindows();
    std::unique_ptr<ServerWindow> m_server;
    std::unique_ptr<ClientWindow> m_client;
};

namespace {
QChar mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) != QLatin1Char('&'))
                return text.at(i + 1).toLower();
            ++i;
        }
    }
    return {};
}

// Every mnemonic a window offers at once: its menu bar, its buttons, check boxes and buddy labels.
QStringList clashes(QMainWindow *window)
{
    QStringList problems;
    QHash<QChar, QString> taken;
    const auto take = [&](const QString &scope, const QString &text, QHash<QChar, QString> *in) {
        const QChar key = mnemonic(text);
        if (key.isNull())
            return;
        if (in->contains(key))
            problems << QStringLiteral("%1: Alt+%2 in '%3' and '%4'").arg(scope, key, in->value(key), text);
        in->insert(key, text);
    };
    const QString title = window->objectName();
    for (QAction *menu : window->menuBar()->actions())
        take(title, menu->text(), &taken);
    // The docks (the client's saved messages) are in the window too: Alt+letter reaches them.
    QList<QWidget *> widgets = window->centralWidget()->findChildren<QWidget *>();
    for (QDockWidget *dock : window->findChildren<QDockWidget *>())
        widgets += dock->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            take(title, button->text(), &taken);
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            take(title, label->text(), &taken);
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            take(title, box->title(), &taken);
    }
    for (QMenu *menu : window->findChildren<QMenu *>()) {
        QHash<QChar, QString> inMenu;
        for (QAction *action : menu->actions())
            take(menu->title(), action->text(), &inMenu);
    }
    return problems;
}

// What is left once addresses, numbers, protocol bytes and names are taken out.
QStringList englishWords(QString text)
{
    static const QRegularExpression markup(QStringLiteral("<[^>]*>|&[a-z]+;|\\(&.\\)|&(?=\\S)"));
    static const QRegularExpression allowed(QStringLiteral(
        // Command lines the user types as they are: udpchat-server --join 239.255.0.1, sysctl net.core.rmem_max.
        "\\budpchat-(server|client)\\b|(?<![\\w-])--[a-z][a-z-]*|\\bnet\\.core\\.rmem_max\\b|"
        "\\b(udpchat|UDP|TCP|IPv4|IPv6|IP|TTL|RFC|Hello|Good|bye|exit|name|JSON|Lines|CSV|LF|CR|CRLF|ms|Ctrl|Shift|Alt|Return|"
        "Enter|Client1|Client2|Alice|Bob|localhost|eth0|auto|Tab|F1|MiB|KiB|bytes?|pcapng|Wireshark)\\b|0x[0-9a-fA-F]+|"
        "\\b[0-9a-fA-F]{2}\\b|[0-9.:]+|\\b[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}\\b|\\*\\.\\w+|"
        // What the user types literally: reply-text macros and escapes.
        "\\{(payload|sender|size|counter|time|seq)\\}|\\\\x[0-9A-Fa-fN]{2}|"
        // Encodings by their names: utf-8, gb18030, utf-16le, iso-8859-1.
        "\\b(utf-8|utf-16le|utf-16be|gb18030|iso-8859-1)\\b"));
    text.remove(markup);
    text.remove(allowed);
    QStringList words;
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    for (auto it = word.globalMatch(text); it.hasNext();)
        words << it.next().captured();
    return words;
}

QStringList visibleStrings(QWidget *window)
{
    QStringList strings{window->windowTitle()};
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *w : widgets) {
        strings << w->toolTip() << w->accessibleName() << w->accessibleDescription();
        if (auto *label = qobject_cast<QLabel *>(w))
            strings << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            strings << button->text();
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            strings << edit->placeholderText();
        if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            strings << text->placeholderText() << text->toPlainText();
        if (auto *spin = qobject_cast<QSpinBox *>(w))
            strings << spin->suffix() << spin->prefix() << spin->specialValueText();
        if (auto *box = qobject_cast<QGroupBox *>(w))
            strings << box->title();
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            for (int column = 0; column < view->model()->columnCount(); ++column)
                strings << view->model()->headerData(column, Qt::Horizontal).toString();
            for (int row = 0; row < view->model()->rowCount(); ++row)
                strings << view->model()->index(row, 0).data().toString();
        }
    }
    for (QAction *action : window->findChildren<QAction *>())
        strings << action->text() << action->toolTip();
    for (QMenu *menu : window->findChildren<QMenu *>())
        strings << menu->title();
    return strings;
}
} // namespace

void TestI18n::openWindows()
{
    ServerOptions serverOptions;
    serverOptions.port = 0;
    m_server = std::make_unique<ServerWindow>(serverOptions);
    m_server->show();
    ClientOptions clientOptions;
    clientOptions.port = m_server->server()->port();
    m_client = std::make_unique<ClientWindow>(clientOptions);
    m_client->show();
    QTRY_COMPARE(m_client->client()->state(), HelloClient::State::Ready);
    child<QCheckBox>(m_client.get(), "conditionsCheck")->setChecked(true);  // its mnemonics count too
}

void TestI18n::closeWindows()
{
    m_client.reset();
    m_server.reset();
}

void TestI18n::checkMnemonics()
{
    openWindows();
    QStringList problems = clashes(m_server.get()) + clashes(m_client.get());
    // The server's button while stopped says Listen, with its own letter.
    m_server->stopListening();
    problems += clashes(m_server.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // The conditions' labels have mnemonics of their own.
    for (QLabel *label : m_client->findChild<QWidget *>(QStringLiteral("conditionsFrame"))->findChildren<QLabel *>()) {
        if (label->buddy())
            QVERIFY2(!mnemonic(label->text()).isNull(), qPrintable(label->text()));
    }
    closeWindows();
}

void TestI18n::chineseEverywhere()
{
    QCOMPARE(installTranslations(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    checkMnemonics();
    openWindows();
    // A datagram in the log, selected in the inspector, and a reply in the conversation.
    auto *input = child<QLineEdit>(m_client.get(), "messageEdit");
    input->setText(QStringLiteral("Alice"));
    QTest::keyClick(input, Qt::Key_Return);
    auto *log = child<QTableView>(m_server.get(), "logView");
    QTRY_COMPARE(log->model()->rowCount(), 1);
    log->selectRow(0);
    QStringList strings = visibleStrings(m_server.get()) + visibleStrings(m_client.get());
    m_client->findChild<QAction *>(QStringLiteral("actionTour"))->trigger();
    auto *tour = m_client->findChild<TourDialog *>();
    QVERIFY(tour);
    for (int step = 0; step < tour->stepCount(); ++step) {
        tour->showStep(step);
        strings << visibleStrings(tour);
    }
    QVERIFY2(strings.size() > 200, qPrintable(QString::number(strings.size())));
    QVERIFY(!englishWords(QStringLiteral("&Send")).isEmpty());  // the check itself sees English
    QStringList english;
    for (const QString &s : std::as_const(strings)) {
        const QStringList words = englishWords(s);
        if (!words.isEmpty())
            english << QStringLiteral("%1   [%2]").arg(s.left(120), words.join(QLatin1Char(' ')));
    }
    english.removeDuplicates();
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("English left under zh_CN:\n") + english.join(QLatin1Char('\n'))));
    closeWindows();
}

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
