#include "ui/diagram/supportmodeldiagram.h"

#include "models/capacitytext.h"
#include "models/domain/supportmodelcatalogue.h"
#include "models/domaintext.h"
#include "models/palette.h"
#include "ui/diagram/diagrambox.h"

#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainterPath>
#include <QPen>
#include <QtMath>

#include <algorithm>

namespace Gui {

using Domain::ServiceLevel;
using Domain::SupportModelCatalogue;
using Kind = DiagramBox::Kind;
using State = DiagramBox::State;
using Models::DomainText;

namespace {

constexpr qreal Margin = 16;
constexpr qreal Pad = 8;
constexpr qreal Spacing = 6;

QString catalogue(const char *term)
{
    return DomainText::catalogue(term);
}

/// Builds and lays out one diagram. Boxes are created in reading order, placed afterwards.
class Builder
{
public:
    Builder(QGraphicsScene *scene, const Models::SupportModelDiagramData &data, const QFont &font)
        : m_scene(scene), m_data(data), m_info(SupportModelCatalogue::model(data.engagement.model))
    {
        m_title = font;
        m_title.setBold(true);
        m_body = font;
        m_body.setPointSizeF(font.pointSizeF() * 0.9);
        m_badge = m_body;
        m_badge.setBold(true);
    }

    QVector<DiagramBox *> boxes;

    DiagramBox *box(Kind kind, const char *term, QGraphicsItem *parent = nullptr,
                    State state = State::Neutral)
    {
        auto *b = new DiagramBox(kind, catalogue(term), term, parent);
        QFont title = kind == Kind::Activity || kind == Kind::OptionalService ||
                              kind == Kind::ManagementActivity || kind == Kind::ClientParty ||
                              kind == Kind::ArrowLabel
                          ? m_body
                          : m_title;
        title.setItalic(state == State::NotIncluded);
        b->setFonts(title, m_body);
        b->setState(state);
        if (!parent)
            m_scene->addItem(b);
        boxes.append(b);
        return b;
    }

    DiagramBox *badge(const QString &text, DiagramBox *parent, State state, const QString &toolTip)
    {
        auto *b = new DiagramBox(Kind::Badge, text, nullptr, parent);
        b->setFonts(m_badge, m_body);
        b->setState(state);
        b->setToolTip(toolTip);
        boxes.append(b);
        return b;
    }

    /// Lays out a leaf box's title at `width`; returns its height.
    qreal leaf(DiagramBox *b, const QPointF &topLeft, qreal width)
    {
        const qreal inner = width - Pad;
        const qreal h = DiagramBox::textHeight(b->titleFont(), b->title(), inner) + Pad;
        b->setRect(QRectF(topLeft, QSizeF(width, h)));
        b->setTextRects(QRectF(Pad / 2, Pad / 2, inner, h - Pad), {});
        return h;
    }

    QSizeF badgeSize(const DiagramBox *b) const
    {
        const QFontMetricsF m(m_badge);
        return {m.horizontalAdvance(b->title()) + 10, m.height() + 4};
    }

    /// Lays out a container: title, its badges in a row under it, children stacked, body text.
    /// Returns its height; the rect's height may later be stretched.
    qreal container(DiagramBox *b, const QVector<DiagramBox *> &children, const QVector<DiagramBox *> &badges,
                    const QPointF &topLeft, qreal width)
    {
        const qreal inner = width - 2 * Pad;
        const qreal titleHeight = DiagramBox::textHeight(b->titleFont(), b->title(), inner);
        qreal y = Pad + titleHeight + Spacing;
        qreal x = Pad;
        qreal badgeHeight = 0;
        for (DiagramBox *badge : badges) {
            const QSizeF size = badgeSize(badge);
            badge->setRect(QRectF(QPointF(x, y), size));
            badge->setTextRects(QRectF(5, 2, size.width() - 10, size.height() - 4), {});
            x += size.width() + Spacing;
            badgeHeight = qMax(badgeHeight, size.height());
        }
        if (!badges.isEmpty())
            y += badgeHeight + Spacing;
        for (DiagramBox *child : children)
            y += leaf(child, QPointF(Pad, y), inner) + Spacing;
        QRectF bodyRect;
        if (!b->body().isEmpty()) {
            const qreal h = DiagramBox::textHeight(m_body, b->body(), inner);
            bodyRect = QRectF(Pad, y, inner, h);
            y += h + Spacing;
        }
        b->setRect(QRectF(topLeft, QSizeF(width, y + Pad - Spacing)));
        b->setTextRects(QRectF(Pad, Pad, inner, titleHeight), bodyRect);
        return y + Pad - Spacing;
    }

