#pragma once

#include "models/domain/capacity/absence.h"
#include "models/domain/capacity/monthcapacity.h"
#include "models/domain/capacity/workingdays.h"
#include "models/domain/changestamp.h"
#include "models/domain/supportmodel.h"

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace Domain {

/// Why a person's record is not valid.
enum class PersonProblem {
    MissingName,
    NegativeContract,   ///< contracted minutes per week below zero
    AbsurdContract,     ///< more than MaxContractedMinutesPerWeek
    PartTimeOutOfRange, ///< part-time % outside 1–100
    EndBeforeStart,
    AbsenceWithoutDates, ///< an absence lacks a from or to date
    AbsenceEndsBeforeStart,
    OverlappingAbsences, ///< two absences share a day
};

/// One problem; `absence` is the index of the absence it concerns, or −1.
struct PersonIssue
{
    PersonProblem problem;
    int absence = -1;
    bool operator==(const PersonIssue &o) const { return problem == o.problem && absence == o.absence; }
};

/// Someone who can be allocated to engagements.
struct Person
{
    /// A contract beyond 60 h a week is a typing error, not a contract.
    static constexpr int MaxContractedMinutesPerWeek = 60 * 60;
    /// Days per contracted week: the daily hours are the weekly hours divided by this.
    static constexpr int ContractDaysPerWeek = 5;

    QString name;
    Role role = Role::Dev;
    bool onCall = false;                    ///< takes 24×7 on-call duty whatever the role
    int contractedMinutesPerWeek = 40 * 60; ///< the full-time week of the contract
    int partTimePercent = 100;
    QDate start; ///< null: employed since ever
    QDate end;   ///< null: open-ended; the last day employed
    QVector<Absence> absences;
    /// The stored version this person (with the absences) was read from, and who changed them
    /// last: a save names it (not compared).
    ChangeStamp stamp;

    /// Every problem; empty when valid.
    QVector<PersonIssue> validate() const;
    /// Whether the person is employed on `date`.
    bool isEmployedOn(const QDate &date) const;
    /// Whether the person is employed on any day of the month containing `month`.
    bool isEmployedIn(const QDate &month) const;
    /// Whether the person covers 24×7 on-call duty (an Ops role or flagged on-call).
    bool coversOnCall() const { return onCall || role == Role::Ops; }
    /// The contracted minutes of one working day after part-time.
    double dailyMinutes() const;
    /// The capacity in the month containing `month` on the person's working days.
    MonthCapacity capacity(const QDate &month, const WorkingDayPredicate &isWorkingDay) const;

    bool operator==(const Person &o) const;
    bool operator!=(const Person &o) const { return !(*this == o); }
};

} // namespace Domain

Q_DECLARE_METATYPE(Domain::Person)
