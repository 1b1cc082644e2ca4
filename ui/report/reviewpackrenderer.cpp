#include "ui/report/reviewpackrenderer.h"

#include "models/capacitytext.h"
#include "models/domaintext.h"
#include "models/palette.h"
#include "models/slastaleness.h"
#include "models/tickettablemodel.h"
#include "ui/charts/chartpainter.h"
#include "ui/report/reportpages.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace Gui {

using Models::ReviewFigures;
using Models::ReviewPack;

namespace {

QString signedHours(qint64 minutes)
{
    if (minutes == 0)
        return ReviewPackRenderer::hoursText(0);
    return (minutes > 0 ? QStringLiteral("+") : QStringLiteral("−")) +
           ReviewPackRenderer::hoursText(qAbs(minutes));
}

QString signedCount(qint64 change)
{
    const QString n = QLocale().toString(qAbs(change));
    return change > 0 ? QStringLiteral("+") + n : change < 0 ? QStringLiteral("−") + n : n;
}

} // namespace

QString ReviewPackRenderer::hoursText(qint64 minutes)
{
    return Models::DomainText::hours(minutes);
}

QString ReviewPackRenderer::percentText(const std::optional<double> &percent)
{
    return percent ? tr("%1 %").arg(QLocale().toString(*percent, 'f', 1)) : QStringLiteral("–");
}

QString ReviewPackRenderer::periodText(const Models::ReviewPeriod &period)
{
    const QLocale locale;
    switch (period.kind) {
    case Models::ReviewPeriod::Kind::Month:
        return Models::CapacityText::month(period.start);
    case Models::ReviewPeriod::Kind::Quarter:
        return tr("Q%1 %2", "quarter, year").arg((period.start.month() - 1) / 3 + 1).arg(period.start.year());
    case Models::ReviewPeriod::Kind::Range:
        return tr("%1 – %2", "first day – last day")
            .arg(locale.toString(period.start, QStringLiteral("d MMM yyyy")),
                 locale.toString(period.end, QStringLiteral("d MMM yyyy")));
    }
    return {};
}

QStringList ReviewPackRenderer::sectionTitles(const ReviewPack &pack)
{
    Q_UNUSED(pack);
    return {tr("Summary"),
            tr("Hours against the commitment"),
            tr("SLA compliance"),
            tr("SLA breaches"),
            tr("Notable incidents and delivered work"),
            tr("Next month"),
            tr("Risks and actions"),
            tr("Support model"),
            tr("Appendix: how the figures are counted")};
}

int ReviewPackRenderer::render(const ReviewPack &pack, QPagedPaintDevice *device)
{
    device->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    // First pass: measure only, for the page count and the contents' page numbers.
    ReportPages measure(device, nullptr, 0, {});
    draw(pack, measure, QVector<int>(sectionTitles(pack).size(), 0));
    QVector<int> sectionPages;
    for (const ReportPages::Heading &h : measure.headings()) {
        if (h.level == 1 && sectionPages.size() < sectionTitles(pack).size())
            sectionPages.append(h.page);
    }
    const int pageCount = measure.page();

    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    const QString header =
        tr("%1 — governance review %2").arg(pack.engagement.client, periodText(pack.period));
    const QString fingerprint = tr("Data fingerprint %1").arg(pack.shortFingerprint());
    const QString engagement = pack.engagement.key;
    ReportPages *pagesPtr = nullptr;
    auto decoration = [&](QPainter *p, int page, int count) {
        const ReportPages &pages = *pagesPtr;
        const QRectF body = pages.body();
        p->save();
        p->setFont(ReportPages::font(7.5));
        p->setPen(Models::Palette::color(Models::Palette::Role::ReportMuted));
        const qreal headerY = body.top() - pages.pt(22);
        if (page > 1) {
            const QRectF line(body.left(), headerY, body.width(), pages.pt(12));
            p->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, header);
            p->drawText(line, Qt::AlignRight | Qt::AlignVCenter, engagement);
            p->setPen(QPen(Models::Palette::color(Models::Palette::Role::ReportRule), pages.pt(0.5)));
            p->drawLine(QPointF(body.left(), headerY + pages.pt(14)),
                        QPointF(body.right(), headerY + pages.pt(14)));
        }
        const QRectF footer(body.left(), body.bottom() + pages.pt(14), body.width(), pages.pt(12));
        p->setPen(Models::Palette::color(Models::Palette::Role::ReportMuted));
        p->drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, fingerprint);
        p->drawText(footer, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page).arg(count));
        p->restore();
    };
    // The decoration of page 1 is drawn by the constructor, so the pointer is set through a
    // first construction that only measures the geometry.
    ReportPages geometry(device, nullptr, pageCount, {});
    pagesPtr = &geometry;
    ReportPages pages(device, &painter, pageCount, decoration);
    pages.shareMeasurements(measure);
    draw(pack, pages, sectionPages);
    painter.end();
    return pages.page();
}

