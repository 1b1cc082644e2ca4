#include "ui/diagram/diagrambox.h"

#include "models/palette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleOptionGraphicsItem>

namespace Gui {

namespace {

struct Palette
{
    QColor fill;
    QColor border;
    QColor text;
};

Palette paletteOf(DiagramBox::Kind kind, DiagramBox::State state)
{
    using Kind = DiagramBox::Kind;
    using Role = Models::Palette::Role;
    // The diagram is drawn on its white canvas, also under the dark palette.
    const auto colour = [](Role role) { return Models::Palette::color(role); };
    const QColor text = colour(Role::DiagramText);
    if (state == DiagramBox::State::NotIncluded)
        return {colour(Role::DiagramNotIncludedFill), colour(Role::DiagramNotIncludedBorder),
                colour(Role::DiagramNotIncludedText)};
    switch (kind) {
    case Kind::Client:
        return {colour(Role::DiagramClientFill), colour(Role::DiagramClientBorder), text};
    case Kind::ClientParty:
        return {colour(Role::DiagramClientPartyFill), colour(Role::DiagramClientBorder), text};
    case Kind::Level:
        return {colour(Role::DiagramLevelFill), colour(Role::DiagramLevelBorder), text};
    case Kind::Activity:
    case Kind::OptionalService:
    case Kind::ManagementActivity:
        return {colour(Role::DiagramActivityFill), colour(Role::DiagramLevelBorder), text};
    case Kind::OptionalServices:
        return {colour(Role::DiagramOptionalFill), colour(Role::DiagramOptionalBorder), text};
    case Kind::Management:
        return {colour(Role::DiagramManagementFill), colour(Role::DiagramManagementBorder), text};
    case Kind::ArrowLabel:
        return {Qt::transparent, Qt::transparent, colour(Role::DiagramArrowLabel)};
    case Kind::Badge:
        return {colour(Role::DiagramLevelBorder), colour(Role::DiagramLevelBorder),
                colour(Role::DiagramBadgeText)};
    }
    return {colour(Role::DiagramCanvas), text, text};
}

} // namespace

DiagramBox::DiagramBox(Kind kind, const QString &title, const char *term, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_kind(kind), m_title(title), m_term(term)
{
    setFlag(ItemIsFocusable);
    setAcceptHoverEvents(true);
}

void DiagramBox::setState(State state)
{
    m_state = state;
    update();
}

QString DiagramBox::accessibleDescription() const
{
    if (m_stateText.isEmpty())
        return toolTip();
    return toolTip().isEmpty() ? m_stateText : m_stateText + QLatin1Char('\n') + toolTip();
}

void DiagramBox::setRect(const QRectF &rect)
{
    prepareGeometryChange();
    setPos(rect.topLeft());
    m_rect = rect;
}

void DiagramBox::setTextRects(const QRectF &title, const QRectF &body)
{
    m_titleRect = title;
    m_bodyRect = body;
    update();
}

void DiagramBox::setFonts(const QFont &title, const QFont &body)
{
    m_titleFont = title;
    m_bodyFont = body;
}

qreal DiagramBox::textHeight(const QFont &font, const QString &text, qreal width)
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF metrics(font);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), TextFlags, text).height();
}

qreal DiagramBox::widestWord(const QFont &font, const QString &text)
{
    static const QRegularExpression s_space(QStringLiteral("\\s+"));
    const QFontMetricsF metrics(font);
    qreal widest = 0;
    for (const QString &word : text.split(s_space, Qt::SkipEmptyParts))
        widest = qMax(widest, metrics.horizontalAdvance(word));
    return widest;
}

QRectF DiagramBox::boundingRect() const
{
    // The focus ring is drawn 2 px outside the box.
    return QRectF(QPointF(0, 0), m_rect.size()).adjusted(-3, -3, 3, 3);
}

void DiagramBox::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    const Palette colours = paletteOf(m_kind, m_state);
    const QRectF box(QPointF(0, 0), m_rect.size());
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(colours.border, m_kind == Kind::Level || m_kind == Kind::Management ? 1.6 : 1.0);
    // Not included is said by the dashed border and the tooltip too, never by colour alone.
    if (m_state == State::NotIncluded)
        pen.setStyle(Qt::DashLine);
    painter->setPen(m_kind == Kind::ArrowLabel ? QPen(Qt::NoPen) : pen);
    painter->setBrush(colours.fill);
    painter->drawRoundedRect(box, 5, 5);
    if (option->state & QStyle::State_HasFocus) {
        QPen focus(Models::Palette::color(Models::Palette::Role::DiagramFocus), 2.0);
        painter->setPen(focus);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box.adjusted(-2, -2, 2, 2), 6, 6);
    }
    painter->setPen(colours.text);
    painter->setFont(m_titleFont);
    painter->drawText(m_titleRect, TextFlags, m_title);
    if (!m_body.isEmpty()) {
        painter->setFont(m_bodyFont);
        painter->drawText(m_bodyRect, TextFlags, m_body);
    }
}

} // namespace Gui
