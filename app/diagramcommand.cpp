#include "app/diagramcommand.h"

#include "app/burndowncommand.h"
#include "app/clicontext.h"
#include "app/engagementcommand.h"
#include "models/supportmodeldiagramloader.h"
#include "models/storagetext.h"
#include "ui/diagram/diagramexport.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace App {

bool DiagramCommand::needsWidgets(const QStringList &arguments)
{
    Q_UNUSED(arguments)
    return true;
}

int DiagramCommand::run(const QStringList &arguments)
{
    CliContext context;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The support model diagram of an engagement as SVG (text kept as text) or PNG."));
    EngagementCommand::addCommonOptions(parser);
    parser.addOption({QStringLiteral("engagement"), tr("The engagement."), tr("KEY")});
    parser.addOption({QStringLiteral("out"), tr("The file to write: its name ends in .svg or .png."), tr("FILE")});
    parser.addOption({QStringLiteral("month"), tr("The month whose allocations and hours are drawn (default: this month)."),
                      tr("YYYY-MM")});
    parser.addPositionalArgument(QStringLiteral("diagram"), tr("The command."));
    if (!parser.parse(arguments))
        return context.fail(parser.errorText(), UsageError);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return context.fail(tr("diagram takes no further arguments"), UsageError);
    if (!parser.isSet(QStringLiteral("engagement")))
        return context.fail(tr("diagram needs --engagement KEY"), UsageError);
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.fail(tr("diagram needs --out FILE.svg or --out FILE.png"), UsageError);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("svg") && suffix != QLatin1String("png"))
        return context.fail(tr("--out \"%1\" must end in .svg or .png").arg(out), UsageError);
    // The wall clock is read here, in app/, and nowhere below.
    QDate month = QDate::currentDate();
    if (parser.isSet(QStringLiteral("month"))) {
        month = BurnDownCommand::parseMonth(parser.value(QStringLiteral("month")));
        if (!month.isValid())
            return context.fail(tr("--month \"%1\" is not a month like 2026-11").arg(parser.value(QStringLiteral("month"))),
                                UsageError);
    }

    Models::Portfolio portfolio;
    if (!context.openDatabase(parser.value(QStringLiteral("database")), parser.isSet(QStringLiteral("demo")), &portfolio,
                              Storage::Database::Access::ReadOnly))
        return Failure;
    const int row = portfolio.engagements()->rowOfKey(parser.value(QStringLiteral("engagement")));
    if (row < 0)
        return context.fail(tr("no engagement with the key '%1'").arg(parser.value(QStringLiteral("engagement"))));
    const Domain::Engagement engagement = portfolio.engagements()->engagementAt(row);
    Models::SupportModelDiagramData data;
    if (Storage::StorageError error = Models::SupportModelDiagramLoader(*portfolio.database()).load(engagement, month, &data))
        return context.fail(Models::StorageText::message(error));
    QString reason;
    if (!Gui::DiagramExport::write(data, out, &reason))
        return context.fail(reason);
    return Success;
}

} // namespace App
