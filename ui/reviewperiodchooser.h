#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace Gui {

/// The period of a governance review: a month, a quarter or a custom range of days (both ends
/// inclusive). Months and quarters are offered from the engagement's start to the month of "now",
/// newest first; the default is the last closed month.
class ReviewPeriodChooser : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Month, Quarter, Range };

    explicit ReviewPeriodChooser(QWidget *parent = nullptr);

    /// The months offered: from `firstMonth` to `lastMonth` (any day of each). Keeps the chosen
    /// period when it still fits, else chooses the default one. Emits periodChanged() when the
    /// period changes.
    void setMonths(const QDate &firstMonth, const QDate &lastMonth);
    /// Chooses the period `start`..`end`: a month or a quarter when it is exactly one offered,
    /// else a range. Emits periodChanged() when it changes.
    void setPeriod(const QDate &start, const QDate &end);
    /// The last closed month before `lastMonth` (the current one), or the first month when none closed.
    void chooseDefault();

    Kind kind() const { return m_kind; }
    QDate start() const { return m_start; }
    QDate end() const { return m_end; }
    /// "November 2026", "Q4 2026" or "2026-10-01 – 2026-11-15" (ISO dates in both languages) in
    /// the current language.
    QString periodText() const;

    QComboBox *kindBox() const { return m_kindBox; }
    QComboBox *periodBox() const { return m_periodBox; }
    QDateEdit *fromEdit() const { return m_fromEdit; }
    QDateEdit *toEdit() const { return m_toEdit; }
    /// The chooser's controls in tab order.
    QList<QWidget *> tabOrder() const;

signals:
    void periodChanged(const QDate &start, const QDate &end);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillPeriods();
    void kindChosen();
    void periodChosen();
    void rangeEdited();
    void apply(Kind kind, const QDate &start, const QDate &end);
    void showKind();

    Kind m_kind = Kind::Month;
    QDate m_start;
    QDate m_end;
    QDate m_firstMonth;
    QDate m_lastMonth;
    bool m_filling = false;

    QLabel *m_kindLabel;
    QComboBox *m_kindBox;
    QLabel *m_periodLabel;
    QComboBox *m_periodBox;
    QLabel *m_fromLabel;
    QDateEdit *m_fromEdit;
    QLabel *m_toLabel;
    QDateEdit *m_toEdit;
};

} // namespace Gui
