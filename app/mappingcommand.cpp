#include "app/mappingcommand.h"

#include "app/command.h"
#include "models/importmappingstore.h"

#include <QJsonDocument>

namespace App {

namespace {

void printMappings(QTextStream &out, const Exchange::ImportMappings &m)
{
    QStringList lines;
    const QHash<QString, int> severities = m.severities();
    for (auto it = severities.cbegin(); it != severities.cend(); ++it)
        lines.append(QStringLiteral("priority\t%1\t%2").arg(it.key()).arg(it.value()));
    const QHash<QString, Exchange::WorkClass> classes = m.workClasses();
    for (auto it = classes.cbegin(); it != classes.cend(); ++it) {
        lines.append(QStringLiteral("worktype\t%1\t%2 %3 %4")
                         .arg(it.key(), Domain::ticketKindId(it->kind), Domain::serviceLevelId(it->level),
                              it->activity)
                         .trimmed());
    }
    const QHash<QString, Domain::Role> roles = m.roles();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        lines.append(QStringLiteral("role\t%1\t%2").arg(it.key(), Domain::roleId(it.value())));
    lines.sort();
    for (const QString &line : qAsConst(lines))
        out << line << '\n';
}

/// Applies `set KIND VALUE TARGET…` or `remove KIND VALUE`; an empty result means success.
QString apply(const QStringList &words, Exchange::ImportMappings *m)
{
    const bool set = words.value(0) == QLatin1String("set");
    const QString kind = words.value(1);
    const QString value = words.value(2);
    if (value.isEmpty())
        return MappingCommand::tr("give the value to map, e.g. mapping set priority \"P1\" 1");
    if (kind == QLatin1String("priority")) {
        if (!set)
            return m->removeSeverity(value), QString();
        bool ok = false;
        const int severity = words.value(3).toInt(&ok);
        if (!ok || severity < 1 || severity > 4)
            return MappingCommand::tr("severity must be 1, 2, 3 or 4, not '%1'").arg(words.value(3));
        m->setSeverity(value, severity);
        return {};
    }
    if (kind == QLatin1String("role")) {
        if (!set)
            return m->removeRole(value), QString();
        Domain::Role role;
        if (!Domain::roleFromId(words.value(3), &role))
            return MappingCommand::tr("unknown role '%1' (use Dev, QA, SA, PM, RM or Ops)")
                .arg(words.value(3));
        m->setRole(value, role);
        return {};
    }
    if (kind == QLatin1String("worktype")) {
        if (!set)
            return m->removeWorkClass(value), QString();
        Exchange::WorkClass work;
        if (!Domain::ticketKindFromId(words.value(3), &work.kind))
            return MappingCommand::tr("unknown ticket kind '%1'").arg(words.value(3));
        if (!Domain::serviceLevelFromId(words.value(4), &work.level))
            return MappingCommand::tr("unknown service level '%1' (use L1, L2, L3 or optional)")
                .arg(words.value(4));
        work.activity = words.value(5);
        m->setWorkClass(value, work);
        return {};
    }
    return MappingCommand::tr("unknown mapping '%1' (use priority, worktype or role)").arg(kind);
}

} // namespace

const CommandSpec &MappingCommand::spec(const QStringList &)
{
    static const CommandSpec s_spec{
        "mapping",
        "MappingCommand",
        QT_TRANSLATE_NOOP("MappingCommand", "List or change the mappings imports use."),
        {},
        {{"action",
          QT_TRANSLATE_NOOP("MappingCommand", "list, set KIND VALUE TARGET…, or remove KIND VALUE.")}},
        &MappingCommand::run};
    return s_spec;
}

int MappingCommand::run(CommandCall &call)
{
    const QStringList words = call.arguments();
    const QString action = words.value(0);
    if (action != QLatin1String("list") && action != QLatin1String("set") &&
        action != QLatin1String("remove"))
        return call.usageError(tr("mapping needs list, set or remove"));

    Models::Portfolio portfolio;
    const auto access = action == QLatin1String("list") ? Storage::Database::Access::ReadOnly
                                                        : Storage::Database::Access::ReadWrite;
    if (!call.openPortfolio(&portfolio, access))
        return Failure;
    const Models::ImportMappingStore store(*portfolio.database());
    if (action == QLatin1String("list")) {
        Exchange::ImportMappings mappings;
        if (const QString error = store.load(&mappings); !error.isEmpty())
            return call.fail(error);
        printMappings(call.out(), mappings);
        return Success;
    }
    // Read, changed and stored as one step: another user's mapping stored meanwhile is kept.
    QString problem;
    const QString error = store.update([&](Exchange::ImportMappings *mappings) {
        problem = apply(words, mappings);
        return problem.isEmpty();
    });
    if (!problem.isEmpty())
        return call.usageError(problem);
    if (!error.isEmpty())
        return call.fail(error);
    return Success;
}

} // namespace App
