// SPDX-License-Identifier: MIT
#include "receivebuffercontrol.h"

#include "bytesizespinbox.h"
#include "defaults.h"
#include "serverengine.h"

#include <QHBoxLayout>
#include <QLabel>

namespace {
// Rich text, so that a long tooltip wraps instead of running off the screen.
QString wrapped(const QString &text) { return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()); }
} // namespace

ReceiveBufferControl::ReceiveBufferControl(ServerEngine *server, int bytes, QWidget *parent)
    : QWidget(parent)
    , m_server(server)
    , m_spin(new ByteSizeSpinBox(this))
    , m_granted(new QLabel(this))
{
    auto *label = new QLabel(tr("Receive &buffer:"), this);
    label->setBuddy(m_spin);
    m_spin->setObjectName(QStringLiteral("receiveBufferSpin"));
    setFocusProxy(m_spin);  // where Tab and the label's mnemonic land
    m_spin->setAccessibleName(tr("Receive buffer"));
    // The command line's range (--recv-buffer), and below it the default.
    m_spin->setRange(Defaults::ReceiveBuffer.min - 1, Defaults::ReceiveBuffer.max);
    m_spin->setSpecialValueText(tr("default (%1)").arg(ByteSizeSpinBox::sizeText(Defaults::ServerReceiveBuffer)));
    m_spin->setSpecialValueBytes(Defaults::ServerReceiveBuffer);
    m_spin->setToolTip(wrapped(tr("Receive buffer to ask the system for when listening starts (--recv-buffer), from %1 "
                          "to %2, such as 64 KiB or 2 MiB; empty: the default, %3. The system doubles what is "
                          "asked, within its limits. A small buffer lets a burst overflow it: the status bar "
                          "counts what the system dropped.")
                           .arg(ByteSizeSpinBox::sizeText(Defaults::ReceiveBuffer.min),
                                ByteSizeSpinBox::sizeText(Defaults::ReceiveBuffer.max),
                                ByteSizeSpinBox::sizeText(Defaults::ServerReceiveBuffer))));
    m_granted->setObjectName(QStringLiteral("receiveBufferGrantedLabel"));
    // Room for a usual figure, so that the Listen button after it does not move under the mouse.
    m_granted->setMinimumWidth(m_granted->fontMetrics().horizontalAdvance(tr("granted %1").arg(QStringLiteral("8888 KiB"))));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_spin);
    layout->addWidget(m_granted);
    // Not apply(): reading the text again while it is typed would rewrite it under the cursor.
    connect(m_spin, &QSpinBox::valueChanged, server, &ServerEngine::setWantedReceiveBuffer);
    connect(server, &ServerEngine::listeningChanged, this, &ReceiveBufferControl::showListening);
    m_spin->setValue(bytes);
    apply();
    showListening(server->isListening());
}

int ReceiveBufferControl::bytes() const { return m_spin->value(); }

void ReceiveBufferControl::apply()
{
    m_spin->interpretText();
    m_server->setWantedReceiveBuffer(m_spin->value());
}

void ReceiveBufferControl::showListening(bool listening)
{
    m_spin->setEnabled(!listening);
    const int granted = m_server->receiveBufferSize();
    if (!listening || granted <= 0) {  // no socket, or a system that does not say
        m_granted->clear();
        m_granted->setToolTip(QString());
        return;
    }
    const int asked = m_server->wantedReceiveBuffer();
    m_granted->setText(tr("granted %1").arg(ByteSizeSpinBox::sizeText(granted)));
    // Grown to fit, never shrunk: the Listen button after it moves at most once.
    m_granted->setMinimumWidth(qMax(m_granted->minimumWidth(), m_granted->sizeHint().width()));
    QString tip = tr("The system granted %1 to the socket for %2 asked.")
                      .arg(ByteSizeSpinBox::bytesText(granted), ByteSizeSpinBox::bytesText(asked));
    // Linux keeps twice what is asked, within a floor and a ceiling of its own (8 MiB asked under
    // a 4 MiB ceiling gives 8 MiB: capped, though it looks granted as asked).
#ifdef Q_OS_LINUX
    const qint64 twice = 2 * qint64(asked);
    if (granted == twice)
        tip += QLatin1Char(' ') + tr("Linux doubles what is asked: the other half is for its own bookkeeping.");
    else if (granted > twice)
        tip += QLatin1Char(' ') + tr("More than asked: the smallest buffer the system gives.");
    else
        tip += QLatin1Char(' ') + tr("Less than Linux would give (twice what is asked): the system caps it at "
                                     "twice net.core.rmem_max.");
#else
    if (granted < asked)
        tip += QLatin1Char(' ') + tr("Less than asked: the system caps it.");
#endif
    m_granted->setToolTip(wrapped(tip));
}
