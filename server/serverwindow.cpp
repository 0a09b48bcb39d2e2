#include "serverwindow.h"
#include "ui_serverwindow.h"

#include "datagramlog.h"
#include "displaytext.h"
#include "helloserver.h"
#include "protocol.h"

#include <QDateTime>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>

namespace {
constexpr int CountersIntervalMs = 250;
} // namespace

ServerWindow::ServerWindow(const ServerOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::ServerWindow)
    , m_server(new HelloServer(this))
    , m_log(new DatagramLog(this))
{
    m_ui->setupUi(this);
    m_ui->addressEdit->setText(options.address.toString());
    m_ui->portSpin->setValue(options.port);
    m_ui->errorLabel->hide();
    m_log->setMaxRows(options.maxRows);
    m_ui->rateLimitSpin->setValue(options.rateLimit);
    m_server->setRateLimit(options.rateLimit);

    m_boundLabel = new QLabel(this);
    m_countersLabel = new QLabel(this);
    statusBar()->addWidget(m_boundLabel, 1);
    statusBar()->addPermanentWidget(m_countersLabel);

    setupLogView();
    connectSignals();
    m_countersTimer.start(CountersIntervalMs);
    resize(900, 600);
    onListeningChanged(false);
    startListening();
}

ServerWindow::~ServerWindow() { delete m_ui; }

void ServerWindow::setupLogView()
{
    QTableView *view = m_ui->logView;
    view->setModel(m_log);
    // Uniform, fixed row heights: the view never measures rows one by one.
    QHeaderView *rows = view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(view->fontMetrics().height() + 6);
    rows->hide();
    QHeaderView *columns = view->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    const int digit = view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    columns->resizeSection(DatagramLog::TimeColumn, digit * 13);
    columns->resizeSection(DatagramLog::SenderColumn, digit * 22);
    columns->resizeSection(DatagramLog::SizeColumn, digit * 7);
    columns->resizeSection(DatagramLog::MessageColumn, digit * 36);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
}

void ServerWindow::connectSignals()
{
    connect(m_server, &HelloServer::datagramsReceived, m_log, &DatagramLog::append);
    connect(m_server, &HelloServer::listeningChanged, this, &ServerWindow::onListeningChanged);
    connect(m_server, &HelloServer::errorOccurred, this, &ServerWindow::showError);
    connect(m_log, &DatagramLog::flushed, this, &ServerWindow::followNewest);
    connect(m_ui->listenButton, &QPushButton::clicked, this, &ServerWindow::toggleListening);
    connect(m_ui->addressEdit, &QLineEdit::returnPressed, this, &ServerWindow::startListening);
    connect(m_ui->rateLimitSpin, &QSpinBox::valueChanged, m_server, &HelloServer::setRateLimit);
    connect(m_ui->clearButton, &QPushButton::clicked, m_log, &DatagramLog::clear);
    connect(m_ui->followCheck, &QCheckBox::toggled, this, &ServerWindow::followNewest);
    connect(m_ui->logView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ServerWindow::showDetail);
    connect(&m_countersTimer, &QTimer::timeout, this, &ServerWindow::updateCounters);
}

bool ServerWindow::startListening()
{
    QHostAddress address;
    if (!parseBindAddress(m_ui->addressEdit->text(), &address)) {
        showError(tr("'%1' is not an IPv4 or IPv6 address. Try 127.0.0.1, 0.0.0.0, :: or ::1.")
                      .arg(m_ui->addressEdit->text()));
        m_ui->addressEdit->setFocus();
        return false;
    }
    m_ui->errorLabel->hide();
    // listen() reports a failure through errorOccurred, which shows it.
    return m_server->listen(address, quint16(m_ui->portSpin->value()));
}

void ServerWindow::stopListening() { m_server->close(); }

void ServerWindow::toggleListening()
{
    if (m_server->isListening())
        stopListening();
    else
        startListening();
}

void ServerWindow::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("QLabel { color: palette(bright-text); "
                                                   "background: #b3261e; padding: 6px; border-radius: 4px; }"));
    m_ui->errorLabel->show();
    if (!m_server->isListening())
        m_boundLabel->setText(tr("Not listening"));
}

void ServerWindow::onListeningChanged(bool listening)
{
    m_ui->listenButton->setText(listening ? tr("&Stop") : tr("&Listen"));
    m_ui->addressEdit->setEnabled(!listening);
    m_ui->portSpin->setEnabled(!listening);
    if (listening) {
        m_ui->portSpin->setValue(m_server->port());  // the real port when 0 was asked for
        const QString where = Protocol::endpointText(m_server->address(), m_server->port());
        m_boundLabel->setText(tr("UDP bound on %1").arg(where));
        setWindowTitle(tr("udpchat server - %1").arg(where));
        m_ui->errorLabel->hide();
    } else {
        m_boundLabel->setText(tr("Not listening"));
        setWindowTitle(tr("udpchat server - not listening"));
    }
}

void ServerWindow::updateCounters()
{
    const HelloServer::Counters c = m_server->counters();
    const QLocale locale;
    QString text = tr("Received %1 · answered %2 · unanswered %3 · in %4 · out %5")
                       .arg(locale.toString(c.received), locale.toString(c.answered),
                            locale.toString(c.unanswered), locale.formattedDataSize(qint64(c.bytesIn)),
                            locale.formattedDataSize(qint64(c.bytesOut)));
    if (c.rateLimited > 0)
        text += tr(" · rate-limited %1").arg(locale.toString(c.rateLimited));
    if (m_server->isListening()) {
        const int limit = m_server->effectiveRateLimit();
        text += limit > 0 ? tr(" · limit %1/s per source network").arg(limit) : tr(" · no rate limit");
    }
    if (m_log->trimmedCount() > 0)
        text += tr(" · %1 oldest rows trimmed (log keeps %2)")
                    .arg(locale.toString(m_log->trimmedCount()), locale.toString(m_log->maxRows()));
    if (m_countersLabel->text() != text)
        m_countersLabel->setText(text);
}

void ServerWindow::followNewest()
{
    if (m_ui->followCheck->isChecked())
        m_ui->logView->scrollToBottom();
}

void ServerWindow::showDetail(const QModelIndex &current)
{
    if (!current.isValid()) {
        m_ui->detailView->clear();
        return;
    }
    const DatagramRecord &r = m_log->record(current.row());
    const QString when = QDateTime::fromMSecsSinceEpoch(r.timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    const QString reply = m_log->index(current.row(), DatagramLog::ReplyColumn).data().toString();
    QString text = tr("From %1 at %2, %n byte(s)", nullptr, int(r.payload.size()))
                       .arg(Protocol::endpointText(r.sender, r.senderPort), when);
    text += QLatin1Char('\n') + tr("Reply: %1").arg(reply) + QLatin1String("\n\n");
    text += tr("Text:") + QLatin1Char('\n') + DisplayText::escaped(r.payload) + QLatin1String("\n\n");
    text += tr("Bytes:") + QLatin1Char('\n') + DisplayText::hexDump(r.payload);
    m_ui->detailView->setPlainText(text);
}
