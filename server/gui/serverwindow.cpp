// SPDX-License-Identifier: MIT
#include "serverwindow.h"
#include "ui_serverwindow.h"

#include "buddynames.h"
#include "buildinfo.h"
#include "cachedtextdelegate.h"
#include "captureactions.h"
#include "counterslabel.h"
#include "datagraminspector.h"
#include "fixedwidthfont.h"
#include "follownewest.h"
#include "datagramlogmodel.h"
#include "logactions.h"
#include "logfiltermodel.h"
#include "messagebar.h"
#include "peertablemodel.h"
#include "peerspanel.h"
#include "groupspanel.h"
#include "protocol.h"
#include "receivebuffercontrol.h"
#include "replycontrol.h"
#include "serverengine.h"
#include "serversettings.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>

namespace {
void setUniformRows(QTableView *view)
{
    // Fixed row heights: the view never measures rows one by one.
    QHeaderView *rows = view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(view->fontMetrics().height() + 6);
    rows->hide();
    view->horizontalHeader()->setStretchLastSection(true);
}
} // namespace

ServerWindow::ServerWindow(const ServerOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::ServerWindow)
    , m_engine(new ServerEngine(this))
    , m_log(new DatagramLogModel(this))
    , m_filter(new LogFilterModel(this))
    , m_peers(new PeerTableModel(this))
    , m_captureActions(new CaptureActions(m_engine, m_log, this))
{
    m_ui->setupUi(this);
    m_logActions = new LogActions(m_engine, m_log, m_ui->actionExport, m_ui->actionLogFile, this);
    m_ui->addressEdit->setText(Protocol::addressText(options.address));
    m_ui->addressEdit->setMinimumWidth(m_ui->addressEdit->fontMetrics().horizontalAdvance(QStringLiteral("255.255.255.255__")));
    m_ui->portSpin->setValue(options.port);
    m_log->setMaxRows(options.maxRows);
    m_engine->setShownLimits(m_log->maxRows(), m_log->maxBytes());  // what waits for the log never outgrows it
    m_log->setEncoding(options.encoding);
    m_ui->rateLimitSpin->setRange(Defaults::RateLimitAuto, Defaults::RateLimit.max);
    m_ui->rateLimitSpin->setToolTip(tr("Reflection guard: replies per second to each source network (/24 IPv4, "
                                       "/56 IPv6), and never more than 3x the bytes it sent. auto: off on loopback, %1/s on any other "
                                       "address. 0: off.")
                                        .arg(Defaults::RateLimitElsewhere));
    m_ui->rateLimitSpin->setValue(options.rateLimit);
    QString unused;  // a reply that cannot be made is said by the reply control, given the same
    m_engine->apply(options, &unused);
    addBindRowControls(options);
    auto *groups = new GroupsPanel(m_engine, this);  // --join's groups, edited while stopped
    connect(groups, &GroupsPanel::errorOccurred, this, &ServerWindow::showError);
    m_ui->menuEdit->addAction(groups->toggleViewAction());

    m_boundLabel = new QLabel(this);
    m_boundLabel->setAccessibleDescription(tr("Bound address"));
    statusBar()->addWidget(m_boundLabel, 1);
    statusBar()->addPermanentWidget(new CountersLabel(m_engine, m_log, this));

    setupViews();
    connectSignals();
    // Wide enough for the log's columns and every peer column, at any font size.
    const int logWidth = m_ui->logView->horizontalHeader()->length() + 120;
    resize(qMax(1100, logWidth + m_ui->peersPanel->columnsWidth() + 40), 640);
    m_ui->mainSplitter->setSizes({logWidth, m_ui->peersPanel->columnsWidth()});
    m_ui->splitter->setSizes({300, 260});  // room for the inspector's header and a first hex line
    ServerSettings::restoreLayout(this, m_ui->mainSplitter, m_ui->splitter);
    onListeningChanged(false);
    if (!options.logFile.isEmpty())
        setLogFile(options.logFile);
    if (!options.pcapFile.isEmpty())  // --pcap; not saved
        m_captureActions->setCaptureFile(options.pcapFile);
    BuddyNames::apply(this);  // "Port", not "Port:", to a screen reader
    // The caret starts in the log, not in the bind row's first field (the rate limit took what was
    // typed first): arrows move through the rows, Ctrl+F filters. A bad address takes it below.
    m_ui->logView->setFocus();
    startListening();
}