bool ReviewPackRenderer::writePdf(const ReviewPack &pack, const QString &path, QString *error, int *pageCount)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(tr("%1 — governance review %2").arg(pack.engagement.client, periodText(pack.period)));
        writer.setCreator(QStringLiteral("Delivery Desk"));
        pages = render(pack, &writer);
    }
    if (pages == 0 || !file.commit()) {
        file.cancelWriting();
        *error =
            tr("Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(path),
                     file.errorString().isEmpty() ? tr("the PDF could not be drawn") : file.errorString());
        return false;
    }
    if (pageCount)
        *pageCount = pages;
    return true;
}

void ReviewPackRenderer::draw(const ReviewPack &pack, ReportPages &pages, const QVector<int> &sectionPages)
{
    cover(pack, pages);
    pages.newPage();
    contents(pages, sectionTitles(pack), sectionPages);
    pages.newPage();
    summary(pack, pages);
    hours(pack, pages);
    sla(pack, pages);
    breaches(pack, pages);
    tickets(pack, pages);
    nextMonth(pack, pages);
    notes(pack, pages);
    diagram(pack, pages);
    appendix(pack, pages);
}

void ReviewPackRenderer::cover(const ReviewPack &pack, ReportPages &pages)
{
    const QLocale locale;
    pages.space(150);
    pages.paragraph(tr("Governance review"), ReportPages::font(26, true),
                    Models::Palette::color(Models::Palette::Role::ReportHeading));
    pages.space(6);
    pages.paragraph(pack.engagement.client, ReportPages::font(18));
    pages.paragraph(periodText(pack.period), ReportPages::font(18));
    pages.space(40);
    const QString name = pack.engagement.name.isEmpty()
                             ? pack.engagement.key
                             : tr("%1 (%2)").arg(pack.engagement.name, pack.engagement.key);
    const QVector<QStringList> rows = {
        {tr("Client"), pack.engagement.client},
        {tr("Engagement"), name},
        {tr("Period"), tr("%1 (%2 to %3)")
                           .arg(periodText(pack.period), pack.period.start.toString(Qt::ISODate),
                                pack.period.end.toString(Qt::ISODate))},
        {tr("Support model"), Models::DomainText::supportModel(pack.engagement.model)},
        {tr("Prepared by"), pack.preparedBy.isEmpty() ? tr("(not set)") : pack.preparedBy},
        {tr("Date"), locale.toString(pack.today, QLocale::LongFormat)},
    };
    pages.table({{QString(), 1}, {QString(), 3}}, rows, {}, 10);
    pages.space(20);
    pages.paragraph(tr("Data fingerprint (SHA-256 of the %n rows behind the figures):", nullptr,
                       int(pack.fingerprintRows)),
                    ReportPages::font(8), Models::Palette::color(Models::Palette::Role::ReportMuted));
    pages.paragraph(QString::fromLatin1(pack.fingerprint), ReportPages::font(8),
                    Models::Palette::color(Models::Palette::Role::ReportMuted));
}

void ReviewPackRenderer::contents(ReportPages &pages, const QStringList &titles,
                                  const QVector<int> &sectionPages)
{
    pages.paragraph(tr("Contents"), ReportPages::font(15, true),
                    Models::Palette::color(Models::Palette::Role::ReportHeading));
    pages.space(10);
    QVector<QStringList> rows;
    for (int i = 0; i < titles.size(); ++i)
        rows.append({QString::number(i + 1), titles.at(i),
                     sectionPages.value(i) > 0 ? QString::number(sectionPages.value(i)) : QString()});
    pages.table({{QString(), 0.4}, {tr("Section"), 6}, {tr("Page"), 1, Qt::AlignRight}}, rows, {}, 10.5);
}