    /// The narrowest column in which no word of `b` (or its children) would be cut.
    qreal minimumColumn(const QVector<DiagramBox *> &all) const
    {
        qreal widest = 0;
        for (const DiagramBox *b : all) {
            const qreal chrome = b->kind() == Kind::Badge ? 0 : b->parentItem() ? 3 * Pad : 2 * Pad;
            widest = qMax(widest, DiagramBox::widestWord(b->titleFont(), b->title()) + chrome);
            if (!b->body().isEmpty())
                widest = qMax(widest, DiagramBox::widestWord(m_body, b->body()) + 2 * Pad);
        }
        return widest + 4;
    }

    void arrow(const QPolygonF &line, bool bothEnds, const QString &toolTip)
    {
        QPainterPath path;
        path.addPolygon(line);
        auto head = [&path](const QPointF &tip, const QPointF &from) {
            const qreal angle = qAtan2(tip.y() - from.y(), tip.x() - from.x());
            const qreal size = 8;
            path.moveTo(tip);
            path.lineTo(tip - QPointF(size * qCos(angle - 0.45), size * qSin(angle - 0.45)));
            path.moveTo(tip);
            path.lineTo(tip - QPointF(size * qCos(angle + 0.45), size * qSin(angle + 0.45)));
        };
        head(line.last(), line.at(line.size() - 2));
        if (bothEnds)
            head(line.first(), line.at(1));
        auto *item =
            m_scene->addPath(path, QPen(Models::Palette::color(Models::Palette::Role::DiagramArrow), 1.6));
        item->setToolTip(toolTip);
        item->setZValue(-1);
    }

    QString levelToolTip(ServiceLevel level) const
    {
        QStringList lines{catalogue(SupportModelCatalogue::serviceLevel(level).summary), QString()};
        const bool inForce = SupportModelCatalogue::levelsInForce(m_data.engagement.model).contains(level);
        for (const Domain::ActivityInfo &a : SupportModelCatalogue::activities(level)) {
            const bool on = inForce || m_data.engagement.optionalServices.contains(QLatin1String(a.id));
            lines.append(SupportModelDiagram::tr("• %1: %2").arg(catalogue(a.name), stateText(level, on)));
        }
        lines.append(QString());
        lines.append(
            SupportModelDiagram::tr("%1 says:").arg(DomainText::supportModel(m_data.engagement.model)));
        for (const char *point : m_info.includes)
            lines.append(SupportModelDiagram::tr("• %1").arg(catalogue(point)));
        return lines.join(QLatin1Char('\n'));
    }

    static QString stateText(ServiceLevel level, bool on)
    {
        if (level == ServiceLevel::OptionalL3)
            return on ? SupportModelDiagram::tr("contracted") : SupportModelDiagram::tr("not contracted");
        return on ? SupportModelDiagram::tr("included") : SupportModelDiagram::tr("not included");
    }

