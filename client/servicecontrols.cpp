// SPDX-License-Identifier: MIT
#include "servicecontrols.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

ServiceControls::ServiceControls(QWidget *parent)
    : QWidget(parent)
    , m_expect(new QComboBox(this))
    , m_encoding(new QComboBox(this))
{
    auto *expectLabel = new QLabel(tr("Re&plies:"), this);
    expectLabel->setBuddy(m_expect);
    m_expect->setObjectName(QStringLiteral("expectCombo"));
    m_expect->setAccessibleName(tr("What counts as a reply"));
    m_expect->addItem(tr("hello: Hello <message>! answers it"), int(ReplyMatcher::Expect::Hello));
    m_expect->addItem(tr("any datagram answers the oldest message"), int(ReplyMatcher::Expect::Any));
    m_expect->setToolTip(tr("For a hello server, or for any other UDP service (an echo, a game, DNS...)"));
    auto *encodingLabel = new QLabel(tr("Encodin&g:"), this);
    encodingLabel->setBuddy(m_encoding);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->setAccessibleName(tr("Text encoding"));
    for (int i = 0; i < TextEncoding::names().size(); ++i)
        m_encoding->addItem(TextEncoding::names().at(i), i);
    m_encoding->setToolTip(tr("How typed text becomes bytes and bytes are shown as text; the hex view "
                              "always shows the bytes on the wire"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(expectLabel);
    layout->addWidget(m_expect, 1);
    layout->addWidget(encodingLabel);
    layout->addWidget(m_encoding);
    connect(m_expect, &QComboBox::currentIndexChanged, this, [this] { emit expectChanged(expect()); });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] { emit encodingChanged(encoding()); });
}

void ServiceControls::setExpect(ReplyMatcher::Expect expect)
{
    m_expect->setCurrentIndex(m_expect->findData(int(expect)));
}

ReplyMatcher::Expect ServiceControls::expect() const { return ReplyMatcher::Expect(m_expect->currentData().toInt()); }

void ServiceControls::setEncoding(TextEncoding::Encoding encoding)
{
    m_encoding->setCurrentIndex(m_encoding->findData(int(encoding)));
}

TextEncoding::Encoding ServiceControls::encoding() const
{
    return TextEncoding::Encoding(m_encoding->currentData().toInt());
}
