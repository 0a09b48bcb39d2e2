// SPDX-License-Identifier: MIT
#include "tourdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace {
// About 60 Latin characters a line: readable, and wide enough for the longest Chinese step.
constexpr int TextWidthInChars = 70;
}

// One page a step: each does one thing in the windows and says what UDP did.
QStringList TourDialog::steps(const QString &serverEndpoint)
{
    return {
        tr("<h3>1. Start the server</h3><p>Open the udpchat server window (the <b>udpchat server</b> "
           "application). This client sends to %1: the server must listen there. There is no connection "
           "to accept: it simply waits for datagrams, and answers each one as it comes.</p>")
            .arg(serverEndpoint.toHtmlEscaped()),
        tr("<h3>2. Send a name</h3><p>Type your name and click <b>Send</b>. One datagram carries your bytes, "
           "behind an 8-byte UDP header: source port, destination port, length, checksum. The server "
           "answers <tt>Hello &lt;name&gt;!</tt>, and its log shows your address and source port. Select the "
           "row to see the header as it was on the wire.</p>"),
        tr("<h3>3. A second client</h3><p><b>Session &gt; New window</b> opens another client. Send from it: "
           "the server's log and peers show another port. Each socket is a sender of its own; one server "
           "serves them all, with one socket.</p>"),
        tr("<h3>4. Send exit</h3><p>Send <tt>exit</tt>: the server answers <tt>Good bye!</tt> and the "
           "session is over. <b>New session</b> opens a new socket, with a new source port.</p>"),
        tr("<h3>5. Lose a datagram</h3><p>Tick <b>Network conditions</b>, set <b>Drop received</b> to 50 %, "
           "and send a few names: some replies never come (<i>no reply</i>). UDP does not retry, order or "
           "de-duplicate; double-click a message to send it again. Try <b>Duplicate</b> and "
           "<b>Reorder</b> too.</p>"),
        tr("<h3>6. One datagram, many servers</h3><p>Start two servers on one port, both joined to a multicast "
           "group: <tt>udpchat-server --port 7000 --join 239.255.0.1</tt>, twice (on two computers, or one). "
           "Here, set the server to 239.255.0.1 and the port to 7000, and send once: the group is not a "
           "server, so anyone may answer, and two replies come back, each naming its server, with its own "
           "round trip; the message says <i>answered by 2 servers</i>, and <b>Responders</b> lists who "
           "answered. Select the row in a server's log: the inspector shows it was sent <i>to group "
           "239.255.0.1</i>, not to either server. On one computer both servers answer from the same "
           "address and port, so the second reply looks like a copy (a duplicate): UDP cannot tell them "
           "apart either. TCP cannot do this at all: a connection has exactly two ends.</p>"),
        tr("<h3>7. Lose datagrams for real</h3><p>Start a server with a small receive buffer: "
           "<tt>udpchat-server --recv-buffer 2048</tt> (add <tt>--headless</tt> for no window). Here, tick "
           "<b>Measured runs</b>, choose <b>at a rate of</b> 50,000 datagrams/s and click <b>Start</b>. "
           "Datagrams arrive faster than the server reads them; what its buffer cannot hold, the system "
           "drops. The server counts them (<i>dropped by the system</i>, in its status bar or when it "
           "exits), and this run counts the same datagrams as lost. Nothing here is simulated.</p>"),
    };
}

TourDialog::TourDialog(const QString &serverEndpoint, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("A tour of UDP"));
    m_steps = steps(serverEndpoint);
    m_counter = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("tourText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *buttons = new QDialogButtonBox(this);
    m_back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    m_next = buttons->addButton(tr("&Next"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_back, &QPushButton::clicked, this, [this] { showStep(m_step - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showStep(m_step + 1); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counter);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    // The dialog never shrinks below what its text needs.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    fitText();
    showStep(0);
}

void TourDialog::fitText()
{
    // A comfortable line, but never wider than most of the screen (large fonts on a small one):
    // the text then wraps into more lines instead of running off the edge.
    const int comfortable = m_text->fontMetrics().averageCharWidth() * TextWidthInChars;
    const int width = qMin(comfortable, screen()->availableGeometry().width() * 3 / 4);
    int height = 0;
    for (const QString &step : std::as_const(m_steps)) {
        m_text->setText(step);
        height = qMax(height, m_text->heightForWidth(width));
    }
    m_text->setMinimumSize(width, height);
}

void TourDialog::showStep(int step)
{
    m_step = qBound(0, step, stepCount() - 1);
    m_counter->setText(tr("Step %1 of %2").arg(m_step + 1).arg(stepCount()));
    m_text->setText(m_steps.at(m_step));
    m_back->setEnabled(m_step > 0);
    m_next->setEnabled(m_step < stepCount() - 1);
}

QString TourDialog::stepText() const { return m_text->text(); }
