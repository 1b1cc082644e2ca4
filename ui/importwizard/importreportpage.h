#pragma once

#include "models/domain/supportmodel.h"

#include <QHash>
#include <QWizardPage>

class QLabel;
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
};

} // namespace Gui
