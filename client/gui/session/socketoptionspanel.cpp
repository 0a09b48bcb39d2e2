// SPDX-License-Identifier: MIT
#include "socketoptionspanel.h"
#include "ui_socketoptionspanel.h"

#include "colors.h"
#include "defaults.h"
#include "helloclient.h"
#include "multicastinterfaces.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>

SocketOptionsPanel::SocketOptionsPanel(HelloClient *client, QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::SocketOptionsPanel)
    , m_client(client)
{
    m_ui->setupUi(this);  // ui/socketoptionspanel.ui: the button, and the fields on their own line under it
    describeFields();
    showOptions(m_client->socketOptions());
    // Folded until asked for: most sessions need none of it.
    m_ui->socketOptionsFields->setVisible(false);
    m_ui->localAddressEdit->setMinimumWidth(
        m_ui->localAddressEdit->fontMetrics().horizontalAdvance(QStringLiteral("255.255.255.255_")));
    connect(m_ui->socketOptionsToggle, &QToolButton::toggled, this, [this](bool open) {
        m_ui->socketOptionsFields->setVisible(open);
        m_ui->socketOptionsToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_ui->localAddressEdit, &QLineEdit::textChanged, this, &SocketOptionsPanel::apply);
    connect(m_ui->localPortSpin, &QSpinBox::valueChanged, this, &SocketOptionsPanel::apply);
    connect(m_ui->ttlSpin, &QSpinBox::valueChanged, this, &SocketOptionsPanel::apply);
    connect(m_ui->loopbackCheck, &QCheckBox::toggled, this, &SocketOptionsPanel::apply);
    connect(m_ui->interfaceCombo, &QComboBox::currentIndexChanged, this, &SocketOptionsPanel::apply);
}

SocketOptionsPanel::~SocketOptionsPanel() { delete m_ui; }

QList<QWidget *> SocketOptionsPanel::tabChain() const
{
    return {m_ui->socketOptionsToggle, m_ui->localAddressEdit, m_ui->localPortSpin, m_ui->ttlSpin,
            m_ui->loopbackCheck, m_ui->interfaceCombo};
}

void SocketOptionsPanel::describeFields()
{
    // What the form cannot say: the tooltips' shared last sentence, the TTL's range, the interfaces.
    const QString later = tr("Takes effect at the next session (New session).");
    m_ui->socketOptionsToggle->setToolTip(tr("Where this client sends from, and how it sends to a group. %1").arg(later));
    m_ui->localAddressEdit->setToolTip(tr("Send from this address of this computer; empty: the system picks. %1").arg(later));
    m_ui->localPortSpin->setToolTip(tr("Send from this UDP port; 0: the system picks. %1").arg(later));
    m_ui->ttlSpin->setRange(Defaults::MulticastTtl.min, Defaults::MulticastTtl.max);
    m_ui->ttlSpin->setToolTip(tr("How many routers a datagram to a group may cross (1: the local network only). %1").arg(later));
    m_ui->loopbackCheck->setToolTip(tr("Whether this computer hears its own datagrams to a group. %1").arg(later));
    m_ui->interfaceCombo->addItem(tr("any interface"), QString());
    for (const QString &name : MulticastInterfaces::names())
        m_ui->interfaceCombo->addItem(name, name);
    m_ui->interfaceCombo->setToolTip(tr("Where datagrams to a group leave this computer. %1").arg(later));
}

void SocketOptionsPanel::showOptions(const ClientSocketSetup::Options &o)
{
    m_ui->localAddressEdit->setText(o.localAddress.isNull() ? QString() : o.localAddress.toString());
    m_ui->localPortSpin->setValue(o.localPort);
    m_ui->ttlSpin->setValue(o.ttl);
    m_ui->loopbackCheck->setChecked(o.multicastLoopback);
    if (m_ui->interfaceCombo->findData(o.interfaceName) < 0)
        m_ui->interfaceCombo->addItem(o.interfaceName, o.interfaceName);  // given on the command line, gone since
    m_ui->interfaceCombo->setCurrentIndex(m_ui->interfaceCombo->findData(o.interfaceName));
}

ClientSocketSetup::Options SocketOptionsPanel::options() const
{
    ClientSocketSetup::Options o;
    o.localAddress = QHostAddress(m_ui->localAddressEdit->text().trimmed());  // not an address: null, the system picks
    o.localPort = quint16(m_ui->localPortSpin->value());
    o.anySender = m_client->anySender();
    o.ttl = m_ui->ttlSpin->value();
    o.multicastLoopback = m_ui->loopbackCheck->isChecked();
    o.interfaceName = m_ui->interfaceCombo->currentData().toString();
    return o;
}

void SocketOptionsPanel::apply()
{
    const bool usable = m_ui->localAddressEdit->text().trimmed().isEmpty() || !QHostAddress(m_ui->localAddressEdit->text().trimmed()).isNull();
    // A half-typed address is not sent from: it is marked, and the last usable one stays.
    m_ui->localAddressEdit->setStyleSheet(usable ? QString()
                                    : QStringLiteral("QLineEdit { color: %1; }").arg(Colors::errorText(palette()).name()));
    if (usable)
        m_client->setSocketOptions(options());
}
