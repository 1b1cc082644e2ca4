#include "app/budgetcommand.h"

#include "app/command.h"
#include "models/budgetloader.h"
#include "models/capacitytext.h"
#include "models/changetext.h"
#include "models/domain/supportmodelcatalogue.h"
#include "models/domaintext.h"
#include "models/portfolio.h"
#include "models/storagetext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace App {

using Domain::RolloverRule;
using Models::DomainText;

namespace {

constexpr Domain::ServiceLevel s_levels[] = {Domain::ServiceLevel::L1, Domain::ServiceLevel::L2,
                                             Domain::ServiceLevel::L3};

QString carryId(RolloverRule::Carry carry)
{
    switch (carry) {
    case RolloverRule::Carry::None:
        return QStringLiteral("none");
    case RolloverRule::Carry::UpToMinutes:
        return QStringLiteral("hours");
    case RolloverRule::Carry::UpToPercent:
        return QStringLiteral("percent");
    }
    return {};
}

QJsonObject toJson(const Domain::Engagement &engagement, const Domain::BudgetPolicy &policy,
                   const Domain::ChangeStamp &stamp)
{
    const RolloverRule &rule = policy.rolloverRule();
    QJsonArray levels;
    for (const Domain::ServiceLevel level : s_levels) {
        if (policy.countsLevel(level))
            levels.append(Domain::serviceLevelId(level));
    }
    QJsonObject activities;
    const QHash<QString, bool> rules = policy.activityRules();
    for (auto it = rules.cbegin(); it != rules.cend(); ++it)
        activities.insert(it.key(), it.value());
    QJsonArray months;
    for (const Domain::MonthlyBudget &month : policy.monthlyBudgets())
        months.append(QJsonObject{{QStringLiteral("month"), month.month.toString(QStringLiteral("yyyy-MM"))},
                                  {QStringLiteral("committed_hours"), month.committedMinutes / 60.0}});
    const bool carries = rule.carry != RolloverRule::Carry::None;
    return {
        {QStringLiteral("engagement"), engagement.key},
        {QStringLiteral("committed_hours_per_month"), engagement.committedMinutesPerMonth / 60.0},
        {QStringLiteral("carry"), carryId(rule.carry)},
        {QStringLiteral("carry_cap_hours"),
         rule.carry == RolloverRule::Carry::UpToMinutes ? QJsonValue(rule.capMinutes / 60.0) : QJsonValue()},
        {QStringLiteral("carry_cap_percent"),
         rule.carry == RolloverRule::Carry::UpToPercent ? QJsonValue(rule.capPercent) : QJsonValue()},
        {QStringLiteral("expiry_months"), carries ? QJsonValue(rule.expiryMonths) : QJsonValue()},
        {QStringLiteral("deduct_overrun"), rule.deductOverrun},
        {QStringLiteral("levels_counted"), levels},
        {QStringLiteral("activity_rules"), activities},
        {QStringLiteral("months"), months},
        {QStringLiteral("version"), stamp.version},
        {QStringLiteral("changed_by"), stamp.isStored() ? QJsonValue(stamp.updatedBy) : QJsonValue()},
        {QStringLiteral("changed_at"),
         stamp.updatedAt > 0
             ? QJsonValue(QDateTime::fromSecsSinceEpoch(stamp.updatedAt, Qt::UTC).toString(Qt::ISODate))
             : QJsonValue()},
    };
}

void printTable(QTextStream &out, const Domain::Engagement &engagement, const Domain::BudgetPolicy &policy,
                const Domain::ChangeStamp &stamp)
{
    const RolloverRule &rule = policy.rolloverRule();
    out << BudgetCommand::tr("Budget of %1 (%2)").arg(engagement.key, engagement.client) << '\n';
    out << BudgetCommand::tr("Committed a month: %1")
               .arg(DomainText::hours(engagement.committedMinutesPerMonth))
        << '\n';
    switch (rule.carry) {
    case RolloverRule::Carry::None:
        out << BudgetCommand::tr("Unused hours: forfeited at month end") << '\n';
        break;
    case RolloverRule::Carry::UpToMinutes:
        out << BudgetCommand::tr("Unused hours: carried, at most %1 a month")
                   .arg(DomainText::hours(rule.capMinutes))
            << '\n';
        break;
    case RolloverRule::Carry::UpToPercent:
        out << BudgetCommand::tr("Unused hours: carried, at most %1 % of the month's commitment")
                   .arg(rule.capPercent)
            << '\n';
        break;
    }
    if (rule.carry != RolloverRule::Carry::None)
        out << (rule.expiryMonths > 0
                    ? BudgetCommand::tr("Carried hours expire after: %n month(s)", nullptr, rule.expiryMonths)
                    : BudgetCommand::tr("Carried hours expire after: never"))
            << '\n';
    out << (rule.deductOverrun ? BudgetCommand::tr("Overrun: deducted from the next month's budget")
                               : BudgetCommand::tr("Overrun: not deducted"))
        << '\n';
    out << BudgetCommand::tr("How it counts:") << '\n';
    for (const QString &line : Models::CapacityText::countingRules(policy))
        out << "  " << line << '\n';
    const QVector<Domain::MonthlyBudget> months = policy.monthlyBudgets();
    if (months.isEmpty()) {
        out << BudgetCommand::tr("Months with a commitment of their own: none") << '\n';
    } else {
        out << BudgetCommand::tr("Months with a commitment of their own:") << '\n';
        for (const Domain::MonthlyBudget &month : months)
            out << "  " << month.month.toString(QStringLiteral("yyyy-MM")) << "  "
                << DomainText::hours(month.committedMinutes) << '\n';
    }
    const QString who = Models::ChangeText::line(stamp);
    out << (stamp.isStored()
                ? who
                : BudgetCommand::tr("Nobody has saved this budget yet: these are the default rules."))
        << '\n';
}

/// Applies the options of `budget set` to `policy`; false (with the usage error printed) on a
/// value it cannot read.
bool applyOptions(CommandCall &call, Domain::BudgetPolicy *policy)
{
    RolloverRule rule = policy->rolloverRule();
    if (call.isSet(QStringLiteral("carry"))) {
        QString text = call.value(QStringLiteral("carry")).trimmed().toLower();
        bool ok = true;
        // The expiry and the overrun are options of their own: kept.
        rule.carry = RolloverRule::Carry::None;
        rule.capMinutes = 0;
        rule.capPercent = 0;
        if (text.endsWith(QLatin1Char('%'))) {
            rule.carry = RolloverRule::Carry::UpToPercent;
            rule.capPercent = text.chopped(1).trimmed().toInt(&ok);
        } else if (text != QLatin1String("none")) {
            if (text.endsWith(QLatin1Char('h')))
                text.chop(1);
            rule.carry = RolloverRule::Carry::UpToMinutes;
            const double hours = text.trimmed().toDouble(&ok);
            ok = ok && qIsFinite(hours) && qAbs(hours) < 1e6;
            rule.capMinutes = ok ? qRound(hours * 60.0) : 0;
        }
        if (!ok) {
            call.usageError(BudgetCommand::tr("--carry \"%1\" is not none, hours (10) or a share (25%)")
                                .arg(call.value(QStringLiteral("carry"))));
            return false;
        }
    }
    if (call.isSet(QStringLiteral("expiry"))) {
        bool ok = false;
        rule.expiryMonths = call.value(QStringLiteral("expiry")).toInt(&ok);
        if (!ok) {
            call.usageError(BudgetCommand::tr("--expiry \"%1\" is not a number of months (0: never)")
                                .arg(call.value(QStringLiteral("expiry"))));
            return false;
        }
    }
    if (call.isSet(QStringLiteral("deduct-overrun"))) {
        const QString answer = call.value(QStringLiteral("deduct-overrun"));
        if (answer != QLatin1String("yes") && answer != QLatin1String("no")) {
            call.usageError(BudgetCommand::tr("--deduct-overrun takes yes or no, not \"%1\"").arg(answer));
            return false;
        }
        rule.deductOverrun = answer == QLatin1String("yes");
    }
    policy->setRolloverRule(rule);
    if (call.isSet(QStringLiteral("counts"))) {
        const QString text = call.value(QStringLiteral("counts"));
        QVector<Domain::ServiceLevel> counted;
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            Domain::ServiceLevel level;
            if (part.trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
                continue;
            if (!Domain::serviceLevelFromId(part.trimmed().toUpper(), &level) ||
                level == Domain::ServiceLevel::OptionalL3) {
                call.usageError(
                    BudgetCommand::tr("--counts takes L1, L2 and L3 separated by commas, or none; "
                                      "\"%1\" is none of them")
                        .arg(part));
                return false;
            }
            counted.append(level);
        }
        for (const Domain::ServiceLevel level : s_levels)
            policy->setCountsLevel(level, counted.contains(level));
    }
    for (const QString &assignment : call.parser().values(QStringLiteral("activity"))) {
        const QString id = assignment.section(QLatin1Char('='), 0, 0).trimmed();
        const QString rule = assignment.section(QLatin1Char('='), 1).trimmed();
        if (!Domain::SupportModelCatalogue::activity(id)) {
            QStringList ids;
            for (const Domain::ActivityInfo &activity : Domain::SupportModelCatalogue::activities())
                ids.append(QString::fromLatin1(activity.id));
            call.usageError(BudgetCommand::tr("--activity: \"%1\" is not an activity of the catalogue (%2)")
                                .arg(id, ids.join(QStringLiteral(", "))));
            return false;
        }
        if (rule == QLatin1String("level"))
            policy->clearActivityRule(id);
        else if (rule == QLatin1String("counts") || rule == QLatin1String("outside"))
            policy->setCountsActivity(id, rule == QLatin1String("counts"));
        else {
            call.usageError(BudgetCommand::tr("--activity %1 takes =counts, =outside or =level, not \"%2\"")
                                .arg(id, rule));
            return false;
        }
    }
    const std::optional<QDate> month = call.month(QStringLiteral("month"));
    if (!month)
        return false;
    if (month->isValid() != call.isSet(QStringLiteral("hours"))) {
        call.usageError(BudgetCommand::tr("--month and --hours go together"));
        return false;
    }
    if (month->isValid()) {
        const QString text = call.value(QStringLiteral("hours"));
        bool ok = true;
        const double hours = text == QLatin1String("default") ? 0.0 : text.toDouble(&ok);
        if (!ok || !qIsFinite(hours) || qAbs(hours) >= 1e6) {
            call.usageError(
                BudgetCommand::tr("--hours \"%1\" is not a number of hours or default").arg(text));
            return false;
        }
        if (text == QLatin1String("default"))
            policy->clearMonthlyBudget(*month);
        else
            policy->setMonthlyBudget({*month, qRound(hours * 60.0)});
    }
    return true;
}

} // namespace