void ReviewPackRenderer::summary(const ReviewPack &pack, ReportPages &pages)
{
    const QStringList titles = sectionTitles(pack);
    pages.heading(titles.at(0));
    const ReviewFigures &now = pack.current;
    const ReviewFigures &before = pack.previous;
    pages.paragraph(tr("%1 compared with the previous period, %2.")
                        .arg(periodText(now.period), periodText(before.period)),
                    ReportPages::font(9));
    pages.space(4);
    QVector<QStringList> rows;
    auto hoursRow = [&](const QString &name, qint64 a, qint64 b) {
        rows.append({name, hoursText(a), before.budgetKnown ? hoursText(b) : QStringLiteral("–"),
                     before.budgetKnown ? signedHours(a - b) : QStringLiteral("–")});
    };
    if (now.budgetKnown) {
        hoursRow(tr("Hours committed"), now.committed, before.committed);
        hoursRow(tr("Hours used"), now.used, before.used);
        hoursRow(tr("Hours carried in"), now.carriedIn, before.carriedIn);
        hoursRow(tr("Hours carried out%1").arg(now.budgetProjected ? QStringLiteral(" *") : QString()),
                 now.carriedOut, before.carriedOut);
        hoursRow(tr("Hours forfeited%1").arg(now.budgetProjected ? QStringLiteral(" *") : QString()),
                 now.forfeited, before.forfeited);
    }
    if (now.slaKnown) {
        for (int i = 0; i < now.sla.size(); ++i) {
            const ReviewFigures::Sla &s = now.sla.at(i);
            const ReviewFigures::Sla b = before.sla.value(i);
            auto change = [](const std::optional<double> &x, const std::optional<double> &y) {
                if (!x || !y)
                    return QStringLiteral("–");
                const double d = *x - *y;
                return tr("%1 pts").arg((d > 0.05    ? QStringLiteral("+")
                                         : d < -0.05 ? QStringLiteral("−")
                                                     : QString()) +
                                        QLocale().toString(qAbs(d), 'f', 1));
            };
            const QString target = tr("%1 %").arg(QLocale().toString(s.targetPercent, 'f', 0));
            if (s.responseMeasured > 0 || b.responseMeasured > 0)
                rows.append({tr("Severity %1: first response met (target %2)").arg(s.severity).arg(target),
                             percentText(s.responsePercent()), percentText(b.responsePercent()),
                             change(s.responsePercent(), b.responsePercent())});
            if (s.resolutionMeasured > 0 || b.resolutionMeasured > 0)
                rows.append({tr("Severity %1: resolution met (target %2)").arg(s.severity).arg(target),
                             percentText(s.resolutionPercent()), percentText(b.resolutionPercent()),
                             change(s.resolutionPercent(), b.resolutionPercent())});
        }
        rows.append({tr("SLA breaches"), QLocale().toString(now.breaches),
                     QLocale().toString(before.breaches), signedCount(now.breaches - before.breaches)});
    }
    rows.append({tr("Tickets opened"), QLocale().toString(now.opened), QLocale().toString(before.opened),
                 signedCount(now.opened - before.opened)});
    rows.append({tr("Tickets resolved"), QLocale().toString(now.resolved),
                 QLocale().toString(before.resolved), signedCount(now.resolved - before.resolved)});
    rows.append({tr("Backlog at period end"), QLocale().toString(now.backlog),
                 QLocale().toString(before.backlog), signedCount(now.backlog - before.backlog)});
    pages.table({{tr("Figure"), 4},
                 {tr("This period"), 1.4, Qt::AlignRight},
                 {tr("Previous period"), 1.4, Qt::AlignRight},
                 {tr("Change"), 1.2, Qt::AlignRight}},
                rows);
    if (now.budgetKnown && now.budgetProjected)
        pages.paragraph(
            tr("* Projected: a month of the period has not closed yet, so its carried and forfeited hours "
               "assume the forecast holds."),
            ReportPages::font(8), Models::Palette::color(Models::Palette::Role::ReportMuted));
    if (!now.slaKnown)
        pages.paragraph(
            tr("%1 is a fixed-capacity engagement: it sells hours, not response and resolution times, "
               "so this review has no SLA figures.")
                .arg(pack.engagement.key),
            ReportPages::font(9));

    pages.heading(tr("Tickets by service level and kind"), 2);
    QVector<QStringList> byWhat;
    auto countRow = [&](const QString &name, int a, int b, int c, int d) {
        const QLocale l;
        byWhat.append({name, l.toString(a), l.toString(b), l.toString(c), l.toString(d)});
    };
    for (int l = 0; l < Domain::ServiceLevelCount; ++l)
        countRow(Models::DomainText::serviceLevel(Domain::ServiceLevel(l)), now.openedByLevel[std::size_t(l)],
                 now.resolvedByLevel[std::size_t(l)], before.openedByLevel[std::size_t(l)],
                 before.resolvedByLevel[std::size_t(l)]);
    for (int k = 0; k < Domain::TicketKindCount; ++k)
        countRow(Models::TicketTableModel::kindText(Domain::TicketKind(k)), now.openedByKind[std::size_t(k)],
                 now.resolvedByKind[std::size_t(k)], before.openedByKind[std::size_t(k)],
                 before.resolvedByKind[std::size_t(k)]);
    countRow(tr("All tickets"), now.opened, now.resolved, before.opened, before.resolved);
    pages.table({{tr("Service level or kind"), 3.2},
                 {tr("Opened"), 1, Qt::AlignRight},
                 {tr("Resolved"), 1, Qt::AlignRight},
                 {tr("Opened before"), 1.1, Qt::AlignRight},
                 {tr("Resolved before"), 1.1, Qt::AlignRight}},
                byWhat, {int(byWhat.size()) - 1});
}

