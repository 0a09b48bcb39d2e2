// SPDX-License-Identifier: MIT
// BuddyNames: a field introduced by a label is named after it without mnemonic or colon, in
// English and Chinese; a field with a name of its own keeps it.
#include "buddynames.h"

#include <QLabel>
#include <QLineEdit>
#include <QtTest>

class TestBuddyNames : public QObject
{
    Q_OBJECT

private slots:
    void named_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("name");
        QTest::newRow("english") << QStringLiteral("P&ort:") << QStringLiteral("Port");
        QTest::newRow("chinese") << QStringLiteral("端口(&O)：") << QStringLiteral("端口");
        QTest::newRow("ampersand") << QStringLiteral("Save && &quit:") << QStringLiteral("Save & quit");
        QTest::newRow("no colon") << QStringLiteral("&Timeout") << QStringLiteral("Timeout");
    }
    void named()
    {
        QFETCH(QString, label);
        QFETCH(QString, name);
        QWidget window;
        auto *text = new QLabel(label, &window);
        auto *field = new QLineEdit(&window);
        text->setBuddy(field);
        BuddyNames::apply(&window);
        QCOMPARE(field->accessibleName(), name);
    }
    void ownNameKept()
    {
        QWidget window;
        auto *text = new QLabel(QStringLiteral("Ser&ver:"), &window);
        auto *field = new QLineEdit(&window);
        field->setAccessibleName(QStringLiteral("Server address"));
        text->setBuddy(field);
        BuddyNames::apply(&window);
        QCOMPARE(field->accessibleName(), QStringLiteral("Server address"));
    }
};

QTEST_MAIN(TestBuddyNames)
#include "tst_buddynames.moc"
