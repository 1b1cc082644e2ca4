#pragma once

#include "models/domain/capacity/person.h"

#include <QDialog>
#include <memory>

namespace Ui {
class PeopleDialog;
}

namespace Gui {

/// Adds or edits a person: role, contract, part-time, on-call, employment dates and absences.
/// Person::validate() runs as the user types; the problems are listed and OK waits until there are
/// none (overlapping absences included). An existing person keeps their name: allocations and
/// worklogs refer to people by name.
class PeopleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PeopleDialog(QWidget *parent = nullptr);
    ~PeopleDialog() override;

    /// Edits an existing person (the name is fixed).
    void setPerson(const Domain::Person &person);
    Domain::Person person() const;
    /// The problems of the current input, translated; empty when OK is allowed.
    QStringList problems() const;
    /// Adds a row for an absence (the Add button adds one starting today).
    void addAbsence(const Domain::Absence &absence);

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void retranslate();
    void removeSelectedAbsence();
    void updateDateEdits();

    std::unique_ptr<Ui::PeopleDialog> m_ui;
    QStringList m_problems;
};

} // namespace Gui
