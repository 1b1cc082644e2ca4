#pragma once

#include <QStringList>
#include <QTextStream>
#include <QVector>

namespace App {

/// A table for people on a terminal: columns padded to their widest cell, numbers right-aligned,
/// the last column never padded. Rows may be added one at a time (a command that streams a million
/// rows): the first `sampleRows` rows are held to measure the widths, later rows are printed at
/// once with those widths (a longer cell pushes its line out, it is never cut).
class TextTable
{
public:
    enum class Align { Left, Right };

    TextTable(QTextStream &out, const QStringList &header, const QVector<Align> &align = {},
              int sampleRows = 1000);
    ~TextTable();

    void addRow(const QStringList &cells);
    /// Prints what is held (called by the destructor too).
    void finish();

    /// A number with the current locale's decimal separator ("1,5" in Swedish), no group separator.
    static QString number(double value, int decimals);

private:
    void measure(const QStringList &cells);
    void printLine(const QStringList &cells);

    QTextStream &m_out;
    QStringList m_header;
    QVector<Align> m_align;
    QVector<int> m_widths;
    QVector<QStringList> m_held;
    QString m_line;
    int m_sampleRows;
    bool m_streaming = false;
};

} // namespace App
