#include "ui/importwizard/importreportpage.h"

#include "models/domaintext.h"
#include "models/importmappingstore.h"
#include "models/importreporttext.h"
#include "models/portfolio.h"
#include "ui/importwizard.h"
#include "ui/importwizard/csvpeek.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Gui {

ImportReportPage::ImportReportPage(ImportWizard *wizard)
    : m_wizard(wizard), m_summary(new QLabel), m_problems(new QTableWidget), m_personsLabel(new QLabel),
      m_persons(new QTableWidget), m_dates(new QLabel), m_prioritiesLabel(new QLabel),
      m_priorities(new QTableWidget), m_applySeverities(new QPushButton), m_skip(new QPushButton),
      m_committing(new QLabel), m_committingBar(new QProgressBar)
{
    setObjectName(QStringLiteral("importReportPage"));
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_persons->setObjectName(QStringLiteral("unknownPersons"));
    m_skip->setObjectName(QStringLiteral("skipBadRows"));
    m_dates->setObjectName(QStringLiteral("importDates"));
    m_priorities->setObjectName(QStringLiteral("importPriorities"));
    m_applySeverities->setObjectName(QStringLiteral("applySeverities"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QTableWidget *table : {m_problems, m_persons, m_priorities}) {
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setTabKeyNavigation(false); // arrows move between cells, Tab goes on (it was trapped here)
    }
    m_problems->setColumnCount(4);
    m_persons->setColumnCount(2);
    m_persons->setMaximumHeight(140);
    m_priorities->setColumnCount(2);
    m_priorities->setMaximumHeight(140);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_dates);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_personsLabel);
    layout->addWidget(m_persons);
    layout->addWidget(m_prioritiesLabel);
    layout->addWidget(m_priorities);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_applySeverities);
    row->addWidget(m_skip);
    layout->addLayout(row);
    m_committing->setObjectName(QStringLiteral("importCommitting"));
    m_committingBar->setObjectName(QStringLiteral("importCommittingBar"));
    m_committingBar->setRange(0, 0); // busy: the commit says nothing about how far it is
    m_committingBar->setTextVisible(false);
    layout->addWidget(m_committing);
    layout->addWidget(m_committingBar);
    showCommitting(false);
    connect(m_skip, &QPushButton::clicked, this, [this] { m_wizard->rereadSkippingBadRows(); });
    connect(m_applySeverities, &QPushButton::clicked, this,
            [this] { m_wizard->rememberSeveritiesAndReread(chosenSeverities()); });
    retranslate();
}

bool ImportReportPage::isComplete() const
{
    return m_wizard->isStaged() && !m_wizard->isJobFinished() && m_wizard->report().isAcceptable();
}

void ImportReportPage::showCommitting(bool committing)
{
    m_committing->setVisible(committing);
    m_committingBar->setVisible(committing);
}

void ImportReportPage::retranslate()
{
    setTitle(ImportWizard::tr("Report"));
    setSubTitle(
        ImportWizard::tr("Commit writes everything below in one go; Cancel leaves the database as it was."));
    m_problems->setHorizontalHeaderLabels({ImportWizard::tr("Problem"), ImportWizard::tr("Line"),
                                           ImportWizard::tr("Column"), ImportWizard::tr("Reason")});
    m_persons->setHorizontalHeaderLabels({ImportWizard::tr("Person"), ImportWizard::tr("Role")});
    m_problems->setAccessibleName(ImportWizard::tr("Problems found in the file"));
    m_persons->setAccessibleName(ImportWizard::tr("Persons not yet known, with their roles"));
    for (int row = 0; row < m_persons->rowCount(); ++row) {
        if (QWidget *role = m_persons->cellWidget(row, 1); role && m_persons->item(row, 0))
            role->setAccessibleName(ImportWizard::tr("Role of %1").arg(m_persons->item(row, 0)->text()));
    }
    m_personsLabel->setText(
        ImportWizard::tr("People not seen before: their role is remembered for every later import."));
    m_skip->setText(ImportWizard::tr("&Skip the bad rows and read again"));
    m_committing->setText(ImportWizard::tr("Saving the import and updating the SLA results…"));
    m_committingBar->setAccessibleName(m_committing->text());
    m_priorities->setHorizontalHeaderLabels(
        {ImportWizard::tr("Priority in the file"), ImportWizard::tr("Severity")});
    m_priorities->setAccessibleName(ImportWizard::tr("The file's priorities and the severities they map to"));
    m_prioritiesLabel->setText(
        ImportWizard::tr("How the file's priorities map to severities (remembered for every "
                         "later import, as the mapping command shows them):"));
    m_applySeverities->setText(ImportWizard::tr("&Remember the severities and read again"));
    if (m_wizard->isStaged() || m_wizard->isJobFinished())
        initializePage();
}

