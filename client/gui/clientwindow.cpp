// SPDX-License-Identifier: MIT
#include "clientwindow.h"
#include "ui_clientwindow.h"

#include "buddynames.h"

#include "addressproblem.h"
#include "conversationmodel.h"
#include "clientsettings.h"
#include "clientstatus.h"
#include "conditionspanel.h"
#include "conversationdelegate.h"
#include "conversationmenu.h"
#include "inputhistory.h"
#include "messagecomposer.h"
#include "filemenu.h"
#include "follownewest.h"
#include "helpactions.h"
#include "savedmessagespanel.h"
#include "responderspanel.h"
#include "runpanel.h"
#include "runsettings.h"
#include "servicecontrols.h"
#include "sessionsummary.h"
#include "socketoptionspanel.h"

#include <QCloseEvent>
#include <QApplication>
#include <QStatusBar>

ClientWindow::ClientWindow(const ClientOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::ClientWindow)
    , m_client(new HelloClient(this))
    , m_conversation(new ConversationModel(this))
{
    m_ui->setupUi(this);
    setupServerRow(options);
    setupConversation(options);
    setupServiceControls(options);
    m_conditions = new ConditionsPanel(this);
    m_ui->mainLayout->insertWidget(3, m_conditions);
    m_summary = new SessionSummary(m_client, m_conditions, this);
    setupRuns();  // between the conversation and the input
    setupComposer(options);
    setTabChain();
    m_ui->newSessionButton->setIcon(QIcon(QStringLiteral(":/icons/new-session.svg")));

    connectActions();
    connectEngine();
    BuddyNames::apply(this);  // "Port", not "Port:", to a screen reader
    resize(520, 640);
    ClientSettings::restoreGeometry(this);
    startNewSession();
    m_composer->focusInput();
}

ClientWindow::~ClientWindow() { delete m_ui; }

InputHistory *ClientWindow::history() const { return m_composer->history(); }

void ClientWindow::setupServerRow(const ClientOptions &options)
{
    m_ui->addressEdit->setText(options.host);
    m_ui->addressEdit->setMinimumWidth(m_ui->addressEdit->fontMetrics().horizontalAdvance(QStringLiteral("255.255.255.255__")));
    m_ui->portSpin->setValue(options.port);
    m_client->setTimeout(options.timeoutMs);
    m_client->setExpect(options.expectAny ? ReplyMatcher::Expect::Any : ReplyMatcher::Expect::Hello);
    m_client->setSocketOptions(options.socket);
    m_ui->timeoutSpin->setRange(Defaults::TimeoutMs.min, Defaults::TimeoutMs.max);
    m_ui->timeoutSpin->setValue(options.timeoutMs);
    m_address = new AddressProblem(m_ui->addressEdit, m_ui->addressErrorLabel);
}

void ClientWindow::setupConversation(const ClientOptions &options)
{
    m_conversation->setEncoding(options.encoding);
    m_ui->conversationView->setModel(m_conversation);
    m_ui->conversationView->setItemDelegate(new ConversationDelegate(m_ui->conversationView));
    new ConversationMenu(m_ui->conversationView, m_client);  // owned by the view
    m_status = new ClientStatus(m_client, m_conversation, statusBar());
    new FollowNewest(m_ui->conversationView);
}

void ClientWindow::setupServiceControls(const ClientOptions &options)
{
    m_service = new ServiceControls(this);
    m_service->setExpect(m_client->expect());
    m_service->setEncoding(options.encoding);
    m_service->setAnySender(options.socket.anySender);
    connect(m_service, &ServiceControls::anySenderChanged, m_client, &HelloClient::setAnySender);
    new RespondersPanel(m_client, this);
    m_ui->mainLayout->insertWidget(1, m_service);
    m_socketOptions = new SocketOptionsPanel(m_client, this);
    m_ui->mainLayout->insertWidget(2, m_socketOptions);  // before the conditions
    connect(m_service, &ServiceControls::expectChanged, m_client, &HelloClient::setExpect);
    connect(m_service, &ServiceControls::encodingChanged, m_conversation, &ConversationModel::setEncoding);
    connect(m_service, &ServiceControls::encodingChanged, this, [this](TextEncoding::Encoding encoding) {
        m_composer->setEncoding(encoding);
    });
}