// The reply mode and the receive buffer, in the row of what listening uses (--reply, --recv-buffer).
void ServerWindow::addBindRowControls(const ServerOptions &options)
{
    m_replyControl = new ReplyControl(m_engine, this);
    // After the rate limit, before the Listen button: how the server answers is part of how it listens.
    m_ui->bindLayout->insertWidget(m_ui->bindLayout->indexOf(m_ui->listenButton), m_replyControl);
    connect(m_replyControl, &ReplyControl::errorOccurred, this, &ServerWindow::showError);
    connect(m_replyControl, &ReplyControl::applied, m_ui->messageBar, &MessageBar::clearTransient);
    m_replyControl->setMode(options.replyMode, options.replyText);
    m_receiveBuffer = new ReceiveBufferControl(m_engine, options.receiveBuffer, this);  // --recv-buffer
    m_ui->bindLayout->insertWidget(m_ui->bindLayout->indexOf(m_ui->rateLimitLabel), m_receiveBuffer);
    // Made after setupUi, Qt would put both controls last in the Tab chain: in the row's order instead.
    const QList<QWidget *> row{m_ui->portSpin, m_receiveBuffer->focusProxy(), m_ui->rateLimitSpin,
                               m_replyControl->focusProxy(), m_replyControl->lastInTabOrder(), m_ui->listenButton};
    for (qsizetype i = 1; i < row.size(); ++i)
        QWidget::setTabOrder(row[i - 1], row[i]);
}

ServerWindow::~ServerWindow() { delete m_ui; }

void ServerWindow::setupViews()
{
    m_filter->setSourceModel(m_log);
    QTableView *view = m_ui->logView;
    view->setModel(m_filter);
    view->setItemDelegate(new CachedTextDelegate(view));  // repainted 30 times a second under a flood
    setUniformRows(view);
    QHeaderView *columns = view->horizontalHeader();
    const int digit = view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    columns->resizeSection(DatagramLogModel::TimeColumn, digit * 12);
    columns->resizeSection(DatagramLogModel::SenderColumn, digit * 19);
    columns->resizeSection(DatagramLogModel::SizeColumn, digit * 6);
    columns->resizeSection(DatagramLogModel::MessageColumn, digit * 20);
    m_ui->peersPanel->setModel(m_peers);
    // A fixed-width font: the hex dump's columns and the header's fields line up.
    m_ui->detailView->setFont(FixedWidthFont::system());
    // The line edit's clear button has no name of its own: a screen reader would say "button".
    if (auto *clear = m_ui->filterEdit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"))) {
        clear->setText(tr("Clear the filter"));
        clear->setToolTip(tr("Clear the filter"));
    }
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    m_ui->logView->addAction(m_ui->actionCopy);
    const QList<QAction *> file = m_ui->menuFile->actions();  // the captures after the log's two
    m_ui->menuFile->insertActions(file.value(file.indexOf(m_ui->actionLogFile) + 1),
                                  {m_captureActions->exportAction(), m_captureActions->captureAction()});
}

void ServerWindow::connectSignals()
{
    connect(m_engine, &ServerEngine::datagramsReceived, m_log, &DatagramLogModel::append);
    connect(m_engine, &ServerEngine::datagramsReceived, m_peers, &PeerTableModel::add);
    connect(m_engine, &ServerEngine::datagramsNotShown, m_log, &DatagramLogModel::countTrimmed);
    connect(m_engine, &ServerEngine::listeningChanged, this, &ServerWindow::onListeningChanged);
    connect(m_engine, &ServerEngine::errorOccurred, this, &ServerWindow::showError);
    // Joins are news, not failures of the server: a refused one leaves it serving its own address.
    // Queued: the first comes while the window is built, before it shows, and a status bar hides
    // its bound-address label for a message only if the label is visible (else both are painted).
    connect(m_engine, &ServerEngine::multicastReport, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    }, Qt::QueuedConnection);
    // The log file's and the capture's failures stay until dismissed; news goes to the status bar.
    const auto sticky = [this](const QString &message) {
        m_ui->messageBar->showError(message, MessageBar::Persistence::Sticky);
    };
    const auto news = [this](const QString &message) { statusBar()->showMessage(message, 5000); };
    connect(m_logActions, &LogActions::errorOccurred, this, sticky);
    connect(m_logActions, &LogActions::exportFailed, this, &ServerWindow::showError);
    connect(m_logActions, &LogActions::information, this, news);
    connect(m_captureActions, &CaptureActions::errorOccurred, this, sticky);
    connect(m_captureActions, &CaptureActions::information, this, news);
    connect(m_ui->listenButton, &QPushButton::clicked, this, &ServerWindow::toggleListening);
    connect(m_ui->addressEdit, &QLineEdit::returnPressed, this, &ServerWindow::startListening);
    connect(m_ui->rateLimitSpin, &QSpinBox::valueChanged, m_engine, &ServerEngine::setRateLimit);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &ServerWindow::clearLog);
    new FollowNewest(m_ui->logView, m_ui->followCheck);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filter, &LogFilterModel::setFilterText);
    connect(m_ui->logView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ServerWindow::showDetail);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionCopy, &QAction::triggered, this, &ServerWindow::copySelectedRows);
    connect(m_ui->actionClear, &QAction::triggered, this, &ServerWindow::clearLog);
    connect(m_ui->actionFilter, &QAction::triggered, m_ui->filterEdit, qOverload<>(&QWidget::setFocus));
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About udpchat"),
                           tr("<p><b>udpchat server</b> %1</p><p>Answers every UDP datagram the way the classic "
                              "tutorial does (<tt>Hello &lt;name&gt;!</tt>, <tt>Good bye!</tt> to <tt>exit</tt>) "
                              "and shows who sent what.</p>").arg(QCoreApplication::applicationVersion())
                               + BuildInfo::aboutDetails());
    });
    connect(m_ui->actionListen, &QAction::triggered, this, &ServerWindow::toggleListening);
}

