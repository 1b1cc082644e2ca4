<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AllocationCommand</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPACITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALLOCATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENGAGEMENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month, e.g. 2026-12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity, allocated hours and warnings of every person in a month, or set the hours of one person on one engagement in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show the month, or set PERSON ENGAGEMENT HOURS (0 removes the hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[set PERSON ENGAGEMENT HOURS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocation set needs PERSON ENGAGEMENT HOURS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocation of %1 was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 in %3: %4 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetCommand</name>
    <message>
        <source>Budget of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed a month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused hours: forfeited at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused hours: carried, at most %1 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused hours: carried, at most %1 % of the month&apos;s commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Carried hours expire after: %n month(s)</source>
        <translation>
            <numerusform>Carried hours expire after: %n month</numerusform>
            <numerusform>Carried hours expire after: %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Carried hours expire after: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrun: deducted from the next month&apos;s budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrun: not deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it counts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months with a commitment of their own: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months with a commitment of their own:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has saved this budget yet: these are the default rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--carry &quot;%1&quot; is not none, hours (10) or a share (25%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expiry &quot;%1&quot; is not a number of months (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--deduct-overrun takes yes or no, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--counts takes L1, L2 and L3 separated by commas, or none; &quot;%1&quot; is none of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--activity: &quot;%1&quot; is not an activity of the catalogue (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--activity %1 takes =counts, =outside or =level, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month and --hours go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hours &quot;%1&quot; is not a number of hours or default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or change an engagement&apos;s budget: what happens to unused hours at month end, whether an overrun is deducted from the next month, which service levels and activities count, and the committed hours of single months. The hours a month are the engagement&apos;s own. set changes what its options name and keeps the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: unused hours are forfeited (none), carried up to a number of hours a month (10) or a share of the month&apos;s commitment (25%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: carried hours expire this many months after their month (0: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: whether an overrun is deducted from the next month&apos;s budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: the service levels whose work counts, e.g. L1,L2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: a catalogue activity counts, is billed outside, or follows its level; may be given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: the month whose commitment --hours sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: the month&apos;s committed hours, or default for the engagement&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show|set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget needs show or set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the budget of %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused hours at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unused hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each month carries at &amp;most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a month may carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of its commitment a month may carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried hours &amp;expire after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deduct an overrun from the next month&apos;s budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What counts against the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xceptions by activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions by activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed hours of single months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BurnDownCommand</name>
    <message>
        <source>Budget %1, used %2, remaining %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs out on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDEAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTUAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORECAST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The burn-down of one engagement-month: budget, ledger, forecast per day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month, e.g. 2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table, csv, json or png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file instead of stdout (needed for png).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute as of this ISO-8601 instant instead of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format png needs --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast at month end: %1 left (range %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* not a working day; figures are hours remaining at the end of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At month end: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the budget is counted:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BurnDownImage</name>
    <message>
        <source>cannot write the chart to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BurnDownLoader</name>
    <message>
        <source>Choose a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started in %2; there is no budget for %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>calendar eval needs --calendar FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar eval takes no further arguments; the questions come on stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read stdin or write stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar export takes no file argument; use --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar import needs exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now counts on the calendar &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate a calendar file, or export and import an engagement&apos;s calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eval: the calendar file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export/import: the engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: write to this file instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eval, export or import FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eval|export|import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar needs eval, export or import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1 has no calendar of its own; this is the default for its time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar &quot;%1&quot; is also used by %2: their hours changed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the calendar&apos;s time zone %1 differs from the engagement&apos;s time zone %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarEvaluator</name>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not an ISO-8601 instant with an offset or Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds: %1 is not a whole number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either &quot;start&quot; or &quot;end&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op: %1 is not one of elapsed, add, subtract, is_working, next_opening, next_closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarFile</name>
    <message>
        <source>%1 is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a known IANA time zone such as &quot;Europe/Stockholm&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown weekday (mon, tue, wed, thu, fri, sat, sun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time range HH:MM-HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a yearly date MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supported holiday rule set (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a calendar file holds one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large for a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: a raw control character (0x%1) inside a string; escape it (for example \u0009 for a tab)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarLoader</name>
    <message>
        <source>%1 calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityText</name>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrun deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forfeited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 committed for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 carried from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expired (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1 deducted for the overrun in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2) carried to next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unused and forfeited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below committed hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No on-call cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required role missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is allocated %2 of %3 capacity in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 allocated but %3 committed in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 promises 24×7 cover but nobody on call is allocated in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a known person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a known engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An allocation of %1 on %2 has no valid month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 in %3: hours cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 in %3: %4 is more than the month has (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is allocated twice on %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not started yet in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has left before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has ended before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parental leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracted hours cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 60 contracted hours a week is not a contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-time must be between 1 and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date lies before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The absence needs a first and a last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The absence ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The absence overlaps another absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed hours cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More committed hours than a team can work in a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A monthly budget has no valid month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A monthly budget lies before the engagement started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollover caps and expiry cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rollover cap cannot exceed 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worklog has no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worklog names nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One entry longer than 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 24 hours logged by one person on one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same entry appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 carried from %2 (provisional until the month before has closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expired (from %2) (provisional until the month before has closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1 to be deducted for the overrun in %2, if its forecast holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if the forecast holds: %1 over budget at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if the forecast holds: %1 (from %2) carried to next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if the forecast holds: %1 unused and forfeited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if the forecast holds: %1 (from %2) expire unused at the engagement&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2) expired unused at the engagement&apos;s end (not paid out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engagement ended in %1: nothing is committed after it. Its closing balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing used yet: the month has not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 used so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the forecast holds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the forecast holds: nothing is carried or forfeited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over budget at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2) carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 forfeited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2) expire at the engagement&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open: figures up to today, month end projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started: projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the engagement&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no, billed outside the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no, outside the contract period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no, optional service not contracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no, role not covered by the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, not contracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2, a role the contract does not cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 outside the contract period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the contract: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed outside the budget by the contract&apos;s rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts against the budget: worklogs dated up to today in the contract period, L1, L2 and L3 work and the contracted optional services. Optional services not contracted, roles the contract does not cover and work before the start or after the end are outside the contract and shown apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first or last month only partly in the contract commits its share of calendar days (a start on the 10th of a 31-day month commits 22/31), rounded to the minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused hours are forfeited at month end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each month may carry up to %1 of its own unused hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each month may carry up to %1 % of its commitment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Carried hours are spent first, oldest first, and expire %n month(s) after the month they come from.</source>
        <translation>
            <numerusform>Carried hours are spent first, oldest first, and expire %n month after the month they come from.</numerusform>
            <numerusform>Carried hours are spent first, oldest first, and expire %n months after the month they come from.</numerusform>
        </translation>
    </message>
    <message>
        <source>Carried hours are spent first, oldest first, and do not expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An overrun is deducted from the next month&apos;s budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the engagement&apos;s end unused hours expire; they are not paid out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until a month has closed its carried, forfeited and deducted hours are projected from the forecast: the mean of the last 10 working days up to today; the range is the 10th to 90th percentile of daily use over the working days of the three months up to today. A month not started yet uses today&apos;s pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklog seconds are summed and rounded once to the minute, half up; hours are shown to a tenth, halves up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is allocated %2 on %3 in %4 as %5, a role the contract does not cover: outside the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the role %2 but nobody in that role is allocated in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts against the budget: worklogs dated up to today in the contract period on the contracted optional services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts against the budget: worklogs dated up to today in the contract period, %1 work and the contracted optional services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 work is billed outside the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional services not contracted, roles the contract does not cover and work before the start or after the end are outside the contract and shown apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 counts against the budget, whatever its level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is billed outside the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A monthly budget lies after the engagement&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Fixed capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed number of committed hours per month for production support and enhancements. Suited to smaller organisations with simple ecosystems, or brands with a sizeable technology team of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed hours per month, typically 40–160 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type of work and resources depends on the scope of support needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA support with hotfix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA on every support ticket, with monthly allocation of resources for support and delivery work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional 24×7 support for severity 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA for all support tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly allocation of resources for support and delivery work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional resources follow the agreed change-management process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA for critical incidents with dedicated delivery capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA for critical incidents, fixed delivery resources and unlimited operational support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional 24×7 support with SLA for severity 1 incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed delivery resources and unlimited operational support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional delivery resources follow the agreed change-management process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers all roles (Dev/QA/SA/PM/RM) and operational support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed service with fixed maintenance capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outcome-driven model: SLA on all tickets with 24×7 response, fixed maintenance capacity and costs, complete DevOps for hotfixes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA for all support tickets, including 24×7 response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed delivery resources and unlimited operational support to meet the SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete DevOps for hotfix support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 – Monitoring and incident management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations and break-fix: keeping the platform running and restoring service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 – Problem management and continuous improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations and break-fix: removing root causes and improving the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L3 – Enhancements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned changes to the platform: from backlog to deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services added to the contract when the client needs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority notification and reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog grooming and prioritisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprint and release planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design and development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional sprint testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance and security testing support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture review and recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance and security testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business operations support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchandising operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic advisory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform upgrades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery and service control, floor and shift management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident and problem resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder communication and management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service reporting and governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation and reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designs and builds fixes and enhancements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests fixes and enhancements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution architect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owns the solution design and technical direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans the work and runs governance with the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans and runs deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitors the platform and handles operational support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party vendors (hosting, platform vendor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery and service management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance and communication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeAllocationsCommand</name>
    <message>
        <source>Change allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate %1 on %2 in %3: %4 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy %n allocation(s) into %1</source>
        <translation>
            <numerusform>Copy %n allocation into %1</numerusform>
            <numerusform>Copy %n allocations into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill %1 on %2 right over %n month(s)</source>
        <translation>
            <numerusform>Fill %1 on %2 right over %n month</numerusform>
            <numerusform>Fill %1 on %2 right over %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>Added by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>%1: the file name must end in .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the chart to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>waiting for another Delivery Desk to finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1 was updated for this version of Delivery Desk; the file as it was is kept as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Unsupported profile version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile says rows are &quot;%1&quot;; expected tickets or worklogs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown date format &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown duration unit &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSTANT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create (if missing) and use the demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: sv or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now &quot;%1&quot; is not an ISO-8601 instant with an offset, e.g. 2026-03-10T12:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a month like 2026-11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --month YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no engagement with the key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --engagement KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no further arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEPARATOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.xlsx|DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none|HOURS|PERCENT%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONTHS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEVELS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID=counts|outside|level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOURS|default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown language &apos;%1&apos; (use sv or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see deliverydesk --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engagement list [--format table|json]
engagement show KEY [--format table|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar eval --calendar FILE            (JSON Lines on stdin)
calendar export --engagement KEY [--out FILE]
calendar import --engagement KEY FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export [--engagement KEY] --format csv|xlsx|bundle --out PATH [--force] [--now ISO]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets list --engagement KEY [--format table|csv|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worklogs list --engagement KEY [--from DATE] [--to DATE] [--format table|csv|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burndown --engagement KEY --month YYYY-MM [--format table|csv|json|png] [--out FILE] [--now ISO]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping list
mapping set priority VALUE 1-4 | role PERSON ROLE | worktype VALUE KIND LEVEL [ACTIVITY]
mapping remove priority|role|worktype VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: deliverydesk [options]                      open the window
       deliverydesk COMMAND [options]              work without a window

Options of the window:
  --database PATH       open this database (default: the last one, or %1)
  --demo                create (if missing) and open the demo database
  --lang sv|en          language of the user interface
  --engagement KEY      select this engagement
  --screenshot PATH     render the window offscreen to a PNG and exit
  --page NAME           page to show: %3
  --geometry WxH        size of the window, e.g. 1024x700 (also of the screenshot)
  --help, --version

Commands (those on a database take --database PATH, --demo and --lang; COMMAND --help for details):
%2
Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sla replay --calendar FILE --policy FILE --tickets FILE [--history FILE] [--now ISO]
sla explain --engagement KEY --ticket KEY [--now ISO]
sla policy export --engagement KEY [--out FILE]
sla policy import --engagement KEY FILE
sla compliance --engagement KEY [--from YYYY-MM] [--to YYYY-MM] [--format table|csv|json] [--recompute]
sla breaches --engagement KEY --month YYYY-MM [--format table|csv|json] [--recompute]
sla chart --engagement KEY [--from YYYY-MM] [--to YYYY-MM] --out FILE.png|FILE.svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagram --engagement KEY --out FILE.svg|FILE.png [--month YYYY-MM]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whatif --engagement KEY [--months N] [--format table|csv|json] [--now ISO]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import --engagement KEY --source SOURCE [--timezone TZ] [--date-order dmy|mdy|ymd] [--severity N] [--max-worklog-hours H] [--dry-run] [--skip-bad-rows] FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report --engagement KEY --period 2026-Q3|2026-10|2026-10-01..2026-12-31 --out FILE.pdf [--data FILE.xlsx|DIR] [--prepared-by NAME] [--now ISO]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db check
db backup [--out FILE]
db copy --from DATABASE --to DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings team-zone [ZONE|default]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocation --month YYYY-MM [--format table|csv|json]
allocation set PERSON ENGAGEMENT HOURS --month YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget show --engagement KEY [--format table|json]
budget set --engagement KEY [--carry none|HOURS|PERCENT%] [--expiry MONTHS] [--deduct-overrun yes|no] [--counts L1,L2,L3] [--activity ID=counts|outside|level] [--month YYYY-MM --hours HOURS|default]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A portfolio shared by the team on a PostgreSQL server. A password is asked for only when the server wants one; it is kept until Delivery Desk closes and never written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.com (empty: this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: your login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text CSV file: it looks like an Excel workbook or a ZIP archive. Save it as CSV and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text CSV file (it contains binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid %1 here; the file may mix encodings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text CSV file (binary data found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field starts here but is never closed; the file may be truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 on this line although other lines are UTF-8: the file mixes encodings. Save it as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field longer than %1 characters starts here; the file may be damaged (a quote never closed) or the limit is too low for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvTableWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>%1: no damage found (integrity and foreign keys checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the backup goes (a new file; default: &lt;database&gt;.&lt;time&gt;.backup next to it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out belongs to db backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: %n problem(s) found (listed on stdout)</source>
        <translation>
            <numerusform>%1 is damaged: %n problem found (listed on stdout)</numerusform>
            <numerusform>%1 is damaged: %n problems found (listed on stdout)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; no backup was found next to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the last backup is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db copy needs --from and --to (a file or a postgresql:// address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a database for damage, back it up while others may keep working in it, or copy a whole portfolio into a new file or an empty PostgreSQL database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db copy: the database to copy (a file or a postgresql:// address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db copy: where the copy goes (a new file, or an empty postgresql:// database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check, backup or copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check|backup|copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db needs check, backup or copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db copy takes --from and --to only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to belong to db copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramCommand</name>
    <message>
        <source>The support model diagram of an engagement as SVG (text kept as text) or PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: its name ends in .svg or .png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month whose allocations and hours are drawn (default: this month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagram needs --out FILE.svg or --out FILE.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out &quot;%1&quot; must end in .svg or .png</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramExport</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file name must end in .svg or .png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support model diagram drawn by Delivery Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SLA: hours are the commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA for critical incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA for all support tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the committed hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated delivery team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a short key for the engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key may only hold capital letters A–Z, digits, &apos;-&apos; and &apos;_&apos; (at most 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed hours per month cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed hours per month are more than a team of ten can work (%1 h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone is not a known IANA time zone (such as Europe/Stockholm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This support model covers all roles: select the roles the contract covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a month in a sentence: month name, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA with hotfix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditReviewTextCommand</name>
    <message>
        <source>Edit the risks of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the actions of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditRootCauseCommand</name>
    <message>
        <source>Edit the root cause of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngagementCommand</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24×7 severity 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List engagements or show one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, or show KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list|show KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engagement show needs exactly one KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engagement needs list or show KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUPPORT MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOURS/MONTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>START</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>END</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no engagement with the key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngagementCommands</name>
    <message>
        <source>Add engagement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit engagement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete engagement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit budget of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. NORDSHOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed &amp;hours per month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24×7 cover for severity 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles covered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the model includes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional services contracted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional services contracted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export an engagement&apos;s tickets, worklogs and SLA results, or an offline bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engagement (optional for a bundle: without it, the whole portfolio).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (a folder of tickets.csv, worklogs.csv, sla.csv), xlsx or bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder (csv) or file (xlsx, bundle) to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace existing files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out PATH is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file; a CSV export needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists (use --force to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1: %2 tickets, %3 worklogs and %4 SLA results to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no engagement &apos;%1&apos; (see deliverydesk engagement list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote an offline bundle of the portfolio to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote an offline bundle of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv: the field separator, comma, semicolon or tab (default: semicolon with decimal commas in Swedish, comma otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--separator is for --format csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown separator &apos;%1&apos; (use comma, semicolon or tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as of this ISO-8601 instant instead of now: the date of a bundle, and of the SLA of tickets without a stored result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportTables</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response target (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time (business h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution target (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution time (business h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused (business h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::AllocationPage</name>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy from previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the month before the selected month into it, leaving planned cells, leavers and ended engagements alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats the selected cell in the months to its right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned vs actual (past months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people yet. Add people with their contracts and absences, then plan their hours per engagement and month here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only: allocations cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to copy from %1 into %2: every allocation there is already planned, or its person or engagement is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fill: %1 cannot be allocated on %2 in the following months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the plan; use Edit person to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned hours per person and engagement, one column per month; type a number or press F2 to edit a cell, Ctrl+Z undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned vs actual hours of past months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s working days and public holidays are those of this zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s working days and public holidays are those of this zone: the engagements&apos; most common zone, as the portfolio sets none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::BudgetDialog</name>
    <message numerus="yes">
        <source> month(s)</source>
        <comment>expiry</comment>
        <translation>
            <numerusform> month</numerusform>
            <numerusform> months</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>are forfeited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>are carried, up to a number of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>are carried, up to a share of the month&apos;s commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 work counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as its level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billed outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months not listed commit the engagement&apos;s hours a month; a first or last month only partly in the contract commits its share of calendar days. A month listed here commits what it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 committed a month (Edit engagement changes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has saved this budget yet: these are the default rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed hours of the month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::BurnDownChart</name>
    <message>
        <source>Forecast range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn-down chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engagement selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn-down of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no working days to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 used of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast %1 left at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast %1 over the budget at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::BurnDownPage</name>
    <message>
        <source>Choose an engagement to see its burn-down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1 · used %2 · left %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the working days gone, %2 % of the budget used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast at month end: %1 left (range %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;Runs out on %2&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget lasts the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;Overrun at month end: %2&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklogs on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month&apos;s budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget = %1 committed + %2 carried in − %3 deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At month end: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: at today&apos;s pace %1 left at month end (range %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month&apos;s budget (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget = %1 committed + %2 carried in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklogs of the selected day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a day on the burn-down chart, or press Left or Right on it, to list the day&apos;s worklogs here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::CalendarDialog</name>
    <message>
        <source>The calendar file was not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from %1, not saved yet: the calendar “%2” in the time zone %3. Save makes the SLA clocks of %4 count on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar of that name is used by %1: saving replaces its hours for them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SLA clocks of %1 count on the calendar “%2” in the time zone %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also used by %1: a change of this calendar changes their hours too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no calendar of its own: its SLA clocks count on the default calendar of the time zone %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar&apos;s time zone %1 differs from the engagement&apos;s time zone %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open around the clock (24×7): the hours and days off below do not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany (nationwide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>England and Wales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States (federal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays: none of a country&apos;s rule set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De facto days off (such as Midsummer Eve) are days off too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De facto days off (such as Midsummer Eve) are working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open around the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from a file: nobody has saved it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored: the default calendar of the time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business calendar of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off the weekly hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off the weekly hours in &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import calendar file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the calendar with one read from a calendar file (JSON); shown before Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport calendar file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, public holiday (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, de facto day off (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, substitute day (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not working hours. Write them as 08:00–17:00, several separated by commas (08:00–12:00, 13:00–17:00), or “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a working day of this calendar already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a day off of a single date here: public holidays and yearly days off are changed in a calendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here, not saved yet: the calendar “%1” in the time zone %2. Save makes the SLA clocks of %3 count on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here: nobody has saved it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press F2 on a day&apos;s hours to change them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours of each weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off the weekly hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of a day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add day &amp;off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the date a day off of this calendar (a company closure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes back a day off of a single date, or hours of its own on the date; public holidays and yearly days off are changed in a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ChartTable</name>
    <message>
        <source>%1 (to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower quartile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper quartile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 at %3 (lowest %4, highest %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ChartTableContainer</name>
    <message>
        <source>Show as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the chart&apos;s figures as a table that can be read and copied (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only; Ctrl+C copies the selected cells as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ComplianceTrendChart</name>
    <message>
        <source>First response: met %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution: met %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no tickets measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 met (%3 of %4), target %5 — %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed ▲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to list this month&apos;s tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response compliance per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution compliance per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable: never encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow: encrypted when the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefer: encrypted when the server can (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require: always encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-ca: encrypted, the server&apos;s certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full: encrypted, certificate and server name checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::DatabaseUpgradeRunner</name>
    <message>
        <source>Checking %1 before updating it for this version of Delivery Desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup of %1 before the update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating %1: step %2 of %3 (this part cannot be cancelled)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was updated for this version of Delivery Desk; the backup taken first is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::EngagementDialog</name>
    <message>
        <source>Edit engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical commitment: %1–%2 hours per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before saving:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::EngagementListPanel</name>
    <message>
        <source>Filter engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the engagements whose key, client or model contains the text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an engagement to show it on the pages; Enter edits it; F6 moves to the page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ExportDialog</name>
    <message>
        <source>Excel workbook of the engagement (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files of the engagement (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline bundle of the engagement (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline bundle of the whole portfolio (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote an offline bundle of the portfolio to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote an offline bundle of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n tickets of %1 with their worklogs and SLA results to %2.</source>
        <translation>
            <numerusform>Exported %n ticket of %1 with its worklogs and SLA results to %2.</numerusform>
            <numerusform>Exported %n tickets of %1 with their worklogs and SLA results to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files of the engagement, fields separated by &apos;%1&apos;, decimals by &apos;%2&apos; (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the offline bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tickets, worklogs and SLA results of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another export is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::HeatmapView</name>
    <message>
        <source>Allocated vs capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap of allocated hours against capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per person, one column per month; each cell says its share of the capacity and its band in words as well as in colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::HistoryChart</name>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of the last 12 months (%1 – %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ImportWizard</name>
    <message>
        <source>Ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklog id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export of a ticketing or time-tracking tool. Nothing is written until you commit the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engagement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export&apos;s &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other CSV (map the columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns match no known export: map them on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised as: %1. You can choose another source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column holds what. The mapping is saved under its name for next month&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are checked and staged; you can keep working in the window meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit writes everything below in one go; Cancel leaves the database as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People not seen before: their role is remembered for every later import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip the bad rows and read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read. Tickets: %2 new, %3 updated, %4 unchanged. Worklogs: %5 new, %6 updated, %7 unchanged. %8 rejected, %9 warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 as %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the source writes it (lists: decided from the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day-month-year (31-12-2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month-day-year (12-31-2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-month-day (2026-12-31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From each ticket&apos;s priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity %1 for every ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons not yet known, with their roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s priorities and the severities they map to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file&apos;s priorities map to severities (remembered for every later import, as the mapping command shows them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the severities and read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not mapped: rows rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity of priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is committed, but its report with the skipped rows could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already: %2 saved it on %3. Replace it with this mapping?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already. Replace it with this mapping?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel keeps the saved profile: give yours another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the import and updating the SLA results…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::KeyboardNavigation</name>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the page&apos;s filter field, or to the engagement filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next area (engagements or page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous area (engagements or page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message>
        <source>About Delivery Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Delivery Desk %1&lt;/h3&gt;&lt;p&gt;Burn-down, SLA compliance, resource allocation and governance reviews for maintenance and support engagements.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New engagement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit engagement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Delivery Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only copy: %1. Changes cannot be saved in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Delivery Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery Desk databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is; use File › Open database to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2) with all its tickets, worklogs, budgets and allocations?

You can undo this until the database is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only copy of the portfolio in %1, taken %2. Changes cannot be saved in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only copy of %1 (%2), taken %3 from %4. Changes cannot be saved in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database you can change to import into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier changes can no longer be undone: undoing them could remove the imported rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a &amp;team database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;compute SLA results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluates every ticket of the engagement again on its calendar and SLA policy, as of now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now counts on the calendar “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business ca&amp;lendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else added a version of the SLA policy of %1 in force from %2 in the meantime, and versions are never changed, so yours was not saved. Open the SLA policy again to see theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SLA policy of %1 has a new version in force from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA &amp;policy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::MonthNavigator</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::OverviewPage</name>
    <message>
        <source>Select an engagement in the list, or create one with Edit › New engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database with File › Open database, or create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed hours per month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24×7 cover for severity 1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery resources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles covered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the model includes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The budget per month (%n ticket(s) in all)</source>
        <translation>
            <numerusform>The budget per month (%n ticket in all)</numerusform>
            <numerusform>The budget per month (%n tickets in all)</numerusform>
        </translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per month, the latest first: hours used, budget, share of the budget, hours carried in and hours outside the contract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::PeopleDialog</name>
    <message>
        <source>Absence %1: first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence %1: last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence %1: kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::PortfolioPage</name>
    <message>
        <source>Every running engagement&apos;s burn this month. At risk: the forecast runs past the budget, or the budget is used faster than the month passes. Double-click a row for its burn-down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn of every engagement this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens the engagement&apos;s burn-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA of every engagement this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens the engagement&apos;s SLA page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per severity: the weaker of first response and resolution met this month against its target (✓ kept, ✗ missed), the six full months before this one as bars (higher is better) with the direction, and the open tickets breached or at risk now. Double-click a row for its SLA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ReviewExportDialog</name>
    <message>
        <source>Export review pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data appendix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file of the review pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the data appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers of the PDF, one sheet per section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data appendix file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An XLSX workbook, or a folder of CSV files when the name does not end in .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data appendix file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name on the cover of the review pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ReviewPackRunner</name>
    <message>
        <source>Reading the figures of %1 for %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the review pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the review pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the pages of the review pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review pack was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review pack was written to %1, but not its data appendix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Review pack written to %1 (%n page(s)).</source>
        <translation type="unfinished">
            <numerusform>Review pack written to %1 (%n page).</numerusform>
            <numerusform>Review pack written to %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review pack written to %1 (%n page(s)) with its data appendix %2.</source>
        <translation type="unfinished">
            <numerusform>Review pack written to %1 (%n page) with its data appendix %2.</numerusform>
            <numerusform>Review pack written to %1 (%n pages) with its data appendix %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review pack of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ReviewPage</name>
    <message>
        <source>Risks of the review period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text, printed in the review pack; saved as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks the client should know about in this period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions of the review period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions agreed for the next period, with owners and dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breaches of the review period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per breached ticket with the engine&apos;s explanation; the last column, the root cause, is editable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an engagement to prepare its review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this database is an offline bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract of %1 has no SLA: there are no breaches to explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SLA results of %1 have not been computed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breaches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) in %1 · SLA results computed %2</source>
        <translation>
            <numerusform>%n breach in %1 · SLA results computed %2</numerusform>
            <numerusform>%n breaches in %1 · SLA results computed %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview of the review pack (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the review pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the period&apos;s figures and shows the pages as they will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport review pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the review pack as a PDF, with its data appendix if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the review pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the review pack of the period as a PDF, optionally with an XLSX data appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review notes were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root cause was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops reading the breaches of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the breaches of the period again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the breaches of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the breaches was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ReviewPeriodChooser</name>
    <message>
        <source>Q%1 %2</source>
        <comment>a quarter: number, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a month in a list: month name, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;onth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter of the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of review period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month, a quarter or a custom range of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period whose notes and breaches are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the review period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the review period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::SlaBreachesChart</name>
    <message>
        <source>Breaches per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n breach(es)</source>
        <translation>
            <numerusform>%1, %2: %n breach</numerusform>
            <numerusform>%1, %2: %n breaches</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::SlaDistributionChart</name>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response, business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution, business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartiles, median, 5th–95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n ticket(s): median %2, quartiles %3–%4, 95th percentile %5, longest %6; target %7</source>
        <translation>
            <numerusform>%1, %n ticket: median %2, quartiles %3–%4, 95th percentile %5, longest %6; target %7</numerusform>
            <numerusform>%1, %n tickets: median %2, quartiles %3–%4, 95th percentile %5, longest %6; target %7</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken per severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response time per severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution time per severity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::SlaPage</name>
    <message>
        <source>Choose an engagement to see its SLA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA computed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA not computed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open ticket has passed its warning threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open ticket(s) past the warning threshold of a target and %2 breached and still open, the most urgent first. Refreshed every minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart shown as a PNG image or an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets at risk now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the SLA results of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the SLA results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the SLA results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::SlaPolicyDialog</name>
    <message>
        <source>A version in force from %1 is stored already, and versions are never changed: choose another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new version has the targets and statuses of the one in force from %1: change a target or a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot both pause the resolution clock and mean resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one status that means resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets created from %1 until %2 will be evaluated under the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets created from %1 on will be evaluated under the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save adds it and recomputes the engagement&apos;s SLA results; the versions before it stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets created from %1 until %2 are evaluated under this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets created from %1 on are evaluated under this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA policy – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA policy of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA policy “%3” of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no SLA policy of its own: this is the default of its support model. A new version stores it with the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;force from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response (h:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (h:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity %1: first response target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity %1: resolution target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24×7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity %1: first response counted around the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity %1: resolution counted around the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity %1: at risk once this share of a target is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity %1: share of tickets that must meet their targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked: the clock counts business hours of the engagement&apos;s calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses that &amp;pause the resolution clock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses that mean &amp;resolved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status names as in the ticket tool, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions are never changed: a change of targets or statuses is a new version, in force from the day you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::SlaRecomputeRunner</name>
    <message>
        <source>Recomputing the SLA results of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute SLA results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputing the SLA results of %1: %2 of %3 tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SLA recompute of %1 was cancelled; the stored results are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SLA results of %1 were not recomputed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SLA results of %1 recomputed: %Ln ticket(s) in %2 s.</source>
        <translation>
            <numerusform>SLA results of %1 recomputed: %Ln ticket in %2 s.</numerusform>
            <numerusform>SLA results of %1 recomputed: %Ln tickets in %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recomputed before it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::StackedHoursChart</name>
    <message>
        <source>Hours this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the month&apos;s hours went</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::SupportModelPage</name>
    <message>
        <source>Service level and activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engagement selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed capacity (committed hours per month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24×7 cover for severity 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited operational support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete DevOps for hotfixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional resources through the change-management process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contracted</source>
        <translation>
            <numerusform>%n contracted</numerusform>
            <numerusform>%n contracted</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery and service management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the diagram to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size, laid out for the window&apos;s width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the diagram as SVG or PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month whose allocations and hours are drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support model diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab and the arrow keys step through the boxes, each read out with its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the support model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::SupportModelsPage</name>
    <message>
        <source>Fixed: typically %1–%2 h per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed maintenance capacity and costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources allocated month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated delivery capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included: 24×7 response on every ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, for severity 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete DevOps for hotfixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles (Dev/QA/SA/PM/RM) and operational support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles contracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional resources follow the agreed change-management process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the committed hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24×7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DevOps for hotfixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if this engagement ran under each model?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Months replayed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last complete months replayed under each model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four support models, and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four support models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ %1 (this engagement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an engagement to replay its last months under each model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n month(s)), business hours of %3. Hover a figure to see how it was counted.</source>
        <translation>
            <numerusform>%1 to %2 (%n month), business hours of %3. Hover a figure to see how it was counted.</numerusform>
            <numerusform>%1 to %2 (%n months), business hours of %3. Hover a figure to see how it was counted.</numerusform>
        </translation>
    </message>
    <message>
        <source>the engagement&apos;s calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if hours under each support model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replay was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replaying the last %n month(s) of %1 under each model…</source>
        <translation>
            <numerusform>Replaying the last month of %1 under each model…</numerusform>
            <numerusform>Replaying the last %n months of %1 under each model…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::TicketTimelineDialog</name>
    <message>
        <source>Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA timeline of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As evaluated at %1 (the stored SLA result).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no instant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BREACH: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of the SLA timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::TicketsPanel</name>
    <message>
        <source>Filter by key or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows tickets whose key or title contains this text (letter case ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every SLA state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets resolved in this month (the month they count in for SLA compliance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the tickets shown (filter and order as in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Export tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln ticket(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln ticket to %1.</numerusform>
            <numerusform>Exported %Ln tickets to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter tickets by key or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA state filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens the ticket&apos;s SLA timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the tickets shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops reading the tickets of the new filter; the filter goes back to the tickets shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: the database was closed. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tickets are shown; an Excel sheet holds at most %2. Narrow the filter, or export CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln ticket(s)…</source>
        <translation>
            <numerusform>Exporting %Ln ticket…</numerusform>
            <numerusform>Exporting %Ln tickets…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::WhatIfChart</name>
    <message>
        <source>Hours under each model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried outside the capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours under each support model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown page &apos;%1&apos; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (use sv or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no engagement with the key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no engagement with the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--geometry &apos;%1&apos; is not a window size such as 1024x700 (at least 640x480)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELIVERYDESK_PALETTE=&apos;%1&apos; is not a palette (use dark or system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELIVERYDESK_FONT_SCALE=&apos;%1&apos; is not a per cent from 50 to 400</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HarvestSource</name>
    <message>
        <source>The worklog has no person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harvest time report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidayText</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maundy Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General Prayer Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Day of Sweden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midsummer Eve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midsummer Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of German Unity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reformation Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second Day of Christmas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Year&apos;s Eve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early May bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Millennium celebrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queen Elizabeth II&apos;s Golden Jubilee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Royal wedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queen Elizabeth II&apos;s Diamond Jubilee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queen Elizabeth II&apos;s Platinum Jubilee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State funeral of Queen Elizabeth II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coronation of King Charles III</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday of Martin Luther King, Jr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Washington&apos;s Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memorial Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juneteenth National Independence Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columbus Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veterans Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanksgiving Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of German Unity (17 June)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import an export file into an engagement, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engagement to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file is: %1 or profile:NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone the export&apos;s times are in (default: the last one used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report only; never write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the good rows and save the report next to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos; (use %2 or profile:NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliverydesk: the report could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export&apos;s date order when it is not the source&apos;s usual one: dmy, mdy or ymd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One severity (1-4) for every ticket, for a list without a priority column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest worklog accepted, in hours (default 24); a longer one is a row error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown date order &apos;%1&apos; (use dmy, mdy or ymd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--severity needs a number from 1 to 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-worklog-hours needs a number of hours above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMappingStore</name>
    <message numerus="yes">
        <source>The roles of %n new person(s) were not remembered: %1</source>
        <translation>
            <numerusform>The role of %n new person was not remembered: %1</numerusform>
            <numerusform>The roles of %n new people were not remembered: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The severities of the file&apos;s priorities were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else deleted the profile &quot;%1&quot; meanwhile; yours was not saved. Save again to store it under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved a profile named &quot;%2&quot; meanwhile; yours was not saved. Give yours another name, or save again to replace theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved a profile named &quot;%2&quot; on %3; yours was not saved. Give yours another name, or save again to replace theirs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMappings</name>
    <message>
        <source>Unsupported mappings version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority &quot;%1&quot; maps to severity %2; severities are 1 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown kind, service level or activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown role &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportText</name>
    <message>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed without the %1 rejected rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: %1 rows were rejected (strict mode; skip bad rows to import the others).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: the import was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: the import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1; times read in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets: %1 (%2 status changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklogs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons without a role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types and activities without a mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: the stored worklogs would not add up to the file&apos;s total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklog hours: %1 in the file, %2 stored%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — they do not agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the import was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(and %n more rejected row(s); --skip-bad-rows imports the others)</source>
        <translation>
            <numerusform>(and %n more rejected row; --skip-bad-rows imports the others)</numerusform>
            <numerusform>(and %n more rejected rows; --skip-bad-rows imports the others)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the file looks like %2: use --source %3</source>
        <comment>reason; the source the file looks like</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates in the file: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has dates from %1 to %2, far outside the period of %3 (%4). Import them into %3 anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has dates from %1 to %2, far outside the period of %3 (%4); check that it belongs to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSettings</name>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown date format &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest worklog must be a number of hours above 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>The column &quot;%1&quot; is missing: this does not look like a %2 export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time in the expected format (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No priority; severity %1 assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown priority &quot;%1&quot;: map it to a severity first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSources</name>
    <message>
        <source>ServiceNow list export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ServiceNow incident list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ServiceNow event log (servicenow-events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira Service Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Jira issue export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zendesk tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Zendesk ticket export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo worklogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Tempo worklog export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kimai timesheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Kimai timesheet export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harvest time report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Harvest time report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252. Check that names with å, ä and ö look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s worklogs add up to %1 h, but %2 h would be stored; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>This is a folder, not an export file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a regular file (a pipe, socket or device); save the export to a file and import that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JiraSource</name>
    <message>
        <source>Jira Service Management</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KimaiSource</name>
    <message>
        <source>&quot;%1&quot; is not a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worklog has no person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kimai timesheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Duration column mixes units: on line %1 it is in %2 (it agrees with From and To), on line %3 in %4. Export the file again with one unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration %1 (%2) does not agree with From and To (%3 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration %1 agrees with From and To (%2 minutes) in no unit: not seconds, minutes or hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration %1 does not agree with From and To (%2 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The totals row of the export was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappedTicketSource</name>
    <message>
        <source>&quot;%1&quot; profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappedWorklogSource</name>
    <message>
        <source>The profile maps no column to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worklog has no person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingCommand</name>
    <message>
        <source>give the value to map, e.g. mapping set priority &quot;P1&quot; 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity must be 1, 2, 3 or 4, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (use Dev, QA, SA, PM, RM or Ops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown ticket kind &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown service level &apos;%1&apos; (use L1, L2, L3 or optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown mapping &apos;%1&apos; (use priority, worktype or role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List or change the mappings imports use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, set KIND VALUE TARGET…, or remove KIND VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping needs list, set or remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::AllocationGridModel</name>
    <message>
        <source>Total vs capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h allocated of %2 h capacity (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h allocated without capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours allocated over the six months shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::AllocationHeatmapModel</name>
    <message>
        <source>nothing allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over 100 % (hatched, ▲)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocated without capacity (hatched, ▲)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no capacity ▲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % ▲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 h of %4 h capacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::DatabaseCopy</name>
    <message numerus="yes">
        <source>Copied %n row(s) in %1 tables from %2 to %3; every table holds as many rows as the source.</source>
        <translation>
            <numerusform>Copied %n row in %1 tables from %2 to %3; every table holds as many rows as the source.</numerusform>
            <numerusform>Copied %n rows in %1 tables from %2 to %3; every table holds as many rows as the source.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::EngagementListModel</name>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::PlannedVsActualModel</name>
    <message>
        <source>Logged without a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::PortfolioBurnModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the budget used after %2 of the month&apos;s working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 committed + %2 carried in − %3 deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours logged outside the contract this month: before the start or after the end, by a role the contract does not cover, or on an optional service not contracted. They never count against the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside</source>
        <comment>hours outside the contract (narrow column)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::PortfolioSlaModel</name>
    <message>
        <source>↗ better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↘ worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trend yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity %1: no tickets measured this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Severity %1 this month: response %2, resolution %3 of %n ticket(s); target %4 — %5</source>
        <translation>
            <numerusform>Severity %1 this month: response %2, resolution %3 of %n ticket; target %4 — %5</numerusform>
            <numerusform>Severity %1 this month: response %2, resolution %3 of %n tickets; target %4 — %5</numerusform>
        </translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sev %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met %, both clocks and every severity, the %1 full months up to %2: %3. This month so far: %4 (not part of the trend until it has ended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 full months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::ReviewBreachModel</name>
    <message>
        <source>The team&apos;s root cause of this breach; printed in the review pack. Double-click or press F2 to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s root cause of this breach (read-only here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::SlaAtRiskModel</name>
    <message>
        <source>Sev %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 target was breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: past the warning threshold of the %2 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::SupportModelWhatIfModel</name>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted against the capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried outside the capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets under SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would have breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under SLA without a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under SLA, not evaluable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity 1 open outside business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried by 24×7 cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity 1 created outside business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity 1 hours on days without business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles the work needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no 24×7 cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (option)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>role, hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engagement&apos;s calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engagement&apos;s SLA policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default SLA policy of this model (the engagement has none stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engagement&apos;s committed hours of each month replayed (%1 to %2), or where it commits none, the hours allocated to it: the same team under every model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only delivery work is drawn from the capacity: worklogs the budget counts, except operations and break-fix (L1, L2), which are unlimited operational support under this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every worklog the budget counts (L1, L2 and L3 by default, with the engagement&apos;s activity rules) is drawn from the resources allocated for the month: support and delivery work alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every worklog the budget counts (L1, L2 and L3 by default, with the engagement&apos;s activity rules) is drawn from the fixed capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month by month, the hours counted above that month&apos;s capacity, added up: a month under its capacity does not make up for another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: this model has no unlimited operational support, so every hour in scope is drawn from the capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations and break-fix (L1, L2) the budget counts: carried by the model&apos;s unlimited operational support and complete DevOps for hotfixes, outside the capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations and break-fix (L1, L2) the budget counts: carried by the model&apos;s unlimited operational support, outside the capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklogs the budget does not count (optional services unless the engagement says otherwise): contracted and billed outside every model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets created in the period, by their creation instant in the engagement&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: a fixed-capacity contract sells hours, not response and resolution times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents of severity 1 or 2 created in the period: this model&apos;s SLA covers critical incidents only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ticket created in the period: this model has SLA on all support tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket falls under SLA in this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response of every severity and the resolution of severity 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity 1 (the engagement&apos;s 24×7 option)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (24×7 for severity 1 not chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets under SLA with a response or resolution clock past its target, as known now, on %1. Clocks counted around the clock: %2; all others on the business hours of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets under SLA whose severity has neither a response nor a resolution target in %1: they can neither meet nor breach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets under SLA whose data cannot be evaluated (no creation time, an unknown severity, or no policy version in force on their creation date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open around the clock: no time lies outside business hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For severity-1 tickets created in the period: the time from creation to resolution (or to the end of the period, or now, when earlier) outside the business hours of %1. Paused time is not taken off: someone on call still owns the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model has no 24×7 cover: severity-1 work outside business hours waits for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24×7 cover of severity 1 is an option of this model the engagement has not chosen: the work waits for business hours; with the option it would carry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engagement&apos;s 24×7 severity-1 option carries all of the out-of-hours severity-1 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24×7 is part of this model: it carries all of the out-of-hours severity-1 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity-1 tickets of the period created outside the business hours of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours logged on severity-1 tickets on dates without business hours (weekends, holidays) in %1. Worklogs carry a date, not a time, so evening work on a working day is not seen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every worklog of the period by the role it was logged with; without a role: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: this model covers all roles (Dev/QA/SA/PM/RM) and operational support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles the work needed that the engagement&apos;s contract does not cover; it covers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this engagement)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::TicketTableModel</name>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — double-click for the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business time to the first response (stored SLA result)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business time to resolution, paused time removed (stored SLA result)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business time spent in pause statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the engagement&apos;s time zone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (h)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracted &amp;hours per week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Part-time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes 24×7 &amp;on-call duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End (last day):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lea&amp;ving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move absence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyFile</name>
    <message>
        <source>%1 is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-empty list of policy versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another version already takes effect on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also a resolved status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a status name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object with the severities &quot;1&quot; to &quot;4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown severity (expected &quot;1&quot; to &quot;4&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: every severity from 1 to 4 needs targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fraction above 0 and at most 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percentage from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of minutes (0 for no target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the policy file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a policy file is a JSON object with &quot;versions&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the policy file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: a raw control character (0x%1) inside a string; escape it (for example \u0009 for a tab)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The governance review of an engagement and a period: a PDF and its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period: a month (2026-10), a quarter (2026-Q3) or days (2026-10-01..2026-12-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the figures: an .xlsx workbook, or else a folder of CSV files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name on the cover (default: the Review page&apos;s setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as of this ISO-8601 instant instead of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --period, e.g. 2026-Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s), data fingerprint %2</source>
        <translation>
            <numerusform>%1: %n page, data fingerprint %2</numerusform>
            <numerusform>%1: %n pages, data fingerprint %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFingerprintRows</name>
    <message>
        <source>Cannot write a temporary file for the data fingerprint in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read back a temporary file of the data fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPackLines</name>
    <message>
        <source>Cannot write a temporary file for the data appendix in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read back a temporary file of the data appendix.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPackLoader</name>
    <message>
        <source>There is no engagement with the key &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a period: write a month (2026-10), a quarter (2026-Q3) or a range of days (2026-10-01..2026-12-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period %1 ends before %2 started on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period %1 has not started yet: a review covers what has happened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPackRenderer</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first day – last day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours against the commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notable incidents and delivered work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: how the figures are counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — governance review %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Data fingerprint (SHA-256 of the %n rows behind the figures):</source>
        <translation>
            <numerusform>Data fingerprint (SHA-256 of the %n row behind the figures):</numerusform>
            <numerusform>Data fingerprint (SHA-256 of the %n rows behind the figures):</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 compared with the previous period, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours carried in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours carried out%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours forfeited%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity %1: first response met (target %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity %1: resolution met (target %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog at period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* Projected: a month of the period has not closed yet, so its carried and forfeited hours assume the forecast holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a fixed-capacity engagement: it sells hours, not response and resolution times, so this review has no SLA figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets by service level and kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level or kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No month of the period lies in the contract yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn-down, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1 (committed %2, carried in %3), used %4, remaining %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a fixed-capacity engagement: it sells hours, not response and resolution times, so it has no SLA to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of tickets that met their first-response and resolution targets, month by month; the dashed lines are the targets, a triangle marks a month that missed its target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SLA is sold under this contract, so nothing can breach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket breached its SLA in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) breached a target in the period. Each line gives what the SLA engine found and the team&apos;s note on the root cause.</source>
        <translation>
            <numerusform>%n ticket breached a target in the period. Each line gives what the SLA engine found and the team&apos;s note on the root cause.</numerusform>
            <numerusform>%n tickets breached a target in the period. Each line gives what the SLA engine found and the team&apos;s note on the root cause.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no note yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the data appendix.</source>
        <translation>
            <numerusform>… and %n more in the data appendix.</numerusform>
            <numerusform>… and %n more in the data appendix.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notable incidents and problems (severity 1 and 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident or problem of severity 1 or 2 was opened or resolved in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered changes and enhancements (L3 work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change, enhancement or L3 work was resolved in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 % of the commitment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed: %1. Allocated: %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is allocated to %1 in %2 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risks were recorded for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions were recorded for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 under the %2 model in %3: the service levels with their activities, the people allocated and the SLA targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How SLA time is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar “%1” in the time zone %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default calendar of the time zone %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open around the clock, every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Holidays: the national holidays of %1, and %n single date(s).</source>
        <translation>
            <numerusform>Holidays: the national holidays of %1, and %n single date.</numerusform>
            <numerusform>Holidays: the national holidays of %1, and %n single dates.</numerusform>
        </translation>
    </message>
    <message>
        <source>no country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only business time counts, except on clocks marked 24×7. A ticket&apos;s targets are those of its severity at the end, under the policy version in force on the day it was created; a ticket counts in the month it was resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1, version in force since %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the support model&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution clock pauses while a ticket is in: %1. It stops at: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (24×7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share to meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SLA policy is in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What counts against the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The fingerprint is a SHA-256 hash over the %n rows the figures come from (tickets and their status history, stored SLA results, worklogs, the budget, next month&apos;s allocations, the policy in force and the notes), sorted and written in a fixed form. Two copies of a review with the same fingerprint were made from the same data.</source>
        <translation>
            <numerusform>The fingerprint is a SHA-256 hash over the %n row the figures come from (tickets and their status history, stored SLA results, worklogs, the budget, next month&apos;s allocations, the policy in force and the notes), sorted and written in a fixed form. Two copies of a review with the same fingerprint were made from the same data.</numerusform>
            <numerusform>The fingerprint is a SHA-256 hash over the %n rows the figures come from (tickets and their status history, stored SLA results, worklogs, the budget, next month&apos;s allocations, the policy in force and the notes), sorted and written in a fixed form. Two copies of a review with the same fingerprint were made from the same data.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 listed here are those with a root-cause note first, then the most severe and the earliest breached; the data appendix lists all of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPackTables</name>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours carried in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours forfeited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog at period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response met %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution met %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level or kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried out minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forfeited minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows fingerprinted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the data to %1: it is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the data to %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the data to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the data to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceNowEventSource</name>
    <message>
        <source>The row has no incident number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows of %1 are not together: sort the export by number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow event log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceNowIncidentSource</name>
    <message>
        <source>ServiceNow incident list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In ServiceNow, open the list, choose Configure › List Layout from the column header&apos;s menu, add Priority to the selected columns and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates mix day-first (line %1) and month-first (line %2) order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date in the file tells whether it is day-month-year or month-day-year (no day above 12). Choose the order: --date-order dmy or mdy, or the choice in the import wizard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>Show or set a setting of the portfolio: team-zone, the team&apos;s time zone, whose working days and public holidays people&apos;s capacity counts on. Without a setting of its own the portfolio counts in its engagements&apos; most common zone (Europe/Stockholm without engagements).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team-zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team-zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the new value, an IANA zone such as Europe/London, or default to remove the setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ZONE|default]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings needs team-zone, optionally followed by a zone or default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time zone this system knows (e.g. Europe/Stockholm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not set: the engagements&apos; most common zone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaChartCommand</name>
    <message>
        <source>The SLA compliance trend chart of an engagement (met % per severity and month, response and resolution, with targets), as PNG or SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first month (default: eleven months before --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last month (default: this month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: its name ends in .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this ISO-8601 instant as now (default months).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sla chart needs --out FILE.png or --out FILE.svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out &quot;%1&quot;: the file name must end in .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no stored SLA results yet; run: deliverydesk sla compliance --engagement %1 --recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 Run: deliverydesk sla compliance --engagement %2 --recompute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaChartStyle</name>
    <message>
        <source>Sev %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaCommand</name>
    <message>
        <source>sla replay needs --calendar FILE, --policy FILE and --tickets FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sla replay takes no further arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sla explain from files needs --calendar FILE, --policy FILE and --tickets FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sla explain needs --ticket KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sla explain takes no further arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sla policy export takes no file argument; use --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sla policy import needs exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new policy version(s) added</source>
        <translation>
            <numerusform>%1: %n new policy version added</numerusform>
            <numerusform>%1: %n new policy versions added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already stored</source>
        <translation>
            <numerusform>%n already stored</numerusform>
            <numerusform>%n already stored</numerusform>
        </translation>
    </message>
    <message>
        <source>replay/explain: the calendar file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay/explain: the policy file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay/explain: the tickets (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay/explain: the status history (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate at this ISO-8601 instant instead of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explain/policy: the engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explain: the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy export: write to this file instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sla needs replay, explain, policy export or policy import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1 has no SLA policy of its own; this is the default for its support model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance per month and severity from the stored results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every SLA breach of a month with its reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how one ticket&apos;s SLA clocks ran, event by event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluate tickets from files (calendar, policy, tickets) without a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compliance trend chart as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an engagement&apos;s SLA policy as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the versions of a policy file to an engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions (sla ACTION --help for the options of each):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA of an engagement: compliance, breaches, explanations, replays, charts and its policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance, breaches, explain, replay, chart, policy export or policy import FILE (see Actions below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance|breaches|explain|replay|chart|policy export|policy import FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaComplianceCommand</name>
    <message>
        <source>compliance: the first month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance: the last month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breaches: the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate every ticket again and store the results first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a recomputation: evaluate at this ISO-8601 instant instead of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance or breaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance per month and severity, and the breaches of a month, from the stored SLA results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resp. met %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res. met %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resp. median h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resp. p90 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res. median h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res. p90 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance of %1 (business hours; results evaluated %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SLA breach(es) of %1 in %2 (results evaluated %3)</source>
        <translation>
            <numerusform>%n SLA breach of %1 in %2 (results evaluated %3)</numerusform>
            <numerusform>%n SLA breaches of %1 in %2 (results evaluated %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the SLA results of %1 could not be brought up to date: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance|breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 Add --recompute to bring them up to date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaExplainText</name>
    <message>
        <source>(no instant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, no target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, severity %3 — response %4, resolution %5, paused %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, reopened %n time(s)</source>
        <translation>
            <numerusform>, reopened once</numerusform>
            <numerusform>, reopened %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created with severity %1: the response and resolution clocks start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1: the resolution clock pauses at %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1: the resolution clock resumes at %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response after %1 of business time (target %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response due (target %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response target of %1 breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due (target %1 of business time, moved by pauses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution target of %1 breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1: the resolution clock stops at %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved after %1 of business time (target %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1: reopened, the resolution clock resumes at %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity changed from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not evaluable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket has no creation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the severity is not 1 to 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first response lies before the creation; the response is not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resolution lies before the creation; the resolution is not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status history is not in time order; it was sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status changes before the creation count as the status at creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket is created after the evaluation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SLA policy version was in force on the creation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no first response recorded; the resolution counts as the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response at risk: %1 of %2 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution at risk: %1 of %2 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status history reopens after the recorded resolution; the history is followed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaOverviewLoader</name>
    <message>
        <source>%1 is a fixed-capacity engagement: it sells hours, not response and resolution times, so it has no SLA to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a first month that is not after the last month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA policy: the support model&apos;s default (none imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA policy versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaReplay</name>
    <message>
        <source>missing column &quot;%1&quot; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO-8601 instant with an offset, e.g. 2026-03-02T09:00:00+01:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instant of the status change is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity &quot;%1&quot; is not a number 1–4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket &quot;%1&quot; already appears on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the tickets file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the history file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ticket &quot;%1&quot; in the tickets file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the files cannot be read a second time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaStaleness</name>
    <message>
        <source>The SLA results were computed before the business calendar was changed on %1: they count on the old hours until recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SLA results were computed before %1 changed the business calendar on %2: they count on the old hours until recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SLA results were computed before the SLA policy was changed on %1: they count on the old targets until recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SLA results were computed before %1 changed the SLA policy on %2: they count on the old targets until recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorableValues</name>
    <message>
        <source>The ticket has no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1: severity %2; severities are 1 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1: a status change sets severity %2; severities are 1 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative duration (%1 s) for %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duration of %1 s cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worklog has no valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worklog has no key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageText</name>
    <message>
        <source>Cannot open the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Delivery Desk database, or it is damaged; it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Delivery Desk (schema version %2; this version knows up to %3). It was left as it is: open it with a newer Delivery Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database failed at step %1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up the database to %1, so it was not updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a read-only copy; nothing can be changed in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database operation failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged, so nothing was written to it (no backup was found next to it; run deliverydesk db check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged, so nothing was written to it; the last backup is %2 (run deliverydesk db check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Another Delivery Desk kept %1 busy for more than %n second(s); nothing was written, try again when it has finished</source>
        <translation>
            <numerusform>Another Delivery Desk kept %1 busy for more than %n second; nothing was written, try again when it has finished</numerusform>
            <numerusform>Another Delivery Desk kept %1 busy for more than %n seconds; nothing was written, try again when it has finished</numerusform>
        </translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database operation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a password: type the password of the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this SLA policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these review notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else deleted %1 since you read it; your change was not saved. Reload to see what is there now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed %2 since you read it; your change was not saved. Reload to see theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed %2 on %3; your change was not saved. Reload to see theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the team database was lost, so nothing of this was written; Delivery Desk connects again on the next step (try it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this root-cause note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else removed the root-cause note of %1 since you read it; your change was not saved. The note is now empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the root-cause note of %2 since you read it; your change was not saved. The note now shows their text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the root-cause note of %2 on %3; your change was not saved. The note now shows their text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update of %1 for this version of Delivery Desk was cancelled: the file was left as it was, and it is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportModelDiagram</name>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not contracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity 1 is covered around the clock (24×7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24×7 cover of severity 1 can be added (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s side: the business, its IT and third-party vendors raise tickets and requests, approve changes and take part in governance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of every model, spanning L1, L2 and L3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets move up a level when they need deeper analysis, a fix or a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes reach production through change management (L2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service reporting and governance reviews with the client, run by delivery and service management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: none covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated this month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 (%2) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one allocated this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SLA: planned work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SLA policy in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA (response / resolution):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Severity %1: %2 / %3 (24×7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Severity %1: %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportModelWhatIfLoader</name>
    <message>
        <source>The number of months must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started in %2 and has no complete month to replay yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TempoSource</name>
    <message>
        <source>The worklog has no person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo worklog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketExplanationLoader</name>
    <message>
        <source>engagement %1 has no ticket &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketListSource</name>
    <message>
        <source>&quot;%1&quot; is not a number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing, so no ticket has a severity.%2 Or import with one severity for every ticket (--severity N, or the choice in the import wizard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n closed or resolved tickets, but the file has no Resolved or Closed column: their resolution times are unknown. Add the column to the list before exporting.</source>
        <translation>
            <numerusform>%n closed or resolved ticket, but the file has no Resolved or Closed column: its resolution time is unknown. Add the column to the list before exporting.</numerusform>
            <numerusform>%n closed or resolved tickets, but the file has no Resolved or Closed column: their resolution times are unknown. Add the column to the list before exporting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Types: %n sub-tasks were given their parent&apos;s kind (a story&apos;s sub-task is L3 work).</source>
        <translation>
            <numerusform>Types: %n sub-task was given its parent&apos;s kind (a story&apos;s sub-task is L3 work).</numerusform>
            <numerusform>Types: %n sub-tasks were given their parent&apos;s kind (a story&apos;s sub-task is L3 work).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Types: %n sub-tasks have no parent in the file and were typed by their own type.</source>
        <translation>
            <numerusform>Types: %n sub-task has no parent in the file and was typed by its own type.</numerusform>
            <numerusform>Types: %n sub-tasks have no parent in the file and were typed by their own type.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets have no first response in the file. The tool&apos;s &quot;Time to first response&quot; is the time left to the goal, not when the answer came, so it is kept as the tool&apos;s own SLA value only. Export &quot;[CHART] Date of First Response&quot; or the comments to have it.</source>
        <translation>
            <numerusform>%n ticket has no first response in the file. The tool&apos;s &quot;Time to first response&quot; is the time left to the goal, not when the answer came, so it is kept as the tool&apos;s own SLA value only. Export &quot;[CHART] Date of First Response&quot; or the comments to have it.</numerusform>
            <numerusform>%n tickets have no first response in the file. The tool&apos;s &quot;Time to first response&quot; is the time left to the goal, not when the answer came, so it is kept as the tool&apos;s own SLA value only. Export &quot;[CHART] Date of First Response&quot; or the comments to have it.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a time nor a duration; no first response read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tickets have no first response: the file has neither &quot;[CHART] Date of First Response&quot; nor the comments. Export one of them with the tickets to have first responses measured.</source>
        <translation>
            <numerusform>%n ticket has no first response: the file has neither &quot;[CHART] Date of First Response&quot; nor the comments. Export one of them with the tickets to have first responses measured.</numerusform>
            <numerusform>%n tickets have no first response: the file has neither &quot;[CHART] Date of First Response&quot; nor the comments. Export one of them with the tickets to have first responses measured.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketSource</name>
    <message>
        <source>The ticket has no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate key %1 (first on line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is resolved before it was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a first response before it was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed while it was being read; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketsCommand</name>
    <message>
        <source>List the tickets stored for an engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets needs list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatIfCommand</name>
    <message numerus="yes">
        <source>%1: %2 to %3 (%n month(s)) replayed under each support model</source>
        <translation>
            <numerusform>%1: %2 to %3 (%n month) replayed under each support model</numerusform>
            <numerusform>%1: %2 to %3 (%n months) replayed under each support model</numerusform>
        </translation>
    </message>
    <message>
        <source>(this engagement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each figure was counted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replays an engagement&apos;s last complete months under each of the four support models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many complete months to replay (1–%1, default %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute as of this ISO-8601 instant instead of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--months &quot;%1&quot; is not a number from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorklogSource</name>
    <message>
        <source>Duplicate worklog id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The same worklog appears %n times in the file.</source>
        <translation>
            <numerusform>The same worklog appears once in the file.</numerusform>
            <numerusform>The same worklog appears %n times in the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has logged %2 hours on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative duration &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the expected format (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is far too long for a worklog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours in one worklog is more than the %2 hours a worklog may have (a wrong unit?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorklogsCommand</name>
    <message>
        <source>List the worklogs stored for an engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worklogs needs list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates are written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the workbook cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the file cannot be replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZendeskSource</name>
    <message>
        <source>Zendesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
