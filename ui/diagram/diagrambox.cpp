#include "ui/diagram/diagrambox.h"

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
    if (state == DiagramBox::State::NotIncluded)
        return {QColor(0xf4, 0xf4, 0xf4), QColor(0x9a, 0x9a, 0x9a), QColor(0x5f, 0x5f, 0x5f)};
    switch (kind) {
    case Kind::Client: return {QColor(0xfd, 0xf3, 0xe1), QColor(0xc0, 0x86, 0x1a), Qt::black};
    case Kind::ClientParty: return {QColor(0xff, 0xfb, 0xf2), QColor(0xc0, 0x86, 0x1a), Qt::black};
    case Kind::Level: return {QColor(0xe8, 0xf0, 0xfb), QColor(0x2f, 0x5f, 0xa8), Qt::black};
    case Kind::Activity:
    case Kind::OptionalService:
    case Kind::ManagementActivity:
        return {QColor(0xff, 0xff, 0xff), QColor(0x2f, 0x5f, 0xa8), Qt::black};
    case Kind::OptionalServices: return {QColor(0xef, 0xf5, 0xec), QColor(0x3d, 0x7a, 0x35), Qt::black};
    case Kind::Management: return {QColor(0xf1, 0xec, 0xf7), QColor(0x5e, 0x3f, 0x8c), Qt::black};
    case Kind::ArrowLabel: return {Qt::transparent, Qt::transparent, QColor(0x33, 0x33, 0x33)};
    case Kind::Badge: return {QColor(0x2f, 0x5f, 0xa8), QColor(0x2f, 0x5f, 0xa8), Qt::white};
    }
    return {Qt::white, Qt::black, Qt::black};
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
        QPen focus(QColor(0xe0, 0x6c, 0x00), 2.0);
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