const CommandSpec &BudgetCommand::spec(const QStringList &)
{
    static const CommandSpec s_spec{
        "budget",
        "BudgetCommand",
        QT_TRANSLATE_NOOP("BudgetCommand",
                          "Show or change an engagement's budget: what happens to unused hours at month end, "
                          "whether an overrun is deducted from the next month, which service levels and "
                          "activities count, and the committed hours of single months. The hours a month are "
                          "the engagement's own. set changes what its options name and keeps the rest."),
        {CommandOption::engagement(),
         {"format", QT_TRANSLATE_NOOP("BudgetCommand", "Output format: table or json."),
          QT_TRANSLATE_NOOP("Command", "FORMAT"), "table"},
         {"carry",
          QT_TRANSLATE_NOOP("BudgetCommand",
                            "set: unused hours are forfeited (none), carried up to a number of "
                            "hours a month (10) or a share of the month's commitment (25%)."),
          QT_TRANSLATE_NOOP("Command", "none|HOURS|PERCENT%")},
         {"expiry",
          QT_TRANSLATE_NOOP("BudgetCommand",
                            "set: carried hours expire this many months after their month (0: "
                            "never)."),
          QT_TRANSLATE_NOOP("Command", "MONTHS")},
         {"deduct-overrun",
          QT_TRANSLATE_NOOP("BudgetCommand",
                            "set: whether an overrun is deducted from the next month's budget."),
          QT_TRANSLATE_NOOP("Command", "yes|no")},
         {"counts",
          QT_TRANSLATE_NOOP("BudgetCommand", "set: the service levels whose work counts, e.g. L1,L2."),
          QT_TRANSLATE_NOOP("Command", "LEVELS")},
         {"activity",
          QT_TRANSLATE_NOOP("BudgetCommand",
                            "set: a catalogue activity counts, is billed outside, or follows its "
                            "level; may be given more than once."),
          QT_TRANSLATE_NOOP("Command", "ID=counts|outside|level")},
         {"month", QT_TRANSLATE_NOOP("BudgetCommand", "set: the month whose commitment --hours sets."),
          QT_TRANSLATE_NOOP("Command", "YYYY-MM")},
         {"hours",
          QT_TRANSLATE_NOOP("BudgetCommand",
                            "set: the month's committed hours, or default for the engagement's."),
          QT_TRANSLATE_NOOP("Command", "HOURS|default")}},
        {CommandArgument::action("show|set", QT_TRANSLATE_NOOP("BudgetCommand", "show|set"))},
        &BudgetCommand::run};
    return s_spec;
}