bool ServerWindow::startListening()
{
    QHostAddress address;
    if (!Protocol::parseBindAddress(m_ui->addressEdit->text(), &address)) {
        showError(tr("'%1' is not an IPv4 or IPv6 address. Try 127.0.0.1, 0.0.0.0, :: or ::1.")
                      .arg(m_ui->addressEdit->text()));
        m_ui->addressEdit->setFocus();
        return false;
    }
    m_receiveBuffer->apply();  // the field as it stands, even while it is still being typed in
    // A failure is said through the server's errorOccurred or the capture's, which show it. A
    // capture that cannot be written leaves the server listening, its menu unticked.
    return m_engine->start(address, quint16(m_ui->portSpin->value())) != ServerSession::Start::BindFailed;
}

void ServerWindow::stopListening() { m_engine->close(); }

void ServerWindow::toggleListening()
{
    if (m_engine->isListening())
        stopListening();
    else
        startListening();
}

void ServerWindow::showError(const QString &message)
{
    m_ui->messageBar->showError(message, MessageBar::Persistence::Transient);
    if (!m_engine->isListening())
        m_boundLabel->setText(tr("Not listening"));
}

void ServerWindow::onListeningChanged(bool listening)
{
    m_ui->listenButton->setText(listening ? tr("&Stop") : tr("&Listen"));
    m_ui->actionListen->setText(listening ? tr("&Stop listening") : tr("&Start listening"));
    const QString keys = m_ui->actionListen->shortcut().toString(QKeySequence::NativeText);
    m_ui->listenButton->setToolTip(listening ? tr("Stop listening (%1)").arg(keys) : tr("Start listening (%1)").arg(keys));
    m_ui->listenButton->setIcon(QIcon(listening ? QStringLiteral(":/icons/stop.svg") : QStringLiteral(":/icons/listen.svg")));
    m_ui->addressEdit->setEnabled(!listening);
    m_ui->portSpin->setEnabled(!listening);
    if (listening) {
        const QHostAddress address = m_engine->address();
        const quint16 port = m_engine->port();
        m_ui->portSpin->setValue(port);  // the real port when 0 was asked for
        const QString where = Protocol::endpointText(address, port);
        m_boundLabel->setText(tr("UDP bound on %1").arg(where));
        setWindowTitle(tr("udpchat server - %1").arg(where));
        m_ui->messageBar->clearTransient();
    } else {
        m_boundLabel->setText(tr("Not listening"));
        setWindowTitle(tr("udpchat server - not listening"));
    }
}

void ServerWindow::clearLog()
{
    m_log->clear();
    m_peers->clear();
    m_ui->detailView->clear();
}

void ServerWindow::showDetail(const QModelIndex &current)
{
    const QModelIndex source = m_filter->mapToSource(current);
    if (!source.isValid()) {
        m_ui->detailView->clear();
        return;
    }
    const QString reply = m_log->index(source.row(), DatagramLogModel::ReplyColumn).data().toString();
    m_ui->detailView->setPlainText(DatagramInspector::describe(m_log->record(source.row()), reply));
}

void ServerWindow::copySelectedRows()
{
    const QString text = m_filter->rowsText(m_ui->logView->selectionModel()->selectedRows());
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

bool ServerWindow::exportLog(const QString &fileName) { return m_logActions->exportLog(fileName); }

bool ServerWindow::setLogFile(const QString &fileName) { return m_logActions->setLogFile(fileName); }

ServerOptions ServerWindow::currentOptions() const
{
    ServerOptions options;
    Protocol::parseBindAddress(m_ui->addressEdit->text(), &options.address);
    options.port = quint16(m_ui->portSpin->value());
    options.maxRows = m_log->maxRows();
    options.rateLimit = m_ui->rateLimitSpin->value();
    options.receiveBuffer = m_receiveBuffer->bytes();
    options.replyMode = m_replyControl->mode();
    options.replyText = m_replyControl->text();
    options.groups = m_engine->multicastGroups();
    options.logFile = m_engine->logFileName();
    return options;
}

void ServerWindow::closeEvent(QCloseEvent *event)
{
    ServerSettings::save(currentOptions());
    ServerSettings::saveLayout(this, m_ui->mainSplitter, m_ui->splitter);
    m_engine->finish();  // what is queued is served into the log and the capture, which then close
    event->accept();
}
