#include "ui/MainWindow.h"

#include "core/admin/Administration.h"
#include "core/retention/RetentionSweep.h"
#include "core/vault/KeyStore.h"
#include "core/vault/Vault.h"
#include "ui/AreaPage.h"
#include "ui/InactivityLock.h"
#include "ui/LockScreen.h"
#include "ui/MessageBox.h"
#include "ui/SettingsDialog.h"
#include "ui/SignInScreen.h"
#include "ui/Theme.h"
#include "ui/audit/AuditArea.h"
#include "ui/clips/ClipsArea.h"
#include "ui/feedback/FeedbackArea.h"
#include "ui/inbox/InboxArea.h"
#include "ui/mydata/MyDataArea.h"
#include "ui/people/PeopleArea.h"
#include "ui/review/ReviewArea.h"
#include "ui/templates/TemplatesArea.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

constexpr std::chrono::minutes kDefaultInactivityLock{5};

struct AreaText
{
    QString title;
    QString description;
};

AreaText areaText(MainWindow::Area area)
{
    using Area = MainWindow::Area;
    switch (area) {
    case Area::Inbox:
        return {MainWindow::tr("Inbox"),
                MainWindow::tr("The sampled calls you may listen to, newest first. Coaches and "
                               "managers bring calls in here from a telephony export.")};
    case Area::Review:
        return {MainWindow::tr("Review"),
                MainWindow::tr("Here you will listen to a call, score it against a published "
                               "scorecard and add comments at moments in the conversation.")};
    case Area::Feedback:
        return {MainWindow::tr("Feedback"),
                MainWindow::tr("Go through a submitted evaluation with the agent, next to their "
                               "self-evaluation; the agent gives their view, and both sign off.")};
    case Area::Clips:
        return {MainWindow::tr("Clips"),
                MainWindow::tr("Cut anonymised training clips from coaching recordings: redact "
                               "personal details, disguise the voices, preview and export.")};
    case Area::Templates:
        return {MainWindow::tr("Templates"),
                MainWindow::tr("Scorecards and their criteria. A version evaluates calls only "
                               "once it is published, and only calls after its publication; "
                               "published criteria can always be printed for the agents.")};
    case Area::PeopleAndPolicy:
        return {MainWindow::tr("People & policy"),
                MainWindow::tr("The people in this vault and their roles, who is authorised to "
                               "listen to calls, and the monitoring policy with the works "
                               "council's consent.")};
    case Area::Reports:
        return {MainWindow::tr("Reports"),
                MainWindow::tr("Evaluation reports for agents, group reports without traceable "
                               "individuals and the record of processing will be printed from "
                               "here.")};
    case Area::Audit:
        return {MainWindow::tr("Audit"),
                MainWindow::tr("Every access to personal data and every change: who, what, "
                               "when, and whether the rules allowed it.")};
    case Area::MyData:
        return {MainWindow::tr("My data"),
                MainWindow::tr("What this vault holds about you: your recordings, evaluations "
                               "and reports, who accessed them, who may monitor you and the "
                               "policy in force; export it all with one button.")};
    }
    return {};
}

