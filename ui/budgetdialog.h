#pragma once

#include "models/domain/capacity/budgetpolicy.h"
#include "models/domain/changestamp.h"
#include "models/domain/engagement.h"

#include <QDialog>
#include <QMap>
#include <memory>

class QCheckBox;

namespace Ui {
class BudgetDialog;
}

namespace Gui {

/// Edits an engagement's budget: what happens to unused hours at month end (forfeited, or carried
/// up to a number of hours or a share of the month's commitment, with an expiry), whether an
/// overrun is deducted from the next month, which service levels and activities count, and the
/// committed hours of single months. The engagement's own hours a month stay in its dialog.
/// Problems are listed under the form as they arise and Save waits until there are none.
class BudgetDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BudgetDialog(QWidget *parent = nullptr);
    ~BudgetDialog() override;

    /// Shows `policy`, the budget of `engagement` as read with `stamp` (who saved it last);
    /// `monthStamps` say who set each listed month (its row's tooltip).
    void setBudget(const Domain::Engagement &engagement, const Domain::BudgetPolicy &policy,
                   const Domain::ChangeStamp &stamp,
                   const QMap<QDate, Domain::ChangeStamp> &monthStamps = {});
    /// The budget as the form shows it: the one given to setBudget() with the form's rules and months.
    Domain::BudgetPolicy budget() const;
    /// The problems of the current input, translated; empty when Save is allowed.
    QStringList problems() const;
    /// Adds a row for the month after the last one listed (else this month, inside the contract),
    /// committing the engagement's hours a month; returns its row.
    int addMonth();

protected:
    void changeEvent(QEvent *event) override;
    /// A wheel over a box in the tables scrolls the table unless the box has the focus: scrolling
    /// the list must not change a rule or a month on the way.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void populateChoices();
    void retranslate();
    void validate();
    void updateCarryFields();
    int appendMonthRow(const QDate &month, int committedMinutes);
    QDate monthAt(int row) const;

    std::unique_ptr<Ui::BudgetDialog> m_ui;
    QVector<QCheckBox *> m_levelChecks;
    Domain::Engagement m_engagement;
    Domain::BudgetPolicy m_policy;
    Domain::ChangeStamp m_stamp;
    QMap<QDate, Domain::ChangeStamp> m_monthStamps;
};

} // namespace Gui
