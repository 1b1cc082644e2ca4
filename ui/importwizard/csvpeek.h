#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

class QTableWidgetItem;

namespace Gui {

/// The header and first rows of a CSV file, for the import wizard's detection and preview.
struct CsvPeek
{
    QStringList header;
    QVector<QStringList> rows;
    QString error;

    /// Reads the header and up to `maxRows` rows; `error` says why when the file cannot be read.
    static CsvPeek read(const QString &path, int maxRows = 8);
};

/// A table cell the user reads but does not edit (the preview, the report's tables).
QTableWidgetItem *readOnlyItem(const QString &text);

} // namespace Gui
