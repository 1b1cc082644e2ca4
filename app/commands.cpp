// The registry of headless commands. Add a command here: one line, one file of its own.
#include "app/allocationcommand.h"
#include "app/budgetcommand.h"
#include "app/burndowncommand.h"
#include "app/calendarcommand.h"
#include "app/commandline.h"
#include "app/dbcommand.h"
#include "app/diagramcommand.h"
#include "app/engagementcommand.h"
#include "app/exportcommand.h"
#include "app/importcommand.h"
#include "app/mappingcommand.h"
#include "app/reportcommand.h"
#include "app/settingscommand.h"
#include "app/slachartcommand.h"
#include "app/slacommand.h"
#include "app/ticketscommand.h"
#include "app/whatifcommand.h"
#include "app/worklogscommand.h"

#include <QtGlobal>

namespace App {

const QVector<CommandLine::Command> &CommandLine::registry()
{
    static const QVector<Command> s_commands = {
        {"engagement",
         QT_TRANSLATE_NOOP("CommandLine", "engagement list [--format table|json]\n"
                                          "engagement show KEY [--format table|json]"),
         &EngagementCommand::spec},
        {"export",
         QT_TRANSLATE_NOOP(
             "CommandLine",
             "export [--engagement KEY] --format csv|xlsx|bundle --out PATH [--force] [--now ISO]"),
         &ExportCommand::spec},
        {"calendar",
         QT_TRANSLATE_NOOP("CommandLine", "calendar eval --calendar FILE            (JSON Lines on stdin)\n"
                                          "calendar export --engagement KEY [--out FILE]\n"
                                          "calendar import --engagement KEY FILE"),
         &CalendarCommand::spec},
        {"sla",
         QT_TRANSLATE_NOOP(
             "CommandLine",
             "sla replay --calendar FILE --policy FILE --tickets FILE [--history FILE] [--now ISO]\n"
             "sla explain --engagement KEY --ticket KEY [--now ISO]\n"
             "sla policy export --engagement KEY [--out FILE]\n"
             "sla policy import --engagement KEY FILE\n"
             "sla compliance --engagement KEY [--from YYYY-MM] [--to YYYY-MM] [--format table|csv|json] "
             "[--recompute]\n"
             "sla breaches --engagement KEY --month YYYY-MM [--format table|csv|json] [--recompute]\n"
             "sla chart --engagement KEY [--from YYYY-MM] [--to YYYY-MM] --out FILE.png|FILE.svg"),
         &SlaCommand::spec, &SlaChartCommand::needsWidgets},
        {"import",
         QT_TRANSLATE_NOOP(
             "CommandLine",
             "import --engagement KEY --source SOURCE [--timezone TZ] [--date-order dmy|mdy|ymd] [--severity "
             "N] [--max-worklog-hours H] [--dry-run] [--skip-bad-rows] FILE"),
         &ImportCommand::spec},
        {"tickets",
         QT_TRANSLATE_NOOP("CommandLine", "tickets list --engagement KEY [--format table|csv|json]"),
         &TicketsCommand::spec},
        {"worklogs",
         QT_TRANSLATE_NOOP(
             "CommandLine",
             "worklogs list --engagement KEY [--from DATE] [--to DATE] [--format table|csv|json]"),
         &WorklogsCommand::spec},
        {"burndown",
         QT_TRANSLATE_NOOP("CommandLine", "burndown --engagement KEY --month YYYY-MM [--format "
                                          "table|csv|json|png] [--out FILE] [--now ISO]"),
         &BurnDownCommand::spec, &BurnDownCommand::needsWidgets},
        {"budget",
         QT_TRANSLATE_NOOP(
             "CommandLine",
             "budget show --engagement KEY [--format table|json]\n"
             "budget set --engagement KEY [--carry none|HOURS|PERCENT%] [--expiry MONTHS] "
             "[--deduct-overrun yes|no] [--counts L1,L2,L3] [--activity ID=counts|outside|level] "
             "[--month YYYY-MM --hours HOURS|default]"),
         &BudgetCommand::spec},
        {"allocation",
         QT_TRANSLATE_NOOP("CommandLine", "allocation --month YYYY-MM [--format table|csv|json]\n"
                                          "allocation set PERSON ENGAGEMENT HOURS --month YYYY-MM"),
         &AllocationCommand::spec},
        {"diagram",
         QT_TRANSLATE_NOOP("CommandLine",
                           "diagram --engagement KEY --out FILE.svg|FILE.png [--month YYYY-MM]"),
         &DiagramCommand::spec, &DiagramCommand::needsWidgets},
        {"whatif",
         QT_TRANSLATE_NOOP("CommandLine",
                           "whatif --engagement KEY [--months N] [--format table|csv|json] [--now ISO]"),
         &WhatIfCommand::spec},
        {"report",
         QT_TRANSLATE_NOOP("CommandLine",
                           "report --engagement KEY --period 2026-Q3|2026-10|2026-10-01..2026-12-31 --out "
                           "FILE.pdf [--data FILE.xlsx|DIR] [--prepared-by NAME] [--now ISO]"),
         &ReportCommand::spec, &ReportCommand::needsWidgets},
        {"mapping",
         QT_TRANSLATE_NOOP(
             "CommandLine",
             "mapping list\n"
             "mapping set priority VALUE 1-4 | role PERSON ROLE | worktype VALUE KIND LEVEL [ACTIVITY]\n"
             "mapping remove priority|role|worktype VALUE"),
         &MappingCommand::spec},
        {"db",
         QT_TRANSLATE_NOOP("CommandLine", "db check\n"
                                          "db backup [--out FILE]\n"
                                          "db copy --from DATABASE --to DATABASE"),
         &DbCommand::spec},
        {"settings", QT_TRANSLATE_NOOP("CommandLine", "settings team-zone [ZONE|default]"),
         &SettingsCommand::spec},
    };
    return s_commands;
}

} // namespace App
