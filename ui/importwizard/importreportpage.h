#pragma once

#include "models/domain/supportmodel.h"

#include <QHash>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Gui {

class ImportWizard;

/// The report: counts, rejected rows and warnings, unknown persons; Commit or Cancel.
class ImportReportPage : public QWizardPage
{
public:
    explicit ImportReportPage(ImportWizard *wizard);
    void retranslate();
    void initializePage() override;
    bool isComplete() const override;
    QTableWidget *problems() const { return m_problems; }
    QTableWidget *persons() const { return m_persons; }
    /// The roles chosen for unknown persons (persons left at "unknown" are not listed).
    QHash<QString, Domain::Role> chosenRoles() const;
    QTableWidget *priorities() const { return m_priorities; }
    /// The severity chosen for each of the file's priorities (those left unmapped are not listed).
    QHash<QString, int> chosenSeverities() const;
    /// While the confirmed import is written and the SLA results are brought up to date (at a
    /// million tickets, seconds): a busy bar and what is happening. Not cancellable.
    void showCommitting(bool committing);

private:
    void fillPriorities(const QStringList &priorities);

    ImportWizard *m_wizard;
    QLabel *m_summary;
    QTableWidget *m_problems;
    QLabel *m_personsLabel;
    QTableWidget *m_persons;
    QLabel *m_dates;
    QLabel *m_prioritiesLabel;
    QTableWidget *m_priorities;
    QPushButton *m_applySeverities;
    QPushButton *m_skip;
    QLabel *m_committing;
    QProgressBar *m_committingBar;
};

} // namespace Gui
