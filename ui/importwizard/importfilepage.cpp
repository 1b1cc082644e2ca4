#include "ui/importwizard/importfilepage.h"

#include "models/changetext.h"
#include "models/exchange/sources/importsources.h"
#include "models/importmappingstore.h"
#include "models/portfolio.h"
#include "ui/importwizard.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>

namespace Gui {

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : m_wizard(wizard), m_fileLabel(new QLabel), m_path(new QLineEdit), m_browse(new QPushButton),
      m_engagement(new QComboBox), m_source(new QComboBox), m_zone(new QComboBox), m_dateOrder(new QComboBox),
      m_severity(new QComboBox), m_detected(new QLabel), m_form(new QFormLayout)
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
        const QString path =
            QFileDialog::getOpenFileName(this, ImportWizard::tr("Import file"), file(),
                                         ImportWizard::tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    connect(m_engagement, &QComboBox::currentIndexChanged, this, [this] {
        updateZone();
        emit completeChanged();
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        showSourceToolTip();
        updateZone();
        emit completeChanged();
    });
    connect(m_zone, &QComboBox::currentTextChanged, this, &QWizardPage::completeChanged);
    retranslate();
}

void ImportFilePage::setFile(const QString &path)
{
    m_path->setText(path);
}

QString ImportFilePage::file() const
{
    return m_path->text().trimmed();
}

qint64 ImportFilePage::engagementId() const
{
    return m_engagement->currentData().toLongLong();
}

void ImportFilePage::setEngagement(qint64 id)
{
    m_engagement->setCurrentIndex(qMax(0, m_engagement->findData(id)));
}

QString ImportFilePage::source() const
{
    return m_source->currentData().toString();
}

void ImportFilePage::setSource(const QString &id)
{
    m_source->setCurrentIndex(qMax(0, m_source->findData(id)));
}

QByteArray ImportFilePage::zone() const
{
    return m_zone->currentText().trimmed().toUtf8();
}

std::optional<Exchange::DateTimeParser::Format> ImportFilePage::dateOrder() const
{
    const int f = m_dateOrder->currentData().toInt();
    return f < 0 ? std::nullopt : std::optional(static_cast<Exchange::DateTimeParser::Format>(f));
}

std::optional<int> ImportFilePage::severity() const
{
    const int n = m_severity->currentData().toInt();
    return n > 0 ? std::optional(n) : std::nullopt;
}

void ImportFilePage::retranslate()
{
    setTitle(ImportWizard::tr("Choose the file"));
    setSubTitle(
        ImportWizard::tr("An export of a ticketing or time-tracking tool. Nothing is written until you "
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
    fillChoices();
    const QString current = source();
    fillSources();
    setSource(current);
    fileChanged();
}

void ImportFilePage::fillChoices()
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
        m_source->addItem(Exchange::ImportSources::name(id), id);
    QVector<Models::ImportMappingStore::Profile> profiles;
    if (const Storage::Database *db = m_wizard->portfolio()->database())
        (void)Models::ImportMappingStore(*db).profiles(&profiles); // none listed when they cannot be read
    for (const Models::ImportMappingStore::Profile &profile : qAsConst(profiles)) {
        m_source->addItem(ImportWizard::tr("Profile: %1").arg(profile.name),
                          QStringLiteral("profile:") + profile.name);
        // Who saved it and when ("Changed by alice on 5 Dec 2026 10:42"; nothing when unknown).
        m_source->setItemData(m_source->count() - 1, Models::ChangeText::line(profile.stamp),
                              Qt::ToolTipRole);
    }
    m_source->addItem(ImportWizard::tr("Any other CSV (map the columns)"), ImportWizard::mappingSourceId());
    showSourceToolTip();
}

void ImportFilePage::showSourceToolTip()
{
    // The list's tooltips show in the open list only: the closed box names who saved its profile.
    m_source->setToolTip(m_source->currentData(Qt::ToolTipRole).toString());
}

void ImportFilePage::fileChanged()
{
    m_peek = file().isEmpty() ? CsvPeek() : CsvPeek::read(file());
    if (file().isEmpty()) {
        m_detected->clear();
    } else if (!m_peek.error.isEmpty()) {
        m_detected->setText(ImportWizard::tr("This file cannot be read: %1").arg(m_peek.error));
    } else {
        const QString detected = Exchange::ImportSources::detect(m_peek.header);
        setSource(detected.isEmpty() ? ImportWizard::mappingSourceId() : detected);
        m_detected->setText(
            detected.isEmpty()
                ? ImportWizard::tr("The columns match no known export: map them on the next page.")
                : ImportWizard::tr("Recognised as: %1. You can choose another source.")
                      .arg(Exchange::ImportSources::name(detected)));
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
    return QFileInfo(file()).isFile() && m_peek.error.isEmpty() && engagementId() != 0 &&
           !source().isEmpty() && QTimeZone(zone()).isValid();
}

int ImportFilePage::nextId() const
{
    return source() == ImportWizard::mappingSourceId() ? ImportWizard::MappingPageId
                                                       : ImportWizard::RunPageId;
}

} // namespace Gui
