#include "ui/importreportpage.h"

#include "models/domaintext.h"
#include "models/importreporttext.h"
#include "ui/importwizard.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Gui {

namespace {

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

ImportReportPage::ImportReportPage(ImportWizard *wizard)
    : m_wizard(wizard), m_summary(new QLabel), m_problems(new QTableWidget), m_personsLabel(new QLabel),
      m_persons(new QTableWidget), m_skip(new QPushButton)
{
    setObjectName(QStringLiteral("importReportPage"));
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_persons->setObjectName(QStringLiteral("unknownPersons"));
    m_skip->setObjectName(QStringLiteral("skipBadRows"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QTableWidget *table : {m_problems, m_persons}) {
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
    }
    m_problems->setColumnCount(4);
    m_persons->setColumnCount(2);
    m_persons->setMaximumHeight(140);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_personsLabel);
    layout->addWidget(m_persons);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_skip);
    layout->addLayout(row);
    connect(m_skip, &QPushButton::clicked, this, [this] { m_wizard->rereadSkippingBadRows(); });
    retranslate();
}

bool ImportReportPage::isComplete() const
{
    return m_wizard->isStaged() && !m_wizard->isJobFinished() && m_wizard->report().isAcceptable();
}

void ImportReportPage::retranslate()
{
    setTitle(ImportWizard::tr("Report"));
    setSubTitle(ImportWizard::tr("Commit writes everything below in one go; Cancel leaves the database as it was."));
    m_problems->setHorizontalHeaderLabels({ImportWizard::tr("Problem"), ImportWizard::tr("Line"),
                                           ImportWizard::tr("Column"), ImportWizard::tr("Reason")});
    m_persons->setHorizontalHeaderLabels({ImportWizard::tr("Person"), ImportWizard::tr("Role")});
    m_problems->setAccessibleName(ImportWizard::tr("Problems found in the file"));
    m_persons->setAccessibleName(ImportWizard::tr("Persons not yet known, with their roles"));
    for (int row = 0; row < m_persons->rowCount(); ++row) {
        if (QWidget *role = m_persons->cellWidget(row, 1); role && m_persons->item(row, 0))
            role->setAccessibleName(ImportWizard::tr("Role of %1").arg(m_persons->item(row, 0)->text()));
    }
    m_personsLabel->setText(ImportWizard::tr("People not seen before: their role is remembered for every later import."));
    m_skip->setText(ImportWizard::tr("&Skip the bad rows and read again"));
    if (m_wizard->isStaged() || m_wizard->isJobFinished())
        initializePage();
}

void ImportReportPage::initializePage()
{
    const Storage::ImportReport report = m_wizard->report();
    const auto &tickets = report.tickets;
    const auto &worklogs = report.worklogs;
    QString summary = ImportWizard::tr("%1 rows read. Tickets: %2 new, %3 updated, %4 unchanged. Worklogs: %5 new, "
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
            m_problems->setItem(row, 2, readOnlyItem(p.column > 0 ? QStringLiteral("%1 %2").arg(p.column).arg(p.columnName)
                                                                  : QString()));
            m_problems->setItem(row, 3, readOnlyItem(p.reason));
        }
    };
    if (!report.fileError.isNull())
        addProblems({Exchange::ImportProblem{report.fileError.line, report.fileError.column, QString(), report.fileError.reason}},
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
    m_personsLabel->setVisible(!report.unknownPersons.isEmpty());
    m_persons->setVisible(!report.unknownPersons.isEmpty());
    m_skip->setVisible(report.rejectedCount > 0 && !report.skipBadRows && report.fileError.isNull()
                       && !m_wizard->isJobFinished());
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

} // namespace Gui
