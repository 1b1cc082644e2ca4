#include "ui/peopledialog.h"

#include "models/capacitytext.h"
#include "models/domaintext.h"
#include "ui_peopledialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHeaderView>
#include <QPushButton>

namespace Gui {

namespace {
enum AbsenceColumn { FromColumn, ToColumn, KindColumn };

QDateEdit *dateEdit(const QDate &date)
{
    auto *edit = new QDateEdit(date);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

/// The fields inside a row of the absences table say which row and which field they are.
void nameAbsenceRow(QTableWidget *table, int row)
{
    const QString names[] = {PeopleDialog::tr("Absence %1: first day"),
                             PeopleDialog::tr("Absence %1: last day"), PeopleDialog::tr("Absence %1: kind")};
    for (int column : {FromColumn, ToColumn, KindColumn}) {
        if (QWidget *field = table->cellWidget(row, column))
            field->setAccessibleName(names[column].arg(row + 1));
    }
}
} // namespace

PeopleDialog::PeopleDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::PeopleDialog>())
{
    m_ui->setupUi(this);
    for (Domain::Role role : Domain::allRoles())
        m_ui->roleCombo->addItem(QString(), int(role));
    for (QDateEdit *edit : {m_ui->startEdit, m_ui->endEdit}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(QDate::currentDate());
    }
    m_ui->absencesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->absencesTable->verticalHeader()->setVisible(true);

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &PeopleDialog::validate);
    connect(m_ui->hoursSpin, &QDoubleSpinBox::valueChanged, this, &PeopleDialog::validate);
    connect(m_ui->partTimeSpin, &QSpinBox::valueChanged, this, &PeopleDialog::validate);
    for (QDateEdit *edit : {m_ui->startEdit, m_ui->endEdit})
        connect(edit, &QDateEdit::dateChanged, this, &PeopleDialog::validate);
    for (QCheckBox *check : {m_ui->startKnownCheck, m_ui->endKnownCheck})
        connect(check, &QCheckBox::toggled, this, [this] {
            updateDateEdits();
            validate();
        });
    connect(m_ui->addAbsenceButton, &QPushButton::clicked, this, [this] {
        addAbsence({QDate::currentDate(), QDate::currentDate(), Domain::AbsenceKind::Vacation});
    });
    connect(m_ui->removeAbsenceButton, &QPushButton::clicked, this, &PeopleDialog::removeSelectedAbsence);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateDateEdits();
    retranslate();
}

PeopleDialog::~PeopleDialog() = default;

void PeopleDialog::setPerson(const Domain::Person &person)
{
    m_ui->nameEdit->setText(person.name);
    m_ui->nameEdit->setReadOnly(!person.name.isEmpty());
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(int(person.role)));
    m_ui->hoursSpin->setValue(person.contractedMinutesPerWeek / 60.0);
    m_ui->partTimeSpin->setValue(person.partTimePercent);
    m_ui->onCallCheck->setChecked(person.onCall);
    m_ui->startKnownCheck->setChecked(person.start.isValid());
    if (person.start.isValid())
        m_ui->startEdit->setDate(person.start);
    m_ui->endKnownCheck->setChecked(person.end.isValid());
    if (person.end.isValid())
        m_ui->endEdit->setDate(person.end);
    m_ui->absencesTable->setRowCount(0);
    for (const Domain::Absence &absence : person.absences)
        addAbsence(absence);
    updateDateEdits();
    validate();
}

