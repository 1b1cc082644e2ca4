#include "ui/charts/slachartstyle.h"

#include "models/palette.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPainter>

namespace Gui {

QColor SlaChartStyle::severityColor(int severity)
{
    return Models::Palette::severity(severity);
}

QString SlaChartStyle::severityName(int severity)
{
    return tr("Sev %1").arg(severity);
}

QImage SlaChartStyle::severityMarker(int severity, int size)
{
    // A disc in the severity's colour with the severity's number on it: lines cross and colours
    // are hard to tell apart, the number is not (issue 18: not colour alone).
    const qreal ratio = 2.0; // drawn at twice the size so that it stays sharp on high-density screens
    QImage image(QSize(size, size) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // The plot's own colour cuts the disc out of the lines and writes its number: white on the
    // dark plot's light tints was about 2:1, the dark plot's colour is over 7:1.
    const QColor plot = Models::Palette::chartBackground();
    painter.setPen(QPen(plot, 1.0));
    painter.setBrush(severityColor(severity));
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    QFont font = QGuiApplication::font();
    font.setBold(true);
    font.setPixelSize(qMax(7, int(size * 0.7)));
    painter.setFont(font);
    painter.setPen(plot);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, QString::number(severity));
    return image;
}

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
        withYear.append(locale.standaloneMonthName(m.month(), QLocale::ShortFormat) + QLatin1Char(' ') +
                        QString::number(m.year() % 100).rightJustified(2, QLatin1Char('0')));
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
    return QLocale().standaloneMonthName(month.month(), QLocale::LongFormat) + QLatin1Char(' ') +
           QString::number(month.year());
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
