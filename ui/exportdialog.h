#pragma once

#include "models/exchange/export/csvtablewriter.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Models {
class Portfolio;
}

namespace Gui {

/// File › Export…: one save dialog whose file type chooses what is written — the selected
/// engagement's tickets, worklogs and SLA results as an XLSX workbook or as three CSV files
/// (NAME-tickets.csv, NAME-worklogs.csv, NAME-sla.csv), or an offline bundle of the engagement
/// or of the whole portfolio. Existing files are replaced only after a confirmation.
class ExportDialog
{
    Q_DECLARE_TR_FUNCTIONS(Gui::ExportDialog)

public:
    enum class Format { Xlsx, Csv, EngagementBundle, PortfolioBundle };

    /// Asks and exports. Returns the sentence for the message bar; empty when the user cancelled.
    /// `ok` says whether the export succeeded.
    static QString exec(QWidget *parent, const Models::Portfolio &portfolio, qint64 engagementId, bool *ok);

    /// Exports without asking (replacing existing files). `now` (UTC epoch seconds) is when the
    /// SLA is evaluated. Returns the sentence for the message bar.
    /// CSV is written in `dialect`, by default the language's (';' and decimal commas in Swedish).
    static QString exportTo(const Models::Portfolio &portfolio, qint64 engagementId, Format format, const QString &path,
                            qint64 now, bool *ok,
                            const std::optional<Exchange::CsvTableWriter::Dialect> &dialect = std::nullopt);
    /// The files a CSV export of `path` writes: PATH-tickets.csv, PATH-worklogs.csv, PATH-sla.csv
    /// (PATH without its .csv suffix).
    static QStringList csvFiles(const QString &path);
};

} // namespace Gui
