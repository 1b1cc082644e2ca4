#include "ui/charts/slachartstyle.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QLocale>

namespace Gui {

QColor SlaChartStyle::severityColor(int severity)
{
    switch (severity) {
    case 1: return QColor(0x6a, 0x1b, 0x9a);
    case 2: return QColor(0x1f, 0x5f, 0xa8);
    case 3: return QColor(0x00, 0x89, 0x7b);
    case 4: return QColor(0xa1, 0x88, 0x7f);
    default: return QColor(0x75, 0x75, 0x75);
    }
}

QString SlaChartStyle::severityName(int severity) { return tr("Sev %1").arg(severity); }

QStringList SlaChartStyle::monthLabels(const QVector<QDate> &months, double pixelsPerMonth)
{
    const QLocale locale;
    const QFontMetrics metrics(QGuiApplication::font());
    const auto fits = [&](const QStringList &labels) {
        for (const QString &label : labels) {
            if (metrics.horizontalAdvance(label) + 18 > pixelsPerMonth)
                return false;
        }
        return true;
    };
    QStringList withYear;
    QStringList shortNames;
    QStringList narrow;
    for (const QDate &m : months) {
        withYear.append(locale.standaloneMonthName(m.month(), QLocale::ShortFormat) + QLatin1Char(' ')
                        + QString::number(m.year() % 100).rightJustified(2, QLatin1Char('0')));
        shortNames.append(locale.standaloneMonthName(m.month(), QLocale::ShortFormat));
        narrow.append(locale.standaloneMonthName(m.month(), QLocale::NarrowFormat));
    }
    QStringList labels = fits(withYear) ? withYear : fits(shortNames) ? shortNames : narrow;
    // Categories must be unique (a range over a year repeats names): zero-width spaces tell them apart.
    for (int i = 0; i < labels.size(); ++i)
        labels[i] += QString(i, QChar(0x200B));
    return labels;
}

QString SlaChartStyle::monthName(const QDate &month)
{
    return QLocale().standaloneMonthName(month.month(), QLocale::LongFormat) + QLatin1Char(' ')
        + QString::number(month.year());
}

QString SlaChartStyle::rangeText(const QVector<QDate> &months)
{
    if (months.isEmpty())
        return {};
    if (months.size() == 1)
        return monthName(months.first());
    return tr("%1 – %2").arg(monthName(months.first()), monthName(months.last()));
}

QString SlaChartStyle::percent(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals) + QStringLiteral(" %");
}

} // namespace Gui
