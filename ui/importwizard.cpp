#include "ui/importwizard.h"

#include "ui/importreportpage.h"

#include "models/domaintext.h"
#include "models/importjob.h"
#include "models/importmappingstore.h"
#include "models/importreporttext.h"
#include "models/portfolio.h"
#include "models/storagetext.h"
#include "models/exchange/csv/csvline.h"
#include "models/exchange/csv/csvreader.h"
#include "models/exchange/sources/columnmapping.h"
#include "models/exchange/sources/importsources.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace Gui {

namespace {

using Field = Exchange::ColumnMapping::Field;

/// The header and first rows of a CSV file, for detection and the preview.
struct CsvPeek
{
    QStringList header;
    QVector<QStringList> rows;
    QString error;
};

CsvPeek peek(const QString &path, int maxRows = 8)
{
    CsvPeek result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
    Exchange::CsvReader reader(&file, QFileInfo(path).fileName());
    if (!reader.readHeader()) {
        result.error = reader.error().reason;
        return result;
    }
    result.header = reader.header();
    // Zendesk Explore writes each record as one quoted field holding the whole record.
    const QChar inner =
        result.header.size() == 1 ? Exchange::CsvLine::wrappedDelimiter(result.header.constFirst()) : QChar();
    if (!inner.isNull())
        result.header = Exchange::CsvLine::split(result.header.constFirst(), inner);
    Exchange::CsvRow row;
    while (result.rows.size() < maxRows && reader.next(&row)) {
        if (!inner.isNull() && row.fields.size() == 1)
            row.fields = Exchange::CsvLine::split(row.fields.constFirst(), inner);
        result.rows.append(row.fields);
    }
    return result;
}

QString sourceName(const QString &id)
{
    static const QHash<QString, const char *> s_names = {
        {QStringLiteral("servicenow"), QT_TRANSLATE_NOOP("Gui::ImportWizard", "ServiceNow list export")},
        {QStringLiteral("servicenow-events"), QT_TRANSLATE_NOOP("Gui::ImportWizard", "ServiceNow event log")},
        {QStringLiteral("jira"), QT_TRANSLATE_NOOP("Gui::ImportWizard", "Jira Service Management")},
        {QStringLiteral("zendesk"), QT_TRANSLATE_NOOP("Gui::ImportWizard", "Zendesk tickets")},
        {QStringLiteral("tempo"), QT_TRANSLATE_NOOP("Gui::ImportWizard", "Tempo worklogs")},
        {QStringLiteral("kimai"), QT_TRANSLATE_NOOP("Gui::ImportWizard", "Kimai timesheet")},
        {QStringLiteral("harvest"), QT_TRANSLATE_NOOP("Gui::ImportWizard", "Harvest time report")},
    };
    const char *name = s_names.value(id);
    return name ? ImportWizard::tr(name) : id;
}

QString fieldName(Field field)
{
    switch (field) {
    case Field::Key: return ImportWizard::tr("Ticket number");
    case Field::Title: return ImportWizard::tr("Title");
    case Field::Type: return ImportWizard::tr("Type");
    case Field::Priority: return ImportWizard::tr("Priority");
    case Field::Status: return ImportWizard::tr("Status");
    case Field::Created: return ImportWizard::tr("Created");
    case Field::FirstResponse: return ImportWizard::tr("First response");
    case Field::Resolved: return ImportWizard::tr("Resolved");
    case Field::WorklogId: return ImportWizard::tr("Worklog id");
    case Field::Date: return ImportWizard::tr("Date");
    case Field::Person: return ImportWizard::tr("Person");
    case Field::Duration: return ImportWizard::tr("Duration");
    case Field::Activity: return ImportWizard::tr("Activity");
    case Field::Description: return ImportWizard::tr("Description");
    case Field::TicketKey: return ImportWizard::tr("Ticket");
    case Field::Role: return ImportWizard::tr("Role");
    }
    return {};
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

// ---------------------------------------------------------------------------------------------

/// File, engagement, source and the export's time zone.
class ImportFilePage : public QWizardPage
{
public:
    explicit ImportFilePage(ImportWizard *wizard);
    void retranslate();
    void setFile(const QString &path) { m_path->setText(path); }
    QString file() const { return m_path->text().trimmed(); }
    qint64 engagementId() const { return m_engagement->currentData().toLongLong(); }
    void setEngagement(qint64 id) { m_engagement->setCurrentIndex(qMax(0, m_engagement->findData(id))); }
    QString source() const { return m_source->currentData().toString(); }
    void setSource(const QString &id) { m_source->setCurrentIndex(qMax(0, m_source->findData(id))); }
    QByteArray zone() const { return m_zone->currentText().trimmed().toUtf8(); }
    /// The export's date order; empty: the source's usual one (decided from the file for lists).
    std::optional<Exchange::DateTimeParser::Format> dateOrder() const
    {
        const int f = m_dateOrder->currentData().toInt();
        return f < 0 ? std::nullopt : std::optional(static_cast<Exchange::DateTimeParser::Format>(f));
    }
    /// One severity for every ticket (a list without priorities); empty: from the priority column.
    std::optional<int> severity() const
    {
        const int n = m_severity->currentData().toInt();
        return n > 0 ? std::optional(n) : std::nullopt;
    }
    CsvPeek filePeek() const { return m_peek; }
    bool isComplete() const override;
    int nextId() const override;

private:
    void fillEngagements();
    void fillSources();
    void fileChanged();
    void updateZone();

    ImportWizard *m_wizard;
    QLabel *m_fileLabel = new QLabel;
    QLineEdit *m_path = new QLineEdit;
    QPushButton *m_browse = new QPushButton;
    QComboBox *m_engagement = new QComboBox;
    QComboBox *m_source = new QComboBox;
    QComboBox *m_zone = new QComboBox;
    QComboBox *m_dateOrder = new QComboBox;
    QComboBox *m_severity = new QComboBox;
    QLabel *m_detected = new QLabel;
    QFormLayout *m_form = new QFormLayout;
    CsvPeek m_peek;
};

ImportFilePage::ImportFilePage(ImportWizard *wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importFilePage"));
    m_path->setObjectName(QStringLiteral("importFile"));
    m_engagement->setObjectName(QStringLiteral("importEngagement"));
    m_source->setObjectName(QStringLiteral("importSource"));
    m_zone->setObjectName(QStringLiteral("importZone"));
    m_zone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_detected->setWordWrap(true);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    m_form->addRow(m_fileLabel, fileRow);
    m_form->addRow(new QLabel, m_engagement);
    m_form->addRow(new QLabel, m_source);
    m_form->addRow(new QLabel, m_zone);
    m_dateOrder->setObjectName(QStringLiteral("importDateOrder"));
    m_severity->setObjectName(QStringLiteral("importSeverity"));
    m_form->addRow(new QLabel, m_dateOrder);
    m_form->addRow(new QLabel, m_severity);
    m_form->addRow(QString(), m_detected);
    setLayout(m_form);
    fillEngagements();
    fillSources();
    connect(m_path, &QLineEdit::textChanged, this, [this] { fileChanged(); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, ImportWizard::tr("Import file"), file(),
                                                          ImportWizard::tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    connect(m_engagement, &QComboBox::currentIndexChanged, this, [this] { updateZone(); emit completeChanged(); });
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] { updateZone(); emit completeChanged(); });
    connect(m_zone, &QComboBox::currentTextChanged, this, &QWizardPage::completeChanged);
    retranslate();
}

void ImportFilePage::retranslate()
{
    setTitle(ImportWizard::tr("Choose the file"));
    setSubTitle(ImportWizard::tr("An export of a ticketing or time-tracking tool. Nothing is written until you "
                                 "commit the report."));
    m_fileLabel->setText(ImportWizard::tr("&File:"));
    m_fileLabel->setBuddy(m_path);
    m_browse->setText(ImportWizard::tr("&Browse…"));
    auto label = [this](QWidget *field) { return qobject_cast<QLabel *>(m_form->labelForField(field)); };
    label(m_engagement)->setText(ImportWizard::tr("&Engagement:"));
    label(m_engagement)->setBuddy(m_engagement);
    label(m_source)->setText(ImportWizard::tr("&Source:"));
    label(m_source)->setBuddy(m_source);
    label(m_zone)->setText(ImportWizard::tr("Export's &time zone:"));
    label(m_zone)->setBuddy(m_zone);
    label(m_dateOrder)->setText(ImportWizard::tr("&Date order:"));
    label(m_dateOrder)->setBuddy(m_dateOrder);
    label(m_severity)->setText(ImportWizard::tr("Se&verity:"));
    label(m_severity)->setBuddy(m_severity);
    {
        using Format = Exchange::DateTimeParser::Format;
        const int order = qMax(0, m_dateOrder->currentIndex());
        const QSignalBlocker blocker(m_dateOrder);
        m_dateOrder->clear();
        m_dateOrder->addItem(ImportWizard::tr("As the source writes it (lists: decided from the file)"), -1);
        m_dateOrder->addItem(ImportWizard::tr("Day-month-year (31-12-2026)"), int(Format::DayMonthYear));
        m_dateOrder->addItem(ImportWizard::tr("Month-day-year (12-31-2026)"), int(Format::MonthDayYear));
        m_dateOrder->addItem(ImportWizard::tr("Year-month-day (2026-12-31)"), int(Format::Iso8601));
        m_dateOrder->setCurrentIndex(order);
        const int severity = qMax(0, m_severity->currentIndex());
        const QSignalBlocker severityBlocker(m_severity);
        m_severity->clear();
        m_severity->addItem(ImportWizard::tr("From each ticket's priority"), 0);
        for (int n = 1; n <= 4; ++n)
            m_severity->addItem(ImportWizard::tr("Severity %1 for every ticket").arg(n), n);
        m_severity->setCurrentIndex(severity);
    }
    const QString current = source();
    fillSources();
    setSource(current);
    fileChanged();
}

void ImportFilePage::fillEngagements()
{
    const Models::EngagementListModel *model = m_wizard->portfolio()->engagements();
    for (int row = 0; row < model->rowCount(); ++row) {
        const Domain::Engagement e = model->engagementAt(row);
        m_engagement->addItem(QStringLiteral("%1 – %2").arg(e.key, e.client), e.id);
    }
}

void ImportFilePage::fillSources()
{
    const QSignalBlocker blocker(m_source);
    m_source->clear();
    for (const QString &id : Exchange::ImportSources::ids())
        m_source->addItem(sourceName(id), id);
    QStringList profiles;
    if (const Storage::Database *db = m_wizard->portfolio()->database())
        (void)Models::ImportMappingStore(*db).profileNames(&profiles); // none listed when they cannot be read
    for (const QString &name : qAsConst(profiles))
        m_source->addItem(ImportWizard::tr("Profile: %1").arg(name), QStringLiteral("profile:") + name);
    m_source->addItem(ImportWizard::tr("Any other CSV (map the columns)"), ImportWizard::mappingSourceId());
}

void ImportFilePage::fileChanged()
{
    m_peek = file().isEmpty() ? CsvPeek() : peek(file());
    if (file().isEmpty()) {
        m_detected->clear();
    } else if (!m_peek.error.isEmpty()) {
        m_detected->setText(ImportWizard::tr("This file cannot be read: %1").arg(m_peek.error));
    } else {
        const QString detected = Exchange::ImportSources::detect(m_peek.header);
        setSource(detected.isEmpty() ? ImportWizard::mappingSourceId() : detected);
        m_detected->setText(detected.isEmpty()
                                ? ImportWizard::tr("The columns match no known export: map them on the next page.")
                                : ImportWizard::tr("Recognised as: %1. You can choose another source.").arg(sourceName(detected)));
    }
    emit completeChanged();
}

void ImportFilePage::updateZone()
{
    const Storage::Database *db = m_wizard->portfolio()->database();
    const Domain::Engagement e = m_wizard->portfolio()->engagement(engagementId());
    QByteArray zone;
    if (db && e.id != 0)
        zone = Models::ImportMappingStore(*db).lastZone(e.id, source());
    if (zone.isEmpty())
        zone = e.timeZone;
    m_zone->setCurrentText(QString::fromUtf8(zone));
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(file()).isFile() && m_peek.error.isEmpty() && engagementId() != 0 && !source().isEmpty()
        && QTimeZone(zone()).isValid();
}

int ImportFilePage::nextId() const
{
    return source() == ImportWizard::mappingSourceId() ? ImportWizard::MappingPageId : ImportWizard::RunPageId;
}

// ---------------------------------------------------------------------------------------------

/// Columns of any other CSV: a preview and one combo box per field, saved as a named profile.
class ImportMappingPage : public QWizardPage
{
public:
    ImportMappingPage(ImportWizard *wizard, ImportFilePage *filePage);
    void retranslate();
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override { return ImportWizard::RunPageId; }
    Exchange::ColumnMapping mapping() const;
    QComboBox *fieldBox(Field field) const { return m_boxes.value(field); }
    QLineEdit *nameEdit() const { return m_name; }

private:
    void buildFields();

    ImportWizard *m_wizard;
    ImportFilePage *m_filePage;
    QTableWidget *m_preview = new QTableWidget;
    QComboBox *m_rowKind = new QComboBox;
    QLineEdit *m_name = new QLineEdit;
    QLabel *m_missing = new QLabel;
    QFormLayout *m_form = new QFormLayout;
    QFormLayout *m_fields = new QFormLayout;
    QHash<Field, QComboBox *> m_boxes;
    Exchange::ColumnMapping m_suggested;
};

ImportMappingPage::ImportMappingPage(ImportWizard *wizard, ImportFilePage *filePage) : m_wizard(wizard), m_filePage(filePage)
{
    setObjectName(QStringLiteral("importMappingPage"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_rowKind->setObjectName(QStringLiteral("rowKind"));
    m_preview->setObjectName(QStringLiteral("mappingPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setTabKeyNavigation(false); // Tab goes on to the mapping's fields; arrows move in the preview
    m_preview->verticalHeader()->hide();
    m_preview->setMaximumHeight(170);
    m_missing->setWordWrap(true);
    m_form->addRow(new QLabel, m_name);
    m_form->addRow(new QLabel, m_rowKind);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview);
    layout->addLayout(m_form);
    layout->addLayout(m_fields);
    layout->addWidget(m_missing);
    m_rowKind->addItem(QString(), int(Exchange::ColumnMapping::RowKind::Tickets));
    m_rowKind->addItem(QString(), int(Exchange::ColumnMapping::RowKind::Worklogs));
    connect(m_rowKind, &QComboBox::currentIndexChanged, this, [this] { buildFields(); });
    connect(m_name, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    retranslate();
}

void ImportMappingPage::retranslate()
{
    setTitle(ImportWizard::tr("Map the columns"));
    setSubTitle(ImportWizard::tr("Which column holds what. The mapping is saved under its name for next month's file."));
    m_preview->setAccessibleName(ImportWizard::tr("First rows of the file"));
    m_rowKind->setItemText(0, ImportWizard::tr("Tickets"));
    m_rowKind->setItemText(1, ImportWizard::tr("Worklogs"));
    auto label = [this](QWidget *field) { return qobject_cast<QLabel *>(m_form->labelForField(field)); };
    label(m_name)->setText(ImportWizard::tr("Profile &name:"));
    label(m_name)->setBuddy(m_name);
    label(m_rowKind)->setText(ImportWizard::tr("&Rows are:"));
    label(m_rowKind)->setBuddy(m_rowKind);
    buildFields();
}

void ImportMappingPage::initializePage()
{
    const CsvPeek data = m_filePage->filePeek();
    m_preview->clear();
    m_preview->setColumnCount(int(data.header.size()));
    m_preview->setRowCount(int(data.rows.size()));
    m_preview->setHorizontalHeaderLabels(data.header);
    for (int r = 0; r < data.rows.size(); ++r) {
        for (int c = 0; c < data.rows.at(r).size() && c < data.header.size(); ++c)
            m_preview->setItem(r, c, readOnlyItem(data.rows.at(r).at(c)));
    }
    m_preview->resizeColumnsToContents();
    m_suggested = Exchange::ColumnMapping::suggest(data.header);
    if (m_name->text().isEmpty())
        m_name->setText(QFileInfo(m_filePage->file()).completeBaseName());
    const QSignalBlocker blocker(m_rowKind);
    m_rowKind->setCurrentIndex(m_rowKind->findData(int(m_suggested.rowKind)));
    buildFields();
}

void ImportMappingPage::buildFields()
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_boxes.clear();
    const auto kind = Exchange::ColumnMapping::RowKind(m_rowKind->currentData().toInt());
    const QStringList header = m_filePage->filePeek().header;
    for (Field field : Exchange::ColumnMapping::fields(kind)) {
        auto *box = new QComboBox;
        box->setObjectName(QStringLiteral("field-") + Exchange::ColumnMapping::fieldId(field));
        box->addItem(ImportWizard::tr("(not in the file)"), QString());
        for (const QString &column : header)
            box->addItem(column, column);
        if (kind == m_suggested.rowKind)
            box->setCurrentIndex(qMax(0, box->findData(m_suggested.header(field))));
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            const QVector<Field> missing = mapping().missingFields();
            QStringList names;
            for (Field f : missing)
                names.append(fieldName(f));
            m_missing->setText(names.isEmpty() ? QString()
                                               : ImportWizard::tr("Still needed: %1").arg(names.join(QStringLiteral(", "))));
            emit completeChanged();
        });
        m_fields->addRow(fieldName(field) + QLatin1Char(':'), box);
        m_boxes.insert(field, box);
    }
    if (!m_boxes.isEmpty())
        emit m_boxes.begin().value()->currentIndexChanged(0);
}

Exchange::ColumnMapping ImportMappingPage::mapping() const
{
    Exchange::ColumnMapping mapping;
    mapping.name = m_name->text().trimmed();
    mapping.rowKind = Exchange::ColumnMapping::RowKind(m_rowKind->currentData().toInt());
    mapping.durationUnit = m_suggested.durationUnit;
    QStringList samples;
    const CsvPeek data = m_filePage->filePeek();
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const QString column = it.value()->currentData().toString();
        mapping.setHeader(it.key(), column);
        const int index = int(data.header.indexOf(column));
        if (!column.isEmpty() && (it.key() == Field::Created || it.key() == Field::Date)) {
            for (const QStringList &row : data.rows)
                samples.append(row.value(index));
        }
    }
    mapping.dateFormat = Exchange::ColumnMapping::suggestDateFormat(samples);
    return mapping;
}

bool ImportMappingPage::isComplete() const
{
    return !m_name->text().trimmed().isEmpty() && mapping().missingFields().isEmpty();
}

bool ImportMappingPage::validatePage()
{
    const QString error = Models::ImportMappingStore(*m_wizard->portfolio()->database()).saveProfile(mapping());
    if (!error.isEmpty()) {
        m_missing->setText(error);
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------

/// Reading the file off the GUI thread: progress and Cancel.
class ImportRunPage : public QWizardPage
{
public:
    explicit ImportRunPage(ImportWizard *wizard);
    void retranslate();
    void initializePage() override { m_wizard->startJob(); }
    bool isComplete() const override { return m_wizard->isStaged() || m_wizard->isJobFinished(); }
    int nextId() const override { return ImportWizard::ReportPageId; }
    void setProgress(qint64 done, qint64 total);
    void setStatus(const QString &text) { m_status->setText(text); }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    ImportWizard *m_wizard;
    QLabel *m_status = new QLabel;
    QProgressBar *m_progress = new QProgressBar;
    QPushButton *m_cancel = new QPushButton;
};

ImportRunPage::ImportRunPage(ImportWizard *wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importRunPage"));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_cancel);
    layout->addLayout(row);
    layout->addStretch();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_wizard->job())
            m_wizard->job()->cancel();
    });
    retranslate();
}

void ImportRunPage::retranslate()
{
    setTitle(ImportWizard::tr("Reading the file"));
    setSubTitle(ImportWizard::tr("The rows are checked and staged; you can keep working in the window meanwhile."));
    m_cancel->setText(ImportWizard::tr("Cancel &reading"));
}

void ImportRunPage::setProgress(qint64 done, qint64 total)
{
    // QProgressBar is int: show per mille of files of any size.
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

// ---------------------------------------------------------------------------------------------


// ---------------------------------------------------------------------------------------------

ImportWizard::ImportWizard(Models::Portfolio *portfolio, QWidget *parent)
    : QWizard(parent), m_portfolio(portfolio), m_filePage(new ImportFilePage(this)),
      m_mappingPage(new ImportMappingPage(this, m_filePage)), m_runPage(new ImportRunPage(this)),
      m_reportPage(new ImportReportPage(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(RunPageId, m_runPage);
    setPage(ReportPageId, m_reportPage);
    setOption(QWizard::NoBackButtonOnStartPage);
    // Back from the report discards what was read and returns to the choices (the run page would
    // only read the same file again).
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        const int previous = m_shownPage;
        m_shownPage = id;
        if (id == RunPageId && previous == ReportPageId && !m_rereading) {
            if (m_job && !m_finished) {
                // The discarded run says nothing more: its `finished` came before the step back
                // below under load and moved the wizard on to the report again.
                disconnect(m_job.get(), nullptr, this, nullptr);
                m_job->discard();
            }
            m_staged = false;
            m_skipBadRows = false;
            QTimer::singleShot(0, this, [this] {
                if (currentId() == RunPageId)
                    back();
            });
        }
    });
    resize(760, 560);
    retranslate();
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::retranslate()
{
    setWindowTitle(tr("Import"));
    setButtonText(QWizard::FinishButton, tr("&Commit"));
    m_filePage->retranslate();
    m_mappingPage->retranslate();
    m_runPage->retranslate();
    m_reportPage->retranslate();
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void ImportWizard::setFile(const QString &path) { m_filePage->setFile(path); }
void ImportWizard::setEngagement(qint64 id) { m_filePage->setEngagement(id); }
void ImportWizard::setSource(const QString &id) { m_filePage->setSource(id); }

QString ImportWizard::source() const
{
    const QString chosen = m_filePage->source();
    if (chosen == mappingSourceId())
        return QStringLiteral("profile:") + m_mappingPage->mapping().name;
    return chosen;
}

void ImportWizard::startJob()
{
    if (m_job) {
        // Discard the previous run and let its worker roll back before the new one writes.
        disconnect(m_job.get(), nullptr, this, nullptr);
        m_job->cancel();
        while (m_job->isRunning())
            QThread::msleep(5); // the rollback needs nothing from this thread
        m_retiredJobs.push_back(std::move(m_job));
    }
    m_staged = false;
    m_finished = false;
    m_report = {};
    const Domain::Engagement engagement = m_portfolio->engagement(m_filePage->engagementId());
    Storage::ImportSession::Options options;
    options.source = source();
    options.timeZone = m_filePage->zone();
    options.skipBadRows = m_skipBadRows;
    options.dateFormat = m_filePage->dateOrder();
    options.severity = m_filePage->severity();
    m_job = std::make_unique<Models::ImportJob>(*m_portfolio->database(), m_portfolio->beforeImportCommit(), engagement,
                                                m_filePage->file(), options);
    m_runPage->setProgress(0, 1);
    m_runPage->setStatus(tr("Reading %1 as %2 …").arg(QFileInfo(m_filePage->file()).fileName(),
                                                      m_filePage->source() == mappingSourceId()
                                                          ? m_mappingPage->mapping().name
                                                          : sourceName(options.source)));
    m_runPage->cancelButton()->setEnabled(true);
    connect(m_job.get(), &Models::ImportJob::progress, this, [this](qint64 done, qint64 total) {
        m_runPage->setProgress(done, total);
    });
    connect(m_job.get(), &Models::ImportJob::staged, this, [this](const Storage::ImportReport &report) {
        m_report = report;
        m_staged = true;
        m_runPage->setProgress(1, 1);
        m_runPage->cancelButton()->setEnabled(false);
        emit m_runPage->completeChanged();
        if (currentId() == RunPageId)
            next();
    });
    connect(m_job.get(), &Models::ImportJob::finished, this, [this](const Storage::ImportReport &report) {
        m_report = report;
        m_finished = true;
        m_runPage->cancelButton()->setEnabled(false);
        m_runPage->setStatus(Models::ImportReportText::outcome(report));
        emit m_runPage->completeChanged();
        if (currentId() == RunPageId && !m_staged)
            next();
        else if (currentId() == ReportPageId)
            m_reportPage->initializePage();
    });
    m_job->start();
}

void ImportWizard::rereadSkippingBadRows()
{
    m_skipBadRows = true;
    m_rereading = true;
    back();
    m_rereading = false;
    startJob();
}

void ImportWizard::rememberSeveritiesAndReread(const QHash<QString, int> &severities)
{
    // The staged import holds the write transaction: discard it before the mappings are saved.
    if (m_job && !m_finished) {
        disconnect(m_job.get(), nullptr, this, nullptr);
        m_job->cancel();
        while (m_job->isRunning())
            QThread::msleep(5);
    }
    const QString error = Models::ImportMappingStore(*m_portfolio->database()).rememberSeverities(severities);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Import"), error);
    m_rereading = true;
    back();
    m_rereading = false;
    startJob();
}

void ImportWizard::commitAndWait()
{
    QEventLoop loop;
    connect(m_job.get(), &Models::ImportJob::finished, &loop, &QEventLoop::quit);
    m_job->commit();
    if (!m_finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
}

void ImportWizard::done(int result)
{
    if (result == QDialog::Accepted && m_job && m_staged && !m_finished) {
        // Tickets far outside the engagement's period are a wrong file or a wrong engagement: ask.
        const QString question =
            Models::ImportReportText::outsidePeriodQuestion(m_report, m_portfolio->engagement(m_filePage->engagementId()));
        if (!question.isEmpty()
            && QMessageBox::question(this, tr("Import"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                != QMessageBox::Yes)
            return; // the report stays open: Back, Cancel or Commit again
        const QHash<QString, Domain::Role> roles = m_reportPage->chosenRoles();
        commitAndWait();
        const Storage::Database &db = *m_portfolio->database();
        if (m_report.isCommitted() && !roles.isEmpty()) {
            // After the commit: the import's transaction held the database until now. The import
            // itself is in; only the roles are not remembered when this fails, and the user is told.
            const QString error = Models::ImportMappingStore(db).rememberRoles(roles);
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Import"), error);
        }
        if (m_report.isCommitted() && m_report.skipBadRows && m_report.rejectedCount > 0) {
            QString error;
            Models::ImportReportText::save(
                m_report,
                Models::ImportReportText::reportFilePath(db.path(), m_report.source, QDateTime::currentDateTime()), &error);
        }
        emit imported(m_report);
    } else if (m_job) {
        m_job->cancel();
    }
    m_job.reset();
    QWizard::done(result);
}

} // namespace Gui