    QVector<DiagramBox *> activityBoxes(ServiceLevel level, DiagramBox *parent)
    {
        QVector<DiagramBox *> out;
        const bool inForce = SupportModelCatalogue::levelsInForce(m_data.engagement.model).contains(level);
        for (const Domain::ActivityInfo &a : SupportModelCatalogue::activities(level)) {
            const bool on = inForce || m_data.engagement.optionalServices.contains(QLatin1String(a.id));
            DiagramBox *b = box(level == ServiceLevel::OptionalL3 ? Kind::OptionalService : Kind::Activity,
                                a.name, parent, on ? State::InForce : State::NotIncluded);
            b->setStateText(stateText(level, on));
            b->setToolTip(SupportModelDiagram::tr("%1 (%2): %3")
                              .arg(catalogue(a.name),
                                   catalogue(SupportModelCatalogue::serviceLevel(level).name),
                                   stateText(level, on)));
            out.append(b);
        }
        return out;
    }

    /// Badges of a level: "SLA" where the model's SLA reaches it, "24×7" where severity 1 is
    /// covered around the clock (dashed when it is an option not taken).
    QVector<DiagramBox *> levelBadges(ServiceLevel level, DiagramBox *parent, bool compact)
    {
        QVector<DiagramBox *> out;
        const bool slaHere =
            m_info.slaScope == Domain::SlaScope::AllTickets
                ? level == ServiceLevel::L1 || level == ServiceLevel::L2
                : m_info.slaScope == Domain::SlaScope::CriticalIncidents && level == ServiceLevel::L1;
        if (!slaHere)
            return out;
        const bool around = compact ? m_info.always24x7Response : m_data.severity1AroundTheClock();
        const bool optional = compact ? m_info.optional24x7Severity1 : false;
        if (around || optional) {
            const QString tip =
                around ? SupportModelDiagram::tr("Severity 1 is covered around the clock (24×7).")
                       : SupportModelDiagram::tr("24×7 cover of severity 1 can be added (optional).");
            out.append(
                badge(QStringLiteral("24×7"), parent, around ? State::InForce : State::NotIncluded, tip));
        }
        out.append(
            badge(QStringLiteral("SLA"), parent, State::InForce, DomainText::slaScope(m_info.slaScope)));
        return out;
    }