void ClientWindow::setupComposer(const ClientOptions &options)
{
    m_composer = new MessageComposer(this);
    m_composer->setEncoding(options.encoding);
    m_composer->setSender([this](const QByteArray &bytes) { return sendBytes(bytes); });
    m_ui->mainLayout->addWidget(m_composer);
    connect(m_composer, &MessageComposer::hexModeChanged, m_conversation, &ConversationModel::setHexMode);
    connect(m_composer, &MessageComposer::encodingWanted, m_service, &ServiceControls::setEncoding);
    m_composer->restoreSettings();
    m_savedMessages = new SavedMessagesPanel(m_composer, this);
    new FileMenu(m_composer, m_savedMessages, this);
}

void ClientWindow::setTabChain()
{
    // Tab follows the screen, top to bottom: the server row, the kind of service (left to right),
    // the socket options, the conditions, the conversation, the input.
    QList<QWidget *> chain{m_ui->newSessionButton};
    chain << m_service->tabChain() << m_socketOptions->tabChain() << m_conditions->tabChain() << m_ui->conversationView << m_runs->tabChain() << m_composer->tabChain();
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void ClientWindow::connectActions()
{
    connect(m_ui->newSessionButton, &QPushButton::clicked, this, &ClientWindow::startNewSession);
    connect(m_ui->timeoutSpin, &QSpinBox::valueChanged, m_client, &HelloClient::setTimeout);
    connect(m_ui->actionNewSession, &QAction::triggered, this, &ClientWindow::startNewSession);
    connect(m_ui->actionNewWindow, &QAction::triggered, this, &ClientWindow::openNewWindow);
    connect(m_ui->actionClearConversation, &QAction::triggered, m_conversation, &ConversationModel::clear);
    connect(m_ui->actionQuit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    new HelpActions(m_ui->actionTour, m_ui->actionAbout, m_client, this);
}

void ClientWindow::connectEngine()
{
    connect(m_client, &HelloClient::messageSent, m_conversation, &ConversationModel::addSent);
    connect(m_client, &HelloClient::replyReceived, m_conversation, &ConversationModel::addReply);
    connect(m_client, &HelloClient::replyTimedOut, m_conversation, &ConversationModel::markNoReply);
    connect(m_client, &HelloClient::unexpectedReply, m_conversation, &ConversationModel::addUnexpected);
    connect(m_client, &HelloClient::duplicateReply, m_conversation, &ConversationModel::addDuplicate);
    connect(m_client, &HelloClient::replyOutOfOrder, m_conversation, &ConversationModel::markOutOfOrder);
    connect(m_client, &HelloClient::stateChanged, this, &ClientWindow::onStateChanged);
    connect(m_client, &HelloClient::sessionEnded, this, &ClientWindow::onSessionEnded);
    connect(m_client, &HelloClient::statsReset, this, [this] {
        m_conversation->addNotice(tr("Counts (sent, answered, lost...) start again from zero for this session."));
        m_summary->update();
    });
    connect(m_client, &HelloClient::errorOccurred, this, &ClientWindow::onError);
}

void ClientWindow::startNewSession()
{
    if (!m_address->check())
        return;
    m_client->start(m_ui->addressEdit->text(), quint16(m_ui->portSpin->value()));
    m_composer->hideHint();
    m_composer->focusInput();
}


bool ClientWindow::sendBytes(const QByteArray &message)
{
    // The engine decides: a changed server or port starts a new session; it says why not to send.
    m_client->setServer(m_ui->addressEdit->text(), quint16(m_ui->portSpin->value()));
    HelloClient::SendError error = HelloClient::SendError::None;
    QString why;
    m_client->send(message, &error, &why);
    switch (error) {
    case HelloClient::SendError::None:
        m_address->hide();
        return true;
    case HelloClient::SendError::InvalidAddress:
        m_address->show(why);  // nothing is sent to a malformed address
        return false;
    case HelloClient::SendError::Empty:
    case HelloClient::SendError::Ended:
        m_composer->showHint(why, false);
        break;
    case HelloClient::SendError::TooLarge:
    case HelloClient::SendError::NotStarted:
        m_composer->showHint(why, true);
        break;
    }
    m_composer->focusInput();
    return false;
}

void ClientWindow::onStateChanged(HelloClient::State state)
{
    const bool canSend = state == HelloClient::State::Connecting || state == HelloClient::State::Ready;
    m_composer->setInputEnabled(canSend);
    if (state == HelloClient::State::Ready) {
        m_conversation->addNotice(tr("Session %1 with %2 from local port %3")
                                      .arg(m_client->sessionNumber())
                                      .arg(m_client->serverEndpoint())
                                      .arg(m_client->localPort()));
        if (const QString who = m_client->whoMayAnswer(); !who.isEmpty())
            m_conversation->addNotice(who);
    }
    updateStatus();
}

void ClientWindow::onSessionEnded(const QString &serverEndpoint)
{
    // The seed client's last line, word for word.
    m_conversation->addNotice(tr("Session is over from the server %1").arg(serverEndpoint));
    m_ui->newSessionButton->setFocus();
    updateStatus();
}

void ClientWindow::onError(HelloClient::Error error, const QString &message)
{
    m_conversation->addError(message);
    if (error == HelloClient::Error::HostNotFound || error == HelloClient::Error::InvalidAddress) {
        m_address->show(message);
        return;
    }
    m_composer->showHint(message, true);
}

void ClientWindow::updateStatus()
{
    m_status->refresh();
    const QString title = tr("udpchat client - %1").arg(m_client->serverEndpoint());
    setWindowTitle(m_name.isEmpty() ? title : m_name + QLatin1String(" - ") + title);
}

void ClientWindow::setupRuns()
{
    // Below the conversation, which shows each run as one entry (click it for every figure).
    m_runs = new RunPanel(m_conversation, this);
    // The window's choices (server, timeout, replies expected, who may answer, local endpoint,
    // group options) as the console takes them; the panel keeps its message, count and pace.
    m_runs->setServerSource([this](TrafficRun::Settings *s) {
        TrafficRun::Settings window = runSettings(currentOptions());
        window.message = s->message;
        window.count = s->count;
        window.intervalNs = s->intervalNs;
        *s = window;
    });
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->conversationView) + 1, m_runs);
    m_runs->letEntriesUnfold(m_ui->conversationView);
}

void ClientWindow::setName(const QString &name)
{
    m_name = name;
    updateStatus();
}

ClientOptions ClientWindow::currentOptions() const
{
    ClientOptions options;
    options.host = m_ui->addressEdit->text().trimmed();
    options.port = quint16(m_ui->portSpin->value());
    options.timeoutMs = m_ui->timeoutSpin->value();
    options.encoding = m_conversation->encoding();
    options.expectAny = m_client->expect() == ReplyMatcher::Expect::Any;
    options.socket = m_client->socketOptions();
    options.socket.anySender = m_service->anySender();
    return options;
}

ClientWindow *ClientWindow::openNewWindow()
{
    auto *window = new ClientWindow(currentOptions());
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->move(pos() + QPoint(40, 40));
    window->show();
    return window;
}

void ClientWindow::closeEvent(QCloseEvent *event)
{
    ClientSettings::save(currentOptions());
    m_composer->saveSettings();
    ClientSettings::saveGeometry(this);
    event->accept();
}
