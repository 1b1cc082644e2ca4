#include "ui/budgetdialog.h"

#include "models/budgetloader.h"
#include "models/capacitytext.h"
#include "models/changetext.h"
#include "models/domain/capacity/workingdays.h"
#include "models/domain/supportmodelcatalogue.h"
#include "models/domaintext.h"
#include "ui/engagementdialog.h"
#include "ui_budgetdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>

namespace Gui {

using Domain::RolloverRule;
using Models::CapacityText;
using Models::DomainText;

namespace {
/// The activity rule a row's box stands for: none (the level decides), counts, billed outside.
enum ActivityRule { AsLevel = -1, BilledOutside = 0, Counts = 1 };

constexpr Domain::ServiceLevel s_levels[] = {Domain::ServiceLevel::L1, Domain::ServiceLevel::L2,
                                             Domain::ServiceLevel::L3};

/// Hours with two decimals hold any whole number of minutes exactly (an error under 0.3 min).
double hoursOf(int minutes)
{
    return minutes / 60.0;
}

int minutesOf(double hours)
{
    return qRound(hours * 60.0);
}
} // namespace

BudgetDialog::BudgetDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::BudgetDialog>())
{
    m_ui->setupUi(this);
    populateChoices();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->carryCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        updateCarryFields();
        validate();
    });
    connect(m_ui->capHoursSpin, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
            &BudgetDialog::validate);
    connect(m_ui->capPercentSpin, qOverload<int>(&QSpinBox::valueChanged), this, &BudgetDialog::validate);
    connect(m_ui->expirySpin, qOverload<int>(&QSpinBox::valueChanged), this, [this](int months) {
        // The unit follows the number ("1 month", "3 months"); 0 reads "never".
        m_ui->expirySpin->setSuffix(tr(" month(s)", "expiry", months));
    });
    connect(m_ui->addMonthButton, &QPushButton::clicked, this, [this] {
        const int row = addMonth();
        m_ui->monthsTable->setCurrentCell(row, 0);
        m_ui->monthsTable->cellWidget(row, 0)->setFocus();
    });
    connect(m_ui->removeMonthButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->monthsTable->currentRow();
        if (row < 0)
            return;
        m_ui->monthsTable->removeRow(row);
        validate();
    });
    connect(m_ui->monthsTable, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_ui->removeMonthButton->setEnabled(row >= 0); });
    retranslate();
    updateCarryFields();
    validate();
}

BudgetDialog::~BudgetDialog() = default;

void BudgetDialog::populateChoices()
{
    m_ui->carryCombo->addItem(QString(), int(RolloverRule::Carry::None));
    m_ui->carryCombo->addItem(QString(), int(RolloverRule::Carry::UpToMinutes));
    m_ui->carryCombo->addItem(QString(), int(RolloverRule::Carry::UpToPercent));
    m_ui->capHoursSpin->setMaximum(hoursOf(Domain::Engagement::MaxCommittedMinutesPerMonth));
    for (const Domain::ServiceLevel level : s_levels) {
        auto *check = new QCheckBox(m_ui->countsBox);
        check->setProperty("level", QVariant::fromValue(level));
        connect(check, &QCheckBox::toggled, this, &BudgetDialog::validate);
        m_ui->levelsLayout->addWidget(check);
        m_levelChecks.append(check);
    }
    m_ui->levelsLayout->addStretch();

    QTableWidget *activities = m_ui->activitiesTable;
    const QVector<Domain::ActivityInfo> &catalogue = Domain::SupportModelCatalogue::activities();
    activities->setColumnCount(2);
    activities->setRowCount(int(catalogue.size()));
    activities->verticalHeader()->hide();
    activities->setEditTriggers(QAbstractItemView::NoEditTriggers);
    activities->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    activities->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int row = 0; row < catalogue.size(); ++row) {
        auto *name = new QTableWidgetItem;
        name->setData(Qt::UserRole, QString::fromLatin1(catalogue.at(row).id));
        activities->setItem(row, 0, name);
        auto *rule = new QComboBox;
        for (const int value : {AsLevel, Counts, BilledOutside})
            rule->addItem(QString(), value);
        connect(rule, qOverload<int>(&QComboBox::currentIndexChanged), this, &BudgetDialog::validate);
        rule->setFocusPolicy(Qt::StrongFocus);
        rule->installEventFilter(this);
        activities->setCellWidget(row, 1, rule);
    }

    QTableWidget *months = m_ui->monthsTable;
    months->setColumnCount(2);
    months->verticalHeader()->hide();
    months->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->removeMonthButton->setEnabled(false);
}