QString keyModeText(core::KeyMode mode)
{
    switch (mode) {
    case core::KeyMode::Keychain:
        return MainWindow::tr("Key: system keychain");
    case core::KeyMode::Passphrase:
        return MainWindow::tr("Key: passphrase");
    case core::KeyMode::Ephemeral:
        return MainWindow::tr("Key: temporary (demo)");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<core::Vault> vault, core::KeyStore& keyStore,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_vault(std::move(vault))
    , m_admin(std::make_unique<core::Administration>(*m_vault))
    , m_keyStore(keyStore)
{
    setObjectName(QStringLiteral("mainWindow"));
    const QString vaultName = QFileInfo(m_vault->path()).fileName();
    setWindowTitle(m_vault->keyMode() == core::KeyMode::Ephemeral
                       ? tr("%1 (demo) — CoachVault").arg(vaultName)
                       : tr("%1 — CoachVault").arg(vaultName));
    setWindowIcon(Theme::appIcon());
    resize(1100, 720);
    setMinimumSize(760, 520);

    m_stack = new QStackedWidget(this);
    m_signInScreen =
        new SignInScreen(*m_admin, m_vault->keyMode() == core::KeyMode::Ephemeral, m_stack);
    m_content = new QWidget(m_stack);
    m_content->setObjectName(QStringLiteral("content"));
    m_lockScreen = new LockScreen(*m_vault, *m_admin, m_keyStore, m_stack);
    m_stack->addWidget(m_signInScreen);
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_lockScreen);
    setCentralWidget(m_stack);

    buildAreas();
    buildMenus();
    buildStatusBar();

    m_retentionTimer = new QTimer(this);
    m_retentionTimer->setInterval(std::chrono::minutes(15));
    connect(m_retentionTimer, &QTimer::timeout, this, &MainWindow::runRetentionSweep);
    m_retentionTimer->start();
    m_inactivity = new InactivityLock(inactivityTimeoutFor(*m_vault), this);
    connect(m_inactivity, &InactivityLock::idle, this, &MainWindow::lockForInactivity);
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(m_lockScreen, &LockScreen::switchPersonRequested, this, [this] { unlockToSignIn(); });
    connect(m_signInScreen, &SignInScreen::signedIn, this, &MainWindow::signIn);
    m_inactivity->start();

    m_stack->setCurrentWidget(m_signInScreen);
    m_signInScreen->prepare();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The areas' views use the administration: they go first.
    for (int i = 0; i < kAreaCount; ++i)
        areaPage(Area(i))->setContent(nullptr);
}

std::chrono::milliseconds MainWindow::inactivityTimeoutFor(const core::Vault& vault)
{
    bool ok = false;
    const int minutes = vault.preference(QStringLiteral("inactivity_lock_minutes")).toInt(&ok);
    if (!ok || minutes <= 0)
        return kDefaultInactivityLock;
    return std::chrono::minutes(minutes);
}

void MainWindow::setInactivityTimeout(std::chrono::milliseconds timeout)
{
    m_inactivity->setTimeout(timeout);
    if (m_inactivity->isActive())
        m_inactivity->start();
}

std::chrono::milliseconds MainWindow::inactivityTimeout() const
{
    return m_inactivity->timeout();
}

void MainWindow::buildAreas()
{
    auto* sidebar = new QFrame(m_content);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setFixedWidth(220);
    auto* brandName = new QLabel(QStringLiteral("CoachVault"), sidebar);
    brandName->setObjectName(QStringLiteral("brandName"));
    auto* brand = new QHBoxLayout;
    brand->setContentsMargins(18, 16, 12, 10);
    brand->setSpacing(10);
    brand->addWidget(Theme::iconLabel(32, sidebar));
    brand->addWidget(brandName, 1);

    m_navigation = new QListWidget(sidebar);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_areas = new QStackedWidget(m_content);
    m_areas->setObjectName(QStringLiteral("areas"));

    for (int i = 0; i < kAreaCount; ++i) {
        const AreaText text = areaText(Area(i));
        auto* item = new QListWidgetItem(text.title, m_navigation);
        const QKeySequence shortcut(Qt::CTRL | Qt::Key(Qt::Key_1 + i));
        item->setToolTip(text.description + QStringLiteral(" (") +
                         shortcut.toString(QKeySequence::NativeText) + QStringLiteral(")"));
        item->setSizeHint(QSize(0, 38));
        auto* page = new AreaPage(text.title, text.description, m_areas);
        page->setObjectName(QStringLiteral("area%1").arg(i + 1));
        m_areas->addWidget(page);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_areas,
            &QStackedWidget::setCurrentIndex);

    auto* layout = new QHBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(0, 0, 0, 0);
    sidebarLayout->setSpacing(0);
    sidebarLayout->addLayout(brand);
    sidebarLayout->addWidget(m_navigation, 1);
    layout->addWidget(sidebar);
    layout->addWidget(m_areas, 1);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_lockAction = file->addAction(tr("&Lock now"), this, &MainWindow::lockNow);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_unlockedOnly << m_lockAction;
    QAction* switchPerson = file->addAction(tr("S&witch person…"), this, &MainWindow::switchPerson);
    switchPerson->setObjectName(QStringLiteral("switchPersonAction"));
    switchPerson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_signedInOnly << switchPerson;
    QAction* settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    m_unlockedOnly << settings;
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < kAreaCount; ++i) {
        QAction* action =
            go->addAction(areaText(Area(i)).title, this, [this, i] { showArea(Area(i)); });
        action->setObjectName(QStringLiteral("goToArea%1").arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_signedInOnly << action;
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About CoachVault"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildStatusBar()
{
    auto* vaultLabel =
        new QLabel(tr("Vault: %1").arg(QFileInfo(m_vault->path()).fileName()), statusBar());
    vaultLabel->setObjectName(QStringLiteral("vaultStatus"));
    vaultLabel->setToolTip(m_vault->path());
    auto* keyLabel = new QLabel(keyModeText(m_vault->keyMode()), statusBar());
    keyLabel->setObjectName(QStringLiteral("keyModeStatus"));
    m_personStatus = new QLabel(tr("Nobody signed in"), statusBar());
    m_personStatus->setObjectName(QStringLiteral("signedInStatus"));
    statusBar()->addWidget(m_personStatus);
    statusBar()->addWidget(vaultLabel);
    statusBar()->addWidget(keyLabel);
    if (m_vault->keyMode() == core::KeyMode::Ephemeral) {
        auto* demo = new QLabel(tr("Demo vault with made-up data; it is deleted when CoachVault "
                                   "closes."),
                                statusBar());
        demo->setObjectName(QStringLiteral("demoStatus"));
        statusBar()->addPermanentWidget(demo);
    }
}

void MainWindow::signIn(const core::Person& person)
{
    m_person = person;
    QStringList roles;
    for (core::Role role : person.roles)
        roles << core::roleText(role);
    m_personStatus->setText(
        tr("Signed in as %1 (%2)").arg(person.displayName, roles.join(QStringLiteral(", "))));
    auto* inbox = new InboxArea(*m_vault, *m_admin, person);
    auto* review = new ReviewArea(*m_vault, *m_admin, person);
    connect(inbox, &InboxArea::openRecording, this, [this, review](core::RecordingId id) {
        review->openRecording(id);
        showArea(Area::Review);
    });
    // Nothing plays behind a lock screen or for the next person.
    auto* feedback = new FeedbackArea(*m_vault, *m_admin, person);
    connect(inbox, &InboxArea::openEvaluation, this, [this, feedback](qint64 id) {
        showArea(Area::Feedback);
        feedback->openEvaluation(id);
    });
    connect(this, &MainWindow::recordingsDestroyed, review, &ReviewArea::recordingsDestroyed);
    connect(this, &MainWindow::recordingsDestroyed, inbox, &InboxArea::reload);
    connect(this, &MainWindow::recordingsDestroyed, feedback, &FeedbackArea::reload);
    connect(this, &MainWindow::lockedChanged, review, [review, feedback](bool locked) {
        if (locked) {
            review->secure();
            feedback->secure();
        }
    });
    areaPage(Area::Inbox)->setContent(inbox);
    areaPage(Area::Review)->setContent(review);
    areaPage(Area::Feedback)->setContent(feedback);
    auto* clips = new ClipsArea(*m_vault, *m_admin, person);
    connect(this, &MainWindow::lockedChanged, clips, [clips](bool locked) {
        if (locked)
            clips->secure();
    });
    connect(this, &MainWindow::recordingsDestroyed, clips, &ClipsArea::reload);
    areaPage(Area::Clips)->setContent(clips);
    areaPage(Area::Templates)->setContent(new TemplatesArea(*m_vault, *m_admin, person));
    areaPage(Area::PeopleAndPolicy)->setContent(new PeopleArea(*m_admin, m_vault->clock(), person));
    areaPage(Area::Audit)->setContent(new AuditArea(*m_admin, m_vault->clock(), person));
    auto* myData = new MyDataArea(*m_vault, *m_admin, person);
    connect(myData, &MyDataArea::openRecording, this, [this, review](core::RecordingId id) {
        review->openRecording(id);
        showArea(Area::Review);
    });
    connect(myData, &MyDataArea::openEvaluation, this, [this, feedback](qint64 id) {
        showArea(Area::Feedback);
        feedback->openEvaluation(id);
    });
    areaPage(Area::MyData)->setContent(myData);
    m_stack->setCurrentWidget(m_content);
    updateActions();
    showArea(Area::Inbox);
    m_navigation->setFocus();
    Q_EMIT signedInPersonChanged();
}

void MainWindow::switchPerson()
{
    if (isLocked() || !m_person)
        return;
    unlockToSignIn();
}

void MainWindow::unlockToSignIn()
{
    const bool wasLocked = isLocked();
    m_person.reset();
    m_personStatus->setText(tr("Nobody signed in"));
    // Someone else's dialogs and views must not survive for the next person.
    m_hiddenByLock.clear();
    const auto dialogs = findChildren<QDialog*>();
    for (QDialog* dialog : dialogs) {
        dialog->hide();
        dialog->deleteLater();
    }
    areaPage(Area::Inbox)->setContent(nullptr);
    areaPage(Area::Review)->setContent(nullptr);
    areaPage(Area::Feedback)->setContent(nullptr);
    areaPage(Area::Templates)->setContent(nullptr);
    areaPage(Area::PeopleAndPolicy)->setContent(nullptr);
    areaPage(Area::Audit)->setContent(nullptr);
    m_focusBeforeLock = nullptr;
    m_stack->setCurrentWidget(m_signInScreen);
    m_signInScreen->prepare();
    updateActions();
    if (wasLocked) {
        m_inactivity->start();
        Q_EMIT lockedChanged(false);
    }
    Q_EMIT signedInPersonChanged();
}

void MainWindow::updateActions()
{
    const bool unlocked = !isLocked();
    for (QAction* action : std::as_const(m_unlockedOnly))
        action->setEnabled(unlocked);
    for (QAction* action : std::as_const(m_signedInOnly))
        action->setEnabled(unlocked && m_person.has_value());
}

void MainWindow::runRetentionSweep()
{
    core::RetentionSweep sweep(*m_vault, *m_admin);
    auto report = sweep.run(m_vault->clock().nowUtc(), tr("sweep while open"));
    if (!report) {
        qWarning("retention sweep: %s", qPrintable(report.error().message));
        return; // tried again at the next tick
    }
    if (report->destroyed.isEmpty())
        return;
    QList<qint64> ids;
    for (const core::Destruction& d : std::as_const(report->destroyed))
        ids << d.recording;
    Q_EMIT recordingsDestroyed(ids);
}

void MainWindow::setRetentionInterval(std::chrono::milliseconds interval)
{
    m_retentionTimer->setInterval(interval);
}

void MainWindow::showArea(Area area)
{
    if (isLocked() || !m_person)
        return;
    m_navigation->setCurrentRow(int(area));
}

MainWindow::Area MainWindow::currentArea() const
{
    return Area(m_areas->currentIndex());
}

AreaPage* MainWindow::areaPage(Area area) const
{
    return qobject_cast<AreaPage*>(m_areas->widget(int(area)));
}

bool MainWindow::isLocked() const
{
    return m_stack->currentWidget() == m_lockScreen;
}

void MainWindow::lockNow()
{
    lock(tr("Locked at your request."));
}

void MainWindow::lockForInactivity()
{
    const auto timeout = m_inactivity->timeout();
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(timeout).count();
    lock(minutes >= 1 ? tr("Locked after %n minute(s) without activity.", nullptr, int(minutes))
                      : tr("Locked after %n second(s) without activity.", nullptr,
                           int(std::chrono::duration_cast<std::chrono::seconds>(timeout).count())));
}

void MainWindow::lock(const QString& reason)
{
    if (isLocked())
        return;
    m_inactivity->stop();
    // An open menu must not stay over the lock screen.
    for (int i = 0; i < 8 && QApplication::activePopupWidget(); ++i)
        QApplication::activePopupWidget()->close();
    QWidget* focus = QApplication::focusWidget();
    m_focusBeforeLock = (focus && m_content->isAncestorOf(focus)) ? focus : nullptr;
    // Dialogs over the window would show through the lock: hide them, and
    // bring them back, untouched, after unlocking.
    m_hiddenByLock.clear();
    const auto dialogs = findChildren<QDialog*>();
    for (QDialog* dialog : dialogs) {
        if (dialog->isVisible()) {
            m_hiddenByLock << dialog;
            dialog->hide();
        }
    }
    m_pageBeforeLock = m_stack->currentWidget();
    m_stack->setCurrentWidget(m_lockScreen);
    updateActions();
    m_lockScreen->prepare(reason, m_person);
    Q_EMIT lockedChanged(true);
}

void MainWindow::unlock()
{
    if (!isLocked())
        return;
    m_stack->setCurrentWidget(m_pageBeforeLock ? m_pageBeforeLock : m_signInScreen);
    updateActions();
    for (const QPointer<QWidget>& widget : std::as_const(m_hiddenByLock)) {
        if (widget)
            widget->show();
    }
    m_hiddenByLock.clear();
    if (m_stack->currentWidget() == m_signInScreen)
        m_signInScreen->prepare();
    else if (m_focusBeforeLock)
        m_focusBeforeLock->setFocus();
    else
        m_navigation->setFocus();
    m_inactivity->start();
    Q_EMIT lockedChanged(false);
}

void MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(inactivityTimeout(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    MessageBox::about(
        this, tr("About CoachVault"),
        tr("<h3>CoachVault %1</h3>"
           "<p>Quality coaching for contact centres, with the law built in.</p>"
           "<p>Call recordings, evaluations and notes are kept in an encrypted vault on this "
           "computer and handled by the rules of the Dutch contact-centre guideline on quality "
           "monitoring and the GDPR.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace cv::ui
