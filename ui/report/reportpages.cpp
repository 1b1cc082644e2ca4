#include "ui/report/reportpages.h"

#include "models/palette.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>

namespace Gui {

namespace {
constexpr qreal s_marginPt = 42; // about 15 mm
constexpr qreal s_headerPt = 28; // room for the running header
constexpr qreal s_footerPt = 30; // room for the footer
constexpr qreal s_cellPaddingPt = 3;
} // namespace

ReportPages::ReportPages(QPagedPaintDevice *device, QPainter *painter, int pageCount, Decoration decoration)
    : m_device(device), m_painter(painter), m_pageCount(pageCount), m_decoration(std::move(decoration))
{
    m_unit = device->logicalDpiY() / 72.0;
    const QRectF paint = device->pageLayout().paintRect(QPageLayout::Point);
    m_page = QRectF(0, 0, paint.width() * m_unit, paint.height() * m_unit);
    m_body = m_page.adjusted(pt(s_marginPt), pt(s_marginPt + s_headerPt), -pt(s_marginPt),
                             -pt(s_marginPt + s_footerPt));
    startPage();
}

QFont ReportPages::font(qreal pointSize, bool bold)
{
    // A fixed family, so that a report does not depend on the desktop's font (as the diagram export).
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // No ligatures: "fi" stays two letters, so the PDF's text is found by search and copied as typed.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void ReportPages::startPage()
{
    m_y = m_body.top();
    if (m_painter && m_decoration)
        m_decoration(m_painter, m_pageNumber, m_pageCount);
}

void ReportPages::newPage()
{
    if (m_painter)
        m_device->newPage();
    ++m_pageNumber;
    startPage();
}

void ReportPages::keep(qreal points)
{
    if (m_y > m_body.top() && remaining() < pt(points))
        newPage();
}

void ReportPages::space(qreal points)
{
    m_y = qMin(m_y + pt(points), m_body.bottom());
}

void ReportPages::heading(const QString &text, int level, qreal keepWith)
{
    const QFont f = font(level == 1 ? 15 : 11.5, true);
    const qreal height = cellHeight(text, f, m_body.width());
    keep(height / m_unit + keepWith + 10);
    if (m_y > m_body.top())
        space(level == 1 ? 10 : 6);
    m_headings.append({text, level, m_pageNumber});
    using Role = Models::Palette::Role;
    paragraph(text, f, Models::Palette::color(level == 1 ? Role::ReportHeading : Role::ReportText));
    space(level == 1 ? 6 : 3);
}

void ReportPages::paragraph(const QString &text, const QFont &font, const QColor &color, qreal indent)
{
    const QStringList blocks = text.split(QLatin1Char('\n'));
    const qreal width = m_body.width() - pt(indent);
    for (const QString &block : blocks) {
        QTextLayout layout(block, font, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        qreal y = 0;
        QVector<QTextLine> lines;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
            lines.append(line);
        }
        layout.endLayout();
        if (lines.isEmpty()) {
            space(QFontMetricsF(font, m_device).height() / m_unit);
            continue;
        }
        for (const QTextLine &line : std::as_const(lines)) {
            if (m_y + line.height() > m_body.bottom())
                newPage();
            if (m_painter) {
                m_painter->setPen(color);
                line.draw(m_painter, QPointF(m_body.left() + pt(indent), m_y - line.y()));
            }
            m_y += line.height();
        }
    }
}

const ReportPages::Cell &ReportPages::cell(const QString &text, const QFont &font, qreal width) const
{
    const QString key = text + QChar(0x1f) + font.key() + QChar(0x1f) + QString::number(width, 'f', 2);
    const auto it = m_cells->constFind(key);
    if (it != m_cells->constEnd())
        return *it;
    const QFontMetricsF metrics(font, m_device);
    // A word wider than its column (a long ticket key) breaks anywhere rather than leave the cell.
    Cell c;
    c.flags = Qt::TextWordWrap;
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    for (const QString &word : text.split(blanks, Qt::SkipEmptyParts)) {
        if (metrics.horizontalAdvance(word) > width) {
            c.flags = Qt::TextWrapAnywhere;
            break;
        }
    }
    c.height = qMax(metrics.boundingRect(QRectF(0, 0, width, 1e9), c.flags, text).height(), metrics.height());
    return *m_cells->insert(key, c);
}

int ReportPages::cellFlags(const QString &text, const QFont &font, qreal width) const
{
    return cell(text, font, width).flags;
}

qreal ReportPages::cellHeight(const QString &text, const QFont &font, qreal width) const
{
    return cell(text, font, width).height;
}

void ReportPages::drawRow(const QVector<Column> &columns, const QVector<qreal> &widths,
                          const QStringList &cells, const QFont &font, qreal height, bool header)
{
    if (!m_painter)
        return;
    const qreal pad = pt(s_cellPaddingPt);
    if (header)
        m_painter->fillRect(QRectF(m_body.left(), m_y, m_body.width(), height),
                            Models::Palette::color(Models::Palette::Role::ReportTableHeaderFill));
    m_painter->setFont(font);
    m_painter->setPen(Models::Palette::color(Models::Palette::Role::ReportText));
    qreal x = m_body.left();
    for (int c = 0; c < columns.size(); ++c) {
        const QRectF cell(x + pad, m_y + pad, widths.at(c) - 2 * pad, height - 2 * pad);
        const QString text = cells.value(c);
        m_painter->drawText(
            cell, int(columns.at(c).alignment | Qt::AlignTop) | cellFlags(text, font, cell.width()), text);
        x += widths.at(c);
    }
    m_painter->setPen(QPen(Models::Palette::color(Models::Palette::Role::ReportRule), pt(0.5)));
    m_painter->drawLine(QPointF(m_body.left(), m_y + height), QPointF(m_body.right(), m_y + height));
}

void ReportPages::table(const QVector<Column> &columns, const QVector<QStringList> &rows,
                        const QVector<int> &boldRows, qreal pointSize)
{
    qreal total = 0;
    for (const Column &c : columns)
        total += c.weight;
    QVector<qreal> widths;
    for (const Column &c : columns)
        widths.append(m_body.width() * c.weight / total);
    const QFont normal = font(pointSize);
    const QFont bold = font(pointSize, true);
    const qreal pad = pt(s_cellPaddingPt);
    auto heightOf = [&](const QStringList &cells, const QFont &f) {
        qreal h = 0;
        for (int c = 0; c < columns.size(); ++c)
            h = qMax(h, cellHeight(cells.value(c), f, widths.at(c) - 2 * pad));
        return qMin(h + 2 * pad, m_body.height() / 2);
    };
    QStringList titles;
    bool hasHeader = false;
    for (const Column &c : columns) {
        titles.append(c.title);
        hasHeader = hasHeader || !c.title.isEmpty();
    }
    // A table without titles (the cover's) has no header row.
    const qreal headerHeight = hasHeader ? heightOf(titles, bold) : 0;
    auto header = [&] {
        if (!hasHeader)
            return;
        drawRow(columns, widths, titles, bold, headerHeight, true);
        m_y += headerHeight;
    };
    const qreal firstRow = rows.isEmpty() ? 0 : heightOf(rows.first(), boldRows.contains(0) ? bold : normal);
    keep((headerHeight + firstRow) / m_unit);
    header();
    for (int r = 0; r < rows.size(); ++r) {
        const QFont &f = boldRows.contains(r) ? bold : normal;
        const qreal h = heightOf(rows.at(r), f);
        if (m_y + h > m_body.bottom()) {
            newPage();
            header();
        }
        drawRow(columns, widths, rows.at(r), f, h, false);
        m_y += h;
    }
    space(8);
}

void ReportPages::figure(qreal heightPoints, const std::function<void(QPainter *, const QRectF &)> &draw)
{
    const qreal height = qMin(pt(heightPoints), m_body.height());
    if (m_y + height > m_body.bottom())
        newPage();
    if (m_painter) {
        m_painter->save();
        const QRectF target(m_body.left(), m_y, m_body.width(), height);
        m_painter->setClipRect(target);
        draw(m_painter, target);
        m_painter->restore();
    }
    m_y += height;
    space(8);
}

} // namespace Gui