void BudgetDialog::retranslate()
{
    setWindowTitle(m_engagement.key.isEmpty() ? tr("Budget") : tr("Budget of %1").arg(m_engagement.key));
    m_ui->carryCombo->setItemText(0, tr("are forfeited"));
    m_ui->carryCombo->setItemText(1, tr("are carried, up to a number of hours"));
    m_ui->carryCombo->setItemText(2, tr("are carried, up to a share of the month's commitment"));
    m_ui->expirySpin->setSpecialValueText(tr("never"));
    m_ui->expirySpin->setSuffix(tr(" month(s)", "expiry", m_ui->expirySpin->value()));
    for (QCheckBox *check : qAsConst(m_levelChecks)) {
        const auto level = check->property("level").value<Domain::ServiceLevel>();
        check->setText(tr("%1 work counts").arg(DomainText::serviceLevelShort(level)));
        check->setToolTip(DomainText::serviceLevel(level));
    }
    QTableWidget *activities = m_ui->activitiesTable;
    activities->setHorizontalHeaderLabels({tr("Activity"), tr("Against the budget")});
    const QVector<Domain::ActivityInfo> &catalogue = Domain::SupportModelCatalogue::activities();
    for (int row = 0; row < activities->rowCount(); ++row) {
        activities->item(row, 0)->setText(
            tr("%1 (%2)").arg(DomainText::catalogue(catalogue.at(row).name),
                              DomainText::serviceLevelShort(catalogue.at(row).level)));
        auto *rule = static_cast<QComboBox *>(activities->cellWidget(row, 1));
        rule->setItemText(0, tr("as its level"));
        rule->setItemText(1, tr("counts"));
        rule->setItemText(2, tr("billed outside"));
        rule->setAccessibleName(tr("%1 against the budget").arg(activities->item(row, 0)->text()));
    }
    m_ui->monthsTable->setHorizontalHeaderLabels({tr("Month"), tr("Committed")});
    m_ui->monthsNote->setText(tr(
        "Months not listed commit the engagement's hours a month; a first or last month only partly in the "
        "contract commits its share of calendar days. A month listed here commits what it says."));
    m_ui->headingLabel->setText(m_engagement.key.isEmpty()
                                    ? QString()
                                    : tr("<b>%1</b> · %2 committed a month (Edit engagement changes it).")
                                          .arg(m_engagement.key.toHtmlEscaped(),
                                               DomainText::hours(m_engagement.committedMinutesPerMonth)));
    m_ui->stampLabel->setText(m_stamp.isStored()
                                  ? Models::ChangeText::line(m_stamp)
                                  : tr("Nobody has saved this budget yet: these are the default rules."));
    validate();
}

