// SPDX-License-Identifier: MIT
#include "groupspanel.h"
#include "ui_groupspanel.h"

#include "serverengine.h"
#include "multicastinterfaces.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QPushButton>

GroupsPanel::GroupsPanel(ServerEngine *server, QMainWindow *window)
    : QDockWidget(tr("Multicast groups"), window)
    , m_ui(new Ui::GroupsPanel)
    , m_server(server)
{
    setObjectName(QStringLiteral("groupsDock"));
    toggleViewAction()->setText(tr("Multicast &groups"));
    // ui/groupspanel.ui: below the log, the list beside the form, so that the log and the peers
    // keep the window's width.
    auto *content = new QWidget(this);
    m_ui->setupUi(content);
    m_ui->groupInterfaceCombo->addItem(tr("every interface"), QString());
    for (const QString &name : MulticastInterfaces::names())
        m_ui->groupInterfaceCombo->addItem(name, name);
    m_ui->groupsList->setMaximumHeight(5 * m_ui->groupsList->fontMetrics().lineSpacing());
    // Said where the greyed-out form is, not only in a tooltip nobody hovers.
    m_whyLocked = new QLabel(tr("Stop listening to change the groups: joining one changes the address the "
                                "server listens on."), content);
    m_whyLocked->setObjectName(QStringLiteral("groupsLockedLabel"));
    m_whyLocked->setWordWrap(true);
    m_ui->sideLayout->insertWidget(0, m_whyLocked);
    setWidget(content);
    window->addDockWidget(Qt::BottomDockWidgetArea, this);

    connect(m_ui->joinButton, &QPushButton::clicked, this, &GroupsPanel::join);
    connect(m_ui->groupEdit, &QLineEdit::returnPressed, this, &GroupsPanel::join);
    connect(m_ui->leaveButton, &QPushButton::clicked, this, &GroupsPanel::leave);
    connect(m_ui->groupsList, &QListWidget::currentRowChanged, this, [this] { setEditable(!m_server->isListening()); });
    connect(server, &ServerEngine::listeningChanged, this, [this](bool listening) { setEditable(!listening); });
    showGroups();
    setEditable(!server->isListening());
    setVisible(!server->multicastGroups().isEmpty());  // Edit > Multicast groups shows it
}

GroupsPanel::~GroupsPanel() { delete m_ui; }

void GroupsPanel::join()
{
    const QList<MulticastGroup> joined = m_server->multicastGroups();
    const QString interfaceName = m_ui->groupInterfaceCombo->currentData().toString();
    const QString why = MulticastMembership::addProblem(m_ui->groupEdit->text(), interfaceName, joined);
    if (!why.isEmpty()) {
        emit errorOccurred(why);
        m_ui->groupEdit->setFocus();
        return;
    }
    MulticastGroup group;
    MulticastGroup::parse(m_ui->groupEdit->text(), &group);
    group.interfaceName = interfaceName;
    m_server->setMulticastGroups(joined + QList<MulticastGroup>{group});
    m_ui->groupEdit->clear();
    showGroups();
}

void GroupsPanel::leave()
{
    QList<MulticastGroup> groups = m_server->multicastGroups();
    const int row = m_ui->groupsList->currentRow();
    if (row < 0 || row >= groups.size())
        return;
    groups.removeAt(row);
    m_server->setMulticastGroups(groups);
    showGroups();
}

void GroupsPanel::showGroups()
{
    m_ui->groupsList->clear();
    for (const MulticastGroup &group : m_server->multicastGroups())
        m_ui->groupsList->addItem(group.interfaceName.isEmpty() ? tr("%1 on every interface").arg(group.group.toString())
                                                      : group.toString());
    setEditable(!m_server->isListening());
}

void GroupsPanel::setEditable(bool editable)
{
    m_ui->groupEdit->setEnabled(editable);
    m_ui->groupInterfaceCombo->setEnabled(editable);
    m_ui->joinButton->setEnabled(editable);
    m_ui->leaveButton->setEnabled(editable && m_ui->groupsList->currentRow() >= 0);
    setToolTip(editable ? QString() : tr("Stop listening to change the groups"));
    m_whyLocked->setVisible(!editable);
}
