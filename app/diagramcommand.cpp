#include "app/diagramcommand.h"

#include "app/command.h"
#include "models/storagetext.h"
#include "models/supportmodeldiagramloader.h"
#include "ui/diagram/diagramexport.h"

#include <QFileInfo>

namespace App {

bool DiagramCommand::needsWidgets(const QStringList &arguments)
{
    Q_UNUSED(arguments)
    return true;
}

const CommandSpec &DiagramCommand::spec(const QStringList &)
{
    static const CommandSpec s_spec{
        "diagram",
        "DiagramCommand",
        QT_TRANSLATE_NOOP("DiagramCommand",
                          "The support model diagram of an engagement as SVG (text kept as text) or PNG."),
        {CommandOption::engagement(),
         {"out", QT_TRANSLATE_NOOP("DiagramCommand", "The file to write: its name ends in .svg or .png."),
          QT_TRANSLATE_NOOP("Command", "FILE")},
         {"month",
          QT_TRANSLATE_NOOP("DiagramCommand",
                            "The month whose allocations and hours are drawn (default: this month)."),
          QT_TRANSLATE_NOOP("Command", "YYYY-MM")}},
        {},
        &DiagramCommand::run};
    return s_spec;
}

int DiagramCommand::run(CommandCall &call)
{
    if (!call.arguments().isEmpty())
        return call.noFurtherArguments(QStringLiteral("diagram"));
    const QString out = call.value(QStringLiteral("out"));
    if (out.isEmpty())
        return call.usageError(tr("diagram needs --out FILE.svg or --out FILE.png"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("svg") && suffix != QLatin1String("png"))
        return call.usageError(tr("--out \"%1\" must end in .svg or .png").arg(out));
    std::optional<QDate> month = call.month(QStringLiteral("month"));
    if (!month)
        return UsageError;
    if (!month->isValid())
        month = QDate::currentDate(); // the wall clock is read here, in app/, and nowhere below

    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    if (const int code = call.openEngagement(QStringLiteral("diagram"), &portfolio,
                                             Storage::Database::Access::ReadOnly, &engagement))
        return code;
    Models::SupportModelDiagramData data;
    if (Storage::StorageError error =
            Models::SupportModelDiagramLoader(*portfolio.database()).load(engagement, *month, &data))
        return call.fail(Models::StorageText::message(error));
    QString reason;
    if (!Gui::DiagramExport::write(data, out, &reason))
        return call.fail(reason);
    return Success;
}

} // namespace App
