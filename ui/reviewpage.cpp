#include "ui/reviewpage.h"

#include "models/changetext.h"
#include "models/portfolio.h"
#include "models/reviewbreachesloader.h"
#include "models/reviewbreachmodel.h"
#include "models/reviewnotesloader.h"
#include "models/slaoverviewloader.h"
#include "models/storagetext.h"
#include "ui/preferences.h"
#include "ui/reviewexportdialog.h"
#include "ui/reviewperiodchooser.h"
#include "ui/viewstatekeeper.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <optional>

namespace Gui {

ReviewPage::ReviewPage(Models::Portfolio *portfolio, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_portfolio(portfolio), m_undoStack(undoStack), m_period(new ReviewPeriodChooser),
      m_status(new QLabel), m_risksLabel(new QLabel), m_risks(new QPlainTextEdit), m_actionsLabel(new QLabel),
      m_actions(new QPlainTextEdit), m_breachesLabel(new QLabel), m_breachesInfo(new QLabel),
      m_busy(new QProgressBar), m_readButton(new QPushButton), m_table(new QTableView),
      m_model(new Models::ReviewBreachModel(this)), m_saveTimer(new QTimer(this)), m_preview(new QPushButton),
      m_export(new QPushButton), m_previewAction(new QAction(this)),
      m_runner(new ReviewPackRunner(portfolio, this)), m_read(createBreachesRead())
{
    setObjectName(QStringLiteral("reviewPage"));
    m_risks->setObjectName(QStringLiteral("reviewRisks"));
    m_actions->setObjectName(QStringLiteral("reviewActions"));
    m_table->setObjectName(QStringLiteral("reviewBreaches"));
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(SaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &ReviewPage::saveNow);

    auto *top = new QHBoxLayout;
    top->addWidget(m_period);
    top->addStretch(1);
    top->addWidget(m_preview);
    top->addWidget(m_export);
    m_preview->setObjectName(QStringLiteral("reviewPreview"));
    m_export->setObjectName(QStringLiteral("reviewExport"));
    // The button's mnemonic would replace a shortcut set on it: the Print key is an action of the page.
    m_previewAction->setShortcut(QKeySequence::Print);
    m_previewAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_previewAction);
    connect(m_previewAction, &QAction::triggered, this, [this] {
        if (m_preview->isEnabled())
            preview();
    });
    connect(m_preview, &QPushButton::clicked, this, &ReviewPage::preview);
    connect(m_runner, &ReviewPackRunner::message, this, &ReviewPage::message);
    connect(m_runner, &ReviewPackRunner::exported, this, &ReviewPage::exported);
    connect(m_runner, &ReviewPackRunner::previewOpening, this, &ReviewPage::previewOpening);
    connect(m_export, &QPushButton::clicked, this, &ReviewPage::exportDialog);

    m_table->setModel(m_model);
    ViewState::setRowKey(m_table, {Models::ReviewBreachModel::TicketIdRole});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_breachesLabel->setBuddy(m_table);
    m_breachesInfo->setWordWrap(true);
    m_breachesInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *breaches = new QWidget;
    auto *breachesLayout = new QVBoxLayout(breaches);
    breachesLayout->setContentsMargins(0, 0, 0, 0);
    auto *breachesHead = new QHBoxLayout;
    breachesHead->addWidget(m_breachesLabel);
    breachesHead->addWidget(m_breachesInfo, 1);
    // While the breaches are read off the GUI thread (a second or so on a million tickets).
    m_busy->setObjectName(QStringLiteral("reviewBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_readButton->setObjectName(QStringLiteral("reviewReadBreaches"));
    m_readButton->hide();
    connect(m_readButton, &QPushButton::clicked, this, [this] {
        if (m_readingBreaches)
            cancelRead();
        else
            loadBreaches();
    });
    breachesHead->addWidget(m_busy);
    breachesHead->addWidget(m_readButton);
    breachesLayout->addLayout(breachesHead);
    breachesLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createNotes());
    splitter->addWidget(breaches);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    QWidget *previous = nullptr;
    QList<QWidget *> order = m_period->tabOrder();
    order << m_preview << m_export << m_risks << m_actions << m_readButton << m_table;
    for (QWidget *w : std::as_const(order)) {
        if (previous)
            setTabOrder(previous, w);
        previous = w;
    }

    connect(m_period, &ReviewPeriodChooser::periodChanged, this, [this] {
        // Typing of the previous period is saved under that period before the new one loads.
        m_keptPlace.reset();
        reload();
    });
    connect(m_risks, &QPlainTextEdit::textChanged, this, [this] { textEdited(Field::Risks); });
    connect(m_actions, &QPlainTextEdit::textChanged, this, [this] { textEdited(Field::Actions); });
    connect(m_model, &Models::ReviewBreachModel::rootCauseEdited, this, &ReviewPage::rootCauseEdited);
    connect(m_portfolio, &Models::Portfolio::aboutToReleaseDatabase, this, [this] {
        // The pack's read of the database that is going ends here, and its delivery with it.
        m_runner->abandon();
        releaseJob();
        // Versions of the database that is going mean nothing in the next one.
        m_ownRootCauseStamps.clear();
    });
    connect(m_portfolio, &Models::Portfolio::opened, this, [this] {
        m_dirty = false;
        showEngagement(0);
    });
    connect(m_portfolio, &Models::Portfolio::closed, this, [this] {
        m_dirty = false;
        showEngagement(0);
    });
    connect(m_portfolio, &Models::Portfolio::engagementChanged, this, [this](qint64 id) {
        // An edited engagement (its model may have gained or lost its SLA) or a deleted one.
        if (id == m_engagement.id)
            showEngagement(m_portfolio->engagement(id).id);
    });
    retranslate();
    showEngagement(0);
}

ReviewPage::~ReviewPage()
{
    saveNow();
}

QWidget *ReviewPage::createNotes()
{
    auto *notes = new QWidget;
    auto *grid = new QGridLayout(notes);
    grid->setContentsMargins(0, 0, 0, 0);
    for (QPlainTextEdit *editor : {m_risks, m_actions}) {
        editor->setTabChangesFocus(true);
        // The window's undo stack holds every edit; the editor's own would undo behind its back.
        editor->setUndoRedoEnabled(false);
        editor->installEventFilter(this);
    }
    m_risksLabel->setBuddy(m_risks);
    m_actionsLabel->setBuddy(m_actions);
    auto *actionsHead = new QHBoxLayout;
    actionsHead->addWidget(m_actionsLabel);
    actionsHead->addStretch(1);
    actionsHead->addWidget(m_status); // what happened to the notes, beside them
    grid->addWidget(m_risksLabel, 0, 0);
    grid->addLayout(actionsHead, 0, 1);
    grid->addWidget(m_risks, 1, 0);
    grid->addWidget(m_actions, 1, 1);
    grid->setRowStretch(1, 1);
    return notes;
}

void ReviewPage::retranslate()
{
    m_risksLabel->setText(tr("&Risks:"));
    m_actionsLabel->setText(tr("&Actions:"));
    m_breachesLabel->setText(tr("&Breaches:"));
    m_risks->setAccessibleName(tr("Risks of the review period"));
    m_risks->setAccessibleDescription(tr("Plain text, printed in the review pack; saved as you type"));
    m_risks->setPlaceholderText(tr("Risks the client should know about in this period…"));
    m_actions->setAccessibleName(tr("Actions of the review period"));
    m_actions->setAccessibleDescription(tr("Plain text, printed in the review pack; saved as you type"));
    m_actions->setPlaceholderText(tr("Actions agreed for the next period, with owners and dates…"));
    m_table->setAccessibleName(tr("SLA breaches of the review period"));
    m_table->setAccessibleDescription(
        tr("One row per breached ticket with the engine's explanation; the last column, "
           "the root cause, is editable"));
    m_preview->setText(tr("Pre&view…"));
    m_preview->setToolTip(tr("Print preview of the review pack (%1)")
                              .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    m_preview->setAccessibleName(tr("Preview the review pack"));
    m_preview->setAccessibleDescription(
        tr("Reads the period's figures and shows the pages as they will print"));
    m_export->setText(tr("E&xport review pack…"));
    m_export->setToolTip(tr("Write the review pack as a PDF, with its data appendix if you like"));
    m_export->setAccessibleName(tr("Export the review pack"));
    m_export->setAccessibleDescription(
        tr("Writes the review pack of the period as a PDF, optionally with an XLSX data appendix"));
    m_busy->setAccessibleName(tr("Reading the breaches"));
    setReading(m_readingBreaches); // the button's text, and updateStatus()
}

void ReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The explanations come in the new language (rows as tall as their text change height;
        // the table scrolls by rows, so the top row stays).
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void ReviewPage::hideEvent(QHideEvent *event)
{
    saveNow();
    QWidget::hideEvent(event);
}

bool ReviewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_risks || watched == m_actions) {
        if (event->type() == QEvent::ShortcutOverride) {
            // Undo and redo belong to the window's stack: left unaccepted, the shortcut fires
            // there instead of in the editor (whose own undo is off).
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
                return true;
        } else if (event->type() == QEvent::FocusOut) {
            saveNow();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReviewPage::setNow(const QDateTime &now)
{
    m_now = now;
    showEngagement(m_engagement.id);
}

QDateTime ReviewPage::now() const
{
    // The wall clock is read in the UI, never below it.
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

bool ReviewPage::isReadOnly() const
{
    return m_portfolio->isReadOnly();
}

void ReviewPage::showEngagement(qint64 id)
{
    saveNow();
    const bool same = id != 0 && id == m_engagement.id;
    m_engagement = id != 0 && m_portfolio->isOpen() ? m_portfolio->engagement(id) : Domain::Engagement();
    if (m_engagement.id != 0) {
        const QDate nowMonth = Models::SlaOverviewLoader::monthOf(m_engagement, now().toSecsSinceEpoch());
        const QSignalBlocker blocker(m_period);
        m_period->setMonths(m_engagement.start.isValid() ? m_engagement.start : nowMonth, nowMonth);
        if (!same)
            m_period->chooseDefault();
    }
    m_period->setEnabled(m_engagement.id != 0);
    m_preview->setEnabled(m_engagement.id != 0);
    m_export->setEnabled(m_engagement.id != 0);
    // The same engagement read again (edited, others changed it): the breaches stay where the
    // user was in them once they are read again.
    if (!same)
        m_keptPlace.reset();
    else if (m_model->rowCount() > 0)
        m_keptPlace = ViewState::of(m_table);
    reload();
}

void ReviewPage::setPeriod(const QDate &start, const QDate &end)
{
    m_period->setPeriod(start, end); // reloads through periodChanged
}

void ReviewPage::reload()
{
    saveNow(); // under the period shown until now
    ++m_session;
    m_shownStart = m_engagement.id != 0 ? m_period->start() : QDate();
    m_shownEnd = m_engagement.id != 0 ? m_period->end() : QDate();
    loadNotes();
    loadBreaches();
    updateReadOnly();
    updateStatus();
}

void ReviewPage::loadNotes()
{
    Models::ReviewNotes notes;
    m_loadProblem.clear();
    if (m_engagement.id != 0) {
        Storage::StorageError error;
        notes = Models::ReviewNotesLoader(*m_portfolio->database())
                    .load(m_engagement.key, periodStart(), periodEnd(), &error);
        if (error)
            m_loadProblem = Models::StorageText::message(error);
    }
    m_lastRisks = notes.risks;
    m_lastActions = notes.actions;
    m_notesStamp = notes.stamp;
    updateNotesToolTips();
    setEditorText(m_risks, notes.risks);
    setEditorText(m_actions, notes.actions);
    m_dirty = false;
    m_saveTimer->stop();
    m_rootCauses = notes.rootCauses;
    m_rootCauseStamps = notes.rootCauseStamps;
}

void ReviewPage::setEditorText(QPlainTextEdit *editor, const QString &text)
{
    if (editor->toPlainText() == text)
        return;
    m_loading = true;
    editor->setPlainText(text);
    m_loading = false;
}

void ReviewPage::updateReadOnly()
{
    const bool editable = m_engagement.id != 0 && !isReadOnly();
    m_risks->setReadOnly(!editable);
    m_actions->setReadOnly(!editable);
    m_model->setEditable(editable);
}

void ReviewPage::updateStatus()
{
    if (m_engagement.id == 0)
        m_status->setText(tr("Choose an engagement to prepare its review."));
    else if (!m_loadProblem.isEmpty())
        m_status->setText(m_loadProblem);
    else if (isReadOnly())
        m_status->setText(tr("Read-only: this database is an offline bundle."));
    else
        m_status->setText(m_dirty ? tr("Editing…") : tr("Notes are saved as you type."));
    m_status->setAccessibleName(m_status->text());
    m_breachesInfo->setText(breachesText());
}

void ReviewPage::textEdited(Field field)
{
    if (m_loading || m_engagement.id == 0 || isReadOnly())
        return;
    QPlainTextEdit *editor = field == Field::Risks ? m_risks : m_actions;
    QString &last = field == Field::Risks ? m_lastRisks : m_lastActions;
    const QString text = editor->toPlainText();
    if (text == last)
        return;
    const QString before = std::exchange(last, text);
    m_dirty = true;
    m_saveTimer->start();
    m_undoStack->push(new EditReviewTextCommand(this, m_engagement.key, periodStart(), periodEnd(), field,
                                                before, text, m_session));
    updateStatus();
}

void ReviewPage::saveNow()
{
    m_saveTimer->stop();
    if (!m_dirty)
        return;
    // A pause or leaving the editor ends the typing step: the next edit is a step of its own.
    ++m_session;
    if (save(m_risks->toPlainText(), m_actions->toPlainText()))
        m_dirty = false;
    updateStatus();
}

bool ReviewPage::save(const QString &risks, const QString &actions)
{
    if (m_engagement.id == 0 || !m_portfolio->isOpen())
        return false;
    Storage::StorageError error;
    if (!Models::ReviewNotesLoader(*m_portfolio->database())
             .saveRisksAndActions(m_engagement.key, periodStart(), periodEnd(), risks, actions,
                                  now().toSecsSinceEpoch(), &m_notesStamp, &error)) {
        emit message(Models::StorageText::message(tr("The review notes were not saved"), error), true);
        // Someone else saved these notes since they were read: show theirs, never overwrite them.
        if (error.kind == Storage::StorageError::Kind::Conflict)
            loadNotes();
        return false;
    }
    updateNotesToolTips();
    return true;
}

void ReviewPage::updateNotesToolTips()
{
    const QString who = Models::ChangeText::line(m_notesStamp);
    m_risks->setToolTip(who);
    m_actions->setToolTip(who);
}

bool ReviewPage::applyPeriodText(const QString &engagementKey, const QDate &start, const QDate &end,
                                 Field field, const QString &text)
{
    saveNow();
    if (!m_portfolio->isOpen())
        return false;
    const bool sameEngagement = engagementKey == m_engagement.key;
    if (sameEngagement && (start != periodStart() || end != periodEnd()))
        setPeriod(start, end); // show the period whose notes change
    if (sameEngagement && start == periodStart() && end == periodEnd()) {
        const QString risks = field == Field::Risks ? text : m_risks->toPlainText();
        const QString actions = field == Field::Actions ? text : m_actions->toPlainText();
        if (!save(risks, actions))
            return false;
        ++m_session;
        (field == Field::Risks ? m_lastRisks : m_lastActions) = text;
        setEditorText(field == Field::Risks ? m_risks : m_actions, text);
        m_dirty = false;
        updateStatus();
        return true;
    }
    // Another engagement's notes: change them in the database only.
    const Models::ReviewNotesLoader loader(*m_portfolio->database());
    Storage::StorageError error;
    Models::ReviewNotes stored = loader.load(engagementKey, start, end, &error);
    if (!error) {
        (field == Field::Risks ? stored.risks : stored.actions) = text;
        loader.saveRisksAndActions(engagementKey, start, end, stored.risks, stored.actions,
                                   now().toSecsSinceEpoch(), &stored.stamp, &error);
    }
    if (error) {
        emit message(Models::StorageText::message(tr("The review notes were not saved"), error), true);
        return false;
    }
    return true;
}

ReviewPackRunner::Request ReviewPage::packRequest(const QString &preparedBy) const
{
    static_assert(int(ReviewPeriodChooser::Kind::Range) == int(Models::ReviewPeriod::Kind::Range));
    return {m_engagement.key,
            {static_cast<Models::ReviewPeriod::Kind>(m_period->kind()), periodStart(), periodEnd()},
            m_period->periodText(),
            now(),
            preparedBy};
}

void ReviewPage::preview()
{
    if (m_engagement.id == 0)
        return;
    saveNow(); // the pack prints what the editors show
    m_runner->preview(packRequest(Preferences().preparedBy()));
}

void ReviewPage::exportDialog()
{
    if (m_engagement.id == 0)
        return;
    const Models::ReviewPeriod period{static_cast<Models::ReviewPeriod::Kind>(m_period->kind()),
                                      periodStart(), periodEnd()};
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("%1-review-%2.pdf").arg(m_engagement.key, period.id());
    ReviewExportDialog dialog(QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(name),
                              Preferences().preparedBy(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Preferences().setPreparedBy(dialog.preparedBy());
    exportPack(dialog.pdfPath(), dialog.dataPath(), dialog.preparedBy());
}

void ReviewPage::exportPack(const QString &pdfPath, const QString &dataPath, const QString &preparedBy)
{
    if (m_engagement.id == 0) {
        emit exported(false);
        return;
    }
    saveNow(); // the pack prints what the editors show
    m_runner->exportPack(packRequest(preparedBy), pdfPath, dataPath);
}

} // namespace Gui