Domain::Person PeopleDialog::person() const
{
    Domain::Person p;
    p.name = m_ui->nameEdit->text().trimmed();
    p.role = Domain::Role(m_ui->roleCombo->currentData().toInt());
    p.contractedMinutesPerWeek = qRound(m_ui->hoursSpin->value() * 60.0);
    p.partTimePercent = m_ui->partTimeSpin->value();
    p.onCall = m_ui->onCallCheck->isChecked();
    p.start = m_ui->startKnownCheck->isChecked() ? m_ui->startEdit->date() : QDate();
    p.end = m_ui->endKnownCheck->isChecked() ? m_ui->endEdit->date() : QDate();
    const QTableWidget *table = m_ui->absencesTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        Domain::Absence absence;
        absence.from = static_cast<QDateEdit *>(table->cellWidget(row, FromColumn))->date();
        absence.to = static_cast<QDateEdit *>(table->cellWidget(row, ToColumn))->date();
        absence.kind = Domain::AbsenceKind(
            static_cast<QComboBox *>(table->cellWidget(row, KindColumn))->currentData().toInt());
        p.absences.append(absence);
    }
    return p;
}

void PeopleDialog::addAbsence(const Domain::Absence &absence)
{
    QTableWidget *table = m_ui->absencesTable;
    const int row = table->rowCount();
    table->insertRow(row);
    QDateEdit *from = dateEdit(absence.from);
    QDateEdit *to = dateEdit(absence.to);
    auto *kind = new QComboBox;
    for (int k = 0; k < Domain::AbsenceKindCount; ++k)
        kind->addItem(Models::CapacityText::absenceKind(Domain::AbsenceKind(k)), k);
    kind->setCurrentIndex(kind->findData(int(absence.kind)));
    table->setCellWidget(row, FromColumn, from);
    table->setCellWidget(row, ToColumn, to);
    table->setCellWidget(row, KindColumn, kind);
    nameAbsenceRow(table, row);
    connect(from, &QDateEdit::dateChanged, this, &PeopleDialog::validate);
    connect(to, &QDateEdit::dateChanged, this, &PeopleDialog::validate);
    table->setCurrentCell(row, FromColumn);
    validate();
}

void PeopleDialog::removeSelectedAbsence()
{
    const int row = m_ui->absencesTable->currentRow();
    if (row < 0)
        return;
    m_ui->absencesTable->removeRow(row);
    for (int r = row; r < m_ui->absencesTable->rowCount(); ++r)
        nameAbsenceRow(m_ui->absencesTable, r); // the rows below moved up one
    validate();
}

void PeopleDialog::updateDateEdits()
{
    m_ui->startEdit->setEnabled(m_ui->startKnownCheck->isChecked());
    m_ui->endEdit->setEnabled(m_ui->endKnownCheck->isChecked());
}

QStringList PeopleDialog::problems() const
{
    return m_problems;
}

void PeopleDialog::validate()
{
    m_problems.clear();
    const QVector<Domain::PersonIssue> issues = person().validate();
    for (const Domain::PersonIssue &issue : issues)
        m_problems.append(Models::CapacityText::personIssue(issue));
    m_ui->problemsLabel->setText(m_problems.join(QLatin1Char('\n')));
    m_ui->problemsLabel->setVisible(!m_problems.isEmpty());
    m_ui->removeAbsenceButton->setEnabled(m_ui->absencesTable->rowCount() > 0);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
}

void PeopleDialog::retranslate()
{
    for (int i = 0; i < m_ui->roleCombo->count(); ++i) {
        const auto role = Domain::Role(m_ui->roleCombo->itemData(i).toInt());
        m_ui->roleCombo->setItemText(i, QStringLiteral("%1 (%2)").arg(Models::DomainText::role(role),
                                                                      Models::DomainText::roleShort(role)));
    }
    for (int row = 0; row < m_ui->absencesTable->rowCount(); ++row) {
        auto *kind = static_cast<QComboBox *>(m_ui->absencesTable->cellWidget(row, KindColumn));
        for (int i = 0; i < kind->count(); ++i)
            kind->setItemText(
                i, Models::CapacityText::absenceKind(Domain::AbsenceKind(kind->itemData(i).toInt())));
        nameAbsenceRow(m_ui->absencesTable, row);
    }
    validate();
}

void PeopleDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace Gui
