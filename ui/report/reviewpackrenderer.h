#pragma once

#include "models/reviewpack.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace Gui {

class ReportPages;

/// Draws a governance review (Models::ReviewPack) on A4 pages: cover, contents, summary with the
/// previous period's change, the hours charts, the SLA trend, breaches with their explanation and
/// root cause, notable incidents, delivered work, next month's allocation, risks and actions, the
/// support-model diagram and the appendix on how SLA time and the budget are counted. Charts and
/// the diagram are painted as vectors. Every page has a header, and a footer with "page X of Y"
/// and the data's fingerprint. Words are translated and numbers and dates follow QLocale() of the
/// language in force. The Review page's print preview and `deliverydesk report` both draw here.
class ReviewPackRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReviewPackRenderer)

public:
    /// Draws `pack` on `device` (a QPdfWriter, or the QPrinter of a print preview), setting its
    /// page to A4 portrait. Needs a QApplication (the charts are laid out as widgets). Returns the
    /// number of pages, 0 when the device could not be painted on.
    static int render(const Models::ReviewPack &pack, QPagedPaintDevice *device);
    /// Writes the PDF to `path` through a temporary file in its folder, renamed when complete:
    /// on failure nothing is left at `path` and `error` says why.
    static bool writePdf(const Models::ReviewPack &pack, const QString &path, QString *error,
                         int *pages = nullptr);

    /// "november 2026", "Q3 2026", "1 okt. 2026 – 31 dec. 2026" in the current language.
    static QString periodText(const Models::ReviewPeriod &period);
    /// Hours of minutes as the pages show them ("12,5 h").
    static QString hoursText(qint64 minutes);
    /// A percentage with one decimal ("93,3 %"), "–" when empty.
    static QString percentText(const std::optional<double> &percent);

private:
    static void draw(const Models::ReviewPack &pack, ReportPages &pages, const QVector<int> &sectionPages);
    static void cover(const Models::ReviewPack &pack, ReportPages &pages);
    static void contents(ReportPages &pages, const QStringList &titles, const QVector<int> &sectionPages);
    static void summary(const Models::ReviewPack &pack, ReportPages &pages);
    static void hours(const Models::ReviewPack &pack, ReportPages &pages);
    static void sla(const Models::ReviewPack &pack, ReportPages &pages);
    static void breaches(const Models::ReviewPack &pack, ReportPages &pages);
    static void tickets(const Models::ReviewPack &pack, ReportPages &pages);
    static void nextMonth(const Models::ReviewPack &pack, ReportPages &pages);
    static void notes(const Models::ReviewPack &pack, ReportPages &pages);
    static void diagram(const Models::ReviewPack &pack, ReportPages &pages);
    static void appendix(const Models::ReviewPack &pack, ReportPages &pages);
    static QStringList sectionTitles(const Models::ReviewPack &pack);
};

} // namespace Gui
