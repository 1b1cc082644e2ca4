#include "app/whatifcommand.h"

#include "app/command.h"
#include "models/capacitytext.h"
#include "models/domaintext.h"
#include "models/supportmodelwhatifmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace App {

namespace {

using Model = Models::SupportModelWhatIfModel;

QString csvField(const QString &text)
{
    QString field = text;
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')))
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
    out << WhatIfCommand::tr("%1: %2 to %3 (%n month(s)) replayed under each support model", nullptr,
                             data.months)
               .arg(data.engagement.key, Models::CapacityText::month(data.firstMonth),
                    Models::CapacityText::month(data.lastMonth))
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
                << csvField(valueText(model.value(figure, m))) << ',' << csvField(model.text(figure, m))
                << ',' << csvField(model.explanation(figure, m)) << '\n';
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

const CommandSpec &WhatIfCommand::spec(const QStringList &)
{
    using Loader = Models::SupportModelWhatIfLoader;
    static const CommandSpec s_spec{
        "whatif",
        "WhatIfCommand",
        QT_TRANSLATE_NOOP(
            "WhatIfCommand",
            "Replays an engagement's last complete months under each of the four support models."),
        {CommandOption::engagement(),
         {"months",
          QT_TRANSLATE_NOOP("WhatIfCommand", "How many complete months to replay (1–%1, default %2)."),
          QT_TRANSLATE_NOOP("Command", "N"), nullptr, false,
          [](const QString &help) { return help.arg(Loader::MaxMonths).arg(Loader::DefaultMonths); }},
         CommandOption::tableCsvJson(),
         {"now", QT_TRANSLATE_NOOP("WhatIfCommand", "Compute as of this ISO-8601 instant instead of now."),
          QT_TRANSLATE_NOOP("Command", "INSTANT")}},
        {},
        &WhatIfCommand::run};
    return s_spec;
}

int WhatIfCommand::run(CommandCall &call)
{
    if (!call.arguments().isEmpty())
        return call.noFurtherArguments(QStringLiteral("whatif"));
    const std::optional<QString> format =
        call.format({QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")});
    if (!format)
        return UsageError;
    bool ok = true;
    const QString monthsText = call.value(QStringLiteral("months"));
    const int months =
        monthsText.isEmpty() ? Models::SupportModelWhatIfLoader::DefaultMonths : monthsText.toInt(&ok);
    if (!ok || months < 1 || months > Models::SupportModelWhatIfLoader::MaxMonths)
        return call.usageError(tr("--months \"%1\" is not a number from 1 to %2")
                                   .arg(monthsText)
                                   .arg(Models::SupportModelWhatIfLoader::MaxMonths));
    const std::optional<qint64> nowOption = call.now(); // the wall clock is read in app/ only
    if (!nowOption)
        return UsageError;
    const QDateTime now = QDateTime::fromSecsSinceEpoch(*nowOption, Qt::UTC);

    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    if (const int code = call.openEngagement(QStringLiteral("whatif"), &portfolio,
                                             Storage::Database::Access::ReadOnly, &engagement))
        return code;
    Models::SupportModelWhatIfData data;
    if (const auto error =
            Models::SupportModelWhatIfLoader(*portfolio.database()).load(engagement, months, now, &data))
        return call.fail(error.message(engagement));
    Model model;
    model.setWhatIf(data);
    if (*format == QLatin1String("json"))
        call.out() << QString::fromUtf8(QJsonDocument(toJson(model)).toJson(QJsonDocument::Indented));
    else if (*format == QLatin1String("csv"))
        printCsv(call.out(), model);
    else
        printTable(call.out(), model);
    return Success;
}

} // namespace App
