// SPDX-License-Identifier: MIT
#pragma once

// A server window listening on a free loopback port and a client window in a session with it,
// offscreen: the fixture the window tests share (tst_windows, tst_windowproblems, tst_usability,
// tst_serverusability).

#include "clientwindow.h"
#include "conversationmodel.h"
#include "helloserver.h"
#include "serverwindow.h"
#include "widgettestutil.h"

#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

// Opens both windows and waits for the client's session; a failed check fails the test. The
// caller deletes them (client first).
inline void openWindowPair(ServerWindow **server, ClientWindow **client)
{
    ServerOptions serverOptions;
    serverOptions.port = 0;
    *server = new ServerWindow(serverOptions);
    (*server)->show();
    QVERIFY((*server)->server()->isListening());
    ClientOptions clientOptions;
    clientOptions.port = (*server)->server()->port();
    *client = new ClientWindow(clientOptions);
    (*client)->show();
    QVERIFY(QTest::qWaitForWindowExposed(*client));
    QTRY_COMPARE((*client)->client()->state(), HelloClient::State::Ready);
}

// The conversation's entries as shown, oldest first.
inline QStringList conversationTexts(const ClientWindow *client)
{
    QStringList texts;
    const ConversationModel *c = client->conversation();
    for (int row = 0; row < c->rowCount(); ++row)
        texts << c->index(row).data().toString();
    return texts;
}

// Types text into the client's input (replacing what was there) and clicks Send.
inline void typeAndSend(ClientWindow *client, const QString &text)
{
    auto *edit = child<QLineEdit>(client, "messageEdit");
    edit->clear();
    QTest::keyClicks(edit, text);
    QTest::mouseClick(child<QPushButton>(client, "sendButton"), Qt::LeftButton);
}
