#pragma once

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>

namespace Storage {

/// One row of PostgreSQL's COPY text format (a line without its newline, as `COPY … TO STDOUT`
/// hands it out), split into its fields with the backslash escapes undone. A field that is `\N`
/// alone is NULL. The fields stay valid until the next parse().
class CopyTextRow
{
public:
    /// False for a line COPY never writes: it ends inside an escape (a lone trailing backslash).
    bool parse(const char *line, qsizetype size);
    /// parse() of a row that must have `columns` fields: empty when it has, otherwise what is wrong
    /// in the words of the errors that name the row ("the server sent 3 fields for 6 columns").
    QString parseRow(const char *line, qsizetype size, int columns);

    int count() const { return int(m_begin.size()); }
    bool isNull(int field) const { return m_end.at(field) < 0; }
    const char *data(int field) const { return m_text.constData() + m_begin.at(field); }
    qsizetype size(int field) const { return isNull(field) ? 0 : m_end.at(field) - m_begin.at(field); }

private:
    QByteArray m_text; ///< the decoded fields, one after the other
    QVarLengthArray<qsizetype, 32> m_begin;
    QVarLengthArray<qsizetype, 32> m_end; ///< -1: NULL
};

} // namespace Storage
