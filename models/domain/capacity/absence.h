#pragma once

#include <QDate>
#include <QMetaType>

namespace Domain {

enum class AbsenceKind { Vacation, SickLeave, ParentalLeave, Other };
inline constexpr int AbsenceKindCount = 4;

/// Whole days a person is away, both ends included.
struct Absence
{
    QDate from;
    QDate to;
    AbsenceKind kind = AbsenceKind::Vacation;

    bool contains(const QDate &date) const { return date >= from && date <= to; }
    bool overlaps(const Absence &o) const { return from <= o.to && o.from <= to; }

    bool operator==(const Absence &o) const { return from == o.from && to == o.to && kind == o.kind; }
    bool operator!=(const Absence &o) const { return !(*this == o); }
};

} // namespace Domain

Q_DECLARE_METATYPE(Domain::AbsenceKind)
Q_DECLARE_METATYPE(Domain::Absence)