void BudgetDialog::setBudget(const Domain::Engagement &engagement, const Domain::BudgetPolicy &policy,
                             const Domain::ChangeStamp &stamp,
                             const QMap<QDate, Domain::ChangeStamp> &monthStamps)
{
    m_engagement = engagement;
    m_policy = policy;
    m_stamp = stamp;
    m_monthStamps = monthStamps;
    const RolloverRule &rule = policy.rolloverRule();
    m_ui->carryCombo->setCurrentIndex(m_ui->carryCombo->findData(int(rule.carry)));
    m_ui->capHoursSpin->setValue(hoursOf(rule.capMinutes));
    m_ui->capPercentSpin->setValue(rule.capPercent);
    m_ui->expirySpin->setValue(rule.expiryMonths);
    m_ui->deductCheck->setChecked(rule.deductOverrun);
    for (QCheckBox *check : qAsConst(m_levelChecks))
        check->setChecked(policy.countsLevel(check->property("level").value<Domain::ServiceLevel>()));
    const QHash<QString, bool> rules = policy.activityRules();
    QTableWidget *activities = m_ui->activitiesTable;
    for (int row = 0; row < activities->rowCount(); ++row) {
        const auto found = rules.constFind(activities->item(row, 0)->data(Qt::UserRole).toString());
        const int value = found == rules.constEnd() ? AsLevel : (*found ? Counts : BilledOutside);
        auto *box = static_cast<QComboBox *>(activities->cellWidget(row, 1));
        box->setCurrentIndex(box->findData(value));
    }
    m_ui->monthsTable->setRowCount(0);
    for (const Domain::MonthlyBudget &month : policy.monthlyBudgets())
        appendMonthRow(month.month, month.committedMinutes);
    updateCarryFields();
    retranslate();
}

Domain::BudgetPolicy BudgetDialog::budget() const
{
    Domain::BudgetPolicy policy = m_policy;
    RolloverRule rule;
    rule.carry = RolloverRule::Carry(m_ui->carryCombo->currentData().toInt());
    if (rule.carry == RolloverRule::Carry::UpToMinutes)
        rule.capMinutes = minutesOf(m_ui->capHoursSpin->value());
    if (rule.carry == RolloverRule::Carry::UpToPercent)
        rule.capPercent = m_ui->capPercentSpin->value();
    if (rule.carry != RolloverRule::Carry::None)
        rule.expiryMonths = m_ui->expirySpin->value();
    rule.deductOverrun = m_ui->deductCheck->isChecked();
    policy.setRolloverRule(rule);
    for (QCheckBox *check : m_levelChecks)
        policy.setCountsLevel(check->property("level").value<Domain::ServiceLevel>(), check->isChecked());
    const QTableWidget *activities = m_ui->activitiesTable;
    for (int row = 0; row < activities->rowCount(); ++row) {
        const QString id = activities->item(row, 0)->data(Qt::UserRole).toString();
        const int value = static_cast<QComboBox *>(activities->cellWidget(row, 1))->currentData().toInt();
        if (value == AsLevel)
            policy.clearActivityRule(id);
        else
            policy.setCountsActivity(id, value == Counts);
    }
    for (const Domain::MonthlyBudget &month : m_policy.monthlyBudgets())
        policy.clearMonthlyBudget(month.month);
    for (int row = 0; row < m_ui->monthsTable->rowCount(); ++row) {
        const auto *hours = static_cast<QDoubleSpinBox *>(m_ui->monthsTable->cellWidget(row, 1));
        policy.setMonthlyBudget({monthAt(row), minutesOf(hours->value())});
    }
    return policy;
}

QStringList BudgetDialog::problems() const
{
    QStringList texts;
    QSet<QDate> seen;
    for (int row = 0; row < m_ui->monthsTable->rowCount(); ++row) {
        const QDate month = monthAt(row);
        if (seen.contains(month))
            texts.append(tr("%1 is listed twice.").arg(CapacityText::month(month)));
        seen.insert(month);
    }
    texts += Models::BudgetLoader::problems(budget());
    return texts;
}

int BudgetDialog::addMonth()
{
    const int rows = m_ui->monthsTable->rowCount();
    QDate month =
        rows > 0 ? monthAt(rows - 1).addMonths(1) : Domain::WorkingDays::monthStart(QDate::currentDate());
    if (rows == 0 && m_engagement.start.isValid())
        month = qMax(month, Domain::WorkingDays::monthStart(m_engagement.start));
    if (rows == 0 && m_engagement.end.isValid())
        month = qMin(month, Domain::WorkingDays::monthStart(m_engagement.end));
    const int row = appendMonthRow(month, m_engagement.committedMinutesPerMonth);
    validate();
    return row;
}

