#include "app/texttable.h"

#include <QLocale>

namespace App {

TextTable::TextTable(QTextStream &out, const QStringList &header, const QVector<Align> &align, int sampleRows)
    : m_out(out), m_header(header), m_align(align), m_widths(header.size(), 0),
      m_sampleRows(qMax(1, sampleRows))
{
    m_align.resize(header.size());
    measure(header);
}

TextTable::~TextTable()
{
    finish();
}

QString TextTable::number(double value, int decimals)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'f', decimals);
}

void TextTable::measure(const QStringList &cells)
{
    for (int i = 0; i < cells.size() && i < m_widths.size(); ++i)
        m_widths[i] = qMax(m_widths[i], int(cells.at(i).size()));
}

void TextTable::addRow(const QStringList &cells)
{
    if (m_streaming) {
        printLine(cells);
        return;
    }
    measure(cells);
    m_held.append(cells);
    if (m_held.size() >= m_sampleRows)
        finish();
}

void TextTable::finish()
{
    if (!m_streaming) {
        m_streaming = true;
        printLine(m_header);
        for (const QStringList &row : std::as_const(m_held))
            printLine(row);
        m_held.clear();
    }
    m_out.flush();
}

void TextTable::printLine(const QStringList &cells)
{
    // One line buffer for every row, padded in place (a million rows: no string per cell).
    QString &line = m_line;
    line.resize(0);
    const int last = int(m_header.size()) - 1;
    for (int i = 0; i <= last; ++i) {
        const QString cell = cells.value(i);
        const qsizetype pad = qMax<qsizetype>(0, m_widths.at(i) - cell.size());
        const bool right = m_align.at(i) == Align::Right;
        if (right)
            line.resize(line.size() + pad, QLatin1Char(' '));
        line += cell;
        if (i == last)
            break; // the last column is never padded on its right
        if (!right)
            line.resize(line.size() + pad, QLatin1Char(' '));
        line += QLatin1String("  ");
    }
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    m_out << line << '\n';
}

} // namespace App
