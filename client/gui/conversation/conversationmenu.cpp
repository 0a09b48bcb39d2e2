// SPDX-License-Identifier: MIT
#include "conversationmenu.h"

#include "conversationmodel.h"
#include "displaytext.h"
#include "helloclient.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QListView>
#include <QMenu>

ConversationMenu::ConversationMenu(QListView *view, HelloClient *client)
    : QObject(view)
    , m_view(view)
    , m_client(client)
{
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ConversationMenu::show);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &ConversationMenu::retryAt);
}

void ConversationMenu::retryAt(const QModelIndex &index)
{
    const auto kind = ConversationModel::Kind(index.data(ConversationModel::KindRole).toInt());
    const auto status = ConversationModel::Status(index.data(ConversationModel::StatusRole).toInt());
    if (kind == ConversationModel::Kind::Sent && status == ConversationModel::Status::NoReply)
        m_client->retry(index.data(ConversationModel::MessageIdRole).toInt());
}

QString ConversationMenu::copyText(const QModelIndex &index, bool hex)
{
    using Kind = ConversationModel::Kind;
    const auto kind = Kind(index.data(ConversationModel::KindRole).toInt());
    if (kind != Kind::Sent && kind != Kind::Reply && kind != Kind::Unexpected)
        // A notice or a run: its text is all there is (a run's lines as plain line breaks).
        return index.data(Qt::DisplayRole).toString().replace(QChar::LineSeparator, QLatin1Char('\n'));
    const QByteArray bytes = index.data(ConversationModel::BytesRole).toByteArray();
    return hex ? DisplayText::hexBytes(bytes) : QString::fromUtf8(bytes);
}

void ConversationMenu::show(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    QMenu menu(m_view);
    const auto status = ConversationModel::Status(index.data(ConversationModel::StatusRole).toInt());
    if (status == ConversationModel::Status::NoReply)
        menu.addAction(tr("&Retry"), this, [this, index] { retryAt(index); });
    const bool hex = static_cast<const ConversationModel *>(index.model())->hexMode();
    menu.addAction(tr("&Copy"), this, [index, hex] { QGuiApplication::clipboard()->setText(copyText(index, hex)); });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}