int BudgetDialog::appendMonthRow(const QDate &month, int committedMinutes)
{
    QTableWidget *table = m_ui->monthsTable;
    const int row = table->rowCount();
    table->insertRow(row);
    auto *monthEdit = new QDateEdit(month);
    monthEdit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    monthEdit->setAccessibleName(tr("Month"));
    connect(monthEdit, &QDateEdit::dateChanged, this, &BudgetDialog::validate);
    monthEdit->setFocusPolicy(Qt::StrongFocus);
    monthEdit->installEventFilter(this);
    table->setCellWidget(row, 0, monthEdit);
    auto *hours = new QDoubleSpinBox;
    hours->setDecimals(2);
    hours->setMaximum(hoursOf(Domain::Engagement::MaxCommittedMinutesPerMonth));
    hours->setSingleStep(8.0);
    hours->setSuffix(tr(" h"));
    hours->setValue(hoursOf(committedMinutes));
    hours->setAccessibleName(tr("Committed hours of the month"));
    connect(hours, qOverload<double>(&QDoubleSpinBox::valueChanged), this, &BudgetDialog::validate);
    hours->setFocusPolicy(Qt::StrongFocus);
    hours->installEventFilter(this);
    table->setCellWidget(row, 1, hours);
    return row;
}

QDate BudgetDialog::monthAt(int row) const
{
    return Domain::WorkingDays::monthStart(
        static_cast<QDateEdit *>(m_ui->monthsTable->cellWidget(row, 0))->date());
}

void BudgetDialog::updateCarryFields()
{
    const auto carry = RolloverRule::Carry(m_ui->carryCombo->currentData().toInt());
    m_ui->capHoursSpin->setVisible(carry == RolloverRule::Carry::UpToMinutes);
    m_ui->capPercentSpin->setVisible(carry == RolloverRule::Carry::UpToPercent);
    m_ui->capLabel->setBuddy(carry == RolloverRule::Carry::UpToPercent
                                 ? static_cast<QWidget *>(m_ui->capPercentSpin)
                                 : m_ui->capHoursSpin);
    // What does not apply is not shown: without carrying there is no cap and nothing expires.
    const bool carries = carry != RolloverRule::Carry::None;
    m_ui->capLabel->setVisible(carries);
    m_ui->expiryLabel->setVisible(carries);
    m_ui->expirySpin->setVisible(carries);
}

void BudgetDialog::validate()
{
    // Who set the month a row shows, as stored (nothing for a month not saved yet).
    for (int row = 0; row < m_ui->monthsTable->rowCount(); ++row) {
        const QString who = Models::ChangeText::line(m_monthStamps.value(monthAt(row)));
        m_ui->monthsTable->cellWidget(row, 0)->setToolTip(who);
        m_ui->monthsTable->cellWidget(row, 1)->setToolTip(who);
    }
    const QStringList texts = problems();
    m_ui->problemsLabel->setText(EngagementDialog::problemList(texts, palette()));
    m_ui->problemsLabel->setVisible(!texts.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(texts.isEmpty());
}

bool BudgetDialog::eventFilter(QObject *watched, QEvent *event)
{
    auto *box = qobject_cast<QWidget *>(watched);
    if (event->type() != QEvent::Wheel || !box || box->hasFocus())
        return QDialog::eventFilter(watched, event);
    for (QTableWidget *table : {m_ui->activitiesTable, m_ui->monthsTable}) {
        if (table->isAncestorOf(box))
            QCoreApplication::sendEvent(table->verticalScrollBar(), event);
    }
    return true;
}

void BudgetDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace Gui
