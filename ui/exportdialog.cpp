#include "ui/exportdialog.h"

#include "models/engagementexport.h"
#include "models/exchange/export/csvtablewriter.h"
#include "models/portfolio.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>

namespace Gui {

QStringList ExportDialog::csvFiles(const QString &path)
{
    QString stem = path;
    if (stem.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        stem.chop(4);
    return {stem + QStringLiteral("-tickets.csv"), stem + QStringLiteral("-worklogs.csv"), stem + QStringLiteral("-sla.csv")};
}

QString ExportDialog::exec(QWidget *parent, const Models::Portfolio &portfolio, qint64 engagementId, bool *ok)
{
    *ok = false;
    const Domain::Engagement engagement = portfolio.engagement(engagementId);
    const QString xlsx = tr("Excel workbook of the engagement (*.xlsx)");
    const QString csv = tr("CSV files of the engagement (*.csv)");
    // The other CSV dialect than the language's: ',' and '.' in Swedish, ';' and ',' in English.
    const Exchange::CsvTableWriter::Dialect usual = Exchange::CsvTableWriter::Dialect::forLocale(QLocale());
    const Exchange::CsvTableWriter::Dialect other = usual.separator == QLatin1Char(';')
        ? Exchange::CsvTableWriter::Dialect{}
        : Exchange::CsvTableWriter::Dialect{QLatin1Char(';'), QLatin1Char(',')};
    const QString csvOther = tr("CSV files of the engagement, fields separated by '%1', decimals by '%2' (*.csv)")
                                 .arg(other.separator)
                                 .arg(other.decimalPoint);
    const QString bundle = tr("Offline bundle of the engagement (*.sqlite)");
    const QString whole = tr("Offline bundle of the whole portfolio (*.sqlite)");
    const QStringList filters = engagement.id != 0 ? QStringList{xlsx, csv, csvOther, bundle, whole} : QStringList{whole};
    const QString folder = QFileInfo(portfolio.path()).absolutePath();
    const QString name = engagement.id != 0 ? engagement.key : QStringLiteral("portfolio");
    QString selected = filters.constFirst();
    QString path = QFileDialog::getSaveFileName(parent, tr("Export"), QDir(folder).filePath(name), filters.join(QStringLiteral(";;")),
                                                &selected);
    if (path.isEmpty())
        return {};
    const Format format = selected == xlsx ? Format::Xlsx
        : selected == csv || selected == csvOther ? Format::Csv
        : selected == bundle               ? Format::EngagementBundle
                                           : Format::PortfolioBundle;
    const QString suffix = format == Format::Xlsx ? QStringLiteral("xlsx") : format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("sqlite");
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    if (format == Format::Csv) {
        // The save dialog asked about PATH.csv, not about the three files written next to it.
        QStringList existing;
        for (const QString &file : csvFiles(path)) {
            if (QFileInfo::exists(file))
                existing.append(QFileInfo(file).fileName());
        }
        if (!existing.isEmpty()
            && QMessageBox::question(parent, tr("Export"), tr("Replace %1?").arg(existing.join(QStringLiteral(", "))),
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                != QMessageBox::Yes)
            return {};
    }
    // The wall clock is read here, in the UI, never below.
    return exportTo(portfolio, engagementId, format, path, QDateTime::currentSecsSinceEpoch(), ok,
                    selected == csvOther ? std::optional(other) : std::nullopt);
}

QString ExportDialog::exportTo(const Models::Portfolio &portfolio, qint64 engagementId, Format format, const QString &path,
                               qint64 now, bool *ok, const std::optional<Exchange::CsvTableWriter::Dialect> &dialect)
{
    *ok = false;
    const Domain::Engagement engagement = portfolio.engagement(engagementId);
    const QString shown = QDir::toNativeSeparators(path);
    // The same loader as `deliverydesk export`: the stored SLA results, read.
    const Models::EngagementExportLoader loader(*portfolio.database());
    if (format == Format::EngagementBundle || format == Format::PortfolioBundle) {
        const QString key = format == Format::EngagementBundle ? engagement.key : QString();
        if (const QString error = loader.writeBundle(path, key, now, true); !error.isEmpty())
            return error;
        *ok = true;
        return key.isEmpty() ? tr("Wrote an offline bundle of the portfolio to %1.").arg(shown)
                             : tr("Wrote an offline bundle of %1 to %2.").arg(key, shown);
    }
    Models::EngagementExport data;
    if (const QString error = loader.load(engagement, now, QLocale(), &data); !error.isEmpty())
        return error;
    const QString error = format == Format::Xlsx
        ? Models::EngagementExportLoader::writeXlsx(data, path)
        : Models::EngagementExportLoader::writeCsv(data, csvFiles(path),
                                                   dialect.value_or(Exchange::CsvTableWriter::Dialect::forLocale(QLocale())));
    if (!error.isEmpty())
        return error;
    *ok = true;
    return tr("Exported %n tickets of %1 with their worklogs and SLA results to %2.", nullptr, data.tickets)
        .arg(engagement.key, shown);
}

} // namespace Gui
