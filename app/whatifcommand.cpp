#include "app/whatifcommand.h"

#include "app/clicontext.h"
#include "app/engagementcommand.h"
#include "models/capacitytext.h"
#include "models/domaintext.h"
#include "models/exchange/isoinstant.h"
#include "models/supportmodelwhatifmodel.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace App {

namespace {

using Model = Models::SupportModelWhatIfModel;

QString csvField(const QString &text)
{
    QString field = text;
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n')))
        return field;
    field.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

QString valueText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1Char(' '));
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'f', 2);
    return value.toString();
}

QJsonValue jsonValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return QJsonArray::fromStringList(value.toStringList());
    return QJsonValue::fromVariant(value);
}

void printTable(QTextStream &out, const Model &model)
{
    const Models::SupportModelWhatIfData &data = model.whatIf();
    out << WhatIfCommand::tr("%1: %2 to %3 (%n month(s)) replayed under each support model", nullptr, data.months)
               .arg(data.engagement.key, Models::CapacityText::month(data.firstMonth), Models::CapacityText::month(data.lastMonth))
        << "\n\n";
    int nameWidth = 0;
    for (int f = 0; f < Model::FigureCount; ++f)
        nameWidth = qMax(nameWidth, int(Model::figureName(Model::Figure(f)).size()));
    // Each column as wide as its widest cell, so that long cells (the roles) never run together.
    QVector<int> widths;
    for (Domain::SupportModel m : Domain::allSupportModels()) {
        int width = int(Domain::supportModelId(m).size());
        for (int f = 0; f < Model::FigureCount; ++f)
            width = qMax(width, int(model.text(Model::Figure(f), m).size()));
        widths.append(width + 2);
    }
    out << QString().leftJustified(nameWidth + 2);
    for (Domain::SupportModel m : Domain::allSupportModels())
        out << Domain::supportModelId(m).leftJustified(widths.at(int(m)));
    out << '\n';
    for (int f = 0; f < Model::FigureCount; ++f) {
        out << Model::figureName(Model::Figure(f)).leftJustified(nameWidth + 2);
        for (Domain::SupportModel m : Domain::allSupportModels())
            out << model.text(Model::Figure(f), m).leftJustified(widths.at(int(m)));
        out << '\n';
    }
    out << '\n';
    for (Domain::SupportModel m : Domain::allSupportModels()) {
        out << Domain::supportModelId(m) << " = " << Models::DomainText::supportModel(m);
        if (m == data.engagement.model)
            out << ' ' << WhatIfCommand::tr("(this engagement)");
        out << '\n';
    }
    out << '\n' << WhatIfCommand::tr("How each figure was counted:") << '\n';
    for (int f = 0; f < Model::FigureCount; ++f) {
        const auto figure = Model::Figure(f);
        QStringList texts;
        for (Domain::SupportModel m : Domain::allSupportModels())
            texts.append(model.explanation(figure, m));
        out << "- " << Model::figureName(figure) << ": ";
        if (texts.count(texts.first()) == texts.size()) {
            out << texts.first() << '\n';
            continue;
        }
        out << '\n';
        for (Domain::SupportModel m : Domain::allSupportModels())
            out << "    " << Domain::supportModelId(m) << ": " << texts.at(int(m)) << '\n';
    }
}

void printCsv(QTextStream &out, const Model &model)
{
    out << "figure,model,value,text,explanation\n";
    for (int f = 0; f < Model::FigureCount; ++f) {
        for (Domain::SupportModel m : Domain::allSupportModels()) {
            const auto figure = Model::Figure(f);
            out << Model::figureId(figure) << ',' << Domain::supportModelId(m) << ','
                << csvField(valueText(model.value(figure, m))) << ',' << csvField(model.text(figure, m)) << ','
                << csvField(model.explanation(figure, m)) << '\n';
        }
    }
}