void ImportReportPage::initializePage()
{
    const Storage::ImportReport report = m_wizard->report();
    const auto &tickets = report.tickets;
    const auto &worklogs = report.worklogs;
    QString summary =
        ImportWizard::tr("%1 rows read. Tickets: %2 new, %3 updated, %4 unchanged. Worklogs: %5 new, "
                         "%6 updated, %7 unchanged. %8 rejected, %9 warnings.")
            .arg(report.rowsRead)
            .arg(tickets.added)
            .arg(tickets.updated)
            .arg(tickets.unchanged)
            .arg(worklogs.added)
            .arg(worklogs.updated)
            .arg(worklogs.unchanged)
            .arg(report.rejectedCount)
            .arg(report.warningCount);
    if (!report.isAcceptable() || m_wizard->isJobFinished())
        summary += QStringLiteral("\n") + Models::ImportReportText::outcome(report);
    m_summary->setText(summary);
    m_problems->setRowCount(0);
    auto addProblems = [this](const QVector<Exchange::ImportProblem> &problems, const QString &kind) {
        for (const Exchange::ImportProblem &p : problems) {
            const int row = m_problems->rowCount();
            m_problems->insertRow(row);
            m_problems->setItem(row, 0, readOnlyItem(kind));
            m_problems->setItem(row, 1, readOnlyItem(p.line > 0 ? QString::number(p.line) : QString()));
            m_problems->setItem(row, 2,
                                readOnlyItem(p.column > 0
                                                 ? QStringLiteral("%1 %2").arg(p.column).arg(p.columnName)
                                                 : QString()));
            m_problems->setItem(row, 3, readOnlyItem(p.reason));
        }
    };
    if (!report.fileError.isNull())
        addProblems({Exchange::ImportProblem{report.fileError.line, report.fileError.column, QString(),
                                             report.fileError.reason}},
                    ImportWizard::tr("File"));
    addProblems(report.rejected, ImportWizard::tr("Rejected"));
    addProblems(report.warnings, ImportWizard::tr("Warning"));
    m_problems->resizeColumnsToContents();
    m_persons->setRowCount(0);
    for (const QString &person : report.unknownPersons) {
        const int row = m_persons->rowCount();
        m_persons->insertRow(row);
        m_persons->setItem(row, 0, readOnlyItem(person));
        auto *role = new QComboBox;
        role->addItem(ImportWizard::tr("(unknown)"), QString());
        for (int r = 0; r < Domain::RoleCount; ++r)
            role->addItem(Models::DomainText::role(Domain::Role(r)), Domain::roleId(Domain::Role(r)));
        role->setAccessibleName(ImportWizard::tr("Role of %1").arg(person));
        m_persons->setCellWidget(row, 1, role);
    }
    m_dates->setText(Models::ImportReportText::datesText(report));
    m_dates->setVisible(!m_dates->text().isEmpty());
    fillPriorities(report.priorities);
    m_personsLabel->setVisible(!report.unknownPersons.isEmpty());
    m_persons->setVisible(!report.unknownPersons.isEmpty());
    m_skip->setVisible(report.rejectedCount > 0 && !report.skipBadRows && report.fileError.isNull() &&
                       !m_wizard->isJobFinished());
    emit completeChanged();
}

QHash<QString, Domain::Role> ImportReportPage::chosenRoles() const
{
    QHash<QString, Domain::Role> roles;
    for (int row = 0; row < m_persons->rowCount(); ++row) {
        const auto *box = qobject_cast<QComboBox *>(m_persons->cellWidget(row, 1));
        Domain::Role role;
        if (box && Domain::roleFromId(box->currentData().toString(), &role))
            roles.insert(m_persons->item(row, 0)->text(), role);
    }
    return roles;
}

void ImportReportPage::fillPriorities(const QStringList &priorities)
{
    Exchange::ImportMappings mappings;
    const QString error = Models::ImportMappingStore(*m_wizard->portfolio()->database()).load(&mappings);
    m_priorities->setRowCount(0);
    for (const QString &priority : priorities) {
        const int row = m_priorities->rowCount();
        m_priorities->insertRow(row);
        m_priorities->setItem(row, 0, readOnlyItem(priority));
        auto *severity = new QComboBox;
        severity->addItem(ImportWizard::tr("(not mapped: rows rejected)"), 0);
        for (int n = 1; n <= 4; ++n)
            severity->addItem(ImportWizard::tr("Severity %1").arg(n), n);
        const std::optional<int> mapped = error.isEmpty() ? mappings.severity(priority) : std::nullopt;
        severity->setCurrentIndex(severity->findData(mapped.value_or(0)));
        severity->setAccessibleName(ImportWizard::tr("Severity of priority %1").arg(priority));
        connect(severity, &QComboBox::currentIndexChanged, this,
                [this] { m_applySeverities->setEnabled(true); });
        m_priorities->setCellWidget(row, 1, severity);
    }
    m_priorities->resizeColumnsToContents();
    m_prioritiesLabel->setVisible(!priorities.isEmpty());
    m_priorities->setVisible(!priorities.isEmpty());
    m_applySeverities->setVisible(!priorities.isEmpty() && !m_wizard->isJobFinished());
    m_applySeverities->setEnabled(false); // until a severity is changed
}

QHash<QString, int> ImportReportPage::chosenSeverities() const
{
    QHash<QString, int> severities;
    for (int row = 0; row < m_priorities->rowCount(); ++row) {
        const auto *box = qobject_cast<QComboBox *>(m_priorities->cellWidget(row, 1));
        if (box && box->currentData().toInt() > 0)
            severities.insert(m_priorities->item(row, 0)->text(), box->currentData().toInt());
    }
    return severities;
}

} // namespace Gui
