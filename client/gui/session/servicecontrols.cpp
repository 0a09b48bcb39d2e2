// SPDX-License-Identifier: MIT
#include "servicecontrols.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

QList<QWidget *> ServiceControls::tabChain() const { return {m_expect, m_answerer, m_encoding}; }

ServiceControls::ServiceControls(QWidget *parent)
    : QWidget(parent)
    , m_expect(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_answerer(new QComboBox(this))
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
    auto *answererLabel = new QLabel(tr("Who ma&y answer:"), this);
    answererLabel->setBuddy(m_answerer);
    m_answerer->setObjectName(QStringLiteral("answererCombo"));
    m_answerer->setAccessibleName(tr("Who may answer"));
    m_answerer->addItem(tr("the server only"), false);
    m_answerer->addItem(tr("anyone"), true);
    m_answerer->setToolTip(tr("The server only: other senders never reach this window, and a closed port is "
                              "reported. Anyone: every reply shows its sender (a group or a broadcast address "
                              "always lets anyone answer). From the next session."));
    // Narrow enough for the window's usual width: the long reply kinds are elided (the list shows
    // them whole), not a wider window.
    m_expect->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_expect->setMinimumContentsLength(10);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(expectLabel);
    layout->addWidget(m_expect, 1);
    layout->addWidget(answererLabel);
    layout->addWidget(m_answerer);
    layout->addWidget(encodingLabel);
    layout->addWidget(m_encoding);
    connect(m_expect, &QComboBox::currentIndexChanged, this, [this] { emit expectChanged(expect()); });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] { emit encodingChanged(encoding()); });
    connect(m_answerer, &QComboBox::currentIndexChanged, this, [this] { emit anySenderChanged(anySender()); });
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

void ServiceControls::setAnySender(bool any) { m_answerer->setCurrentIndex(any ? 1 : 0); }

bool ServiceControls::anySender() const { return m_answerer->currentData().toBool(); }