QJsonObject toJson(const Model &model)
{
    const Models::SupportModelWhatIfData &data = model.whatIf();
    QJsonArray models;
    for (Domain::SupportModel m : Domain::allSupportModels()) {
        QJsonObject figures;
        QJsonObject explanations;
        for (int f = 0; f < Model::FigureCount; ++f) {
            figures.insert(Model::figureId(Model::Figure(f)), jsonValue(model.value(Model::Figure(f), m)));
            explanations.insert(Model::figureId(Model::Figure(f)), model.explanation(Model::Figure(f), m));
        }
        models.append(QJsonObject{{QStringLiteral("model"), Domain::supportModelId(m)},
                                  {QStringLiteral("name"), Models::DomainText::supportModel(m)},
                                  {QStringLiteral("this_engagement"), m == data.engagement.model},
                                  {QStringLiteral("figures"), figures},
                                  {QStringLiteral("explanations"), explanations}});
    }
    return {{QStringLiteral("engagement"), data.engagement.key},
            {QStringLiteral("first_month"), data.firstMonth.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("last_month"), data.lastMonth.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("months"), data.months},
            {QStringLiteral("policy_stored"), data.policyStored},
            {QStringLiteral("calendar"), data.calendarName},
            {QStringLiteral("unit"), QStringLiteral("hours")},
            {QStringLiteral("models"), models}};
}

} // namespace

int WhatIfCommand::run(const QStringList &arguments)
{
    CliContext context;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Replays an engagement's last complete months under each of the four support models."));
    EngagementCommand::addCommonOptions(parser);
    parser.addOption({QStringLiteral("engagement"), tr("The engagement."), tr("KEY")});
    parser.addOption({QStringLiteral("months"), tr("How many complete months to replay (1–%1, default %2).")
                                                    .arg(Models::SupportModelWhatIfLoader::MaxMonths)
                                                    .arg(Models::SupportModelWhatIfLoader::DefaultMonths),
                      tr("N"), QString::number(Models::SupportModelWhatIfLoader::DefaultMonths)});
    parser.addOption({QStringLiteral("format"), tr("Output format: table, csv or json."), tr("FORMAT"), QStringLiteral("table")});
    parser.addOption({QStringLiteral("now"), tr("Compute as of this ISO-8601 instant instead of now."), tr("INSTANT")});
    parser.addPositionalArgument(QStringLiteral("whatif"), tr("The command."));
    if (!parser.parse(arguments))
        return context.fail(parser.errorText(), UsageError);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return context.fail(tr("whatif takes no further arguments"), UsageError);
    if (!parser.isSet(QStringLiteral("engagement")))
        return context.fail(tr("whatif needs --engagement KEY"), UsageError);
    const QString format = parser.value(QStringLiteral("format"));
    if (!QStringList{QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")}.contains(format))
        return context.fail(tr("unknown format '%1' (use table, csv or json)").arg(format), UsageError);
    bool ok = false;
    const int months = parser.value(QStringLiteral("months")).toInt(&ok);
    if (!ok || months < 1 || months > Models::SupportModelWhatIfLoader::MaxMonths)
        return context.fail(tr("--months \"%1\" is not a number from 1 to %2")
                                .arg(parser.value(QStringLiteral("months")))
                                .arg(Models::SupportModelWhatIfLoader::MaxMonths),
                            UsageError);
    // The wall clock is read here, in app/, and nowhere below.
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("now"))) {
        const std::optional<qint64> parsed = Exchange::parseIsoInstant(parser.value(QStringLiteral("now")));
        if (!parsed)
            return context.fail(tr("--now \"%1\" is not an ISO-8601 instant with an offset, e.g. 2026-03-10T12:00:00Z")
                                    .arg(parser.value(QStringLiteral("now"))),
                                UsageError);
        now = QDateTime::fromSecsSinceEpoch(*parsed, Qt::UTC);
    }

    Models::Portfolio portfolio;
    if (!context.openDatabase(parser.value(QStringLiteral("database")), parser.isSet(QStringLiteral("demo")), &portfolio,
                              Storage::Database::Access::ReadOnly))
        return Failure;
    const int row = portfolio.engagements()->rowOfKey(parser.value(QStringLiteral("engagement")));
    if (row < 0)
        return context.fail(tr("no engagement with the key '%1'").arg(parser.value(QStringLiteral("engagement"))));
    const Domain::Engagement engagement = portfolio.engagements()->engagementAt(row);
    Models::SupportModelWhatIfData data;
    if (const auto error = Models::SupportModelWhatIfLoader(*portfolio.database()).load(engagement, months, now, &data))
        return context.fail(error.message(engagement));
    Model model;
    model.setData(data);
    if (format == QLatin1String("json"))
        context.out() << QString::fromUtf8(QJsonDocument(toJson(model)).toJson(QJsonDocument::Indented));
    else if (format == QLatin1String("csv"))
        printCsv(context.out(), model);
    else
        printTable(context.out(), model);
    return Success;
}

} // namespace App
