// The later sections of the review pack: breaches, tickets, next month, notes, diagram, appendix.
#include "ui/report/reviewpackrenderer.h"

#include "models/capacitytext.h"
#include "models/domaintext.h"
#include "models/palette.h"
#include "models/reviewpackloader.h"
#include "models/tickettablemodel.h"
#include "ui/diagram/diagramexport.h"
#include "ui/diagram/supportmodeldiagram.h"
#include "ui/report/reportpages.h"
#include "ui/report/vectorcanvas.h"

#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QTimeZone>

namespace Gui {

using Models::ReviewPack;
using Models::ReviewTicket;

namespace {

QString instantText(qint64 epochSeconds, const QByteArray &zone)
{
    const QTimeZone tz(zone);
    const QDateTime at = QDateTime::fromSecsSinceEpoch(epochSeconds, tz.isValid() ? tz : QTimeZone::utc());
    return QLocale().toString(at, QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString clockText(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

void ReviewPackRenderer::breaches(const ReviewPack &pack, ReportPages &pages)
{
    pages.heading(sectionTitles(pack).at(3));
    if (!pack.hasSla) {
        pages.paragraph(tr("No SLA is sold under this contract, so nothing can breach it."),
                        ReportPages::font(9));
        return;
    }
    if (pack.breachCount == 0) {
        pages.paragraph(tr("No ticket breached its SLA in %1.").arg(periodText(pack.period)),
                        ReportPages::font(9));
        return;
    }
    pages.paragraph(
        tr("%n ticket(s) breached a target in the period. Each line gives what the SLA engine found "
           "and the team's note on the root cause.",
           nullptr, int(pack.breachCount)),
        ReportPages::font(9));
    if (pack.listedBreaches.size() < pack.breachCount)
        pages.paragraph(
            tr("The %1 listed here are those with a root-cause note first, then the most severe and "
               "the earliest breached; the data appendix lists all of them.")
                .arg(QLocale().toString(int(pack.listedBreaches.size()))),
            ReportPages::font(9));
    pages.space(4);
    QVector<QStringList> rows;
    for (const ReviewTicket &t : pack.listedBreaches) {
        rows.append({t.key + QLatin1Char('\n') + t.title, QLocale().toString(t.severity),
                     instantText(t.breachedAt, pack.engagement.timeZone), t.explanation,
                     t.rootCause.isEmpty() ? tr("(no note yet)") : t.rootCause});
    }
    pages.table({{tr("Ticket"), 2.2},
                 {tr("Sev."), 0.6, Qt::AlignRight},
                 {tr("Breached"), 1.25},
                 {tr("What happened"), 3.35},
                 {tr("Root cause"), 2.35}},
                rows, {}, 7.5);
}

void ReviewPackRenderer::tickets(const ReviewPack &pack, ReportPages &pages)
{
    pages.heading(sectionTitles(pack).at(4));
    const int max = Models::ReviewPackLoader::MaxListedTickets;
    auto list = [&](const QString &title, const QVector<ReviewTicket> &tickets, qsizetype count,
                    const QString &none) {
        pages.heading(title, 2);
        if (count == 0) {
            pages.paragraph(none, ReportPages::font(9));
            return;
        }
        QVector<QStringList> rows;
        for (const ReviewTicket &t : tickets.mid(0, max)) {
            rows.append({t.key, t.title, Models::TicketTableModel::kindText(t.kind),
                         Models::DomainText::serviceLevelShort(t.level), QLocale().toString(t.severity),
                         instantText(t.created, pack.engagement.timeZone),
                         t.resolved ? instantText(*t.resolved, pack.engagement.timeZone) : tr("open")});
        }
        pages.table({{tr("Ticket"), 1.2},
                     {tr("Title"), 2.8},
                     {tr("Kind"), 1.6},
                     {tr("Level"), 0.6},
                     {tr("Sev."), 0.6, Qt::AlignRight},
                     {tr("Created"), 1.3},
                     {tr("Resolved"), 1.3}},
                    rows, {}, 7.5);
        if (count > max)
            pages.paragraph(tr("… and %n more in the data appendix.", nullptr, int(count - max)),
                            ReportPages::font(8.5));
    };
    list(tr("Notable incidents and problems (severity 1 and 2)"), pack.listedNotable, pack.notableCount,
         tr("No incident or problem of severity 1 or 2 was opened or resolved in the period."));
    list(tr("Delivered changes and enhancements (L3 work)"), pack.listedDelivered, pack.deliveredCount,
         tr("No change, enhancement or L3 work was resolved in the period."));
}

void ReviewPackRenderer::nextMonth(const ReviewPack &pack, ReportPages &pages)
{
    pages.heading(tr("%1: %2").arg(sectionTitles(pack).at(5), Models::CapacityText::month(pack.nextMonth)));
    qint64 allocated = 0;
    for (const Models::ReviewAllocation &a : pack.allocations)
        allocated += a.minutes;
    const QString share = pack.nextCommitted > 0
                              ? tr(" (%1 % of the commitment)")
                                    .arg(QLocale().toString(100.0 * allocated / pack.nextCommitted, 'f', 0))
                              : QString();
    pages.paragraph(
        tr("Committed: %1. Allocated: %2%3.").arg(hoursText(pack.nextCommitted), hoursText(allocated), share),
        ReportPages::font(9));
    pages.space(4);
    if (pack.allocations.isEmpty()) {
        pages.paragraph(tr("Nobody is allocated to %1 in %2 yet.")
                            .arg(pack.engagement.key, Models::CapacityText::month(pack.nextMonth)),
                        ReportPages::font(9));
    } else {
        QVector<QStringList> rows;
        QVector<int> bold;
        for (int i = 0; i < pack.allocations.size(); ++i) {
            const Models::ReviewAllocation &a = pack.allocations.at(i);
            rows.append({Models::DomainText::role(a.role), a.person, hoursText(a.minutes)});
            const bool lastOfRole =
                i + 1 == pack.allocations.size() || pack.allocations.at(i + 1).role != a.role;
            if (lastOfRole) {
                qint64 sum = 0;
                for (const Models::ReviewAllocation &o : pack.allocations)
                    sum += o.role == a.role ? o.minutes : 0;
                bold.append(int(rows.size()));
                rows.append(
                    {tr("%1 in all").arg(Models::DomainText::role(a.role)), QString(), hoursText(sum)});
            }
        }
        bold.append(int(rows.size()));
        rows.append({tr("Allocated in all"), QString(), hoursText(allocated)});
        bold.append(int(rows.size()));
        rows.append({tr("Committed"), QString(), hoursText(pack.nextCommitted)});
        pages.table({{tr("Role"), 2}, {tr("Person"), 2.5}, {tr("Hours"), 1, Qt::AlignRight}}, rows, bold,
                    8.5);
    }
    for (const Domain::AllocationWarning &w : pack.allocationWarnings)
        pages.paragraph(tr("Warning: %1").arg(Models::CapacityText::allocationWarning(w)),
                        ReportPages::font(8.5), Models::Palette::color(Models::Palette::Role::ReportWarning));
}

void ReviewPackRenderer::notes(const ReviewPack &pack, ReportPages &pages)
{
    pages.heading(sectionTitles(pack).at(6));
    pages.heading(tr("Risks"), 2);
    pages.paragraph(pack.risks.trimmed().isEmpty() ? tr("No risks were recorded for this period.")
                                                   : pack.risks.trimmed(),
                    ReportPages::font(9.5));
    pages.heading(tr("Actions"), 2);
    pages.paragraph(pack.actions.trimmed().isEmpty() ? tr("No actions were recorded for this period.")
                                                     : pack.actions.trimmed(),
                    ReportPages::font(9.5));
}

void ReviewPackRenderer::diagram(const ReviewPack &pack, ReportPages &pages)
{
    pages.heading(sectionTitles(pack).at(7), 1, 300);
    pages.paragraph(
        tr("%1 under the %2 model in %3: the service levels with their activities, the people allocated and "
           "the SLA targets.")
            .arg(pack.engagement.key, Models::DomainText::supportModel(pack.engagement.model),
                 Models::CapacityText::month(pack.diagram.month)),
        ReportPages::font(9));
    QGraphicsScene scene;
    SupportModelDiagram::build(&scene, pack.diagram, SupportModelDiagram::MinimumWidth,
                               SupportModelDiagram::Mode::Full, DiagramExport::exportFont());
    const QRectF source = scene.itemsBoundingRect();
    if (source.isEmpty())
        return;
    // As tall as the width allows, at most the rest of a page.
    const qreal width = pages.body().width();
    qreal height = width * source.height() / source.width();
    if (height > pages.remaining() && pages.remaining() < pages.body().height() * 0.6)
        pages.newPage();
    height = qMin(height, pages.remaining());
    pages.figure(height / pages.unit(), [&scene, source](QPainter *p, const QRectF &r) {
        const QSize size = source.size().toSize();
        VectorCanvas::paint(p, r, size, [&scene, source, size](QPainter *q) {
            scene.render(q, QRectF(QPointF(0, 0), QSizeF(size)), source, Qt::KeepAspectRatio);
        });
    });
}

void ReviewPackRenderer::appendix(const ReviewPack &pack, ReportPages &pages)
{
    pages.newPage();
    pages.heading(sectionTitles(pack).at(8));
    const Models::ReviewSlaRules &rules = pack.slaRules;
    pages.heading(tr("How SLA time is counted"), 2);
    QString calendar =
        rules.calendarStored
            ? tr("Calendar “%1” in the time zone %2.")
                  .arg(rules.calendarName, QString::fromLatin1(rules.timeZone))
            : tr("The default calendar of the time zone %1.").arg(QString::fromLatin1(rules.timeZone));
    QStringList days;
    if (rules.alwaysOpen) {
        days.append(tr("open around the clock, every day"));
    } else {
        const QLocale locale;
        for (int d = 0; d < 7; ++d) {
            QStringList spans;
            for (const Domain::WorkInterval &i : rules.weekHours[std::size_t(d)])
                spans.append(tr("%1–%2").arg(clockText(i.openMinute), clockText(i.closeMinute)));
            if (!spans.isEmpty())
                days.append(tr("%1 %2").arg(locale.dayName(d + 1, QLocale::ShortFormat),
                                            spans.join(QStringLiteral(", "))));
        }
    }
    pages.paragraph(
        calendar + QLatin1Char(' ') +
            tr("Business hours: %1.").arg(days.isEmpty() ? tr("none") : days.join(QStringLiteral("; "))),
        ReportPages::font(9));
    if (!rules.holidayRules.isEmpty() || rules.holidayCount > 0)
        pages.paragraph(
            tr("Holidays: the national holidays of %1, and %n single date(s).", nullptr, rules.holidayCount)
                .arg(rules.holidayRules.isEmpty() ? tr("no country")
                                                  : rules.holidayRules.join(QStringLiteral(", "))),
            ReportPages::font(9));
    pages.paragraph(
        tr("Only business time counts, except on clocks marked 24×7. A ticket's targets are those of its "
           "severity at the end, under the policy version in force on the day it was created; a ticket "
           "counts in the month it was resolved."),
        ReportPages::font(9));
    if (rules.policy) {
        const Domain::SlaPolicy &p = *rules.policy;
        pages.paragraph(tr("Policy %1, version in force since %2%3.")
                            .arg(rules.policyName.isEmpty() ? tr("(unnamed)") : rules.policyName,
                                 p.effectiveFrom.toString(Qt::ISODate),
                                 rules.policyStored ? QString() : tr(" (the support model's default)")),
                        ReportPages::font(9));
        pages.paragraph(tr("The resolution clock pauses while a ticket is in: %1. It stops at: %2.")
                            .arg(p.pauseStatuses.join(QStringLiteral(", ")),
                                 p.resolvedStatuses.join(QStringLiteral(", "))),
                        ReportPages::font(9));
        QVector<QStringList> rows;
        auto target = [](int minutes, bool aroundTheClock) {
            if (minutes <= 0)
                return tr("none");
            const QString d = SupportModelDiagram::duration(minutes);
            return aroundTheClock ? tr("%1 (24×7)").arg(d) : d;
        };
        for (int s = 1; s <= Domain::SlaPolicy::SeverityCount; ++s) {
            const Domain::SlaSeverityTarget &t = p.target(s);
            rows.append({QLocale().toString(s), target(t.responseMinutes, t.response24x7),
                         target(t.resolutionMinutes, t.resolution24x7),
                         tr("%1 %").arg(QLocale().toString(t.targetPercent, 'f', 0))});
        }
        pages.table({{tr("Severity"), 1.5},
                     {tr("First response"), 2},
                     {tr("Resolution"), 2},
                     {tr("Share to meet"), 1.5, Qt::AlignRight}},
                    rows, {}, 8.5);
    } else {
        pages.paragraph(tr("No SLA policy is in force."), ReportPages::font(9));
    }
    pages.heading(tr("What counts against the budget"), 2);
    for (const QString &rule : pack.budgetRules)
        pages.paragraph(QStringLiteral("• ") + rule, ReportPages::font(9),
                        Models::Palette::color(Models::Palette::Role::ReportText), 6);
    pages.heading(tr("The data fingerprint"), 2);
    pages.paragraph(
        tr("The fingerprint is a SHA-256 hash over the %n rows the figures come from (tickets and their "
           "status "
           "history, stored SLA results, worklogs, the budget, next month's allocations, the policy in force "
           "and the notes), sorted and written in a fixed form. Two copies of a review with the same "
           "fingerprint were made from the same data.",
           nullptr, int(pack.fingerprintRows)),
        ReportPages::font(9));
    pages.paragraph(QString::fromLatin1(pack.fingerprint), ReportPages::font(8));
}

} // namespace Gui
