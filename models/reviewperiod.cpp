#include "models/reviewpack.h"

#include <QRegularExpression>

namespace Models {

std::optional<ReviewPeriod> ReviewPeriod::parse(const QString &text)
{
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-[Qq]([1-4])$"));
    static const QRegularExpression range(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$"));
    const QString t = text.trimmed();
    ReviewPeriod p;
    if (const QRegularExpressionMatch m = month.match(t); m.hasMatch()) {
        p.kind = Kind::Month;
        p.start = QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        p.end = p.start.isValid() ? p.start.addMonths(1).addDays(-1) : QDate();
    } else if (const QRegularExpressionMatch q = quarter.match(t); q.hasMatch()) {
        p.kind = Kind::Quarter;
        p.start = QDate(q.captured(1).toInt(), 3 * (q.captured(2).toInt() - 1) + 1, 1);
        p.end = p.start.addMonths(3).addDays(-1);
    } else if (const QRegularExpressionMatch r = range.match(t); r.hasMatch()) {
        p.kind = Kind::Range;
        p.start = QDate::fromString(r.captured(1), Qt::ISODate);
        p.end = QDate::fromString(r.captured(2), Qt::ISODate);
    }
    if (!p.isValid())
        return std::nullopt;
    return p;
}

ReviewPeriod ReviewPeriod::previous() const
{
    ReviewPeriod p;
    p.kind = kind;
    switch (kind) {
    case Kind::Month:
        p.start = start.addMonths(-1);
        p.end = start.addDays(-1);
        break;
    case Kind::Quarter:
        p.start = start.addMonths(-3);
        p.end = start.addDays(-1);
        break;
    case Kind::Range:
        p.end = start.addDays(-1);
        p.start = p.end.addDays(-start.daysTo(end));
        break;
    }
    return p;
}

QVector<QDate> ReviewPeriod::months() const
{
    QVector<QDate> out;
    if (!isValid())
        return out;
    for (QDate m(start.year(), start.month(), 1); m <= end; m = m.addMonths(1))
        out.append(m);
    return out;
}

QString ReviewPeriod::id() const
{
    switch (kind) {
    case Kind::Month:
        return start.toString(QStringLiteral("yyyy-MM"));
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(start.year()).arg((start.month() - 1) / 3 + 1);
    case Kind::Range:
        return start.toString(Qt::ISODate) + QStringLiteral("..") + end.toString(Qt::ISODate);
    }
    return {};
}

std::optional<double> ReviewFigures::Sla::responsePercent() const
{
    return responseMeasured > 0 ? std::optional<double>(100.0 * responseMet / responseMeasured)
                                : std::nullopt;
}

std::optional<double> ReviewFigures::Sla::resolutionPercent() const
{
    return resolutionMeasured > 0 ? std::optional<double>(100.0 * resolutionMet / resolutionMeasured)
                                  : std::nullopt;
}

} // namespace Models
