// SPDX-License-Identifier: MIT
#include "groupspanel.h"

#include "helloserver.h"
#include "multicastinterfaces.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QPushButton>
#include <QVBoxLayout>

GroupsPanel::GroupsPanel(HelloServer *server, QMainWindow *window)
    : QDockWidget(tr("Multicast groups"), window)
    , m_server(server)
    , m_list(new QListWidget(this))
    , m_group(new QLineEdit(this))
    , m_interface(new QComboBox(this))
    , m_join(new QPushButton(tr("&Join"), this))
    , m_leave(new QPushButton(tr("Lea&ve"), this))
{
    setObjectName(QStringLiteral("groupsDock"));
    toggleViewAction()->setText(tr("Multicast &groups"));
    m_list->setObjectName(QStringLiteral("groupsList"));
    m_list->setAccessibleName(tr("Groups joined when listening"));
    m_group->setObjectName(QStringLiteral("groupEdit"));
    m_group->setPlaceholderText(tr("such as 239.255.0.1 or ff12::2115"));
    m_interface->setObjectName(QStringLiteral("groupInterfaceCombo"));
    m_interface->addItem(tr("every interface"), QString());
    for (const QString &name : MulticastInterfaces::names())
        m_interface->addItem(name, name);
    m_join->setObjectName(QStringLiteral("joinButton"));
    m_leave->setObjectName(QStringLiteral("leaveButton"));
    m_join->setToolTip(tr("Joined when the server starts listening; it then listens on 0.0.0.0 (IPv4 groups) "
                          "or :: (IPv6 groups), sharing the port with other servers on this computer"));

    auto *form = new QFormLayout;
    auto *groupLabel = new QLabel(tr("&Group:"), this);
    groupLabel->setBuddy(m_group);
    auto *interfaceLabel = new QLabel(tr("I&nterface:"), this);
    interfaceLabel->setBuddy(m_interface);
    form->addRow(groupLabel, m_group);
    form->addRow(interfaceLabel, m_interface);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_join);
    buttons->addWidget(m_leave);
    buttons->addStretch();
    // Below the log, the list beside the form: the log and peers keep the window's width.
    auto *content = new QWidget(this);
    auto *layout = new QHBoxLayout(content);
    auto *side = new QVBoxLayout;
    side->addLayout(form);
    side->addLayout(buttons);
    side->addStretch();
    m_list->setMaximumHeight(5 * m_list->fontMetrics().lineSpacing());
    layout->addWidget(m_list, 1);
    layout->addLayout(side, 1);
    setWidget(content);
    window->addDockWidget(Qt::BottomDockWidgetArea, this);

    connect(m_join, &QPushButton::clicked, this, &GroupsPanel::join);
    connect(m_group, &QLineEdit::returnPressed, this, &GroupsPanel::join);
    connect(m_leave, &QPushButton::clicked, this, &GroupsPanel::leave);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { setEditable(!m_server->isListening()); });
    connect(server, &HelloServer::listeningChanged, this, [this](bool listening) { setEditable(!listening); });
    showGroups();
    setEditable(!server->isListening());
    setVisible(!server->multicastGroups().isEmpty());  // Edit > Multicast groups shows it
}

void GroupsPanel::join()
{
    const QList<MulticastGroup> joined = m_server->multicastGroups();
    const QString interfaceName = m_interface->currentData().toString();
    const QString why = MulticastMembership::addProblem(m_group->text(), interfaceName, joined);
    if (!why.isEmpty()) {
        emit errorOccurred(why);
        m_group->setFocus();
        return;
    }
    MulticastGroup group;
    MulticastGroup::parse(m_group->text(), &group);
    group.interfaceName = interfaceName;
    m_server->setMulticastGroups(joined + QList<MulticastGroup>{group});
    m_group->clear();
    showGroups();
}

void GroupsPanel::leave()
{
    QList<MulticastGroup> groups = m_server->multicastGroups();
    const int row = m_list->currentRow();
    if (row < 0 || row >= groups.size())
        return;
    groups.removeAt(row);
    m_server->setMulticastGroups(groups);
    showGroups();
}

void GroupsPanel::showGroups()
{
    m_list->clear();
    for (const MulticastGroup &group : m_server->multicastGroups())
        m_list->addItem(group.interfaceName.isEmpty() ? tr("%1 on every interface").arg(group.group.toString())
                                                      : group.toString());
    setEditable(!m_server->isListening());
}

void GroupsPanel::setEditable(bool editable)
{
    m_group->setEnabled(editable);
    m_interface->setEnabled(editable);
    m_join->setEnabled(editable);
    m_leave->setEnabled(editable && m_list->currentRow() >= 0);
    setToolTip(editable ? QString() : tr("Stop listening to change the groups"));
}