int BudgetCommand::run(CommandCall &call)
{
    const QStringList positional = call.arguments();
    const QString action = positional.value(0);
    if ((action != QLatin1String("show") && action != QLatin1String("set")) || positional.size() > 1)
        return call.usageError(tr("budget needs show or set"));
    const bool setting = action == QLatin1String("set");
    const std::optional<QString> format = call.format({QStringLiteral("table"), QStringLiteral("json")});
    if (!format)
        return UsageError;
    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    if (const int code = call.openEngagement(QStringLiteral("budget ") + action, &portfolio,
                                             setting ? Storage::Database::Access::ReadWrite
                                                     : Storage::Database::Access::ReadOnly,
                                             &engagement))
        return code;
    const Models::BudgetLoader loader(*portfolio.database());
    Domain::BudgetPolicy policy;
    Domain::ChangeStamp stamp;
    if (const Storage::StorageError error = loader.load(engagement, &policy, &stamp))
        return call.fail(Models::StorageText::message(error));
    if (setting) {
        if (!applyOptions(call, &policy))
            return UsageError;
        const QStringList problems = Models::BudgetLoader::problems(policy);
        if (!problems.isEmpty())
            return call.fail(tr("the budget of %1 was not saved: %2")
                                 .arg(engagement.key, problems.join(QStringLiteral("; "))));
        // Saved over the version just read: a save someone made in between is refused, not overwritten.
        if (const Storage::StorageError error = loader.save(engagement, policy, &stamp))
            return call.fail(Models::StorageText::message(error));
    }
    if (*format == QLatin1String("json"))
        call.out() << QJsonDocument(toJson(engagement, policy, stamp)).toJson(QJsonDocument::Indented);
    else
        printTable(call.out(), engagement, policy, stamp);
    return Success;
}

} // namespace App