    QVector<DiagramBox *> buildFull(qreal requestedWidth);
    QVector<DiagramBox *> buildCompact(qreal requestedWidth);

private:
    QGraphicsScene *m_scene;
    const Models::SupportModelDiagramData &m_data;
    const Domain::SupportModelInfo &m_info;
    QFont m_title;
    QFont m_body;
    QFont m_badge;
};

QVector<DiagramBox *> Builder::buildFull(qreal requestedWidth)
{
    constexpr qreal Gap = 44;
    // Create in reading order.
    DiagramBox *client = box(Kind::Client, SupportModelCatalogue::clientOrganisation());
    client->setToolTip(
        SupportModelDiagram::tr("The client's side: the business, its IT and third-party vendors raise "
                                "tickets and requests, approve changes and take part in governance."));
    QVector<DiagramBox *> parties;
    for (const char *party : SupportModelCatalogue::clientParties())
        parties.append(box(Kind::ClientParty, party, client));
    const ServiceLevel levels[] = {ServiceLevel::L1, ServiceLevel::L2, ServiceLevel::L3,
                                   ServiceLevel::OptionalL3};
    QVector<DiagramBox *> columns{client};
    QVector<QVector<DiagramBox *>> children;
    children.append(parties);
    QVector<QVector<DiagramBox *>> badges;
    badges.append(QVector<DiagramBox *>());
    for (ServiceLevel level : levels) {
        const bool optional = level == ServiceLevel::OptionalL3;
        DiagramBox *b = box(optional ? Kind::OptionalServices : Kind::Level,
                            SupportModelCatalogue::serviceLevel(level).name);
        b->setBody(SupportModelDiagram::levelBody(m_data, level));
        b->setToolTip(levelToolTip(level));
        badges.append(levelBadges(level, b, false));
        children.append(activityBoxes(level, b));
        columns.append(b);
    }
    DiagramBox *management = box(Kind::Management, SupportModelCatalogue::serviceManagement());
    management->setStateText(SupportModelDiagram::tr("included"));
    QStringList managementTip{SupportModelDiagram::tr("Part of every model, spanning L1, L2 and L3:")};
    QVector<DiagramBox *> managementActivities;
    for (const char *activity : SupportModelCatalogue::serviceManagementActivities()) {
        managementActivities.append(box(Kind::ManagementActivity, activity, management, State::InForce));
        managementActivities.last()->setStateText(SupportModelDiagram::tr("included"));
        managementTip.append(SupportModelDiagram::tr("• %1").arg(catalogue(activity)));
    }
    management->setToolTip(managementTip.join(QLatin1Char('\n')));
    const QString escalationTip =
        SupportModelDiagram::tr("Tickets move up a level when they need deeper analysis, a fix "
                                "or a change.");
    const QString changeTip =
        m_info.changeManagementProcess
            ? catalogue("Additional resources follow the agreed change-management process")
            : SupportModelDiagram::tr("Changes reach production through change management (L2).");
    DiagramBox *labels[3] = {box(Kind::ArrowLabel, SupportModelCatalogue::escalation()),
                             box(Kind::ArrowLabel, SupportModelCatalogue::escalation()),
                             box(Kind::ArrowLabel, SupportModelCatalogue::changeManagement())};
    labels[0]->setToolTip(escalationTip);
    labels[1]->setToolTip(escalationTip);
    labels[2]->setToolTip(changeTip);
    DiagramBox *governance = box(Kind::ArrowLabel, SupportModelCatalogue::governanceAndCommunication());
    governance->setToolTip(
        SupportModelDiagram::tr("Service reporting and governance reviews with the client, run by "
                                "delivery and service management."));

    // Columns wide enough for every word, whatever the requested width.
    // The governance label sits beside the arrow's stem: 28 px less than a column.
    const qreal minColumn =
        std::max({minimumColumn(boxes), 150.0,
                  DiagramBox::widestWord(governance->titleFont(), governance->title()) + 28 + Pad + 4});
    const qreal width = qMax(requestedWidth, 2 * Margin + 4 * Gap + 5 * minColumn);
    const qreal column = (width - 2 * Margin - 4 * Gap) / 5;
    auto columnX = [&](int i) { return Margin + i * (column + Gap); };

    // Row A: the labels of the arrows between the columns, centred on their gap.
    qreal labelsHeight = 0;
    for (int i = 0; i < 3; ++i) {
        const QFontMetricsF m(labels[i]->titleFont());
        const qreal textWidth = qMin(column - Pad, m.boundingRect(QRectF(0, 0, column - Pad, 1e6),
                                                                  DiagramBox::TextFlags, labels[i]->title())
                                                           .width() +
                                                       1);
        const qreal centre = columnX(i + 1) - Gap / 2;
        labelsHeight = qMax(
            labelsHeight, leaf(labels[i], QPointF(centre - (textWidth + Pad) / 2, Margin), textWidth + Pad));
    }
    // Row B: the columns, all as tall as the tallest.
    const qreal rowTop = Margin + labelsHeight + Spacing;
    qreal rowHeight = 0;
    for (int i = 0; i < columns.size(); ++i)
        rowHeight = qMax(rowHeight,
                         container(columns[i], children[i], badges[i], QPointF(columnX(i), rowTop), column));
    for (DiagramBox *b : columns)
        b->setRect(QRectF(b->rect().topLeft(), QSizeF(column, rowHeight)));
    const qreal arrowY = rowTop + 2 * Pad + QFontMetricsF(m_title).height() / 2;
    for (int i = 0; i < 3; ++i) {
        const QPointF from(columnX(i) + column + 3, arrowY);
        const QPointF to(columnX(i + 1) - 3, arrowY);
        arrow(QPolygonF{from, to}, i == 0, labels[i]->toolTip());
    }
    // Row C: delivery and service management spanning L1 to the optional services, its
    // activities in a grid; governance from the client's side into it.
    const qreal bandTop = rowTop + rowHeight + Gap / 2;
    const qreal bandLeft = columnX(1);
    const qreal bandWidth = columnX(4) + column - bandLeft;
    const qreal inner = bandWidth - 2 * Pad;
    const qreal cell = qMax(minColumn, 180.0);
    const int perRow = qMax(1, int((inner + Spacing) / (cell + Spacing)));
    const qreal cellWidth = (inner - (perRow - 1) * Spacing) / perRow;
    const qreal titleHeight = DiagramBox::textHeight(m_title, management->title(), inner);
    qreal y = Pad + titleHeight + Spacing;
    for (int start = 0; start < managementActivities.size(); start += perRow) {
        qreal rowMax = 0;
        for (int k = start; k < qMin(start + perRow, int(managementActivities.size())); ++k) {
            const QPointF at(Pad + (k - start) * (cellWidth + Spacing), y);
            rowMax = qMax(rowMax, leaf(managementActivities[k], at, cellWidth));
        }
        for (int k = start; k < qMin(start + perRow, int(managementActivities.size())); ++k) {
            DiagramBox *b = managementActivities[k];
            b->setRect(QRectF(b->rect().topLeft(), QSizeF(cellWidth, rowMax)));
        }
        y += rowMax + Spacing;
    }
    management->setRect(QRectF(bandLeft, bandTop, bandWidth, y + Pad - Spacing));
    management->setTextRects(QRectF(Pad, Pad, inner, titleHeight), {});
    // Governance: down from the client's box, then right into the band, the label above the turn.
    const qreal stem = columnX(0) + 14;
    const qreal labelWidth = column - 28;
    const qreal labelHeight = leaf(governance, QPointF(stem + 10, bandTop), labelWidth);
    const qreal turnY = qMax(bandTop + labelHeight + 10, bandTop + 24);
    if (management->rect().bottom() < turnY + 10)
        management->setRect(QRectF(management->rect().topLeft(), QSizeF(bandWidth, turnY + 10 - bandTop)));
    arrow(
        QPolygonF{QPointF(stem, rowTop + rowHeight + 3), QPointF(stem, turnY), QPointF(bandLeft - 3, turnY)},
        true, governance->toolTip());
    m_scene->setSceneRect(0, 0, width, management->rect().bottom() + Margin);
    return boxes;
}

QVector<DiagramBox *> Builder::buildCompact(qreal requestedWidth)
{
    // One column: the client, L1, L2, L3 under each other with escalation arrows between them,
    // then management and the optional services, so that four fit side by side on a page.
    constexpr qreal Gap = 18;
    DiagramBox *client = box(Kind::Client, SupportModelCatalogue::clientOrganisation());
    const ServiceLevel levels[] = {ServiceLevel::L1, ServiceLevel::L2, ServiceLevel::L3};
    QVector<DiagramBox *> rows;
    QVector<QVector<DiagramBox *>> badges;
    for (ServiceLevel level : levels) {
        DiagramBox *b =
            box(Kind::Level, SupportModelCatalogue::serviceLevel(level).name, nullptr, State::InForce);
        b->setToolTip(levelToolTip(level));
        badges.append(levelBadges(level, b, true));
        rows.append(b);
    }
    DiagramBox *management = box(Kind::Management, SupportModelCatalogue::serviceManagement());
    DiagramBox *optional =
        box(Kind::OptionalServices, SupportModelCatalogue::serviceLevel(ServiceLevel::OptionalL3).name);
    optional->setToolTip(catalogue(SupportModelCatalogue::serviceLevel(ServiceLevel::OptionalL3).summary));

    const qreal width = qMax(requestedWidth, 2 * Margin + qMax(minimumColumn(boxes), 120.0));
    const qreal full = width - 2 * Margin;
    qreal y = Margin;
    y += container(client, {}, {}, QPointF(Margin, y), full) + Gap;
    for (int i = 0; i < rows.size(); ++i) {
        arrow(QPolygonF{QPointF(width / 2, y - Gap + 3), QPointF(width / 2, y - 3)}, i == 0,
              catalogue(SupportModelCatalogue::escalation()));
        y += container(rows[i], {}, badges[i], QPointF(Margin, y), full) + Gap;
    }
    y += 2 * Spacing - Gap;
    y += container(management, {}, {}, QPointF(Margin, y), full) + 2 * Spacing;
    y += container(optional, {}, {}, QPointF(Margin, y), full);
    m_scene->setSceneRect(0, 0, width, y + Margin);
    return boxes;
}

} // namespace

QString SupportModelDiagram::duration(int minutes)
{
    const QLocale locale;
    if (minutes < 60)
        return tr("%1 min").arg(locale.toString(minutes));
    if (minutes % 60 == 0)
        return tr("%1 h").arg(locale.toString(minutes / 60));
    return tr("%1 h %2 min").arg(locale.toString(minutes / 60), locale.toString(minutes % 60));
}

QString SupportModelDiagram::levelBody(const Models::SupportModelDiagramData &data, ServiceLevel level)
{
    const Domain::SupportModelInfo &info = SupportModelCatalogue::model(data.engagement.model);
    QStringList lines;
    if (level != ServiceLevel::OptionalL3) {
        QStringList roles;
        for (Domain::Role role : SupportModelCatalogue::staffingRoles(level)) {
            if (info.coversAllRoles || data.engagement.rolesCovered.contains(role))
                roles.append(DomainText::role(role));
        }
        lines.append(roles.isEmpty() ? tr("Roles: none covered")
                                     : tr("Roles: %1").arg(roles.join(QStringLiteral(", "))));
    }
    const QVector<Models::DiagramPerson> people = data.peopleOn(level);
    if (!people.isEmpty()) {
        lines.append(tr("Allocated this month:"));
        for (const Models::DiagramPerson &p : people)
            lines.append(
                tr("• %1 (%2) %3")
                    .arg(p.name, DomainText::roleShort(p.role), DomainText::hours(p.allocatedMinutes)));
    } else if (level != ServiceLevel::OptionalL3) {
        lines.append(tr("No one allocated this month"));
    }
    const bool supportLevel = level == ServiceLevel::L1 || level == ServiceLevel::L2;
    if (!supportLevel) {
        if (level == ServiceLevel::L3)
            lines.append(tr("No SLA: planned work"));
    } else if (info.slaScope == Domain::SlaScope::None) {
        lines.append(DomainText::slaScope(info.slaScope));
    } else if (!data.policy) {
        lines.append(tr("No SLA policy in force"));
    } else {
        lines.append(tr("SLA (response / resolution):"));
        const int last =
            info.slaScope == Domain::SlaScope::CriticalIncidents ? 2 : Domain::SlaPolicy::SeverityCount;
        for (int severity = 1; severity <= last; ++severity) {
            const Domain::SlaSeverityTarget &t = data.policy->target(severity);
            if (t.responseMinutes == 0 && t.resolutionMinutes == 0)
                continue;
            const QString response = t.responseMinutes ? duration(t.responseMinutes) : QStringLiteral("–");
            const QString resolution =
                t.resolutionMinutes ? duration(t.resolutionMinutes) : QStringLiteral("–");
            const bool around = t.response24x7 || t.resolution24x7;
            lines.append((around ? tr("• Severity %1: %2 / %3 (24×7)") : tr("• Severity %1: %2 / %3"))
                             .arg(QString::number(severity), response, resolution));
        }
    }
    lines.append(tr("Logged in %1: %2")
                     .arg(Models::DomainText::monthInSentence(data.month),
                          DomainText::hours(data.loggedMinutes[std::size_t(level)])));
    return lines.join(QLatin1Char('\n'));
}

QVector<DiagramBox *> SupportModelDiagram::build(QGraphicsScene *scene,
                                                 const Models::SupportModelDiagramData &data, qreal width,
                                                 Mode mode, const QFont &font)
{
    scene->clear();
    Builder builder(scene, data, font);
    if (mode == Mode::Compact)
        return builder.buildCompact(qBound(CompactWidth, width, MaximumWidth));
    return builder.buildFull(qBound(MinimumWidth, width, MaximumWidth));
}

} // namespace Gui
