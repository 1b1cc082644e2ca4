#pragma once

#include "models/palette.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace Gui {

/// Flows a report onto the pages of a paged device: paragraphs that wrap and continue on the
/// next page, tables whose rows never split and whose header repeats on every page, figures that
/// move to the next page when they do not fit, headings recorded with their page for a contents
/// list. Without a painter it only measures (the first of two passes: the second knows the page
/// count for "page X of Y" and the contents' page numbers). Lengths given in points; everything
/// stays inside the body rectangle, so nothing is drawn outside the page.
class ReportPages
{
public:
    struct Column
    {
        QString title;
        qreal weight = 1; ///< share of the table's width
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    struct Heading
    {
        QString text;
        int level = 1;
        int page = 0;
    };
    /// Draws the running header and footer of page `page` (1-based) of `pageCount`.
    using Decoration = std::function<void(QPainter *painter, int page, int pageCount)>;

    /// `painter` null: measure only.
    ReportPages(QPagedPaintDevice *device, QPainter *painter, int pageCount, Decoration decoration);

    /// Device units per point.
    qreal unit() const { return m_unit; }
    qreal pt(qreal points) const { return points * m_unit; }
    /// The whole page and the body between header and footer, in device units.
    QRectF pageRect() const { return m_page; }
    QRectF body() const { return m_body; }
    int page() const { return m_pageNumber; }
    bool isMeasuring() const { return m_painter == nullptr; }
    QPainter *painter() const { return m_painter; }
    qreal remaining() const { return m_body.bottom() - m_y; }

    static QFont font(qreal pointSize, bool bold = false);

    void newPage();
    void space(qreal points);
    /// A heading kept with at least `keepWith` points of what follows.
    void heading(const QString &text, int level = 1, qreal keepWith = 60);
    void paragraph(const QString &text, const QFont &font,
                   const QColor &color = Models::Palette::color(Models::Palette::Role::ReportText),
                   qreal indent = 0);
    /// A table; rows in `boldRows` are drawn bold (totals).
    void table(const QVector<Column> &columns, const QVector<QStringList> &rows,
               const QVector<int> &boldRows = {}, qreal pointSize = 8.5);
    /// A figure of `heightPoints` across the body's width (smaller heights when the page is shorter).
    void figure(qreal heightPoints, const std::function<void(QPainter *, const QRectF &)> &draw);
    /// Starts a new page unless `points` still fit.
    void keep(qreal points);

    const QVector<Heading> &headings() const { return m_headings; }
    /// Uses the cell measurements of `other` (the measuring pass): the same cells are not laid out twice.
    void shareMeasurements(const ReportPages &other) { m_cells = other.m_cells; }

private:
    qreal cellHeight(const QString &text, const QFont &font, qreal width) const;
    int cellFlags(const QString &text, const QFont &font, qreal width) const;
    void drawRow(const QVector<Column> &columns, const QVector<qreal> &widths, const QStringList &cells,
                 const QFont &font, qreal height, bool header);
    void startPage();

    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    int m_pageCount;
    Decoration m_decoration;
    qreal m_unit = 1;
    QRectF m_page;
    QRectF m_body;
    qreal m_y = 0;
    int m_pageNumber = 1;
    QVector<Heading> m_headings;
    struct Cell
    {
        qreal height = 0;
        int flags = 0;
    };
    /// Measured cells by text, font and width (tables repeat the same texts and both passes measure them).
    std::shared_ptr<QHash<QString, Cell>> m_cells = std::make_shared<QHash<QString, Cell>>();
    const Cell &cell(const QString &text, const QFont &font, qreal width) const;
};

} // namespace Gui
