#include "ui/importwizard/csvpeek.h"

#include "models/exchange/csv/csvline.h"
#include "models/exchange/csv/csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QTableWidgetItem>

namespace Gui {

CsvPeek CsvPeek::read(const QString &path, int maxRows)
{
    CsvPeek result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
    Exchange::CsvReader reader(&file, QFileInfo(path).fileName());
    if (!reader.readHeader()) {
        result.error = reader.error().reason;
        return result;
    }
    result.header = reader.header();
    // Zendesk Explore writes each record as one quoted field holding the whole record.
    const QChar inner =
        result.header.size() == 1 ? Exchange::CsvLine::wrappedDelimiter(result.header.constFirst()) : QChar();
    if (!inner.isNull())
        result.header = Exchange::CsvLine::split(result.header.constFirst(), inner);
    Exchange::CsvRow row;
    while (result.rows.size() < maxRows && reader.next(&row)) {
        if (!inner.isNull() && row.fields.size() == 1)
            row.fields = Exchange::CsvLine::split(row.fields.constFirst(), inner);
        result.rows.append(row.fields);
    }
    return result;
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace Gui
