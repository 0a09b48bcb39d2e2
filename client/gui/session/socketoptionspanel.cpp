// SPDX-License-Identifier: MIT
#include "socketoptionspanel.h"

#include "colors.h"
#include "helloclient.h"
#include "multicastinterfaces.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

SocketOptionsPanel::SocketOptionsPanel(HelloClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_toggle(new QToolButton(this))
    , m_fields(new QWidget(this))
    , m_address(new QLineEdit(m_fields))
    , m_port(new QSpinBox(m_fields))
    , m_ttl(new QSpinBox(m_fields))
    , m_loopback(new QCheckBox(tr("Multicast loopback"), m_fields))
    , m_interface(new QComboBox(m_fields))
{
    describeFields();
    showOptions(m_client->socketOptions());
    layOut();
    connect(m_toggle, &QToolButton::toggled, this, [this](bool open) {
        m_fields->setVisible(open);
        m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_address, &QLineEdit::textChanged, this, &SocketOptionsPanel::apply);
    connect(m_port, &QSpinBox::valueChanged, this, &SocketOptionsPanel::apply);
    connect(m_ttl, &QSpinBox::valueChanged, this, &SocketOptionsPanel::apply);
    connect(m_loopback, &QCheckBox::toggled, this, &SocketOptionsPanel::apply);
    connect(m_interface, &QComboBox::currentIndexChanged, this, &SocketOptionsPanel::apply);
}

void SocketOptionsPanel::describeFields()
{
    const QString later = tr("Takes effect at the next session (New session).");
    m_toggle->setObjectName(QStringLiteral("socketOptionsToggle"));
    m_toggle->setText(tr("Soc&ket options"));
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setCheckable(true);
    m_toggle->setToolTip(tr("Where this client sends from, and how it sends to a group. %1").arg(later));
    m_address->setObjectName(QStringLiteral("localAddressEdit"));
    m_address->setAccessibleName(tr("Local address"));
    m_address->setPlaceholderText(tr("system picks"));
    m_address->setToolTip(tr("Send from this address of this computer; empty: the system picks. %1").arg(later));
    m_port->setObjectName(QStringLiteral("localPortSpin"));
    m_port->setAccessibleName(tr("Local port"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("system picks"));
    m_port->setToolTip(tr("Send from this UDP port; 0: the system picks. %1").arg(later));
    m_ttl->setObjectName(QStringLiteral("ttlSpin"));
    m_ttl->setAccessibleName(tr("TTL"));
    m_ttl->setRange(Defaults::MulticastTtl.min, Defaults::MulticastTtl.max);
    m_ttl->setToolTip(tr("How many routers a datagram to a group may cross (1: the local network only). %1").arg(later));
    m_loopback->setObjectName(QStringLiteral("loopbackCheck"));
    m_loopback->setToolTip(tr("Whether this computer hears its own datagrams to a group. %1").arg(later));
    m_interface->setObjectName(QStringLiteral("interfaceCombo"));
    m_interface->setAccessibleName(tr("Outgoing interface"));
    m_interface->addItem(tr("any interface"), QString());
    for (const QString &name : MulticastInterfaces::names())
        m_interface->addItem(name, name);
    m_interface->setToolTip(tr("Where datagrams to a group leave this computer. %1").arg(later));
}

void SocketOptionsPanel::showOptions(const ClientSocketSetup::Options &o)
{
    m_address->setText(o.localAddress.isNull() ? QString() : o.localAddress.toString());
    m_port->setValue(o.localPort);
    m_ttl->setValue(o.ttl);
    m_loopback->setChecked(o.multicastLoopback);
    if (m_interface->findData(o.interfaceName) < 0)
        m_interface->addItem(o.interfaceName, o.interfaceName);  // given on the command line, gone since
    m_interface->setCurrentIndex(m_interface->findData(o.interfaceName));
}

void SocketOptionsPanel::layOut()
{
    auto *fields = new QHBoxLayout(m_fields);
    fields->setContentsMargins(0, 0, 0, 0);
    fields->addWidget(new QLabel(tr("From:"), m_fields));
    fields->addWidget(m_address, 1);
    fields->addWidget(m_port);
    fields->addWidget(new QLabel(tr("TTL:"), m_fields));
    fields->addWidget(m_ttl);
    fields->addWidget(m_loopback);
    fields->addWidget(m_interface);
    m_fields->setVisible(false);
    // The fields on their own line under the button: beside it they would squeeze the address.
    m_address->setMinimumWidth(m_address->fontMetrics().horizontalAdvance(QStringLiteral("255.255.255.255_")));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_fields);
}

ClientSocketSetup::Options SocketOptionsPanel::options() const
{
    ClientSocketSetup::Options o;
    o.localAddress = QHostAddress(m_address->text().trimmed());  // not an address: null, the system picks
    o.localPort = quint16(m_port->value());
    o.anySender = m_client->anySender();
    o.ttl = m_ttl->value();
    o.multicastLoopback = m_loopback->isChecked();
    o.interfaceName = m_interface->currentData().toString();
    return o;
}

void SocketOptionsPanel::apply()
{
    const bool usable = m_address->text().trimmed().isEmpty() || !QHostAddress(m_address->text().trimmed()).isNull();
    // A half-typed address is not sent from: it is marked, and the last usable one stays.
    m_address->setStyleSheet(usable ? QString()
                                    : QStringLiteral("QLineEdit { color: %1; }").arg(Colors::errorText(palette()).name()));
    if (usable)
        m_client->setSocketOptions(options());
}