void ReviewPackRenderer::hours(const ReviewPack &pack, ReportPages &pages)
{
    pages.heading(sectionTitles(pack).at(1), 1, 240);
    if (pack.burnDowns.isEmpty())
        pages.paragraph(tr("No month of the period lies in the contract yet."), ReportPages::font(9));
    for (const Models::BurnDownData &data : pack.burnDowns) {
        const Domain::BurnDown &b = data.burnDown;
        pages.heading(tr("Burn-down, %1").arg(Models::CapacityText::month(data.month)), 2, 230);
        pages.paragraph(tr("Budget %1 (committed %2, carried in %3), used %4, remaining %5.")
                            .arg(hoursText(b.budget), hoursText(b.committed), hoursText(b.carriedIn),
                                 hoursText(b.used), hoursText(b.remaining)),
                        ReportPages::font(9));
        pages.figure(220, [&data](QPainter *p, const QRectF &r) { ChartPainter::paintBurnDown(p, r, data); });
    }
    pages.heading(tr("Hours of the last 12 months"), 2, 210);
    pages.figure(200, [&pack](QPainter *p, const QRectF &r) {
        ChartPainter::paintHistory(p, r, pack.ledger, pack.historyLastMonth);
    });
}

void ReviewPackRenderer::sla(const ReviewPack &pack, ReportPages &pages)
{
    pages.heading(sectionTitles(pack).at(2), 1, 240);
    if (!pack.hasSla) {
        pages.paragraph(
            tr("%1 is a fixed-capacity engagement: it sells hours, not response and resolution times, "
               "so it has no SLA to report.")
                .arg(pack.engagement.key),
            ReportPages::font(9));
        return;
    }
    pages.paragraph(
        tr("Share of tickets that met their first-response and resolution targets, month by month; the "
           "dashed lines are the targets, a triangle marks a month that missed its target."),
        ReportPages::font(9));
    // An account lead reads these figures as the contract's: say when they are of older rules.
    if (pack.sla.staleBy)
        pages.paragraph(Models::SlaStaleness::text(*pack.sla.staleBy, QTimeZone(pack.engagement.timeZone)),
                        ReportPages::font(9, true));
    pages.figure(
        230, [&pack](QPainter *p, const QRectF &r) { ChartPainter::paintComplianceTrend(p, r, pack.sla); });
}

} // namespace Gui
