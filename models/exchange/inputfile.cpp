#include "models/exchange/inputfile.h"

#include <QFileInfo>

namespace Exchange {

ExchangeError InputFile::checkRegularFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isFile())
        return {};
    if (info.isDir())
        return ExchangeError{path, 0, 0, tr("This is a folder, not an export file.")};
    return ExchangeError{
        path, 0, 0,
        tr("This is not a regular file (a pipe, socket or device); save the export to a file "
           "and import that.")};
}

} // namespace Exchange
