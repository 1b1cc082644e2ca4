<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AllocationCommand</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Allocation %1</source>
        <translation>Resursfördelning %1</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLL</translation>
    </message>
    <message>
        <source>CAPACITY</source>
        <translation>KAPACITET</translation>
    </message>
    <message>
        <source>ALLOCATED</source>
        <translation>ALLOKERAT</translation>
    </message>
    <message>
        <source>LOAD</source>
        <translation>BELÄGGNING</translation>
    </message>
    <message>
        <source>ENGAGEMENTS</source>
        <translation>UPPDRAG</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Inga varningar.</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Fel: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Varning: </translation>
    </message>
    <message>
        <source>The month, e.g. 2026-12.</source>
        <translation>Månaden, t.ex. 2026-12.</translation>
    </message>
    <message>
        <source>Capacity, allocated hours and warnings of every person in a month, or set the hours of one person on one engagement in it.</source>
        <translation>Kapacitet, allokerade timmar och varningar för varje person under en månad, eller ange timmarna för en person på ett uppdrag den månaden.</translation>
    </message>
    <message>
        <source>Nothing to show the month, or set PERSON ENGAGEMENT HOURS (0 removes the hours).</source>
        <translation>Inget för att visa månaden, eller set PERSON UPPDRAG TIMMAR (0 tar bort timmarna).</translation>
    </message>
    <message>
        <source>[set PERSON ENGAGEMENT HOURS]</source>
        <translation>[set PERSON UPPDRAG TIMMAR]</translation>
    </message>
    <message>
        <source>allocation set needs PERSON ENGAGEMENT HOURS</source>
        <translation>allocation set behöver PERSON UPPDRAG TIMMAR</translation>
    </message>
    <message>
        <source>%1 is not a number of hours</source>
        <translation>%1 är inte ett antal timmar</translation>
    </message>
    <message>
        <source>The allocation of %1 was not saved</source>
        <translation>Allokeringen för %1 sparades inte</translation>
    </message>
    <message>
        <source>%1 on %2 in %3: %4 h</source>
        <translation>%1 på %2 i %3: %4 h</translation>
    </message>
</context>
<context>
    <name>BudgetCommand</name>
    <message>
        <source>Budget of %1 (%2)</source>
        <translation>Budget för %1 (%2)</translation>
    </message>
    <message>
        <source>Committed a month: %1</source>
        <translation>Avtalat per månad: %1</translation>
    </message>
    <message>
        <source>Unused hours: forfeited at month end</source>
        <translation>Oanvända timmar: går förlorade vid månadens slut</translation>
    </message>
    <message>
        <source>Unused hours: carried, at most %1 a month</source>
        <translation>Oanvända timmar: förs över, högst %1 per månad</translation>
    </message>
    <message>
        <source>Unused hours: carried, at most %1 % of the month&apos;s commitment</source>
        <translation>Oanvända timmar: förs över, högst %1 % av månadens åtagande</translation>
    </message>
    <message numerus="yes">
        <source>Carried hours expire after: %n month(s)</source>
        <translation>
            <numerusform>Överförda timmar förfaller efter: %n månad</numerusform>
            <numerusform>Överförda timmar förfaller efter: %n månader</numerusform>
        </translation>
    </message>
    <message>
        <source>Carried hours expire after: never</source>
        <translation>Överförda timmar förfaller efter: aldrig</translation>
    </message>
    <message>
        <source>Overrun: deducted from the next month&apos;s budget</source>
        <translation>Överskridande: dras av från nästa månads budget</translation>
    </message>
    <message>
        <source>Overrun: not deducted</source>
        <translation>Överskridande: dras inte av</translation>
    </message>
    <message>
        <source>How it counts:</source>
        <translation>Vad som räknas:</translation>
    </message>
    <message>
        <source>Months with a commitment of their own: none</source>
        <translation>Månader med eget åtagande: inga</translation>
    </message>
    <message>
        <source>Months with a commitment of their own:</source>
        <translation>Månader med eget åtagande:</translation>
    </message>
    <message>
        <source>Nobody has saved this budget yet: these are the default rules.</source>
        <translation>Ingen har sparat den här budgeten än: detta är standardreglerna.</translation>
    </message>
    <message>
        <source>--carry &quot;%1&quot; is not none, hours (10) or a share (25%)</source>
        <translation>--carry &quot;%1&quot; är varken none, timmar (10) eller en andel (25%)</translation>
    </message>
    <message>
        <source>--expiry &quot;%1&quot; is not a number of months (0: never)</source>
        <translation>--expiry &quot;%1&quot; är inget antal månader (0: aldrig)</translation>
    </message>
    <message>
        <source>--deduct-overrun takes yes or no, not &quot;%1&quot;</source>
        <translation>--deduct-overrun tar yes eller no, inte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--counts takes L1, L2 and L3 separated by commas, or none; &quot;%1&quot; is none of them</source>
        <translation>--counts tar L1, L2 och L3 åtskilda med kommatecken, eller none; &quot;%1&quot; är ingen av dem</translation>
    </message>
    <message>
        <source>--activity: &quot;%1&quot; is not an activity of the catalogue (%2)</source>
        <translation>--activity: &quot;%1&quot; är ingen aktivitet i katalogen (%2)</translation>
    </message>
    <message>
        <source>--activity %1 takes =counts, =outside or =level, not &quot;%2&quot;</source>
        <translation>--activity %1 tar =counts, =outside eller =level, inte &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--month and --hours go together</source>
        <translation>--month och --hours anges tillsammans</translation>
    </message>
    <message>
        <source>--hours &quot;%1&quot; is not a number of hours or default</source>
        <translation>--hours &quot;%1&quot; är varken ett antal timmar eller default</translation>
    </message>
    <message>
        <source>Show or change an engagement&apos;s budget: what happens to unused hours at month end, whether an overrun is deducted from the next month, which service levels and activities count, and the committed hours of single months. The hours a month are the engagement&apos;s own. set changes what its options name and keeps the rest.</source>
        <translation>Visa eller ändra ett uppdrags budget: vad som händer med oanvända timmar vid månadens slut, om ett överskridande dras av från nästa månad, vilka servicenivåer och aktiviteter som räknas, och avtalade timmar för enskilda månader. Timmarna per månad är uppdragets egna. set ändrar det som flaggorna anger och behåller resten.</translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation>Utdataformat: table eller json.</translation>
    </message>
    <message>
        <source>set: unused hours are forfeited (none), carried up to a number of hours a month (10) or a share of the month&apos;s commitment (25%).</source>
        <translation>set: oanvända timmar går förlorade (none), förs över upp till ett antal timmar per månad (10) eller en andel av månadens åtagande (25%).</translation>
    </message>
    <message>
        <source>set: carried hours expire this many months after their month (0: never).</source>
        <translation>set: överförda timmar förfaller så många månader efter sin månad (0: aldrig).</translation>
    </message>
    <message>
        <source>set: whether an overrun is deducted from the next month&apos;s budget.</source>
        <translation>set: om ett överskridande dras av från nästa månads budget.</translation>
    </message>
    <message>
        <source>set: the service levels whose work counts, e.g. L1,L2.</source>
        <translation>set: de servicenivåer vars arbete räknas, t.ex. L1,L2.</translation>
    </message>
    <message>
        <source>set: a catalogue activity counts, is billed outside, or follows its level; may be given more than once.</source>
        <translation>set: en aktivitet i katalogen räknas, faktureras separat eller följer sin servicenivå; kan anges flera gånger.</translation>
    </message>
    <message>
        <source>set: the month whose commitment --hours sets.</source>
        <translation>set: den månad vars åtagande --hours anger.</translation>
    </message>
    <message>
        <source>set: the month&apos;s committed hours, or default for the engagement&apos;s.</source>
        <translation>set: månadens avtalade timmar, eller default för uppdragets.</translation>
    </message>
    <message>
        <source>show|set</source>
        <translation>show|set</translation>
    </message>
    <message>
        <source>budget needs show or set</source>
        <translation>budget behöver show eller set</translation>
    </message>
    <message>
        <source>the budget of %1 was not saved: %2</source>
        <translation>budgeten för %1 sparades inte: %2</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Unused hours at month end</source>
        <translation>Oanvända timmar vid månadens slut</translation>
    </message>
    <message>
        <source>&amp;Unused hours:</source>
        <translation>&amp;Oanvända timmar:</translation>
    </message>
    <message>
        <source>Each month carries at &amp;most:</source>
        <translation>Varje månad för över &amp;högst:</translation>
    </message>
    <message>
        <source>Hours a month may carry</source>
        <translation>Timmar som en månad får föra över</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Share of its commitment a month may carry</source>
        <translation>Andel av sitt åtagande som en månad får föra över</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Carried hours &amp;expire after:</source>
        <translation>Överförda timmar &amp;förfaller efter:</translation>
    </message>
    <message>
        <source>&amp;Deduct an overrun from the next month&apos;s budget</source>
        <translation>&amp;Dra av ett överskridande från nästa månads budget</translation>
    </message>
    <message>
        <source>What counts against the budget</source>
        <translation>Vad som räknas mot budgeten</translation>
    </message>
    <message>
        <source>E&amp;xceptions by activity:</source>
        <translation>&amp;Undantag per aktivitet:</translation>
    </message>
    <message>
        <source>Exceptions by activity</source>
        <translation>Undantag per aktivitet</translation>
    </message>
    <message>
        <source>Committed hours of single months</source>
        <translation>Avtalade timmar för enskilda månader</translation>
    </message>
    <message>
        <source>&amp;Add month</source>
        <translation>&amp;Lägg till månad</translation>
    </message>
    <message>
        <source>&amp;Remove month</source>
        <translation>&amp;Ta bort månad</translation>
    </message>
</context>
<context>
    <name>BurnDownCommand</name>
    <message>
        <source>Budget %1, used %2, remaining %3</source>
        <translation>Budget %1, förbrukat %2, återstår %3</translation>
    </message>
    <message>
        <source>Runs out on %1</source>
        <translation>Budgeten tar slut %1</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>IDEAL</source>
        <translation>IDEAL</translation>
    </message>
    <message>
        <source>ACTUAL</source>
        <translation>UTFALL</translation>
    </message>
    <message>
        <source>FORECAST</source>
        <translation>PROGNOS</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>LÅG</translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation>HÖG</translation>
    </message>
    <message>
        <source>The burn-down of one engagement-month: budget, ledger, forecast per day.</source>
        <translation>Burn-down för ett uppdrag och en månad: budget, budgetposter och prognos per dag.</translation>
    </message>
    <message>
        <source>The month, e.g. 2026-11.</source>
        <translation>Månaden, t.ex. 2026-11.</translation>
    </message>
    <message>
        <source>Output format: table, csv, json or png.</source>
        <translation>Utdataformat: table, csv, json eller png.</translation>
    </message>
    <message>
        <source>Write to this file instead of stdout (needed for png).</source>
        <translation>Skriv till den här filen i stället för stdout (krävs för png).</translation>
    </message>
    <message>
        <source>Compute as of this ISO-8601 instant instead of now.</source>
        <translation>Beräkna per den här ISO 8601-tidpunkten i stället för nu.</translation>
    </message>
    <message>
        <source>--format png needs --out FILE</source>
        <translation>--format png kräver --out FIL</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Forecast at month end: %1 left (range %2 to %3)</source>
        <translation>Prognos vid månadens slut: %1 kvar (intervall %2 till %3)</translation>
    </message>
    <message>
        <source>* not a working day; figures are hours remaining at the end of the day</source>
        <translation>* ingen arbetsdag; siffrorna är timmar kvar vid dagens slut</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation>%1, %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Obs: %1</translation>
    </message>
    <message>
        <source>At month end: %1 left</source>
        <translation>Vid månadens slut: %1 kvar</translation>
    </message>
    <message>
        <source>How the budget is counted:</source>
        <translation>Så räknas budgeten:</translation>
    </message>
</context>
<context>
    <name>BurnDownImage</name>
    <message>
        <source>cannot write the chart to %1</source>
        <translation>kan inte skriva diagrammet till %1</translation>
    </message>
</context>
<context>
    <name>BurnDownLoader</name>
    <message>
        <source>Choose a month</source>
        <translation>Välj en månad</translation>
    </message>
    <message>
        <source>%1 started in %2; there is no budget for %3</source>
        <translation>%1 startade i %2; det finns ingen budget för %3</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>calendar eval needs --calendar FILE</source>
        <translation>calendar eval kräver --calendar FIL</translation>
    </message>
    <message>
        <source>calendar eval takes no further arguments; the questions come on stdin</source>
        <translation>calendar eval tar inga fler argument; frågorna kommer på stdin</translation>
    </message>
    <message>
        <source>cannot read stdin or write stdout</source>
        <translation>kan inte läsa stdin eller skriva till stdout</translation>
    </message>
    <message>
        <source>calendar export takes no file argument; use --out FILE</source>
        <translation>calendar export tar inget filargument; använd --out FIL</translation>
    </message>
    <message>
        <source>calendar import needs exactly one FILE</source>
        <translation>calendar import kräver exakt en FIL</translation>
    </message>
    <message>
        <source>%1 now counts on the calendar &quot;%2&quot;.</source>
        <translation>%1 använder nu kalendern &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Evaluate a calendar file, or export and import an engagement&apos;s calendar.</source>
        <translation>Utvärdera en kalenderfil, eller exportera och importera ett uppdrags kalender.</translation>
    </message>
    <message>
        <source>eval: the calendar file (JSON).</source>
        <translation>eval: kalenderfilen (JSON).</translation>
    </message>
    <message>
        <source>export/import: the engagement.</source>
        <translation>export/import: uppdraget.</translation>
    </message>
    <message>
        <source>export: write to this file instead of stdout.</source>
        <translation>export: skriv till den här filen i stället för stdout.</translation>
    </message>
    <message>
        <source>eval, export or import FILE.</source>
        <translation>eval, export eller import FIL.</translation>
    </message>
    <message>
        <source>eval|export|import FILE</source>
        <translation>eval|export|import FIL</translation>
    </message>
    <message>
        <source>calendar needs eval, export or import</source>
        <translation>calendar kräver eval, export eller import</translation>
    </message>
    <message>
        <source>note: %1 has no calendar of its own; this is the default for its time zone</source>
        <translation>obs: %1 har ingen egen kalender; detta är standardkalendern för dess tidszon</translation>
    </message>
    <message>
        <source>The calendar &quot;%1&quot; is also used by %2: their hours changed too.</source>
        <translation>Kalendern &quot;%1&quot; används också av %2: deras tider ändrades också.</translation>
    </message>
    <message>
        <source>warning: the calendar&apos;s time zone %1 differs from the engagement&apos;s time zone %2</source>
        <translation>varning: kalenderns tidszon %1 skiljer sig från uppdragets tidszon %2</translation>
    </message>
</context>
<context>
    <name>CalendarEvaluator</name>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; saknas</translation>
    </message>
    <message>
        <source>%1: %2 is not an ISO-8601 instant with an offset or Z</source>
        <translation>%1: %2 är inte en ISO 8601-tidpunkt med tidsförskjutning eller Z</translation>
    </message>
    <message>
        <source>seconds: %1 is not a whole number of seconds</source>
        <translation>seconds: %1 är inte ett helt antal sekunder</translation>
    </message>
    <message>
        <source>give either &quot;start&quot; or &quot;end&quot;, not both</source>
        <translation>ange antingen &quot;start&quot; eller &quot;end&quot;, inte båda</translation>
    </message>
    <message>
        <source>op: %1 is not one of elapsed, add, subtract, is_working, next_opening, next_closing</source>
        <translation>op: %1 är inte något av elapsed, add, subtract, is_working, next_opening, next_closing</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>inte giltig JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>inte ett JSON-objekt</translation>
    </message>
</context>
<context>
    <name>CalendarFile</name>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 är inte %2</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>en text</translation>
    </message>
    <message>
        <source>a known IANA time zone such as &quot;Europe/Stockholm&quot;</source>
        <translation>en känd IANA-tidszon, till exempel &quot;Europe/Stockholm&quot;</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>okänd nyckel</translation>
    </message>
    <message>
        <source>an object of weekdays</source>
        <translation>ett objekt med veckodagar</translation>
    </message>
    <message>
        <source>unknown weekday (mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>okänd veckodag (mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>a time range HH:MM-HH:MM</source>
        <translation>ett tidsintervall TT:MM-TT:MM</translation>
    </message>
    <message>
        <source>%1 overlaps &quot;%2&quot;</source>
        <translation>%1 överlappar &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD</source>
        <translation>ett datum ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>a yearly date MM-DD</source>
        <translation>ett årligt datum MM-DD</translation>
    </message>
    <message>
        <source>a supported holiday rule set (%1)</source>
        <translation>en uppsättning helgdagsregler som stöds (%1)</translation>
    </message>
    <message>
        <source>an object of dates</source>
        <translation>ett objekt med datum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date YYYY-MM-DD</source>
        <translation>&quot;%1&quot; är inte ett datum ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>inte giltig JSON: %1</translation>
    </message>
    <message>
        <source>a calendar file holds one JSON object</source>
        <translation>en kalenderfil innehåller ett enda JSON-objekt</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kan inte öppnas: %1</translation>
    </message>
    <message>
        <source>too large for a calendar file</source>
        <translation>för stor för att vara en kalenderfil</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kan inte skrivas: %1</translation>
    </message>
    <message>
        <source>not valid JSON: a raw control character (0x%1) inside a string; escape it (for example \u0009 for a tab)</source>
        <translation>inte giltig JSON: ett okodat styrtecken (0x%1) i en sträng; skriv det som escape-sekvens (till exempel \u0009 för tabb)</translation>
    </message>
</context>
<context>
    <name>CalendarLoader</name>
    <message>
        <source>%1 calendar</source>
        <translation>Kalender för %1</translation>
    </message>
</context>
<context>
    <name>CapacityText</name>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Avtalat</translation>
    </message>
    <message>
        <source>Carried in</source>
        <translation>Inkommande överföring</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Förfallet</translation>
    </message>
    <message>
        <source>Overrun deducted</source>
        <translation>Avdrag för överskridande</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Förbrukat</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Överskridande</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>Utgående överföring</translation>
    </message>
    <message>
        <source>Forfeited</source>
        <translation>Förlorat</translation>
    </message>
    <message>
        <source>%1 committed for %2</source>
        <translation>%1 avtalat för %2</translation>
    </message>
    <message>
        <source>+%1 carried from %2</source>
        <translation>+%1 överfört från %2</translation>
    </message>
    <message>
        <source>%1 expired (from %2)</source>
        <translation>%1 förfallet (från %2)</translation>
    </message>
    <message>
        <source>−%1 deducted for the overrun in %2</source>
        <translation>−%1 avdraget för överskridandet i %2</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 förbrukat</translation>
    </message>
    <message>
        <source>%1 over budget</source>
        <translation>%1 över budget</translation>
    </message>
    <message>
        <source>%1 (from %2) carried to next month</source>
        <translation>%1 (från %2) överfört till nästa månad</translation>
    </message>
    <message>
        <source>%1 unused and forfeited</source>
        <translation>%1 oanvänt och förlorat</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>I fas</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>I riskzonen</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Ingen budget</translation>
    </message>
    <message>
        <source>Over 100 %</source>
        <translation>Över 100 %</translation>
    </message>
    <message>
        <source>Below committed hours</source>
        <translation>Under avtalade timmar</translation>
    </message>
    <message>
        <source>No on-call cover</source>
        <translation>Ingen jourtäckning</translation>
    </message>
    <message>
        <source>Required role missing</source>
        <translation>Nödvändig roll saknas</translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation>Okänd person</translation>
    </message>
    <message>
        <source>Unknown engagement</source>
        <translation>Okänt uppdrag</translation>
    </message>
    <message>
        <source>Invalid month</source>
        <translation>Ogiltig månad</translation>
    </message>
    <message>
        <source>Negative hours</source>
        <translation>Negativa timmar</translation>
    </message>
    <message>
        <source>Impossible hours</source>
        <translation>Omöjligt antal timmar</translation>
    </message>
    <message>
        <source>Allocated twice</source>
        <translation>Allokerad två gånger</translation>
    </message>
    <message>
        <source>Not yet started</source>
        <translation>Har inte börjat än</translation>
    </message>
    <message>
        <source>Has left</source>
        <translation>Har slutat</translation>
    </message>
    <message>
        <source>Engagement not started</source>
        <translation>Uppdraget har inte börjat</translation>
    </message>
    <message>
        <source>Engagement ended</source>
        <translation>Uppdraget har avslutats</translation>
    </message>
    <message>
        <source>%1 is allocated %2 of %3 capacity in %4</source>
        <translation>%1 har %2 allokerat av en kapacitet på %3 i %4</translation>
    </message>
    <message>
        <source>%1 has %2 allocated but %3 committed in %4</source>
        <translation>%1 har %2 allokerat men %3 avtalat i %4</translation>
    </message>
    <message>
        <source>%1 promises 24×7 cover but nobody on call is allocated in %2</source>
        <translation>%1 utlovar 24×7-täckning men ingen med jour är allokerad i %2</translation>
    </message>
    <message>
        <source>%1 is not a known person</source>
        <translation>%1 är ingen känd person</translation>
    </message>
    <message>
        <source>%1 is not a known engagement</source>
        <translation>%1 är inget känt uppdrag</translation>
    </message>
    <message>
        <source>An allocation of %1 on %2 has no valid month</source>
        <translation>En allokering av %1 på %2 saknar giltig månad</translation>
    </message>
    <message>
        <source>%1 on %2 in %3: hours cannot be negative</source>
        <translation>%1 på %2 i %3: timmar kan inte vara negativa</translation>
    </message>
    <message>
        <source>%1 on %2 in %3: %4 is more than the month has (%5)</source>
        <translation>%1 på %2 i %3: %4 är mer än månaden har (%5)</translation>
    </message>
    <message>
        <source>%1 is allocated twice on %2 in %3</source>
        <translation>%1 är allokerad två gånger på %2 i %3</translation>
    </message>
    <message>
        <source>%1 has not started yet in %2</source>
        <translation>%1 har inte börjat än i %2</translation>
    </message>
    <message>
        <source>%1 has left before %2</source>
        <translation>%1 har slutat före %2</translation>
    </message>
    <message>
        <source>%1 has ended before %2</source>
        <translation>%1 har avslutats före %2</translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Sjukfrånvaro</translation>
    </message>
    <message>
        <source>Parental leave</source>
        <translation>Föräldraledighet</translation>
    </message>
    <message>
        <source>Other absence</source>
        <translation>Annan frånvaro</translation>
    </message>
    <message>
        <source>Enter a name</source>
        <translation>Ange ett namn</translation>
    </message>
    <message>
        <source>Contracted hours cannot be negative</source>
        <translation>Avtalad arbetstid kan inte vara negativ</translation>
    </message>
    <message>
        <source>More than 60 contracted hours a week is not a contract</source>
        <translation>Mer än 60 timmars avtalad arbetstid per vecka är inget rimligt avtal</translation>
    </message>
    <message>
        <source>Part-time must be between 1 and 100 %</source>
        <translation>Sysselsättningsgraden måste vara mellan 1 och 100 %</translation>
    </message>
    <message>
        <source>The end date lies before the start date</source>
        <translation>Slutdatumet ligger före startdatumet</translation>
    </message>
    <message>
        <source>The absence needs a first and a last day</source>
        <translation>Frånvaron behöver en första och en sista dag</translation>
    </message>
    <message>
        <source>The absence ends before it starts</source>
        <translation>Frånvaron slutar innan den börjar</translation>
    </message>
    <message>
        <source>The absence overlaps another absence</source>
        <translation>Frånvaron överlappar en annan frånvaro</translation>
    </message>
    <message>
        <source>Absence %1: %2</source>
        <translation>Frånvaro %1: %2</translation>
    </message>
    <message>
        <source>Committed hours cannot be negative</source>
        <translation>Avtalade timmar kan inte vara negativa</translation>
    </message>
    <message>
        <source>More committed hours than a team can work in a month</source>
        <translation>Fler avtalade timmar än ett team hinner arbeta på en månad</translation>
    </message>
    <message>
        <source>A monthly budget has no valid month</source>
        <translation>En månadsbudget saknar giltig månad</translation>
    </message>
    <message>
        <source>A monthly budget lies before the engagement started</source>
        <translation>En månadsbudget ligger före uppdragets start</translation>
    </message>
    <message>
        <source>Rollover caps and expiry cannot be negative</source>
        <translation>Tak och giltighetstid för överföring kan inte vara negativa</translation>
    </message>
    <message>
        <source>A rollover cap cannot exceed 100 %</source>
        <translation>Ett tak för överföring kan inte överstiga 100 %</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The worklog has no date</source>
        <translation>Tidrapporten saknar datum</translation>
    </message>
    <message>
        <source>The worklog names nobody</source>
        <translation>Tidrapporten anger ingen person</translation>
    </message>
    <message>
        <source>One entry longer than 24 hours</source>
        <translation>En post längre än 24 timmar</translation>
    </message>
    <message>
        <source>More than 24 hours logged by one person on one day</source>
        <translation>Mer än 24 timmar rapporterade av en person på en dag</translation>
    </message>
    <message>
        <source>The same entry appears twice</source>
        <translation>Samma post förekommer två gånger</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Post %1</translation>
    </message>
    <message>
        <source>Expired at the end</source>
        <translation>Förfallet vid slutet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>+%1 carried from %2 (provisional until the month before has closed)</source>
        <translation>+%1 överfört från %2 (preliminärt tills föregående månad har stängts)</translation>
    </message>
    <message>
        <source>%1 expired (from %2) (provisional until the month before has closed)</source>
        <translation>%1 förfallet (från %2) (preliminärt tills föregående månad har stängts)</translation>
    </message>
    <message>
        <source>−%1 to be deducted for the overrun in %2, if its forecast holds</source>
        <translation>−%1 dras av för överskridandet i %2, om dess prognos håller</translation>
    </message>
    <message>
        <source>if the forecast holds: %1 over budget at month end</source>
        <translation>om prognosen håller: %1 över budget vid månadens slut</translation>
    </message>
    <message>
        <source>if the forecast holds: %1 (from %2) carried to next month</source>
        <translation>om prognosen håller: %1 (från %2) överfört till nästa månad</translation>
    </message>
    <message>
        <source>if the forecast holds: %1 unused and forfeited</source>
        <translation>om prognosen håller: %1 oanvänt och förlorat</translation>
    </message>
    <message>
        <source>if the forecast holds: %1 (from %2) expire unused at the engagement&apos;s end</source>
        <translation>om prognosen håller: %1 (från %2) förfaller oanvänt när uppdraget upphör</translation>
    </message>
    <message>
        <source>%1 (from %2) expired unused at the engagement&apos;s end (not paid out)</source>
        <translation>%1 (från %2) förföll oanvänt när uppdraget upphörde (betalas inte ut)</translation>
    </message>
    <message>
        <source>The engagement ended in %1: nothing is committed after it. Its closing balance:</source>
        <translation>Uppdraget upphörde i %1: inga timmar är avtalade därefter. Slutsaldo:</translation>
    </message>
    <message>
        <source>Nothing used yet: the month has not started</source>
        <translation>Inget förbrukat ännu: månaden har inte börjat</translation>
    </message>
    <message>
        <source>%1 used so far</source>
        <translation>%1 förbrukat hittills</translation>
    </message>
    <message>
        <source>If the forecast holds: %1</source>
        <translation>Om prognosen håller: %1</translation>
    </message>
    <message>
        <source>If the forecast holds: nothing is carried or forfeited</source>
        <translation>Om prognosen håller: inget överförs och inget går förlorat</translation>
    </message>
    <message>
        <source>%1 over budget at month end</source>
        <translation>%1 över budget vid månadens slut</translation>
    </message>
    <message>
        <source>%1 (from %2) carried</source>
        <translation>%1 (från %2) överfört</translation>
    </message>
    <message>
        <source>%1 forfeited</source>
        <translation>%1 förlorat</translation>
    </message>
    <message>
        <source>%1 (from %2) expire at the engagement&apos;s end</source>
        <translation>%1 (från %2) förfaller när uppdraget upphör</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stängd</translation>
    </message>
    <message>
        <source>open: figures up to today, month end projected</source>
        <translation>öppen: siffror till och med i dag, månadsslutet är en prognos</translation>
    </message>
    <message>
        <source>not started: projected</source>
        <translation>inte påbörjad: prognos</translation>
    </message>
    <message>
        <source>after the engagement&apos;s end</source>
        <translation>efter uppdragets slut</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no, billed outside the budget</source>
        <translation>nej, faktureras separat</translation>
    </message>
    <message>
        <source>no, outside the contract period</source>
        <translation>nej, utanför avtalsperioden</translation>
    </message>
    <message>
        <source>no, optional service not contracted</source>
        <translation>nej, tillvalstjänst som inte är avtalad</translation>
    </message>
    <message>
        <source>no, role not covered by the contract</source>
        <translation>nej, rollen ingår inte i avtalet</translation>
    </message>
    <message>
        <source>%1 on %2, not contracted</source>
        <translation>%1 på %2, inte avtalat</translation>
    </message>
    <message>
        <source>%1 by %2, a role the contract does not cover</source>
        <translation>%1 av %2, en roll som inte ingår i avtalet</translation>
    </message>
    <message>
        <source>%1 outside the contract period</source>
        <translation>%1 utanför avtalsperioden</translation>
    </message>
    <message>
        <source>Outside the contract: %1 (%2)</source>
        <translation>Utanför avtalet: %1 (%2)</translation>
    </message>
    <message>
        <source>Billed outside the budget by the contract&apos;s rules: %1</source>
        <translation>Faktureras separat enligt avtalets regler: %1</translation>
    </message>
    <message>
        <source>Counts against the budget: worklogs dated up to today in the contract period, L1, L2 and L3 work and the contracted optional services. Optional services not contracted, roles the contract does not cover and work before the start or after the end are outside the contract and shown apart.</source>
        <translation>Räknas mot budget: tidrapporter daterade till och med i dag inom avtalsperioden, arbete på L1, L2 och L3 och de avtalade tillvalstjänsterna. Tillvalstjänster som inte är avtalade, roller som inte ingår i avtalet och arbete före start eller efter slut ligger utanför avtalet och visas för sig.</translation>
    </message>
    <message>
        <source>A first or last month only partly in the contract commits its share of calendar days (a start on the 10th of a 31-day month commits 22/31), rounded to the minute.</source>
        <translation>En första eller sista månad som bara delvis ligger inom avtalet får sin andel av kalenderdagarna (start den 10:e i en månad med 31 dagar ger 22/31), avrundat till minut.</translation>
    </message>
    <message>
        <source>Unused hours are forfeited at month end.</source>
        <translation>Oanvända timmar går förlorade vid månadens slut.</translation>
    </message>
    <message>
        <source>Each month may carry up to %1 of its own unused hours.</source>
        <translation>Varje månad får föra över upp till %1 av sina egna oanvända timmar.</translation>
    </message>
    <message>
        <source>Each month may carry up to %1 % of its commitment.</source>
        <translation>Varje månad får föra över upp till %1 % av sitt åtagande.</translation>
    </message>
    <message numerus="yes">
        <source>Carried hours are spent first, oldest first, and expire %n month(s) after the month they come from.</source>
        <translation>
            <numerusform>Överförda timmar förbrukas först, äldst först, och förfaller %n månad efter den månad de kommer från.</numerusform>
            <numerusform>Överförda timmar förbrukas först, äldst först, och förfaller %n månader efter den månad de kommer från.</numerusform>
        </translation>
    </message>
    <message>
        <source>Carried hours are spent first, oldest first, and do not expire.</source>
        <translation>Överförda timmar förbrukas först, äldst först, och förfaller inte.</translation>
    </message>
    <message>
        <source>An overrun is deducted from the next month&apos;s budget.</source>
        <translation>Ett överskridande dras av från nästa månads budget.</translation>
    </message>
    <message>
        <source>At the engagement&apos;s end unused hours expire; they are not paid out.</source>
        <translation>När uppdraget upphör förfaller oanvända timmar; de betalas inte ut.</translation>
    </message>
    <message>
        <source>Until a month has closed its carried, forfeited and deducted hours are projected from the forecast: the mean of the last 10 working days up to today; the range is the 10th to 90th percentile of daily use over the working days of the three months up to today. A month not started yet uses today&apos;s pace.</source>
        <translation>Tills en månad har stängts är dess överförda, förlorade och avdragna timmar en prognos: medelvärdet av de senaste 10 arbetsdagarna till och med i dag; intervallet är 10:e till 90:e percentilen av daglig förbrukning under arbetsdagarna i de tre månaderna till och med i dag. En månad som inte har börjat använder dagens takt.</translation>
    </message>
    <message>
        <source>Worklog seconds are summed and rounded once to the minute, half up; hours are shown to a tenth, halves up.</source>
        <translation>Tidrapporternas sekunder summeras och avrundas en gång till minut, halva uppåt; timmar visas med en decimal, halva uppåt.</translation>
    </message>
    <message>
        <source>Role not covered</source>
        <translation>Roll utanför avtalet</translation>
    </message>
    <message>
        <source>%1 is allocated %2 on %3 in %4 as %5, a role the contract does not cover: outside the contract</source>
        <translation>%1 har %2 allokerat på %3 i %4 som %5, en roll som inte ingår i avtalet: utanför avtalet</translation>
    </message>
    <message>
        <source>%1 needs the role %2 but nobody in that role is allocated in %3</source>
        <translation>%1 behöver rollen %2 men ingen med den rollen är allokerad i %3</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 och %2</translation>
    </message>
    <message>
        <source>Counts against the budget: worklogs dated up to today in the contract period on the contracted optional services.</source>
        <translation>Räknas mot budget: tidrapporter daterade till och med i dag inom avtalsperioden på de avtalade tillvalstjänsterna.</translation>
    </message>
    <message>
        <source>Counts against the budget: worklogs dated up to today in the contract period, %1 work and the contracted optional services.</source>
        <translation>Räknas mot budget: tidrapporter daterade till och med i dag inom avtalsperioden, arbete på %1 och de avtalade tillvalstjänsterna.</translation>
    </message>
    <message>
        <source>%1 work is billed outside the budget.</source>
        <translation>Arbete på %1 faktureras separat, utanför budgeten.</translation>
    </message>
    <message>
        <source>Optional services not contracted, roles the contract does not cover and work before the start or after the end are outside the contract and shown apart.</source>
        <translation>Tillvalstjänster som inte är avtalade, roller som inte ingår i avtalet och arbete före start eller efter slut ligger utanför avtalet och visas för sig.</translation>
    </message>
    <message>
        <source>%1 counts against the budget, whatever its level.</source>
        <translation>%1 räknas mot budget, oavsett servicenivå.</translation>
    </message>
    <message>
        <source>%1 is billed outside the budget.</source>
        <translation>%1 faktureras separat, utanför budgeten.</translation>
    </message>
    <message>
        <source>A monthly budget lies after the engagement&apos;s end</source>
        <translation>En månadsbudget ligger efter uppdragets slut</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Fixed capacity</source>
        <translation>Fast kapacitet</translation>
    </message>
    <message>
        <source>A fixed number of committed hours per month for production support and enhancements. Suited to smaller organisations with simple ecosystems, or brands with a sizeable technology team of their own.</source>
        <translation>Ett fast antal avtalade timmar per månad för produktionsstöd och vidareutveckling. Passar mindre organisationer med enkla digitala ekosystem, eller varumärken som har ett stort eget tekniskt team.</translation>
    </message>
    <message>
        <source>Committed hours per month, typically 40–160 h</source>
        <translation>Avtalade timmar per månad, normalt 40–160 h</translation>
    </message>
    <message>
        <source>The type of work and resources depends on the scope of support needed</source>
        <translation>Typen av arbete och resurser beror på hur omfattande stöd som behövs</translation>
    </message>
    <message>
        <source>SLA support with hotfix</source>
        <translation>SLA-support med hotfix</translation>
    </message>
    <message>
        <source>SLA on every support ticket, with monthly allocation of resources for support and delivery work.</source>
        <translation>SLA för varje supportärende, med månatlig resursfördelning för support- och leveransarbete.</translation>
    </message>
    <message>
        <source>Optional 24×7 support for severity 1</source>
        <translation>24×7-support för allvarlighetsgrad 1 (tillval)</translation>
    </message>
    <message>
        <source>SLA for all support tickets</source>
        <translation>SLA för alla supportärenden</translation>
    </message>
    <message>
        <source>Monthly allocation of resources for support and delivery work</source>
        <translation>Månatlig resursfördelning för support- och leveransarbete</translation>
    </message>
    <message>
        <source>Additional resources follow the agreed change-management process</source>
        <translation>Ytterligare resurser följer den överenskomna processen för ändringshantering</translation>
    </message>
    <message>
        <source>SLA for critical incidents with dedicated delivery capacity</source>
        <translation>SLA för kritiska incidenter med dedikerad leveranskapacitet</translation>
    </message>
    <message>
        <source>SLA for critical incidents, fixed delivery resources and unlimited operational support.</source>
        <translation>SLA för kritiska incidenter, fasta leveransresurser och obegränsat driftsstöd.</translation>
    </message>
    <message>
        <source>Optional 24×7 support with SLA for severity 1 incidents</source>
        <translation>24×7-support med SLA för incidenter med allvarlighetsgrad 1 (tillval)</translation>
    </message>
    <message>
        <source>Fixed delivery resources and unlimited operational support</source>
        <translation>Fasta leveransresurser och obegränsat driftsstöd</translation>
    </message>
    <message>
        <source>Additional delivery resources follow the agreed change-management process</source>
        <translation>Ytterligare leveransresurser följer den överenskomna processen för ändringshantering</translation>
    </message>
    <message>
        <source>Covers all roles (Dev/QA/SA/PM/RM) and operational support</source>
        <translation>Omfattar alla roller (Dev/QA/SA/PM/RM) och driftsstöd</translation>
    </message>
    <message>
        <source>Managed service with fixed maintenance capacity</source>
        <translation>Managed service med fast förvaltningskapacitet</translation>
    </message>
    <message>
        <source>An outcome-driven model: SLA on all tickets with 24×7 response, fixed maintenance capacity and costs, complete DevOps for hotfixes.</source>
        <translation>En resultatstyrd modell: SLA för alla ärenden med svar dygnet runt (24×7), fast förvaltningskapacitet och fasta kostnader, fullständig DevOps för hotfixar.</translation>
    </message>
    <message>
        <source>SLA for all support tickets, including 24×7 response time</source>
        <translation>SLA för alla supportärenden, inklusive svar dygnet runt (24×7)</translation>
    </message>
    <message>
        <source>Fixed delivery resources and unlimited operational support to meet the SLA</source>
        <translation>Fasta leveransresurser och obegränsat driftsstöd för att uppfylla gällande SLA</translation>
    </message>
    <message>
        <source>Complete DevOps for hotfix support</source>
        <translation>Fullständig DevOps för hotfixar</translation>
    </message>
    <message>
        <source>L1 – Monitoring and incident management</source>
        <translation>L1 – Övervakning och incidenthantering</translation>
    </message>
    <message>
        <source>Operations and break-fix: keeping the platform running and restoring service.</source>
        <translation>Drift och felavhjälpning: hålla plattformen igång och återställa tjänsten.</translation>
    </message>
    <message>
        <source>L2 – Problem management and continuous improvement</source>
        <translation>L2 – Problemhantering och ständiga förbättringar</translation>
    </message>
    <message>
        <source>Operations and break-fix: removing root causes and improving the service.</source>
        <translation>Drift och felavhjälpning: åtgärda grundorsaker och förbättra tjänsten.</translation>
    </message>
    <message>
        <source>L3 – Enhancements</source>
        <translation>L3 – Vidareutveckling</translation>
    </message>
    <message>
        <source>Planned changes to the platform: from backlog to deployment.</source>
        <translation>Planerade ändringar av plattformen: från backlogg till driftsättning.</translation>
    </message>
    <message>
        <source>Optional services</source>
        <translation>Tillvalstjänster</translation>
    </message>
    <message>
        <source>Services added to the contract when the client needs them.</source>
        <translation>Tjänster som läggs till i avtalet när kunden behöver dem.</translation>
    </message>
    <message>
        <source>Incident management</source>
        <translation>Incidenthantering</translation>
    </message>
    <message>
        <source>Ticket management</source>
        <translation>Ärendehantering</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>Tjänsteförfrågningar</translation>
    </message>
    <message>
        <source>Priority notification and reporting</source>
        <translation>Avisering och rapportering efter prioritet</translation>
    </message>
    <message>
        <source>Problem management</source>
        <translation>Problemhantering</translation>
    </message>
    <message>
        <source>Change management</source>
        <translation>Ändringshantering</translation>
    </message>
    <message>
        <source>Peak support</source>
        <translation>Stöd vid toppbelastning</translation>
    </message>
    <message>
        <source>Backlog grooming and prioritisation</source>
        <translation>Genomgång och prioritering av backloggen</translation>
    </message>
    <message>
        <source>Sprint and release planning</source>
        <translation>Sprint- och releaseplanering</translation>
    </message>
    <message>
        <source>Design and development</source>
        <translation>Design och utveckling</translation>
    </message>
    <message>
        <source>Functional sprint testing</source>
        <translation>Funktionell testning i sprinten</translation>
    </message>
    <message>
        <source>Performance and security testing support</source>
        <translation>Stöd för prestanda- och säkerhetstestning</translation>
    </message>
    <message>
        <source>Deployment planning</source>
        <translation>Planering av driftsättning</translation>
    </message>
    <message>
        <source>Architecture review and recommendations</source>
        <translation>Arkitekturgranskning och rekommendationer</translation>
    </message>
    <message>
        <source>Performance and security testing</source>
        <translation>Prestanda- och säkerhetstestning</translation>
    </message>
    <message>
        <source>Business operations support</source>
        <translation>Verksamhetsstöd</translation>
    </message>
    <message>
        <source>Content production</source>
        <translation>Innehållsproduktion</translation>
    </message>
    <message>
        <source>Merchandising operations</source>
        <translation>Merchandisingarbete</translation>
    </message>
    <message>
        <source>Strategic advisory</source>
        <translation>Strategisk rådgivning</translation>
    </message>
    <message>
        <source>Platform upgrades</source>
        <translation>Plattformsuppgraderingar</translation>
    </message>
    <message>
        <source>Delivery and service control, floor and shift management</source>
        <translation>Styrning av leveranser och tjänster, arbets- och skiftledning</translation>
    </message>
    <message>
        <source>Incident and problem resolution</source>
        <translation>Lösning av incidenter och problem</translation>
    </message>
    <message>
        <source>Stakeholder communication and management</source>
        <translation>Kommunikation med och hantering av intressenter</translation>
    </message>
    <message>
        <source>Service reporting and governance</source>
        <translation>Servicerapportering och styrning</translation>
    </message>
    <message>
        <source>Continuous improvement</source>
        <translation>Ständiga förbättringar</translation>
    </message>
    <message>
        <source>Process review</source>
        <translation>Processgranskning</translation>
    </message>
    <message>
        <source>Documentation and reporting</source>
        <translation>Dokumentation och rapportering</translation>
    </message>
    <message>
        <source>Platform updates</source>
        <translation>Plattformsuppdateringar</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Utvecklare</translation>
    </message>
    <message>
        <source>Designs and builds fixes and enhancements</source>
        <translation>Tar fram felrättningar och vidareutveckling</translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation>Testare</translation>
    </message>
    <message>
        <source>Tests fixes and enhancements</source>
        <translation>Testar felrättningar och vidareutveckling</translation>
    </message>
    <message>
        <source>Solution architect</source>
        <translation>Lösningsarkitekt</translation>
    </message>
    <message>
        <source>Owns the solution design and technical direction</source>
        <translation>Ansvarar för lösningsdesignen och den tekniska inriktningen</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>Projektledare</translation>
    </message>
    <message>
        <source>Plans the work and runs governance with the client</source>
        <translation>Planerar arbetet och sköter styrning och uppföljning med kunden</translation>
    </message>
    <message>
        <source>Release manager</source>
        <translation>Releaseansvarig</translation>
    </message>
    <message>
        <source>Plans and runs deployments</source>
        <translation>Planerar och genomför driftsättningar</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>Monitors the platform and handles operational support</source>
        <translation>Övervakar plattformen och sköter driftsstödet</translation>
    </message>
    <message>
        <source>Client organisation</source>
        <translation>Kundorganisation</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Verksamhet</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Third-party vendors (hosting, platform vendor)</source>
        <translation>Tredjepartsleverantörer (hosting, plattformsleverantör)</translation>
    </message>
    <message>
        <source>Delivery and service management</source>
        <translation>Leverans- och servicehantering</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalering</translation>
    </message>
    <message>
        <source>Governance and communication</source>
        <translation>Styrning och kommunikation</translation>
    </message>
</context>
<context>
    <name>ChangeAllocationsCommand</name>
    <message>
        <source>Change allocations</source>
        <translation>Ändra allokeringar</translation>
    </message>
    <message>
        <source>Allocate %1 on %2 in %3: %4 h</source>
        <translation>Allokera %1 på %2 i %3: %4 h</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n allocation(s) into %1</source>
        <translation>
            <numerusform>Kopiera %n allokering till %1</numerusform>
            <numerusform>Kopiera %n allokeringar till %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill %1 on %2 right over %n month(s)</source>
        <translation>
            <numerusform>Fyll %1 på %2 åt höger över %n månad</numerusform>
            <numerusform>Fyll %1 på %2 åt höger över %n månader</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>Added by %1 on %2</source>
        <translation>Lades till av %1 den %2</translation>
    </message>
    <message>
        <source>Changed by %1 on %2</source>
        <translation>Ändrades av %1 den %2</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>%1: the file name must end in .png or .svg</source>
        <translation>%1: filnamnet måste sluta på .png eller .svg</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>cannot write the chart to %1</source>
        <translation>kan inte skriva diagrammet till %1</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>waiting for another Delivery Desk to finish…</source>
        <translation>väntar på att ett annat Delivery Desk ska bli klart…</translation>
    </message>
    <message>
        <source>note: %1 was updated for this version of Delivery Desk; the file as it was is kept as %2</source>
        <translation>obs: %1 uppdaterades för den här versionen av Delivery Desk; filen som den såg ut innan finns kvar som %2</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Unsupported profile version.</source>
        <translation>Profilversionen stöds inte.</translation>
    </message>
    <message>
        <source>The profile says rows are &quot;%1&quot;; expected tickets or worklogs.</source>
        <translation>Enligt profilen är raderna &quot;%1&quot;; förväntade &quot;tickets&quot; eller &quot;worklogs&quot;.</translation>
    </message>
    <message>
        <source>Unknown date format &quot;%1&quot;.</source>
        <translation>Okänt datumformat &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown duration unit &quot;%1&quot;.</source>
        <translation>Okänd enhet för varaktighet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Okänt fält &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>YYYY-MM</source>
        <translation>ÅÅÅÅ-MM</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>INSTANT</source>
        <translation>TIDPUNKT</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>NYCKEL</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Databasfilen.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>SÖKVÄG</translation>
    </message>
    <message>
        <source>Create (if missing) and use the demo database.</source>
        <translation>Skapa (om den saknas) och använd demodatabasen.</translation>
    </message>
    <message>
        <source>Language of messages: sv or en.</source>
        <translation>Meddelandenas språk: sv eller en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRÅK</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Kommandot.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 eller %2</translation>
    </message>
    <message>
        <source>The engagement.</source>
        <translation>Uppdraget.</translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation>Utdataformat: table, csv eller json.</translation>
    </message>
    <message>
        <source>The action.</source>
        <translation>Åtgärden.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use %2)</source>
        <translation>okänt format &apos;%1&apos; (använd %2)</translation>
    </message>
    <message>
        <source>--now &quot;%1&quot; is not an ISO-8601 instant with an offset, e.g. 2026-03-10T12:00:00Z</source>
        <translation>--now &quot;%1&quot; är inte en ISO 8601-tidpunkt med tidsförskjutning, t.ex. 2026-03-10T12:00:00Z</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a month like 2026-11</source>
        <translation>--%1 &quot;%2&quot; är inte en månad på formen 2026-11</translation>
    </message>
    <message>
        <source>%1 needs --month YYYY-MM</source>
        <translation>%1 kräver --month ÅÅÅÅ-MM</translation>
    </message>
    <message>
        <source>no engagement with the key &apos;%1&apos;</source>
        <translation>inget uppdrag med nyckeln &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs --engagement KEY</source>
        <translation>%1 kräver --engagement NYCKEL</translation>
    </message>
    <message>
        <source>%1 takes no further arguments</source>
        <translation>%1 tar inga fler argument</translation>
    </message>
    <message>
        <source>SEPARATOR</source>
        <translation>AVGRÄNSARE</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>KÄLLA</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZON</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ORDNING</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>TIMMAR</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FIL.pdf</translation>
    </message>
    <message>
        <source>FILE.xlsx|DIR</source>
        <translation>FIL.xlsx|MAPP</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>DATABASE</source>
        <translation>DATABAS</translation>
    </message>
    <message>
        <source>none|HOURS|PERCENT%</source>
        <translation>none|TIMMAR|PROCENT%</translation>
    </message>
    <message>
        <source>MONTHS</source>
        <translation>MÅNADER</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>LEVELS</source>
        <translation>NIVÅER</translation>
    </message>
    <message>
        <source>ID=counts|outside|level</source>
        <translation>ID=counts|outside|level</translation>
    </message>
    <message>
        <source>HOURS|default</source>
        <translation>TIMMAR|default</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown language &apos;%1&apos; (use sv or en)</source>
        <translation>okänt språk &apos;%1&apos; (använd sv eller en)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see deliverydesk --help</source>
        <translation>okänt kommando &apos;%1&apos;; se deliverydesk --help</translation>
    </message>
    <message>
        <source>engagement list [--format table|json]
engagement show KEY [--format table|json]</source>
        <translation>engagement list [--format table|json]
engagement show NYCKEL [--format table|json]</translation>
    </message>
    <message>
        <source>calendar eval --calendar FILE            (JSON Lines on stdin)
calendar export --engagement KEY [--out FILE]
calendar import --engagement KEY FILE</source>
        <translation>calendar eval --calendar FIL             (JSON Lines på stdin)
calendar export --engagement NYCKEL [--out FIL]
calendar import --engagement NYCKEL FIL</translation>
    </message>
    <message>
        <source>export [--engagement KEY] --format csv|xlsx|bundle --out PATH [--force] [--now ISO]</source>
        <translation>export [--engagement NYCKEL] --format csv|xlsx|bundle --out SÖKVÄG [--force] [--now ISO]</translation>
    </message>
    <message>
        <source>tickets list --engagement KEY [--format table|csv|json]</source>
        <translation>tickets list --engagement NYCKEL [--format table|csv|json]</translation>
    </message>
    <message>
        <source>worklogs list --engagement KEY [--from DATE] [--to DATE] [--format table|csv|json]</source>
        <translation>worklogs list --engagement NYCKEL [--from DATUM] [--to DATUM] [--format table|csv|json]</translation>
    </message>
    <message>
        <source>burndown --engagement KEY --month YYYY-MM [--format table|csv|json|png] [--out FILE] [--now ISO]</source>
        <translation>burndown --engagement NYCKEL --month ÅÅÅÅ-MM [--format table|csv|json|png] [--out FIL] [--now ISO]</translation>
    </message>
    <message>
        <source>mapping list
mapping set priority VALUE 1-4 | role PERSON ROLE | worktype VALUE KIND LEVEL [ACTIVITY]
mapping remove priority|role|worktype VALUE</source>
        <translation>mapping list
mapping set priority VÄRDE 1-4 | role PERSON ROLL | worktype VÄRDE TYP NIVÅ [AKTIVITET]
mapping remove priority|role|worktype VÄRDE</translation>
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
        <translation>Användning: deliverydesk [flaggor]                 öppna fönstret
            deliverydesk KOMMANDO [flaggor]        arbeta utan fönster

Flaggor för fönstret:
  --database SÖKVÄG     öppna den här databasen (standard: den senaste, eller %1)
  --demo                skapa (om den saknas) och öppna demodatabasen
  --lang sv|en          användargränssnittets språk
  --engagement NYCKEL   välj det här uppdraget
  --screenshot SÖKVÄG   rendera fönstret osynligt till en PNG och avsluta
  --page NAMN           sida att visa: %3
  --geometry BxH        fönstrets storlek, t.ex. 1024x700 (även skärmbildens)
  --help, --version

Kommandon (de som arbetar mot en databas tar --database SÖKVÄG, --demo och --lang; KOMMANDO --help för detaljer):
%2
Returkoder: 0 lyckades, 1 misslyckades, 2 felaktig användning.
</translation>
    </message>
    <message>
        <source>sla replay --calendar FILE --policy FILE --tickets FILE [--history FILE] [--now ISO]
sla explain --engagement KEY --ticket KEY [--now ISO]
sla policy export --engagement KEY [--out FILE]
sla policy import --engagement KEY FILE
sla compliance --engagement KEY [--from YYYY-MM] [--to YYYY-MM] [--format table|csv|json] [--recompute]
sla breaches --engagement KEY --month YYYY-MM [--format table|csv|json] [--recompute]
sla chart --engagement KEY [--from YYYY-MM] [--to YYYY-MM] --out FILE.png|FILE.svg</source>
        <translation>sla replay --calendar FIL --policy FIL --tickets FIL [--history FIL] [--now ISO]
sla explain --engagement NYCKEL --ticket NYCKEL [--now ISO]
sla policy export --engagement NYCKEL [--out FIL]
sla policy import --engagement NYCKEL FIL
sla compliance --engagement NYCKEL [--from ÅÅÅÅ-MM] [--to ÅÅÅÅ-MM] [--format table|csv|json] [--recompute]
sla breaches --engagement NYCKEL --month ÅÅÅÅ-MM [--format table|csv|json] [--recompute]
sla chart --engagement NYCKEL [--from ÅÅÅÅ-MM] [--to ÅÅÅÅ-MM] --out FIL.png|FIL.svg</translation>
    </message>
    <message>
        <source>diagram --engagement KEY --out FILE.svg|FILE.png [--month YYYY-MM]</source>
        <translation>diagram --engagement NYCKEL --out FIL.svg|FIL.png [--month ÅÅÅÅ-MM]</translation>
    </message>
    <message>
        <source>whatif --engagement KEY [--months N] [--format table|csv|json] [--now ISO]</source>
        <translation>whatif --engagement NYCKEL [--months N] [--format table|csv|json] [--now ISO]</translation>
    </message>
    <message>
        <source>import --engagement KEY --source SOURCE [--timezone TZ] [--date-order dmy|mdy|ymd] [--severity N] [--max-worklog-hours H] [--dry-run] [--skip-bad-rows] FILE</source>
        <translation>import --engagement NYCKEL --source KÄLLA [--timezone ZON] [--date-order dmy|mdy|ymd] [--severity N] [--max-worklog-hours H] [--dry-run] [--skip-bad-rows] FIL</translation>
    </message>
    <message>
        <source>report --engagement KEY --period 2026-Q3|2026-10|2026-10-01..2026-12-31 --out FILE.pdf [--data FILE.xlsx|DIR] [--prepared-by NAME] [--now ISO]</source>
        <translation>report --engagement NYCKEL --period 2026-Q3|2026-10|2026-10-01..2026-12-31 --out FIL.pdf [--data FIL.xlsx|MAPP] [--prepared-by NAMN] [--now ISO]</translation>
    </message>
    <message>
        <source>db check
db backup [--out FILE]
db copy --from DATABASE --to DATABASE</source>
        <translation>db check
db backup [--out FIL]
db copy --from DATABAS --to DATABAS</translation>
    </message>
    <message>
        <source>settings team-zone [ZONE|default]</source>
        <translation>settings team-zone [ZON|default]</translation>
    </message>
    <message>
        <source>allocation --month YYYY-MM [--format table|csv|json]
allocation set PERSON ENGAGEMENT HOURS --month YYYY-MM</source>
        <translation>allocation --month ÅÅÅÅ-MM [--format table|csv|json]
allocation set PERSON UPPDRAG TIMMAR --month ÅÅÅÅ-MM</translation>
    </message>
    <message>
        <source>budget show --engagement KEY [--format table|json]
budget set --engagement KEY [--carry none|HOURS|PERCENT%] [--expiry MONTHS] [--deduct-overrun yes|no] [--counts L1,L2,L3] [--activity ID=counts|outside|level] [--month YYYY-MM --hours HOURS|default]</source>
        <translation>budget show --engagement NYCKEL [--format table|json]
budget set --engagement NYCKEL [--carry none|TIMMAR|PROCENT%] [--expiry MÅNADER] [--deduct-overrun yes|no] [--counts L1,L2,L3] [--activity ID=counts|outside|level] [--month ÅÅÅÅ-MM --hours TIMMAR|default]</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team database</source>
        <translation>Anslut till en teamdatabas</translation>
    </message>
    <message>
        <source>A portfolio shared by the team on a PostgreSQL server. A password is asked for only when the server wants one; it is kept until Delivery Desk closes and never written down.</source>
        <translation>En portfölj som teamet delar på en PostgreSQL-server. Ett lösenord efterfrågas bara när servern vill ha ett; det behålls tills Delivery Desk stängs och skrivs aldrig ned.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>db.example.com (empty: this computer)</source>
        <translation>db.example.com (tomt: den här datorn)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <source>empty: your login name</source>
        <translation>tomt: ditt inloggningsnamn</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>SSL-&amp;läge:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Lösen&amp;ord:</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>Filen kan inte läsas.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>This is not a text CSV file: it looks like an Excel workbook or a ZIP archive. Save it as CSV and try again.</source>
        <translation>Det här är ingen CSV-textfil: den ser ut som en Excel-arbetsbok eller ett ZIP-arkiv. Spara den som CSV och försök igen.</translation>
    </message>
    <message>
        <source>This is not a text CSV file (it contains binary data).</source>
        <translation>Det här är ingen CSV-textfil (den innehåller binära data).</translation>
    </message>
    <message>
        <source>The text is not valid %1 here; the file may mix encodings.</source>
        <translation>Texten är inte giltig %1 här; filen kan blanda teckenkodningar.</translation>
    </message>
    <message>
        <source>This is not a text CSV file (binary data found).</source>
        <translation>Det här är ingen CSV-textfil (binära data hittades).</translation>
    </message>
    <message>
        <source>A quoted field starts here but is never closed; the file may be truncated.</source>
        <translation>Ett fält inom citattecken börjar här men avslutas aldrig; filen kan vara avkortad.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 on this line although other lines are UTF-8: the file mixes encodings. Save it as UTF-8 and import it again.</source>
        <translation>Texten är inte giltig UTF-8 på den här raden, fast andra rader är UTF-8: filen blandar teckenkodningar. Spara den som UTF-8 och importera den igen.</translation>
    </message>
    <message>
        <source>A field longer than %1 characters starts here; the file may be damaged (a quote never closed) or the limit is too low for it.</source>
        <translation>Ett fält längre än %1 tecken börjar här; filen kan vara skadad (ett citattecken som aldrig stängs) eller gränsen för låg för den.</translation>
    </message>
</context>
<context>
    <name>CsvTableWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>%1: no damage found (integrity and foreign keys checked).</source>
        <translation>%1: inga skador hittades (integritet och främmande nycklar kontrollerade).</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (checked).</source>
        <translation>Säkerhetskopierade %1 till %2 (kontrollerad).</translation>
    </message>
    <message>
        <source>Where the backup goes (a new file; default: &lt;database&gt;.&lt;time&gt;.backup next to it).</source>
        <translation>Vart säkerhetskopian skrivs (en ny fil; standard: &lt;databas&gt;.&lt;tid&gt;.backup bredvid den).</translation>
    </message>
    <message>
        <source>--out belongs to db backup</source>
        <translation>--out hör till db backup</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: %n problem(s) found (listed on stdout)</source>
        <translation>
            <numerusform>%1 är skadad: %n problem hittades (listade på stdout)</numerusform>
            <numerusform>%1 är skadad: %n problem hittades (listade på stdout)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; no backup was found next to it</source>
        <translation>%1; ingen säkerhetskopia hittades bredvid den</translation>
    </message>
    <message>
        <source>%1; the last backup is %2</source>
        <translation>%1; den senaste säkerhetskopian är %2</translation>
    </message>
    <message>
        <source>db copy needs --from and --to (a file or a postgresql:// address)</source>
        <translation>db copy behöver --from och --to (en fil eller en postgresql://-adress)</translation>
    </message>
    <message>
        <source>Check a database for damage, back it up while others may keep working in it, or copy a whole portfolio into a new file or an empty PostgreSQL database.</source>
        <translation>Kontrollera en databas efter skador, säkerhetskopiera den medan andra kan fortsätta arbeta i den, eller kopiera en hel portfölj till en ny fil eller en tom PostgreSQL-databas.</translation>
    </message>
    <message>
        <source>db copy: the database to copy (a file or a postgresql:// address).</source>
        <translation>db copy: databasen som ska kopieras (en fil eller en postgresql://-adress).</translation>
    </message>
    <message>
        <source>db copy: where the copy goes (a new file, or an empty postgresql:// database).</source>
        <translation>db copy: vart kopian skrivs (en ny fil eller en tom postgresql://-databas).</translation>
    </message>
    <message>
        <source>check, backup or copy.</source>
        <translation>check, backup eller copy.</translation>
    </message>
    <message>
        <source>check|backup|copy</source>
        <translation>check|backup|copy</translation>
    </message>
    <message>
        <source>db needs check, backup or copy</source>
        <translation>db behöver check, backup eller copy</translation>
    </message>
    <message>
        <source>db copy takes --from and --to only</source>
        <translation>db copy tar bara --from och --to</translation>
    </message>
    <message>
        <source>--from and --to belong to db copy</source>
        <translation>--from och --to hör till db copy</translation>
    </message>
</context>
<context>
    <name>DiagramCommand</name>
    <message>
        <source>The support model diagram of an engagement as SVG (text kept as text) or PNG.</source>
        <translation>Supportmodellens diagram för ett uppdrag som SVG (texten behålls som text) eller PNG.</translation>
    </message>
    <message>
        <source>The file to write: its name ends in .svg or .png.</source>
        <translation>Filen som skrivs: namnet slutar på .svg eller .png.</translation>
    </message>
    <message>
        <source>The month whose allocations and hours are drawn (default: this month).</source>
        <translation>Månaden vars allokeringar och timmar ritas (standard: denna månad).</translation>
    </message>
    <message>
        <source>diagram needs --out FILE.svg or --out FILE.png</source>
        <translation>diagram behöver --out FIL.svg eller --out FIL.png</translation>
    </message>
    <message>
        <source>--out &quot;%1&quot; must end in .svg or .png</source>
        <translation>--out &quot;%1&quot; måste sluta på .svg eller .png</translation>
    </message>
</context>
<context>
    <name>DiagramExport</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: the file name must end in .svg or .png</source>
        <translation>%1: filnamnet måste sluta på .svg eller .png</translation>
    </message>
    <message>
        <source>Support model diagram drawn by Delivery Desk</source>
        <translation>Supportmodellens diagram, ritat av Delivery Desk</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Optional</source>
        <translation>Tillval</translation>
    </message>
    <message>
        <source>No SLA: hours are the commitment</source>
        <translation>Inget SLA: timmarna är åtagandet</translation>
    </message>
    <message>
        <source>SLA for critical incidents</source>
        <translation>SLA för kritiska incidenter</translation>
    </message>
    <message>
        <source>SLA for all support tickets</source>
        <translation>SLA för alla supportärenden</translation>
    </message>
    <message>
        <source>Within the committed hours</source>
        <translation>Inom de avtalade timmarna</translation>
    </message>
    <message>
        <source>Allocated month by month</source>
        <translation>Fördelas månad för månad</translation>
    </message>
    <message>
        <source>Dedicated delivery team</source>
        <translation>Dedikerat leveransteam</translation>
    </message>
    <message>
        <source>Enter a short key for the engagement.</source>
        <translation>Ange en kort nyckel för uppdraget.</translation>
    </message>
    <message>
        <source>The key may only hold capital letters A–Z, digits, &apos;-&apos; and &apos;_&apos; (at most 32).</source>
        <translation>Nyckeln får bara innehålla versalerna A–Z, siffror, &apos;-&apos; och &apos;_&apos; (högst 32 tecken).</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>Ange kundens namn.</translation>
    </message>
    <message>
        <source>Enter the start date.</source>
        <translation>Ange startdatum.</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>Slutdatumet ligger före startdatumet.</translation>
    </message>
    <message>
        <source>Committed hours per month cannot be negative.</source>
        <translation>Avtalade timmar per månad kan inte vara negativa.</translation>
    </message>
    <message>
        <source>Committed hours per month are more than a team of ten can work (%1 h).</source>
        <translation>Avtalade timmar per månad är fler än ett team på tio personer hinner arbeta (%1 h).</translation>
    </message>
    <message>
        <source>The time zone is not a known IANA time zone (such as Europe/Stockholm).</source>
        <translation>Tidszonen är inte en känd IANA-tidszon (som Europe/Stockholm).</translation>
    </message>
    <message>
        <source>This support model covers all roles: select the roles the contract covers.</source>
        <translation>Den här supportmodellen omfattar alla roller: välj de roller som avtalet omfattar.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a month in a sentence: month name, year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Fixed capacity</source>
        <translation>Fast kapacitet</translation>
    </message>
    <message>
        <source>SLA with hotfix</source>
        <translation>SLA med hotfix</translation>
    </message>
    <message>
        <source>Managed service</source>
        <translation>Managed service</translation>
    </message>
</context>
<context>
    <name>EditReviewTextCommand</name>
    <message>
        <source>Edit the risks of %1</source>
        <translation>Ändra riskerna för %1</translation>
    </message>
    <message>
        <source>Edit the actions of %1</source>
        <translation>Ändra åtgärderna för %1</translation>
    </message>
</context>
<context>
    <name>EditRootCauseCommand</name>
    <message>
        <source>Edit the root cause of %1</source>
        <translation>Ändra grundorsaken till %1</translation>
    </message>
</context>
<context>
    <name>EngagementCommand</name>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Support model</source>
        <translation>Supportmodell</translation>
    </message>
    <message>
        <source>Committed per month</source>
        <translation>Avtalat per månad</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>tills vidare</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tidszon</translation>
    </message>
    <message>
        <source>24×7 severity 1</source>
        <translation>24×7 för allvarlighetsgrad 1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Roles covered</source>
        <translation>Roller som omfattas</translation>
    </message>
    <message>
        <source>Optional services</source>
        <translation>Tillvalstjänster</translation>
    </message>
    <message>
        <source>List engagements or show one.</source>
        <translation>Lista uppdrag eller visa ett.</translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation>Utdataformat: table eller json.</translation>
    </message>
    <message>
        <source>list, or show KEY.</source>
        <translation>list, eller show NYCKEL.</translation>
    </message>
    <message>
        <source>list|show KEY</source>
        <translation>list|show NYCKEL</translation>
    </message>
    <message>
        <source>engagement show needs exactly one KEY</source>
        <translation>engagement show kräver exakt en NYCKEL</translation>
    </message>
    <message>
        <source>engagement needs list or show KEY</source>
        <translation>engagement kräver list eller show NYCKEL</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>NYCKEL</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>KUND</translation>
    </message>
    <message>
        <source>SUPPORT MODEL</source>
        <translation>SUPPORTMODELL</translation>
    </message>
    <message>
        <source>HOURS/MONTH</source>
        <translation>TIMMAR/MÅNAD</translation>
    </message>
    <message>
        <source>START</source>
        <translation>START</translation>
    </message>
    <message>
        <source>END</source>
        <translation>SLUT</translation>
    </message>
    <message>
        <source>TIME ZONE</source>
        <translation>TIDSZON</translation>
    </message>
    <message>
        <source>no engagement with the key &apos;%1&apos;</source>
        <translation>inget uppdrag med nyckeln &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>EngagementCommands</name>
    <message>
        <source>Add engagement %1</source>
        <translation>Lägg till uppdrag %1</translation>
    </message>
    <message>
        <source>Edit engagement %1</source>
        <translation>Redigera uppdrag %1</translation>
    </message>
    <message>
        <source>Delete engagement %1</source>
        <translation>Ta bort uppdrag %1</translation>
    </message>
    <message>
        <source>Edit budget of %1</source>
        <translation>Redigera budget för %1</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <source>Engagement</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Nyckel:</translation>
    </message>
    <message>
        <source>e.g. NORDSHOP</source>
        <translation>t.ex. NORDSHOP</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Kund:</translation>
    </message>
    <message>
        <source>Contract &amp;name:</source>
        <translation>&amp;Avtalsnamn:</translation>
    </message>
    <message>
        <source>Support &amp;model:</source>
        <translation>Support&amp;modell:</translation>
    </message>
    <message>
        <source>Committed &amp;hours per month:</source>
        <translation>Avtalade &amp;timmar per månad:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>S&amp;lut:</translation>
    </message>
    <message>
        <source>&amp;Open-ended</source>
        <translation>Tills &amp;vidare</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Tids&amp;zon:</translation>
    </message>
    <message>
        <source>24×7 cover for severity 1</source>
        <translation>24×7-täckning för allvarlighetsgrad 1</translation>
    </message>
    <message>
        <source>Roles covered:</source>
        <translation>Roller som omfattas:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Ant&amp;eckningar:</translation>
    </message>
    <message>
        <source>What the model includes</source>
        <translation>Vad modellen omfattar</translation>
    </message>
    <message>
        <source>Optional services contracted:</source>
        <translation>Avtalade tillvalstjänster:</translation>
    </message>
    <message>
        <source>Optional services contracted</source>
        <translation>Tillvalstjänster i avtalet</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export an engagement&apos;s tickets, worklogs and SLA results, or an offline bundle.</source>
        <translation>Exportera ett uppdrags ärenden, tidrapporter och SLA-resultat, eller ett offlinepaket.</translation>
    </message>
    <message>
        <source>The engagement (optional for a bundle: without it, the whole portfolio).</source>
        <translation>Uppdraget (valfritt för ett paket: utan det exporteras hela portföljen).</translation>
    </message>
    <message>
        <source>csv (a folder of tickets.csv, worklogs.csv, sla.csv), xlsx or bundle.</source>
        <translation>csv (en mapp med tickets.csv, worklogs.csv, sla.csv), xlsx eller bundle.</translation>
    </message>
    <message>
        <source>The folder (csv) or file (xlsx, bundle) to write.</source>
        <translation>Mappen (csv) eller filen (xlsx, bundle) att skriva.</translation>
    </message>
    <message>
        <source>Replace existing files.</source>
        <translation>Ersätt befintliga filer.</translation>
    </message>
    <message>
        <source>--out PATH is required</source>
        <translation>--out SÖKVÄG krävs</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or bundle</source>
        <translation>--format måste vara csv, xlsx eller bundle</translation>
    </message>
    <message>
        <source>%1 is a file; a CSV export needs a folder</source>
        <translation>%1 är en fil; en CSV-export kräver en mapp</translation>
    </message>
    <message>
        <source>%1 already exists (use --force to replace it)</source>
        <translation>%1 finns redan (använd --force för att ersätta den)</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>mappen %1 kan inte skapas</translation>
    </message>
    <message>
        <source>Exported %1: %2 tickets, %3 worklogs and %4 SLA results to %5</source>
        <translation>Exporterade %1: %2 ärenden, %3 tidrapporter och %4 SLA-resultat till %5</translation>
    </message>
    <message>
        <source>there is no engagement &apos;%1&apos; (see deliverydesk engagement list)</source>
        <translation>det finns inget uppdrag &apos;%1&apos; (se deliverydesk engagement list)</translation>
    </message>
    <message>
        <source>Wrote an offline bundle of the portfolio to %1</source>
        <translation>Skrev ett offlinepaket med portföljen till %1</translation>
    </message>
    <message>
        <source>Wrote an offline bundle of %1 to %2</source>
        <translation>Skrev ett offlinepaket med %1 till %2</translation>
    </message>
    <message>
        <source>csv: the field separator, comma, semicolon or tab (default: semicolon with decimal commas in Swedish, comma otherwise).</source>
        <translation>csv: fältavgränsaren, comma (komma), semicolon (semikolon) eller tab (tabb) (standard: semikolon med decimalkomma på svenska, annars komma).</translation>
    </message>
    <message>
        <source>--separator is for --format csv</source>
        <translation>--separator gäller bara --format csv</translation>
    </message>
    <message>
        <source>unknown separator &apos;%1&apos; (use comma, semicolon or tab)</source>
        <translation>okänd avgränsare &apos;%1&apos; (använd comma, semicolon eller tab)</translation>
    </message>
    <message>
        <source>Export as of this ISO-8601 instant instead of now: the date of a bundle, and of the SLA of tickets without a stored result.</source>
        <translation>Exportera per denna ISO 8601-tidpunkt i stället för nu: datum för ett offlinepaket och för SLA hos ärenden utan lagrat resultat.</translation>
    </message>
</context>
<context>
    <name>ExportTables</name>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicenivå</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapat</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Första svar</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Statusändringar</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Response target (h)</source>
        <translation>Mål för svarstid (h)</translation>
    </message>
    <message>
        <source>Response time (business h)</source>
        <translation>Svarstid (h kontorstid)</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Svar senast</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösning</translation>
    </message>
    <message>
        <source>Resolution target (h)</source>
        <translation>Mål för lösningstid (h)</translation>
    </message>
    <message>
        <source>Resolution time (business h)</source>
        <translation>Lösningstid (h kontorstid)</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Lösning senast</translation>
    </message>
    <message>
        <source>Breached at</source>
        <translation>Tid för SLA-brott</translation>
    </message>
    <message>
        <source>Paused (business h)</source>
        <translation>Pausad tid (h kontorstid)</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Återöppningar</translation>
    </message>
    <message>
        <source>Data problems</source>
        <translation>Dataproblem</translation>
    </message>
</context>
<context>
    <name>Gui::AllocationPage</name>
    <message>
        <source>Allocation</source>
        <translation>Resursfördelning</translation>
    </message>
    <message>
        <source>&amp;Copy from previous month</source>
        <translation>&amp;Kopiera förra månaden</translation>
    </message>
    <message>
        <source>Copies the month before the selected month into it, leaving planned cells, leavers and ended engagements alone</source>
        <translation>Kopierar månaden före den valda månaden till den, utan att röra redan planerade celler, personer som slutat och avslutade uppdrag</translation>
    </message>
    <message>
        <source>&amp;Fill right</source>
        <translation>&amp;Fyll åt höger</translation>
    </message>
    <message>
        <source>Repeats the selected cell in the months to its right</source>
        <translation>Upprepar den valda cellen i månaderna till höger</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Lägg till person…</translation>
    </message>
    <message>
        <source>Edit &amp;person…</source>
        <translation>Redigera &amp;person…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Värmekarta</translation>
    </message>
    <message>
        <source>Planned vs actual (past months)</source>
        <translation>Planerat mot utfall (tidigare månader)</translation>
    </message>
    <message>
        <source>No people yet. Add people with their contracts and absences, then plan their hours per engagement and month here.</source>
        <translation>Inga personer ännu. Lägg till personer med deras avtal och frånvaro, och planera sedan deras timmar per uppdrag och månad här.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Varningar (%1)</translation>
    </message>
    <message>
        <source>The database is read-only: allocations cannot be changed.</source>
        <translation>Databasen är skrivskyddad: allokeringar kan inte ändras.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>Nothing to copy from %1 into %2: every allocation there is already planned, or its person or engagement is not available.</source>
        <translation>Inget att kopiera från %1 till %2: alla allokeringar där är redan planerade, eller så är personen eller uppdraget inte tillgängligt.</translation>
    </message>
    <message>
        <source>Nothing to fill: %1 cannot be allocated on %2 in the following months.</source>
        <translation>Inget att fylla: %1 kan inte allokeras på %2 under de följande månaderna.</translation>
    </message>
    <message>
        <source>%1 is already in the plan; use Edit person to change them.</source>
        <translation>%1 finns redan i planen; använd Redigera person för att ändra.</translation>
    </message>
    <message>
        <source>Allocation grid</source>
        <translation>Rutnät för allokeringar</translation>
    </message>
    <message>
        <source>Planned hours per person and engagement, one column per month; type a number or press F2 to edit a cell, Ctrl+Z undoes</source>
        <translation>Planerade timmar per person och uppdrag, en kolumn per månad; skriv en siffra eller tryck F2 för att redigera en cell, Ctrl+Z ångrar</translation>
    </message>
    <message>
        <source>Allocation warnings</source>
        <translation>Varningar om resursfördelningen</translation>
    </message>
    <message>
        <source>Planned vs actual hours of past months</source>
        <translation>Planerade timmar mot utfall för tidigare månader</translation>
    </message>
    <message>
        <source>Team &amp;time zone:</source>
        <translation>Teamets &amp;tidszon:</translation>
    </message>
    <message>
        <source>Team time zone</source>
        <translation>Teamets tidszon</translation>
    </message>
    <message>
        <source>People&apos;s working days and public holidays are those of this zone.</source>
        <translation>Personernas arbetsdagar och helgdagar följer den här tidszonen.</translation>
    </message>
    <message>
        <source>People&apos;s working days and public holidays are those of this zone: the engagements&apos; most common zone, as the portfolio sets none.</source>
        <translation>Personernas arbetsdagar och helgdagar följer den här tidszonen: uppdragens vanligaste, eftersom portföljen inte anger någon.</translation>
    </message>
    <message>
        <source>Save again</source>
        <translation>Spara igen</translation>
    </message>
</context>
<context>
    <name>Gui::BudgetDialog</name>
    <message numerus="yes">
        <source> month(s)</source>
        <comment>expiry</comment>
        <translation>
            <numerusform> månad</numerusform>
            <numerusform> månader</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget of %1</source>
        <translation>Budget för %1</translation>
    </message>
    <message>
        <source>are forfeited</source>
        <translation>går förlorade</translation>
    </message>
    <message>
        <source>are carried, up to a number of hours</source>
        <translation>förs över, upp till ett antal timmar</translation>
    </message>
    <message>
        <source>are carried, up to a share of the month&apos;s commitment</source>
        <translation>förs över, upp till en andel av månadens åtagande</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>%1 work counts</source>
        <translation>Arbete på %1 räknas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Against the budget</source>
        <translation>Mot budget</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>as its level</source>
        <translation>som sin servicenivå</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>räknas</translation>
    </message>
    <message>
        <source>billed outside</source>
        <translation>faktureras separat</translation>
    </message>
    <message>
        <source>%1 against the budget</source>
        <translation>%1 mot budget</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Avtalat</translation>
    </message>
    <message>
        <source>Months not listed commit the engagement&apos;s hours a month; a first or last month only partly in the contract commits its share of calendar days. A month listed here commits what it says.</source>
        <translation>Månader som inte finns i listan har uppdragets avtalade timmar per månad; en första eller sista månad som bara delvis ligger inom avtalet får sin andel av kalenderdagarna. En månad i listan har de timmar som står här.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 committed a month (Edit engagement changes it).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 avtalade per månad (ändras under Redigera uppdrag).</translation>
    </message>
    <message>
        <source>Nobody has saved this budget yet: these are the default rules.</source>
        <translation>Ingen har sparat den här budgeten än: detta är standardreglerna.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 finns med två gånger.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Committed hours of the month</source>
        <translation>Månadens avtalade timmar</translation>
    </message>
</context>
<context>
    <name>Gui::BurnDownChart</name>
    <message>
        <source>Forecast range</source>
        <translation>Prognosintervall</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Överskridande</translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation>Förbrukat (h)</translation>
    </message>
    <message>
        <source>Hours remaining</source>
        <translation>Timmar kvar</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Ideallinje</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognos</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>Burn-down chart</source>
        <translation>Burndowndiagram</translation>
    </message>
    <message>
        <source>No engagement selected.</source>
        <translation>Inget uppdrag valt.</translation>
    </message>
    <message>
        <source>Burn-down of %1, %2</source>
        <translation>Burndown för %1, %2</translation>
    </message>
    <message>
        <source>%1: no working days to show.</source>
        <translation>%1: inga arbetsdagar att visa.</translation>
    </message>
    <message>
        <source>%1 used of %2</source>
        <translation>%1 förbrukat av %2</translation>
    </message>
    <message>
        <source>forecast %1 left at month end</source>
        <translation>prognos %1 kvar vid månadens slut</translation>
    </message>
    <message>
        <source>forecast %1 over the budget at month end</source>
        <translation>prognos %1 över budgeten vid månadens slut</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
</context>
<context>
    <name>Gui::BurnDownPage</name>
    <message>
        <source>Choose an engagement to see its burn-down.</source>
        <translation>Välj ett uppdrag för att se dess burn-down.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Budget %1 · used %2 · left %3</source>
        <translation>Budget %1 · förbrukat %2 · kvar %3</translation>
    </message>
    <message>
        <source>%1 % of the working days gone, %2 % of the budget used</source>
        <translation>%1 % av arbetsdagarna har gått, %2 % av budgeten förbrukad</translation>
    </message>
    <message>
        <source>Forecast at month end: %1 left (range %2 to %3)</source>
        <translation>Prognos vid månadens slut: %1 kvar (intervall %2 till %3)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;Runs out on %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;Budgeten tar slut %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>The budget lasts the month.</source>
        <translation>Budgeten räcker månaden ut.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;Overrun at month end: %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;Överskridande vid månadens slut: %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Worklogs on %1: %2</source>
        <translation>Tidrapporter %1: %2</translation>
    </message>
    <message>
        <source>Burn-up</source>
        <translation>Burn-up</translation>
    </message>
    <message>
        <source>Previous months</source>
        <translation>Tidigare månader</translation>
    </message>
    <message>
        <source>This month&apos;s budget</source>
        <translation>Denna månads budget</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Mot budget</translation>
    </message>
    <message>
        <source>Budget = %1 committed + %2 carried in − %3 deducted</source>
        <translation>Budget = %1 avtalat + %2 överfört − %3 avdraget</translation>
    </message>
    <message>
        <source>At month end: %1 left</source>
        <translation>Vid månadens slut: %1 kvar</translation>
    </message>
    <message>
        <source>Not started: at today&apos;s pace %1 left at month end (range %2 to %3)</source>
        <translation>Inte påbörjad: i dagens takt %1 kvar vid månadens slut (intervall %2 till %3)</translation>
    </message>
    <message>
        <source>This month&apos;s budget (%1)</source>
        <translation>Månadens budget (%1)</translation>
    </message>
    <message>
        <source>Budget = %1 committed + %2 carried in</source>
        <translation>Budget = %1 avtalat + %2 överfört</translation>
    </message>
    <message>
        <source>Worklogs of the selected day</source>
        <translation>Tidrapporter för den valda dagen</translation>
    </message>
    <message>
        <source>Click a day on the burn-down chart, or press Left or Right on it, to list the day&apos;s worklogs here</source>
        <translation>Klicka på en dag i burndowndiagrammet, eller tryck vänster- eller högerpil på det, för att lista dagens tidrapporter här</translation>
    </message>
</context>
<context>
    <name>Gui::CalendarDialog</name>
    <message>
        <source>The calendar file was not read: %1</source>
        <translation>Kalenderfilen lästes inte: %1</translation>
    </message>
    <message>
        <source>The calendar was not written: %1</source>
        <translation>Kalendern skrevs inte: %1</translation>
    </message>
    <message>
        <source>Calendar written to %1.</source>
        <translation>Kalendern skrevs till %1.</translation>
    </message>
    <message>
        <source>Import a calendar file</source>
        <translation>Importera en kalenderfil</translation>
    </message>
    <message>
        <source>Calendar files (*.json);;All files (*)</source>
        <translation>Kalenderfiler (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Exportera kalendern</translation>
    </message>
    <message>
        <source>Read from %1, not saved yet: the calendar “%2” in the time zone %3. Save makes the SLA clocks of %4 count on it.</source>
        <translation>Läst från %1, inte sparad än: kalendern ”%2” i tidszonen %3. När du sparar räknas SLA-klockorna för %4 enligt den.</translation>
    </message>
    <message>
        <source>A calendar of that name is used by %1: saving replaces its hours for them too.</source>
        <translation>En kalender med det namnet används av %1: när du sparar ersätts dess tider för dem också.</translation>
    </message>
    <message>
        <source>The SLA clocks of %1 count on the calendar “%2” in the time zone %3.</source>
        <translation>SLA-klockorna för %1 räknas enligt kalendern ”%2” i tidszonen %3.</translation>
    </message>
    <message>
        <source>Also used by %1: a change of this calendar changes their hours too.</source>
        <translation>Används även av %1: en ändring av kalendern ändrar deras tider också.</translation>
    </message>
    <message>
        <source>%1 has no calendar of its own: its SLA clocks count on the default calendar of the time zone %2.</source>
        <translation>%1 har ingen egen kalender: dess SLA-klockor räknas enligt standardkalendern för tidszonen %2.</translation>
    </message>
    <message>
        <source>The calendar&apos;s time zone %1 differs from the engagement&apos;s time zone %2.</source>
        <translation>Kalenderns tidszon %1 skiljer sig från uppdragets tidszon %2.</translation>
    </message>
    <message>
        <source>Open around the clock (24×7): the hours and days off below do not apply.</source>
        <translation>Öppet dygnet runt (24×7): tiderna och de lediga dagarna nedan gäller inte.</translation>
    </message>
    <message>
        <source>Germany (nationwide)</source>
        <translation>Tyskland (hela landet)</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finland</translation>
    </message>
    <message>
        <source>England and Wales</source>
        <translation>England och Wales</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>United States (federal)</source>
        <translation>USA (federala helgdagar)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Public holidays: none of a country&apos;s rule set.</source>
        <translation>Allmänna helgdagar: inga enligt något lands regler.</translation>
    </message>
    <message>
        <source>Public holidays of %1.</source>
        <translation>Allmänna helgdagar i %1.</translation>
    </message>
    <message>
        <source>De facto days off (such as Midsummer Eve) are days off too.</source>
        <translation>Dagar som i praktiken är lediga (som midsommarafton) är också lediga.</translation>
    </message>
    <message>
        <source>De facto days off (such as Midsummer Eve) are working days.</source>
        <translation>Dagar som i praktiken är lediga (som midsommarafton) räknas som arbetsdagar.</translation>
    </message>
    <message>
        <source>Day off every year</source>
        <translation>Ledig dag varje år</translation>
    </message>
    <message>
        <source>Day off this year</source>
        <translation>Ledig dag detta år</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>Stängt hela dagen</translation>
    </message>
    <message>
        <source>Own hours: %1</source>
        <translation>Egna tider: %1</translation>
    </message>
    <message>
        <source>open around the clock</source>
        <translation>öppet dygnet runt</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stängt</translation>
    </message>
    <message>
        <source>Read from a file: nobody has saved it yet.</source>
        <translation>Läst från en fil: ingen har sparat den än.</translation>
    </message>
    <message>
        <source>Not stored: the default calendar of the time zone.</source>
        <translation>Inte sparad: tidszonens standardkalender.</translation>
    </message>
    <message>
        <source>Business calendar of %1</source>
        <translation>Kontorstidskalender för %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Arbetstid</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Off the weekly hours</source>
        <translation>Avviker från veckans tider</translation>
    </message>
    <message>
        <source>Days off the weekly hours in &amp;year:</source>
        <translation>Dagar som avviker från veckans tider under &amp;år:</translation>
    </message>
    <message>
        <source>&amp;Import calendar file…</source>
        <translation>&amp;Importera kalenderfil…</translation>
    </message>
    <message>
        <source>Replaces the calendar with one read from a calendar file (JSON); shown before Save</source>
        <translation>Ersätter kalendern med en som läses från en kalenderfil (JSON); den visas innan du sparar</translation>
    </message>
    <message>
        <source>E&amp;xport calendar file…</source>
        <translation>E&amp;xportera kalenderfil…</translation>
    </message>
    <message>
        <source>%1, public holiday (%2)</source>
        <translation>%1, allmän helgdag (%2)</translation>
    </message>
    <message>
        <source>%1, de facto day off (%2)</source>
        <translation>%1, ledig i praktiken (%2)</translation>
    </message>
    <message>
        <source>%1, substitute day (%2)</source>
        <translation>%1, ersättningsdag (%2)</translation>
    </message>
    <message>
        <source>%1: “%2” is not working hours. Write them as 08:00–17:00, several separated by commas (08:00–12:00, 13:00–17:00), or “%3”.</source>
        <translation>%1: ”%2” är inga arbetstider. Skriv dem som 08:00–17:00, flera åtskilda med kommatecken (08:00–12:00, 13:00–17:00), eller ”%3”.</translation>
    </message>
    <message>
        <source>%1 is not a working day of this calendar already.</source>
        <translation>%1 är redan ingen arbetsdag i den här kalendern.</translation>
    </message>
    <message>
        <source>%1 is not a day off of a single date here: public holidays and yearly days off are changed in a calendar file.</source>
        <translation>%1 är ingen ledig dag med ett enskilt datum här: allmänna helgdagar och lediga dagar varje år ändras i en kalenderfil.</translation>
    </message>
    <message>
        <source>Changed here, not saved yet: the calendar “%1” in the time zone %2. Save makes the SLA clocks of %3 count on it.</source>
        <translation>Ändrad här, inte sparad än: kalendern ”%1” i tidszonen %2. När du sparar räknas SLA-klockorna för %3 enligt den.</translation>
    </message>
    <message>
        <source>Changed here: nobody has saved it yet.</source>
        <translation>Ändrad här: ingen har sparat den än.</translation>
    </message>
    <message>
        <source>Double-click or press F2 on a day&apos;s hours to change them</source>
        <translation>Dubbelklicka eller tryck F2 på en dags tider för att ändra dem</translation>
    </message>
    <message>
        <source>Working hours of each weekday</source>
        <translation>Arbetstider för varje veckodag</translation>
    </message>
    <message>
        <source>Days off the weekly hours</source>
        <translation>Dagar som avviker från veckans tider</translation>
    </message>
    <message>
        <source>Date of a day off</source>
        <translation>Datum för en ledig dag</translation>
    </message>
    <message>
        <source>Add day &amp;off</source>
        <translation>Lägg till &amp;ledig dag</translation>
    </message>
    <message>
        <source>Makes the date a day off of this calendar (a company closure)</source>
        <translation>Gör datumet till en ledig dag i den här kalendern (till exempel när företaget håller stängt)</translation>
    </message>
    <message>
        <source>&amp;Remove day off</source>
        <translation>&amp;Ta bort ledig dag</translation>
    </message>
    <message>
        <source>Takes back a day off of a single date, or hours of its own on the date; public holidays and yearly days off are changed in a calendar file</source>
        <translation>Tar bort en ledig dag med ett enskilt datum, eller datumets egna tider; allmänna helgdagar och lediga dagar varje år ändras i en kalenderfil</translation>
    </message>
</context>
<context>
    <name>Gui::ChartTable</name>
    <message>
        <source>%1 (to)</source>
        <translation>%1 (till)</translation>
    </message>
    <message>
        <source>%1 (from)</source>
        <translation>%1 (från)</translation>
    </message>
    <message>
        <source>lowest</source>
        <translation>lägsta</translation>
    </message>
    <message>
        <source>lower quartile</source>
        <translation>nedre kvartil</translation>
    </message>
    <message>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <source>upper quartile</source>
        <translation>övre kvartil</translation>
    </message>
    <message>
        <source>highest</source>
        <translation>högsta</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1: %2 vid %3</translation>
    </message>
    <message>
        <source>%1: %2 at %3 (lowest %4, highest %5)</source>
        <translation>%1: %2 vid %3 (lägst %4, högst %5)</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: inga data</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
</context>
<context>
    <name>Gui::ChartTableContainer</name>
    <message>
        <source>Show as table</source>
        <translation>Visa som tabell</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>Visa %1 som tabell</translation>
    </message>
    <message>
        <source>Shows the chart&apos;s figures as a table that can be read and copied (Ctrl+C)</source>
        <translation>Visar diagrammets siffror som en tabell som kan läsas och kopieras (Ctrl+C)</translation>
    </message>
    <message>
        <source>Chart figures</source>
        <translation>Diagrammets siffror</translation>
    </message>
    <message>
        <source>%1 as a table</source>
        <translation>%1 som tabell</translation>
    </message>
    <message>
        <source>Read-only; Ctrl+C copies the selected cells as tab-separated text</source>
        <translation>Skrivskyddad; Ctrl+C kopierar de markerade cellerna som tabbavgränsad text</translation>
    </message>
</context>
<context>
    <name>Gui::ComplianceTrendChart</name>
    <message>
        <source>First response: met %</source>
        <translation>Första svar: uppfyllt i %</translation>
    </message>
    <message>
        <source>Resolution: met %</source>
        <translation>Lösning: uppfyllt i %</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>första svar</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>lösning</translation>
    </message>
    <message>
        <source>%1: no tickets measured</source>
        <translation>%1: inga ärenden mätta</translation>
    </message>
    <message>
        <source>%1: %2 met (%3 of %4), target %5 — %6</source>
        <translation>%1: %2 uppfyllt (%3 av %4), mål %5 — %6</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>hållet</translation>
    </message>
    <message>
        <source>missed ▲</source>
        <translation>missat ▲</translation>
    </message>
    <message>
        <source>Click to list this month&apos;s tickets.</source>
        <translation>Klicka för att lista månadens ärenden.</translation>
    </message>
    <message>
        <source>% met</source>
        <translation>% uppfyllt</translation>
    </message>
    <message>
        <source>▲ Missed</source>
        <translation>▲ Missat</translation>
    </message>
    <message>
        <source>SLA compliance trend</source>
        <translation>Trend för SLA-efterlevnad</translation>
    </message>
    <message>
        <source>First response compliance per month</source>
        <translation>Efterlevnad för första svar per månad</translation>
    </message>
    <message>
        <source>Resolution compliance per month</source>
        <translation>Efterlevnad för lösning per månad</translation>
    </message>
    <message>
        <source>Target, %1</source>
        <translation>Mål, %1</translation>
    </message>
</context>
<context>
    <name>Gui::ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>A&amp;nslut</translation>
    </message>
    <message>
        <source>disable: never encrypted</source>
        <translation>disable: aldrig krypterad</translation>
    </message>
    <message>
        <source>allow: encrypted when the server insists</source>
        <translation>allow: krypterad när servern kräver det</translation>
    </message>
    <message>
        <source>prefer: encrypted when the server can (default)</source>
        <translation>prefer: krypterad när servern kan (standard)</translation>
    </message>
    <message>
        <source>require: always encrypted</source>
        <translation>require: alltid krypterad</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, the server&apos;s certificate checked</source>
        <translation>verify-ca: krypterad, serverns certifikat kontrolleras</translation>
    </message>
    <message>
        <source>verify-full: encrypted, certificate and server name checked</source>
        <translation>verify-full: krypterad, certifikat och servernamn kontrolleras</translation>
    </message>
</context>
<context>
    <name>Gui::DatabaseUpgradeRunner</name>
    <message>
        <source>Checking %1 before updating it for this version of Delivery Desk…</source>
        <translation>Kontrollerar %1 innan den uppdateras för den här versionen av Delivery Desk…</translation>
    </message>
    <message>
        <source>Making a backup of %1 before the update…</source>
        <translation>Säkerhetskopierar %1 före uppdateringen…</translation>
    </message>
    <message>
        <source>Updating %1: step %2 of %3 (this part cannot be cancelled)…</source>
        <translation>Uppdaterar %1: steg %2 av %3 (den här delen kan inte avbrytas)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Update the database</source>
        <translation>Uppdatera databasen</translation>
    </message>
    <message>
        <source>%1 was updated for this version of Delivery Desk; the backup taken first is %2.</source>
        <translation>%1 uppdaterades för den här versionen av Delivery Desk; säkerhetskopian som togs först är %2.</translation>
    </message>
</context>
<context>
    <name>Gui::EngagementDialog</name>
    <message>
        <source>Edit engagement</source>
        <translation>Redigera uppdrag</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Nytt uppdrag</translation>
    </message>
    <message>
        <source>Typical commitment: %1–%2 hours per month.</source>
        <translation>Normalt åtagande: %1–%2 timmar per månad.</translation>
    </message>
    <message>
        <source>Before saving:</source>
        <translation>Innan du sparar:</translation>
    </message>
</context>
<context>
    <name>Gui::EngagementListPanel</name>
    <message>
        <source>Filter engagements</source>
        <translation>Filtrera uppdrag</translation>
    </message>
    <message>
        <source>Shows only the engagements whose key, client or model contains the text (Ctrl+F)</source>
        <translation>Visar bara de uppdrag vars nyckel, kund eller modell innehåller texten (Ctrl+F)</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Select an engagement to show it on the pages; Enter edits it; F6 moves to the page</source>
        <translation>Välj ett uppdrag för att visa det på sidorna; Enter redigerar det; F6 går till sidan</translation>
    </message>
</context>
<context>
    <name>Gui::ExportDialog</name>
    <message>
        <source>Excel workbook of the engagement (*.xlsx)</source>
        <translation>Excel-arbetsbok för uppdraget (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files of the engagement (*.csv)</source>
        <translation>CSV-filer för uppdraget (*.csv)</translation>
    </message>
    <message>
        <source>Offline bundle of the engagement (*.sqlite)</source>
        <translation>Offlinepaket för uppdraget (*.sqlite)</translation>
    </message>
    <message>
        <source>Offline bundle of the whole portfolio (*.sqlite)</source>
        <translation>Offlinepaket för hela portföljen (*.sqlite)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation>Ersätta %1?</translation>
    </message>
    <message>
        <source>Wrote an offline bundle of the portfolio to %1.</source>
        <translation>Skrev ett offlinepaket med portföljen till %1.</translation>
    </message>
    <message>
        <source>Wrote an offline bundle of %1 to %2.</source>
        <translation>Skrev ett offlinepaket med %1 till %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n tickets of %1 with their worklogs and SLA results to %2.</source>
        <translation>
            <numerusform>Exporterade %n ärende för %1 med dess tidrapporter och SLA-resultat till %2.</numerusform>
            <numerusform>Exporterade %n ärenden för %1 med deras tidrapporter och SLA-resultat till %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files of the engagement, fields separated by &apos;%1&apos;, decimals by &apos;%2&apos; (*.csv)</source>
        <translation>Uppdragets CSV-filer, fält avgränsade med &apos;%1&apos;, decimaler med &apos;%2&apos; (*.csv)</translation>
    </message>
    <message>
        <source>Writing the offline bundle…</source>
        <translation>Skriver offlinepaketet…</translation>
    </message>
    <message>
        <source>Reading the tickets, worklogs and SLA results of %1…</source>
        <translation>Läser ärenden, tidrapporter och SLA-resultat för %1…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <source>Another export is still running.</source>
        <translation>En annan export pågår fortfarande.</translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>Avbryter exporten…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exporten avbröts: ingen fil skrevs.</translation>
    </message>
</context>
<context>
    <name>Gui::HeatmapView</name>
    <message>
        <source>Allocated vs capacity:</source>
        <translation>Allokerat mot kapacitet:</translation>
    </message>
    <message>
        <source>Heatmap of allocated hours against capacity</source>
        <translation>Värmekarta över allokerade timmar mot kapacitet</translation>
    </message>
    <message>
        <source>One row per person, one column per month; each cell says its share of the capacity and its band in words as well as in colour</source>
        <translation>En rad per person, en kolumn per månad; varje cell anger sin andel av kapaciteten och sitt intervall i ord såväl som i färg</translation>
    </message>
</context>
<context>
    <name>Gui::HistoryChart</name>
    <message>
        <source>Committed</source>
        <translation>Avtalat</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Förbrukat</translation>
    </message>
    <message>
        <source>Rolled over</source>
        <translation>Överfört</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Hours of the last 12 months</source>
        <translation>Timmar de senaste 12 månaderna</translation>
    </message>
    <message>
        <source>Hours of the last 12 months (%1 – %2)</source>
        <translation>Timmar de senaste 12 månaderna (%1 – %2)</translation>
    </message>
</context>
<context>
    <name>Gui::ImportWizard</name>
    <message>
        <source>Ticket number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapat</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Första svar</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>Worklog id</source>
        <translation>Tidrapport-ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varaktighet</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>Importera fil</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Välj filen</translation>
    </message>
    <message>
        <source>An export of a ticketing or time-tracking tool. Nothing is written until you commit the report.</source>
        <translation>En export från ett ärendehanterings- eller tidrapporteringsverktyg. Ingenting skrivs förrän du har granskat rapporten och verkställt importen.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Bl&amp;äddra…</translation>
    </message>
    <message>
        <source>&amp;Engagement:</source>
        <translation>&amp;Uppdrag:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Källa:</translation>
    </message>
    <message>
        <source>Export&apos;s &amp;time zone:</source>
        <translation>Exportens &amp;tidszon:</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Any other CSV (map the columns)</source>
        <translation>Annan CSV (mappa kolumnerna)</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>Filen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The columns match no known export: map them on the next page.</source>
        <translation>Kolumnerna matchar ingen känd export: mappa dem på nästa sida.</translation>
    </message>
    <message>
        <source>Recognised as: %1. You can choose another source.</source>
        <translation>Identifierad som: %1. Du kan välja en annan källa.</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Mappa kolumnerna</translation>
    </message>
    <message>
        <source>Which column holds what. The mapping is saved under its name for next month&apos;s file.</source>
        <translation>Vilken kolumn som innehåller vad. Mappningen sparas under sitt namn till nästa månads fil.</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Worklogs</source>
        <translation>Tidrapporter</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Pro&amp;filnamn:</translation>
    </message>
    <message>
        <source>&amp;Rows are:</source>
        <translation>&amp;Raderna är:</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(finns inte i filen)</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Behövs fortfarande: %1</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Läser in filen</translation>
    </message>
    <message>
        <source>The rows are checked and staged; you can keep working in the window meanwhile.</source>
        <translation>Raderna kontrolleras och förbereds; du kan fortsätta arbeta i fönstret under tiden.</translation>
    </message>
    <message>
        <source>Cancel &amp;reading</source>
        <translation>Avbryt &amp;inläsningen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Commit writes everything below in one go; Cancel leaves the database as it was.</source>
        <translation>Verkställ skriver allt nedan på en gång; Avbryt lämnar databasen som den var.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>People not seen before: their role is remembered for every later import.</source>
        <translation>Personer som inte setts tidigare: deras roll sparas för alla senare importer.</translation>
    </message>
    <message>
        <source>&amp;Skip the bad rows and read again</source>
        <translation>&amp;Hoppa över felaktiga rader och läs igen</translation>
    </message>
    <message>
        <source>%1 rows read. Tickets: %2 new, %3 updated, %4 unchanged. Worklogs: %5 new, %6 updated, %7 unchanged. %8 rejected, %9 warnings.</source>
        <translation>%1 rader lästa. Ärenden: %2 nya, %3 uppdaterade, %4 oförändrade. Tidrapporter: %5 nya, %6 uppdaterade, %7 oförändrade. %8 avvisade, %9 varningar.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(okänd)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>&amp;Verkställ</translation>
    </message>
    <message>
        <source>Reading %1 as %2 …</source>
        <translation>Läser %1 som %2 …</translation>
    </message>
    <message>
        <source>&amp;Date order:</source>
        <translation>&amp;Datumordning:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Allvarlighets&amp;grad:</translation>
    </message>
    <message>
        <source>As the source writes it (lists: decided from the file)</source>
        <translation>Som källan skriver den (listor: avgörs av filen)</translation>
    </message>
    <message>
        <source>Day-month-year (31-12-2026)</source>
        <translation>Dag-månad-år (31-12-2026)</translation>
    </message>
    <message>
        <source>Month-day-year (12-31-2026)</source>
        <translation>Månad-dag-år (12-31-2026)</translation>
    </message>
    <message>
        <source>Year-month-day (2026-12-31)</source>
        <translation>År-månad-dag (2026-12-31)</translation>
    </message>
    <message>
        <source>From each ticket&apos;s priority</source>
        <translation>Från varje ärendes prioritet</translation>
    </message>
    <message>
        <source>Severity %1 for every ticket</source>
        <translation>Allvarlighetsgrad %1 för alla ärenden</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problem som hittades i filen</translation>
    </message>
    <message>
        <source>Persons not yet known, with their roles</source>
        <translation>Personer som ännu inte är kända, med sina roller</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Roll för %1</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Filens första rader</translation>
    </message>
    <message>
        <source>Priority in the file</source>
        <translation>Prioritet i filen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>The file&apos;s priorities and the severities they map to</source>
        <translation>Filens prioriteter och de allvarlighetsgrader de motsvarar</translation>
    </message>
    <message>
        <source>How the file&apos;s priorities map to severities (remembered for every later import, as the mapping command shows them):</source>
        <translation>Så motsvarar filens prioriteter allvarlighetsgrader (sparas för alla senare importer, som kommandot mapping visar dem):</translation>
    </message>
    <message>
        <source>&amp;Remember the severities and read again</source>
        <translation>&amp;Spara allvarlighetsgraderna och läs igen</translation>
    </message>
    <message>
        <source>(not mapped: rows rejected)</source>
        <translation>(ingen motsvarighet: raderna avvisas)</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Allvarlighetsgrad %1</translation>
    </message>
    <message>
        <source>Severity of priority %1</source>
        <translation>Allvarlighetsgrad för prioriteten %1</translation>
    </message>
    <message>
        <source>The import is committed, but its report with the skipped rows could not be saved to %1: %2</source>
        <translation>Importen är sparad, men rapporten över de överhoppade raderna kunde inte sparas i %1: %2</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already: %2 saved it on %3. Replace it with this mapping?</source>
        <translation>Det finns redan en profil med namnet &quot;%1&quot;: %2 sparade den %3. Vill du ersätta den med den här mappningen?</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already. Replace it with this mapping?</source>
        <translation>Det finns redan en profil med namnet &quot;%1&quot;. Vill du ersätta den med den här mappningen?</translation>
    </message>
    <message>
        <source>Replace profile</source>
        <translation>Ersätt profil</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersätt</translation>
    </message>
    <message>
        <source>Cancel keeps the saved profile: give yours another name.</source>
        <translation>Avbryt behåller den sparade profilen: ge din ett annat namn.</translation>
    </message>
    <message>
        <source>Saving the import and updating the SLA results…</source>
        <translation>Sparar importen och uppdaterar SLA-resultaten…</translation>
    </message>
</context>
<context>
    <name>Gui::KeyboardNavigation</name>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>Go to the page&apos;s filter field, or to the engagement filter</source>
        <translation>Gå till sidans filterfält, eller till uppdragsfiltret</translation>
    </message>
    <message>
        <source>Next area (engagements or page)</source>
        <translation>Nästa område (uppdrag eller sida)</translation>
    </message>
    <message>
        <source>Previous area (engagements or page)</source>
        <translation>Föregående område (uppdrag eller sida)</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Sida %1</translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message>
        <source>About Delivery Desk</source>
        <translation>Om Delivery Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Delivery Desk %1&lt;/h3&gt;&lt;p&gt;Burn-down, SLA compliance, resource allocation and governance reviews for maintenance and support engagements.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Delivery Desk %1&lt;/h3&gt;&lt;p&gt;Burn-down, SLA-efterlevnad, resursfördelning och uppföljningsmöten för förvaltnings- och supportuppdrag.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Ny databas…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Öppna databas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;New engagement…</source>
        <translation>&amp;Nytt uppdrag…</translation>
    </message>
    <message>
        <source>&amp;Edit engagement…</source>
        <translation>&amp;Redigera uppdrag…</translation>
    </message>
    <message>
        <source>&amp;Delete engagement</source>
        <translation>&amp;Ta bort uppdrag</translation>
    </message>
    <message>
        <source>&amp;About Delivery Desk</source>
        <translation>&amp;Om Delivery Desk</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Support model</source>
        <translation>Supportmodell</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Read-only copy: %1. Changes cannot be saved in it.</source>
        <translation>Skrivskyddad kopia: %1. Ändringar kan inte sparas i den.</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Ingen databas</translation>
    </message>
    <message>
        <source>%1 – Delivery Desk</source>
        <translation>%1 – Delivery Desk</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Inga senast använda databaser</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <source>Delivery Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Delivery Desk-databaser (*.sqlite *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <source>Delivery Desk databases (*.sqlite)</source>
        <translation>Delivery Desk-databaser (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is; use File › Open database to open it.</source>
        <translation>%1 finns redan och lämnades orörd; använd Arkiv › Öppna databas för att öppna den.</translation>
    </message>
    <message>
        <source>Delete engagement</source>
        <translation>Ta bort uppdrag</translation>
    </message>
    <message>
        <source>Delete %1 (%2) with all its tickets, worklogs, budgets and allocations?

You can undo this until the database is closed.</source>
        <translation>Ta bort %1 (%2) med alla dess ärenden, tidrapporter, budgetar och allokeringar?

Du kan ångra detta tills databasen stängs.</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Resursfördelning</translation>
    </message>
    <message>
        <source>Burn-down</source>
        <translation>Förbrukning</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Read-only copy of the portfolio in %1, taken %2. Changes cannot be saved in it.</source>
        <translation>Skrivskyddad kopia av portföljen i %1, tagen %2. Ändringar kan inte sparas i den.</translation>
    </message>
    <message>
        <source>Read-only copy of %1 (%2), taken %3 from %4. Changes cannot be saved in it.</source>
        <translation>Skrivskyddad kopia av %1 (%2), tagen %3 från %4. Ändringar kan inte sparas i den.</translation>
    </message>
    <message>
        <source>Open a database you can change to import into it.</source>
        <translation>Öppna en databas som du kan ändra för att importera till den.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modeller</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfölj</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Ångra %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Gör om %1</translation>
    </message>
    <message>
        <source>Earlier changes can no longer be undone: undoing them could remove the imported rows.</source>
        <translation>Tidigare ändringar kan inte längre ångras: att ångra dem kunde ta bort de importerade raderna.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Connect to a &amp;team database…</source>
        <translation>Anslut till en &amp;teamdatabas…</translation>
    </message>
    <message>
        <source>Save again</source>
        <translation>Spara igen</translation>
    </message>
    <message>
        <source>Edit &amp;budget…</source>
        <translation>Redigera &amp;budget…</translation>
    </message>
    <message>
        <source>Re&amp;compute SLA results</source>
        <translation>Beräkna SLA-resultaten &amp;igen</translation>
    </message>
    <message>
        <source>Evaluates every ticket of the engagement again on its calendar and SLA policy, as of now</source>
        <translation>Beräknar SLA igen för alla ärenden i uppdraget, enligt dess kalender och SLA-policy, räknat till nu</translation>
    </message>
    <message>
        <source>%1 now counts on the calendar “%2”.</source>
        <translation>%1 räknas nu enligt kalendern ”%2”.</translation>
    </message>
    <message>
        <source>Business ca&amp;lendar…</source>
        <translation>&amp;Kontorstidskalender…</translation>
    </message>
    <message>
        <source>Someone else added a version of the SLA policy of %1 in force from %2 in the meantime, and versions are never changed, so yours was not saved. Open the SLA policy again to see theirs.</source>
        <translation>Någon annan har under tiden lagt till en version av SLA-policyn för %1 som gäller från %2, och versioner ändras aldrig, så din sparades inte. Öppna SLA-policyn igen för att se deras.</translation>
    </message>
    <message>
        <source>The SLA policy of %1 has a new version in force from %2.</source>
        <translation>SLA-policyn för %1 har en ny version som gäller från %2.</translation>
    </message>
    <message>
        <source>SLA &amp;policy…</source>
        <translation>SLA-&amp;policy…</translation>
    </message>
</context>
<context>
    <name>Gui::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Stäng meddelandet</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>Gui::MonthNavigator</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Föregående månad</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nästa månad</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denna månad</translation>
    </message>
</context>
<context>
    <name>Gui::OverviewPage</name>
    <message>
        <source>Select an engagement in the list, or create one with Edit › New engagement.</source>
        <translation>Välj ett uppdrag i listan, eller skapa ett med Redigera › Nytt uppdrag.</translation>
    </message>
    <message>
        <source>Open a database with File › Open database, or create one.</source>
        <translation>Öppna en databas med Arkiv › Öppna databas, eller skapa en.</translation>
    </message>
    <message>
        <source>Support model:</source>
        <translation>Supportmodell:</translation>
    </message>
    <message>
        <source>Committed hours per month:</source>
        <translation>Avtalade timmar per månad:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>From %1, open-ended</source>
        <translation>Från %1, tills vidare</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Tidszon:</translation>
    </message>
    <message>
        <source>SLA:</source>
        <translation>SLA:</translation>
    </message>
    <message>
        <source>24×7 cover for severity 1:</source>
        <translation>24×7-täckning för allvarlighetsgrad 1:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Delivery resources:</source>
        <translation>Leveransresurser:</translation>
    </message>
    <message>
        <source>Roles covered:</source>
        <translation>Roller som omfattas:</translation>
    </message>
    <message>
        <source>None selected</source>
        <translation>Inga valda</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Anteckningar:</translation>
    </message>
    <message>
        <source>What the model includes</source>
        <translation>Vad modellen omfattar</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message numerus="yes">
        <source>The budget per month (%n ticket(s) in all)</source>
        <translation>
            <numerusform>Budget per månad (%n ärende totalt)</numerusform>
            <numerusform>Budget per månad (%n ärenden totalt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Förbrukat</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Of budget</source>
        <translation>Av budget</translation>
    </message>
    <message>
        <source>Carried in</source>
        <translation>Överfört</translation>
    </message>
    <message>
        <source>Outside contract</source>
        <translation>Utanför avtalet</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation>%1 (hittills)</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (avslutat)</translation>
    </message>
    <message>
        <source>The budget per month</source>
        <translation>Budgeten per månad</translation>
    </message>
    <message>
        <source>One row per month, the latest first: hours used, budget, share of the budget, hours carried in and hours outside the contract</source>
        <translation>En rad per månad, den senaste först: förbrukade timmar, budget, andel av budgeten, överförda timmar och timmar utanför avtalet</translation>
    </message>
</context>
<context>
    <name>Gui::PeopleDialog</name>
    <message>
        <source>Absence %1: first day</source>
        <translation>Frånvaro %1: första dag</translation>
    </message>
    <message>
        <source>Absence %1: last day</source>
        <translation>Frånvaro %1: sista dag</translation>
    </message>
    <message>
        <source>Absence %1: kind</source>
        <translation>Frånvaro %1: typ</translation>
    </message>
</context>
<context>
    <name>Gui::PortfolioPage</name>
    <message>
        <source>Every running engagement&apos;s burn this month. At risk: the forecast runs past the budget, or the budget is used faster than the month passes. Double-click a row for its burn-down.</source>
        <translation>Förbrukningen denna månad för varje pågående uppdrag. I riskzonen: prognosen går över budgeten, eller budgeten förbrukas snabbare än månaden går. Dubbelklicka på en rad för att se dess burn-down.</translation>
    </message>
    <message>
        <source>SLA this month</source>
        <translation>SLA den här månaden</translation>
    </message>
    <message>
        <source>Burn of every engagement this month</source>
        <translation>Förbrukning för varje uppdrag den här månaden</translation>
    </message>
    <message>
        <source>Enter or double-click opens the engagement&apos;s burn-down</source>
        <translation>Enter eller dubbelklick öppnar uppdragets burndown</translation>
    </message>
    <message>
        <source>SLA of every engagement this month</source>
        <translation>SLA för varje uppdrag den här månaden</translation>
    </message>
    <message>
        <source>Enter or double-click opens the engagement&apos;s SLA page</source>
        <translation>Enter eller dubbelklick öppnar uppdragets SLA-sida</translation>
    </message>
    <message>
        <source>Per severity: the weaker of first response and resolution met this month against its target (✓ kept, ✗ missed), the six full months before this one as bars (higher is better) with the direction, and the open tickets breached or at risk now. Double-click a row for its SLA.</source>
        <translation>Per allvarlighetsgrad: det svagare av första svar och lösning som uppfyllts den här månaden mot sitt mål (✓ hållet, ✗ missat), de sex hela månaderna före denna som staplar (högre är bättre) med riktningen, och de öppna ärenden som har SLA-brott eller är i riskzonen nu. Dubbelklicka på en rad för uppdragets SLA.</translation>
    </message>
    <message>
        <source>Reading the portfolio</source>
        <translation>Läser portföljen</translation>
    </message>
</context>
<context>
    <name>Gui::ReviewExportDialog</name>
    <message>
        <source>Export review pack</source>
        <translation>Exportera uppföljningsunderlag</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bl&amp;ädra…</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Blädd&amp;ra…</translation>
    </message>
    <message>
        <source>&amp;Data appendix:</source>
        <translation>&amp;Databilaga:</translation>
    </message>
    <message>
        <source>&amp;PDF file:</source>
        <translation>&amp;PDF-fil:</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>Sammanställd &amp;av:</translation>
    </message>
    <message>
        <source>PDF file of the review pack</source>
        <translation>Uppföljningsunderlagets PDF-fil</translation>
    </message>
    <message>
        <source>Choose the PDF file</source>
        <translation>Välj PDF-filen</translation>
    </message>
    <message>
        <source>Also write the data appendix</source>
        <translation>Spara även databilagan</translation>
    </message>
    <message>
        <source>The numbers of the PDF, one sheet per section</source>
        <translation>PDF:ens siffror, ett blad per avsnitt</translation>
    </message>
    <message>
        <source>Data appendix file</source>
        <translation>Databilagans fil</translation>
    </message>
    <message>
        <source>An XLSX workbook, or a folder of CSV files when the name does not end in .xlsx</source>
        <translation>En XLSX-arbetsbok, eller en mapp med CSV-filer när namnet inte slutar på .xlsx</translation>
    </message>
    <message>
        <source>Choose the data appendix file</source>
        <translation>Välj databilagans fil</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Sammanställd av</translation>
    </message>
    <message>
        <source>The name on the cover of the review pack</source>
        <translation>Namnet på uppföljningsunderlagets försättsblad</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportera</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Data appendix</source>
        <translation>Databilaga</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Gui::ReviewPackRunner</name>
    <message>
        <source>Reading the figures of %1 for %2…</source>
        <translation>Läser siffrorna för %1, %2…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Preview the review pack</source>
        <translation>Förhandsgranska uppföljningsunderlaget</translation>
    </message>
    <message>
        <source>Export the review pack</source>
        <translation>Exportera uppföljningsunderlaget</translation>
    </message>
    <message>
        <source>Drawing the pages of the review pack…</source>
        <translation>Ritar uppföljningsunderlagets sidor…</translation>
    </message>
    <message>
        <source>The review pack was not written: %1</source>
        <translation>Uppföljningsunderlaget skrevs inte: %1</translation>
    </message>
    <message>
        <source>The review pack was written to %1, but not its data appendix: %2</source>
        <translation>Uppföljningsunderlaget sparades i %1, men inte dess databilaga: %2</translation>
    </message>
    <message numerus="yes">
        <source>Review pack written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Uppföljningsunderlaget har sparats i %1 (%n sida).</numerusform>
            <numerusform>Uppföljningsunderlaget har sparats i %1 (%n sidor).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review pack written to %1 (%n page(s)) with its data appendix %2.</source>
        <translation>
            <numerusform>Uppföljningsunderlaget har sparats i %1 (%n sida) med databilagan %2.</numerusform>
            <numerusform>Uppföljningsunderlaget har sparats i %1 (%n sidor) med databilagan %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review pack of %1, %2</source>
        <translation>Uppföljningsunderlag för %1, %2</translation>
    </message>
</context>
<context>
    <name>Gui::ReviewPage</name>
    <message>
        <source>Risks of the review period</source>
        <translation>Periodens risker</translation>
    </message>
    <message>
        <source>Plain text, printed in the review pack; saved as you type</source>
        <translation>Vanlig text som skrivs ut i uppföljningsunderlaget; sparas medan du skriver</translation>
    </message>
    <message>
        <source>Risks the client should know about in this period…</source>
        <translation>Risker som kunden bör känna till för perioden…</translation>
    </message>
    <message>
        <source>Actions of the review period</source>
        <translation>Periodens åtgärder</translation>
    </message>
    <message>
        <source>Actions agreed for the next period, with owners and dates…</source>
        <translation>Åtgärder som avtalats för nästa period, med ansvariga och datum…</translation>
    </message>
    <message>
        <source>SLA breaches of the review period</source>
        <translation>Periodens SLA-brott</translation>
    </message>
    <message>
        <source>One row per breached ticket with the engine&apos;s explanation; the last column, the root cause, is editable</source>
        <translation>En rad per ärende med SLA-brott och motorns förklaring; den sista kolumnen, grundorsaken, går att redigera</translation>
    </message>
    <message>
        <source>Choose an engagement to prepare its review.</source>
        <translation>Välj ett uppdrag för att förbereda dess uppföljning.</translation>
    </message>
    <message>
        <source>Read-only: this database is an offline bundle.</source>
        <translation>Skrivskyddad: databasen är ett offlinepaket.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Redigerar…</translation>
    </message>
    <message>
        <source>Notes are saved as you type.</source>
        <translation>Anteckningarna sparas medan du skriver.</translation>
    </message>
    <message>
        <source>The contract of %1 has no SLA: there are no breaches to explain.</source>
        <translation>Avtalet för %1 har inget SLA: det finns inga SLA-brott att förklara.</translation>
    </message>
    <message>
        <source>The SLA results of %1 have not been computed yet.</source>
        <translation>SLA-resultaten för %1 har inte beräknats än.</translation>
    </message>
    <message>
        <source>&amp;Risks:</source>
        <translation>&amp;Risker:</translation>
    </message>
    <message>
        <source>&amp;Actions:</source>
        <translation>Å&amp;tgärder:</translation>
    </message>
    <message>
        <source>&amp;Breaches:</source>
        <translation>SLA-&amp;brott:</translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) in %1 · SLA results computed %2</source>
        <translation>
            <numerusform>%n SLA-brott i %1 · SLA-resultaten beräknade %2</numerusform>
            <numerusform>%n SLA-brott i %1 · SLA-resultaten beräknade %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Förhandsgranska…</translation>
    </message>
    <message>
        <source>Print preview of the review pack (%1)</source>
        <translation>Förhandsgranskning av uppföljningsunderlaget (%1)</translation>
    </message>
    <message>
        <source>Preview the review pack</source>
        <translation>Förhandsgranska uppföljningsunderlaget</translation>
    </message>
    <message>
        <source>Reads the period&apos;s figures and shows the pages as they will print</source>
        <translation>Läser periodens siffror och visar sidorna som de kommer att skrivas ut</translation>
    </message>
    <message>
        <source>E&amp;xport review pack…</source>
        <translation>E&amp;xportera underlag…</translation>
    </message>
    <message>
        <source>Write the review pack as a PDF, with its data appendix if you like</source>
        <translation>Spara uppföljningsunderlaget som PDF, med databilaga om du vill</translation>
    </message>
    <message>
        <source>Export the review pack</source>
        <translation>Exportera uppföljningsunderlaget</translation>
    </message>
    <message>
        <source>Writes the review pack of the period as a PDF, optionally with an XLSX data appendix</source>
        <translation>Sparar periodens uppföljningsunderlag som PDF, om du vill med en databilaga i XLSX</translation>
    </message>
    <message>
        <source>The review notes were not saved</source>
        <translation>Uppföljningens anteckningar sparades inte</translation>
    </message>
    <message>
        <source>The root cause was not saved</source>
        <translation>Grundorsaken sparades inte</translation>
    </message>
    <message>
        <source>Reading the breaches</source>
        <translation>Läser SLA-brotten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Läs igen</translation>
    </message>
    <message>
        <source>Stops reading the breaches of the period</source>
        <translation>Slutar läsa periodens SLA-brott</translation>
    </message>
    <message>
        <source>Reads the breaches of the period again</source>
        <translation>Läser periodens SLA-brott igen</translation>
    </message>
    <message>
        <source>Reading the breaches of %1…</source>
        <translation>Läser SLA-brotten i %1…</translation>
    </message>
    <message>
        <source>Reading the breaches was cancelled.</source>
        <translation>Läsningen av SLA-brotten avbröts.</translation>
    </message>
</context>
<context>
    <name>Gui::ReviewPeriodChooser</name>
    <message>
        <source>Q%1 %2</source>
        <comment>a quarter: number, year</comment>
        <translation>kvartal %1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of days</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a month in a list: month name, year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Kvartal:</translation>
    </message>
    <message>
        <source>M&amp;onth:</source>
        <translation>M&amp;ånad:</translation>
    </message>
    <message>
        <source>Quarter of the review</source>
        <translation>Uppföljningens kvartal</translation>
    </message>
    <message>
        <source>Month of the review</source>
        <translation>Uppföljningens månad</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Valfria datum</translation>
    </message>
    <message>
        <source>Kind of review period</source>
        <translation>Typ av uppföljningsperiod</translation>
    </message>
    <message>
        <source>A month, a quarter or a custom range of days</source>
        <translation>En månad, ett kvartal eller valfria datum</translation>
    </message>
    <message>
        <source>The period whose notes and breaches are shown</source>
        <translation>Perioden vars anteckningar och SLA-brott visas</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>Fr&amp;ån:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>First day of the review period</source>
        <translation>Periodens första dag</translation>
    </message>
    <message>
        <source>Last day of the review period</source>
        <translation>Periodens sista dag</translation>
    </message>
    <message>
        <source>Inclusive</source>
        <translation>Dagen räknas med</translation>
    </message>
</context>
<context>
    <name>Gui::SlaBreachesChart</name>
    <message>
        <source>Breaches per month</source>
        <translation>SLA-brott per månad</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n breach(es)</source>
        <translation>
            <numerusform>%1, %2: %n SLA-brott</numerusform>
            <numerusform>%1, %2: %n SLA-brott</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ärenden</translation>
    </message>
</context>
<context>
    <name>Gui::SlaDistributionChart</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>First response, business hours</source>
        <translation>Första svar, kontorstimmar</translation>
    </message>
    <message>
        <source>Resolution, business hours</source>
        <translation>Lösning, kontorstimmar</translation>
    </message>
    <message>
        <source>Quartiles, median, 5th–95th percentile</source>
        <translation>Kvartiler, median, 5:e–95:e percentilen</translation>
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
        <translation>Mål</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n ticket(s): median %2, quartiles %3–%4, 95th percentile %5, longest %6; target %7</source>
        <translation>
            <numerusform>%1, %n ärende: median %2, kvartiler %3–%4, 95:e percentilen %5, längst %6; mål %7</numerusform>
            <numerusform>%1, %n ärenden: median %2, kvartiler %3–%4, 95:e percentilen %5, längst %6; mål %7</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Kontorstimmar</translation>
    </message>
    <message>
        <source>Time taken per severity</source>
        <translation>Tidsåtgång per allvarlighetsgrad</translation>
    </message>
    <message>
        <source>First response time per severity</source>
        <translation>Svarstid per allvarlighetsgrad</translation>
    </message>
    <message>
        <source>Resolution time per severity</source>
        <translation>Lösningstid per allvarlighetsgrad</translation>
    </message>
</context>
<context>
    <name>Gui::SlaPage</name>
    <message>
        <source>Choose an engagement to see its SLA.</source>
        <translation>Välj ett uppdrag för att se dess SLA.</translation>
    </message>
    <message>
        <source>SLA computed %1</source>
        <translation>SLA beräknat %1</translation>
    </message>
    <message>
        <source>SLA not computed yet</source>
        <translation>SLA inte beräknat än</translation>
    </message>
    <message>
        <source>At risk now (%1)</source>
        <translation>I riskzonen nu (%1)</translation>
    </message>
    <message>
        <source>No open ticket has passed its warning threshold.</source>
        <translation>Inget öppet ärende har passerat sin varningsgräns.</translation>
    </message>
    <message>
        <source>%1 open ticket(s) past the warning threshold of a target and %2 breached and still open, the most urgent first. Refreshed every minute.</source>
        <translation>Öppna ärenden förbi ett måls varningsgräns: %1; med SLA-brott och fortfarande öppna: %2. Det mest brådskande först. Uppdateras varje minut.</translation>
    </message>
    <message>
        <source>Tickets of %1</source>
        <translation>Ärenden i %1</translation>
    </message>
    <message>
        <source>Every ticket</source>
        <translation>Alla ärenden</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportera diagram</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-bild (*.png);;SVG-ritning (*.svg)</translation>
    </message>
    <message>
        <source>The chart was saved as %1.</source>
        <translation>Diagrammet sparades som %1.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exportera diagram…</translation>
    </message>
    <message>
        <source>Save the chart shown as a PNG image or an SVG drawing</source>
        <translation>Spara diagrammet som visas som PNG-bild eller SVG-ritning</translation>
    </message>
    <message>
        <source>Show every month</source>
        <translation>Visa alla månader</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alla allvarlighetsgrader</translation>
    </message>
    <message>
        <source>Compliance trend</source>
        <translation>SLA-efterlevnad över tid</translation>
    </message>
    <message>
        <source>Breaches per month</source>
        <translation>SLA-brott per månad</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Svars- och lösningstider</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Första månad</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Sista månad</translation>
    </message>
    <message>
        <source>Open tickets at risk now</source>
        <translation>Öppna ärenden i riskzonen nu</translation>
    </message>
    <message>
        <source>Reading the SLA results of %1…</source>
        <translation>Läser SLA-resultaten för %1…</translation>
    </message>
    <message>
        <source>Reading the SLA results…</source>
        <translation>Läser SLA-resultaten…</translation>
    </message>
    <message>
        <source>Reading the SLA results</source>
        <translation>Läser SLA-resultaten</translation>
    </message>
</context>
<context>
    <name>Gui::SlaPolicyDialog</name>
    <message>
        <source>A version in force from %1 is stored already, and versions are never changed: choose another day.</source>
        <translation>En version som gäller från %1 är redan sparad, och versioner ändras aldrig: välj en annan dag.</translation>
    </message>
    <message>
        <source>The new version has the targets and statuses of the one in force from %1: change a target or a status.</source>
        <translation>Den nya versionen har samma mål och statusar som versionen som gäller från %1: ändra ett mål eller en status.</translation>
    </message>
    <message>
        <source>“%1” cannot both pause the resolution clock and mean resolved.</source>
        <translation>”%1” kan inte både pausa lösningstiden och betyda löst.</translation>
    </message>
    <message>
        <source>Name at least one status that means resolved.</source>
        <translation>Ange minst en status som betyder löst.</translation>
    </message>
    <message>
        <source>Tickets created from %1 until %2 will be evaluated under the new version.</source>
        <translation>Ärenden skapade från och med %1 till och med %2 kommer att utvärderas enligt den nya versionen.</translation>
    </message>
    <message>
        <source>Tickets created from %1 on will be evaluated under the new version.</source>
        <translation>Ärenden skapade från och med %1 kommer att utvärderas enligt den nya versionen.</translation>
    </message>
    <message>
        <source>Save adds it and recomputes the engagement&apos;s SLA results; the versions before it stay as they are.</source>
        <translation>Spara lägger till den och beräknar uppdragets SLA-resultat igen; versionerna före den förblir som de är.</translation>
    </message>
    <message>
        <source>Tickets created from %1 until %2 are evaluated under this version.</source>
        <translation>Ärenden skapade från och med %1 till och med %2 utvärderas enligt den här versionen.</translation>
    </message>
    <message>
        <source>Tickets created from %1 on are evaluated under this version.</source>
        <translation>Ärenden skapade från och med %1 utvärderas enligt den här versionen.</translation>
    </message>
    <message>
        <source>SLA policy – %1</source>
        <translation>SLA-policy – %1</translation>
    </message>
    <message>
        <source>SLA policy of %1 (%2)</source>
        <translation>SLA-policy för %1 (%2)</translation>
    </message>
    <message>
        <source>SLA policy “%3” of %1 (%2)</source>
        <translation>SLA-policyn ”%3” för %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>in force from %1</source>
        <translation>gäller från %1</translation>
    </message>
    <message>
        <source>New version (not saved)</source>
        <translation>Ny version (inte sparad)</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Inte sparad ännu.</translation>
    </message>
    <message>
        <source>%1 has no SLA policy of its own: this is the default of its support model. A new version stores it with the new one.</source>
        <translation>%1 har ingen egen SLA-policy: detta är standardpolicyn för dess supportmodell. En ny version sparar den tillsammans med den nya.</translation>
    </message>
    <message>
        <source>In &amp;force from:</source>
        <translation>&amp;Gäller från:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>First response (h:mm)</source>
        <translation>Svarsmål (h:mm)</translation>
    </message>
    <message>
        <source>Resolution (h:mm)</source>
        <translation>Lösningsmål (h:mm)</translation>
    </message>
    <message>
        <source>At risk at</source>
        <translation>I riskzonen vid</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Allvarlighetsgrad %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>Severity %1: first response target</source>
        <translation>Allvarlighetsgrad %1: svarsmål</translation>
    </message>
    <message>
        <source>Severity %1: resolution target</source>
        <translation>Allvarlighetsgrad %1: lösningsmål</translation>
    </message>
    <message>
        <source>24×7</source>
        <translation>24×7</translation>
    </message>
    <message>
        <source>Severity %1: first response counted around the clock</source>
        <translation>Allvarlighetsgrad %1: första svar räknas dygnet runt</translation>
    </message>
    <message>
        <source>Severity %1: resolution counted around the clock</source>
        <translation>Allvarlighetsgrad %1: lösning räknas dygnet runt</translation>
    </message>
    <message>
        <source>Severity %1: at risk once this share of a target is used</source>
        <translation>Allvarlighetsgrad %1: i riskzonen när den här andelen av målet har gått</translation>
    </message>
    <message>
        <source>Severity %1: share of tickets that must meet their targets</source>
        <translation>Allvarlighetsgrad %1: andel ärenden som måste uppfylla sina mål</translation>
    </message>
    <message>
        <source>Unticked: the clock counts business hours of the engagement&apos;s calendar</source>
        <translation>Utan bock räknar klockan kontorstid enligt uppdragets kalender</translation>
    </message>
    <message>
        <source>Statuses that &amp;pause the resolution clock:</source>
        <translation>Statusar som &amp;pausar lösningstiden:</translation>
    </message>
    <message>
        <source>Statuses that mean &amp;resolved:</source>
        <translation>Statusar som betyder &amp;löst:</translation>
    </message>
    <message>
        <source>Status names as in the ticket tool, separated by commas</source>
        <translation>Statusnamn som i ärendeverktyget, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>&amp;New version</source>
        <translation>&amp;Ny version</translation>
    </message>
    <message>
        <source>Versions are never changed: a change of targets or statuses is a new version, in force from the day you choose.</source>
        <translation>Versioner ändras aldrig: en ändring av mål eller statusar blir en ny version, som gäller från den dag du väljer.</translation>
    </message>
    <message>
        <source>Compliance target</source>
        <translation>Mål för SLA-efterlevnad</translation>
    </message>
</context>
<context>
    <name>Gui::SlaRecomputeRunner</name>
    <message>
        <source>Recomputing the SLA results of %1…</source>
        <translation>Beräknar SLA-resultaten för %1 igen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Recompute SLA results</source>
        <translation>Beräkna SLA-resultaten igen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Recomputing the SLA results of %1: %2 of %3 tickets…</source>
        <translation>Beräknar SLA-resultaten för %1 igen: %2 av %3 ärenden…</translation>
    </message>
    <message>
        <source>The SLA recompute of %1 was cancelled; the stored results are as they were.</source>
        <translation>Omberäkningen av SLA för %1 avbröts; de sparade resultaten är oförändrade.</translation>
    </message>
    <message>
        <source>The SLA results of %1 were not recomputed: %2</source>
        <translation>SLA-resultaten för %1 beräknades inte igen: %2</translation>
    </message>
    <message numerus="yes">
        <source>SLA results of %1 recomputed: %Ln ticket(s) in %2 s.</source>
        <translation>
            <numerusform>SLA-resultaten för %1 har beräknats igen: %Ln ärende på %2 s.</numerusform>
            <numerusform>SLA-resultaten för %1 har beräknats igen: %Ln ärenden på %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recomputed before it: %1.</source>
        <translation>Beräknades innan dess: %1.</translation>
    </message>
</context>
<context>
    <name>Gui::StackedHoursChart</name>
    <message>
        <source>Hours this month</source>
        <translation>Timmar denna månad</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Ingen roll</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicenivå</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Where the month&apos;s hours went</source>
        <translation>Vart månadens timmar gick</translation>
    </message>
</context>
<context>
    <name>Gui::SupportModelPage</name>
    <message>
        <source>Service level and activity</source>
        <translation>Servicenivå och aktivitet</translation>
    </message>
    <message>
        <source>In this engagement</source>
        <translation>I det här uppdraget</translation>
    </message>
    <message>
        <source>No engagement selected</source>
        <translation>Inget uppdrag valt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fixed capacity (committed hours per month)</source>
        <translation>Fast kapacitet (avtalade timmar per månad)</translation>
    </message>
    <message>
        <source>24×7 cover for severity 1</source>
        <translation>24×7-täckning för allvarlighetsgrad 1</translation>
    </message>
    <message>
        <source>Unlimited operational support</source>
        <translation>Obegränsat driftsstöd</translation>
    </message>
    <message>
        <source>Complete DevOps for hotfixes</source>
        <translation>Fullständig DevOps för hotfixar</translation>
    </message>
    <message>
        <source>Additional resources through the change-management process</source>
        <translation>Ytterligare resurser via processen för ändringshantering</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Ingår</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Avtalad</translation>
    </message>
    <message>
        <source>Not contracted</source>
        <translation>Inte avtalad</translation>
    </message>
    <message numerus="yes">
        <source>%n contracted</source>
        <translation>
            <numerusform>%n avtalad</numerusform>
            <numerusform>%n avtalade</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery and service management</source>
        <translation>Leverans- och servicehantering</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Omfattas</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Omfattas inte</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zooma in (Ctrl+hjul)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zooma ut (Ctrl+hjul)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Anpassa</translation>
    </message>
    <message>
        <source>Fit the diagram to the window</source>
        <translation>Anpassa diagrammet till fönstret</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual size, laid out for the window&apos;s width</source>
        <translation>Verklig storlek, utlagd efter fönstrets bredd</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Save the diagram as SVG or PNG</source>
        <translation>Spara diagrammet som SVG eller PNG</translation>
    </message>
    <message>
        <source>The month whose allocations and hours are drawn</source>
        <translation>Månaden vars allokeringar och timmar ritas</translation>
    </message>
    <message>
        <source>Export the diagram</source>
        <translation>Exportera diagrammet</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>SVG-ritning (*.svg);;PNG-bild (*.png)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>Month of the diagram</source>
        <translation>Diagrammets månad</translation>
    </message>
    <message>
        <source>Support model diagram</source>
        <translation>Diagram över supportmodellen</translation>
    </message>
    <message>
        <source>Tab and the arrow keys step through the boxes, each read out with its text</source>
        <translation>Tabb och piltangenterna stegar genom rutorna, och varje ruta läses upp med sin text</translation>
    </message>
    <message>
        <source>Details of the support model</source>
        <translation>Supportmodellens detaljer</translation>
    </message>
</context>
<context>
    <name>Gui::SupportModelsPage</name>
    <message>
        <source>Fixed: typically %1–%2 h per month</source>
        <translation>Fast: normalt %1–%2 h per månad</translation>
    </message>
    <message>
        <source>Fixed maintenance capacity and costs</source>
        <translation>Fast förvaltningskapacitet och fasta kostnader</translation>
    </message>
    <message>
        <source>Resources allocated month by month</source>
        <translation>Resurser allokeras månad för månad</translation>
    </message>
    <message>
        <source>Dedicated delivery capacity</source>
        <translation>Dedikerad leveranskapacitet</translation>
    </message>
    <message>
        <source>Included: 24×7 response on every ticket</source>
        <translation>Ingår: svar dygnet runt (24×7) på alla ärenden</translation>
    </message>
    <message>
        <source>Optional, for severity 1</source>
        <translation>Tillval, för allvarlighetsgrad 1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Complete DevOps for hotfixes</source>
        <translation>Fullständig DevOps för hotfixar</translation>
    </message>
    <message>
        <source>All roles (Dev/QA/SA/PM/RM) and operational support</source>
        <translation>Alla roller (Dev/QA/SA/PM/RM) och driftsstöd</translation>
    </message>
    <message>
        <source>The roles contracted</source>
        <translation>De avtalade rollerna</translation>
    </message>
    <message>
        <source>Additional resources follow the agreed change-management process</source>
        <translation>Ytterligare resurser följer den överenskomna processen för ändringshantering</translation>
    </message>
    <message>
        <source>Within the committed hours</source>
        <translation>Inom de avtalade timmarna</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <source>SLA scope</source>
        <translation>SLA-omfattning</translation>
    </message>
    <message>
        <source>24×7</source>
        <translation>24×7</translation>
    </message>
    <message>
        <source>Delivery resources</source>
        <translation>Leveransresurser</translation>
    </message>
    <message>
        <source>DevOps for hotfixes</source>
        <translation>DevOps för hotfixar</translation>
    </message>
    <message>
        <source>Roles covered</source>
        <translation>Roller som omfattas</translation>
    </message>
    <message>
        <source>Change management</source>
        <translation>Ändringshantering</translation>
    </message>
    <message>
        <source>What if this engagement ran under each model?</source>
        <translation>Tänk om uppdraget gick under varje modell?</translation>
    </message>
    <message>
        <source>&amp;Months replayed:</source>
        <translation>&amp;Månader som spelas upp:</translation>
    </message>
    <message>
        <source>The last complete months replayed under each model</source>
        <translation>De senaste hela månaderna, uppspelade under varje modell</translation>
    </message>
    <message>
        <source>The four support models, and %1</source>
        <translation>De fyra supportmodellerna och %1</translation>
    </message>
    <message>
        <source>The four support models</source>
        <translation>De fyra supportmodellerna</translation>
    </message>
    <message>
        <source>★ %1 (this engagement)</source>
        <translation>★ %1 (detta uppdrag)</translation>
    </message>
    <message>
        <source>Select an engagement to replay its last months under each model.</source>
        <translation>Välj ett uppdrag för att spela upp dess senaste månader under varje modell.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n month(s)), business hours of %3. Hover a figure to see how it was counted.</source>
        <translation>
            <numerusform>%1 till %2 (%n månad), kontorstid enligt %3. Håll pekaren över en siffra för att se hur den räknades.</numerusform>
            <numerusform>%1 till %2 (%n månader), kontorstid enligt %3. Håll pekaren över en siffra för att se hur den räknades.</numerusform>
        </translation>
    </message>
    <message>
        <source>the engagement&apos;s calendar</source>
        <translation>uppdragets kalender</translation>
    </message>
    <message>
        <source>What-if hours under each support model</source>
        <translation>Timmarna om uppdraget gick under varje supportmodell</translation>
    </message>
    <message>
        <source>The replay was cancelled.</source>
        <translation>Uppspelningen avbröts.</translation>
    </message>
    <message>
        <source>&amp;Replay again</source>
        <translation>&amp;Spela upp igen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message numerus="yes">
        <source>Replaying the last %n month(s) of %1 under each model…</source>
        <translation>
            <numerusform>Spelar upp den senaste månaden för %1 under varje modell…</numerusform>
            <numerusform>Spelar upp de senaste %n månaderna för %1 under varje modell…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::TicketTimelineDialog</name>
    <message>
        <source>Copy as text</source>
        <translation>Kopiera som text</translation>
    </message>
    <message>
        <source>SLA timeline of %1</source>
        <translation>SLA-tidslinje för %1</translation>
    </message>
    <message>
        <source>As evaluated at %1 (the stored SLA result).</source>
        <translation>Som utvärderat %1 (det sparade SLA-resultatet).</translation>
    </message>
    <message>
        <source>Evaluated at %1.</source>
        <translation>Utvärderat %1.</translation>
    </message>
    <message>
        <source>(no instant)</source>
        <translation>(ingen tidpunkt)</translation>
    </message>
    <message>
        <source>BREACH: %1</source>
        <translation>SLA-BROTT: %1</translation>
    </message>
    <message>
        <source>Events of the SLA timeline</source>
        <translation>Händelser i SLA-tidslinjen</translation>
    </message>
</context>
<context>
    <name>Gui::TicketsPanel</name>
    <message>
        <source>Filter by key or title</source>
        <translation>Filtrera på nyckel eller rubrik</translation>
    </message>
    <message>
        <source>Shows tickets whose key or title contains this text (letter case ignored)</source>
        <translation>Visar ärenden vars nyckel eller rubrik innehåller texten (skiftläge spelar ingen roll)</translation>
    </message>
    <message>
        <source>Every severity</source>
        <translation>Alla allvarlighetsgrader</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Allvarlighetsgrad %1</translation>
    </message>
    <message>
        <source>Every SLA state</source>
        <translation>Alla SLA-lägen</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Tickets resolved in this month (the month they count in for SLA compliance)</source>
        <translation>Ärenden lösta under månaden (den månad de räknas i för SLA-efterlevnaden)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Export the tickets shown (filter and order as in the table)</source>
        <translation>Exportera ärendena som visas (filter och ordning som i tabellen)</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>Som CSV…</translation>
    </message>
    <message>
        <source>As XLSX…</source>
        <translation>Som XLSX…</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Alla månader</translation>
    </message>
    <message>
        <source>No engagement</source>
        <translation>Inget uppdrag</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ärende</numerusform>
            <numerusform>%Ln ärenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Export tickets</source>
        <translation>Exportera ärenden</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-fil (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln ticket(s) to %1.</source>
        <translation>
            <numerusform>Exporterade %Ln ärende till %1.</numerusform>
            <numerusform>Exporterade %Ln ärenden till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter tickets by key or title</source>
        <translation>Filtrera ärenden på nyckel eller rubrik</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Filter för allvarlighetsgrad</translation>
    </message>
    <message>
        <source>SLA state filter</source>
        <translation>Filter för SLA-status</translation>
    </message>
    <message>
        <source>Ticket kind filter</source>
        <translation>Filter för ärendetyp</translation>
    </message>
    <message>
        <source>Month filter</source>
        <translation>Månadsfilter</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Enter or double-click opens the ticket&apos;s SLA timeline</source>
        <translation>Enter eller dubbelklick öppnar ärendets SLA-tidslinje</translation>
    </message>
    <message>
        <source>Export the tickets shown</source>
        <translation>Exportera de visade ärendena</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stops reading the tickets of the new filter; the filter goes back to the tickets shown</source>
        <translation>Slutar läsa in ärendena för det nya filtret; filtret återgår till de ärenden som visas</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtrerar…</translation>
    </message>
    <message>
        <source>Export cancelled: the database was closed. No file was written.</source>
        <translation>Exporten avbröts: databasen stängdes. Ingen fil skrevs.</translation>
    </message>
    <message>
        <source>%1 tickets are shown; an Excel sheet holds at most %2. Narrow the filter, or export CSV.</source>
        <translation>%1 ärenden visas; ett Excel-kalkylblad rymmer högst %2. Begränsa filtret eller exportera som CSV.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln ticket(s)…</source>
        <translation>
            <numerusform>Exporterar %Ln ärende…</numerusform>
            <numerusform>Exporterar %Ln ärenden…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exporten avbröts: ingen fil skrevs.</translation>
    </message>
</context>
<context>
    <name>Gui::WhatIfChart</name>
    <message>
        <source>Hours under each model</source>
        <translation>Timmar under varje modell</translation>
    </message>
    <message>
        <source>Within the capacity</source>
        <translation>Inom kapaciteten</translation>
    </message>
    <message>
        <source>Over the capacity</source>
        <translation>Över kapaciteten</translation>
    </message>
    <message>
        <source>Carried outside the capacity</source>
        <translation>Bärs utanför kapaciteten</translation>
    </message>
    <message>
        <source>Billed separately</source>
        <translation>Faktureras separat</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Hours under each support model</source>
        <translation>Timmar under varje supportmodell</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>oväntat argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown page &apos;%1&apos; (use %2)</source>
        <translation>okänd sida &apos;%1&apos; (använd %2)</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (use sv or en)</source>
        <translation>okänt språk &apos;%1&apos; (använd sv eller en)</translation>
    </message>
    <message>
        <source>no engagement with the key &apos;%1&apos;</source>
        <translation>inget uppdrag med nyckeln &apos;%1&apos;</translation>
    </message>
    <message>
        <source>There is no engagement with the key %1.</source>
        <translation>Det finns inget uppdrag med nyckeln %1.</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>kan inte skriva skärmbilden till %1</translation>
    </message>
    <message>
        <source>--geometry &apos;%1&apos; is not a window size such as 1024x700 (at least 640x480)</source>
        <translation>--geometry &apos;%1&apos; är ingen fönsterstorlek som 1024x700 (minst 640x480)</translation>
    </message>
    <message>
        <source>DELIVERYDESK_PALETTE=&apos;%1&apos; is not a palette (use dark or system)</source>
        <translation>DELIVERYDESK_PALETTE=&apos;%1&apos; är ingen palett (använd dark eller system)</translation>
    </message>
    <message>
        <source>DELIVERYDESK_FONT_SCALE=&apos;%1&apos; is not a per cent from 50 to 400</source>
        <translation>DELIVERYDESK_FONT_SCALE=&apos;%1&apos; är inte en procentsats från 50 till 400</translation>
    </message>
</context>
<context>
    <name>HarvestSource</name>
    <message>
        <source>The worklog has no person.</source>
        <translation>Tidrapporten saknar person.</translation>
    </message>
    <message>
        <source>Harvest time report</source>
        <translation>Tidrapport från Harvest</translation>
    </message>
</context>
<context>
    <name>HolidayText</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Nyårsdagen</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation>Trettondedag jul</translation>
    </message>
    <message>
        <source>Maundy Thursday</source>
        <translation>Skärtorsdagen</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Långfredagen</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Påskdagen</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Annandag påsk</translation>
    </message>
    <message>
        <source>General Prayer Day</source>
        <translation>Stora bönedagen</translation>
    </message>
    <message>
        <source>May Day</source>
        <translation>Första maj</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Arbetets dag</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Grundlagsdagen</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Kristi himmelsfärdsdag</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>Pingstdagen</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Annandag pingst</translation>
    </message>
    <message>
        <source>National Day of Sweden</source>
        <translation>Sveriges nationaldag</translation>
    </message>
    <message>
        <source>Midsummer Eve</source>
        <translation>Midsommarafton</translation>
    </message>
    <message>
        <source>Midsummer Day</source>
        <translation>Midsommardagen</translation>
    </message>
    <message>
        <source>Day of German Unity</source>
        <translation>Tyska enhetens dag</translation>
    </message>
    <message>
        <source>Reformation Day</source>
        <translation>Reformationsdagen</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Alla helgons dag</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Självständighetsdagen</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Julafton</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Juldagen</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>Annandag jul</translation>
    </message>
    <message>
        <source>Second Day of Christmas</source>
        <translation>Annandag jul</translation>
    </message>
    <message>
        <source>New Year&apos;s Eve</source>
        <translation>Nyårsafton</translation>
    </message>
    <message>
        <source>Early May bank holiday</source>
        <translation>Bankhelgdag i början av maj</translation>
    </message>
    <message>
        <source>Spring bank holiday</source>
        <translation>Bankhelgdag på våren</translation>
    </message>
    <message>
        <source>Summer bank holiday</source>
        <translation>Bankhelgdag i slutet av augusti</translation>
    </message>
    <message>
        <source>Millennium celebrations</source>
        <translation>Millennieskiftet</translation>
    </message>
    <message>
        <source>Queen Elizabeth II&apos;s Golden Jubilee</source>
        <translation>Drottning Elizabeth II:s guldjubileum</translation>
    </message>
    <message>
        <source>Royal wedding</source>
        <translation>Kungligt bröllop</translation>
    </message>
    <message>
        <source>Queen Elizabeth II&apos;s Diamond Jubilee</source>
        <translation>Drottning Elizabeth II:s diamantjubileum</translation>
    </message>
    <message>
        <source>Queen Elizabeth II&apos;s Platinum Jubilee</source>
        <translation>Drottning Elizabeth II:s platinajubileum</translation>
    </message>
    <message>
        <source>State funeral of Queen Elizabeth II</source>
        <translation>Drottning Elizabeth II:s statsbegravning</translation>
    </message>
    <message>
        <source>Coronation of King Charles III</source>
        <translation>Kung Charles III:s kröning</translation>
    </message>
    <message>
        <source>Birthday of Martin Luther King, Jr.</source>
        <translation>Martin Luther King Jr:s födelsedag</translation>
    </message>
    <message>
        <source>Washington&apos;s Birthday</source>
        <translation>Washingtons födelsedag</translation>
    </message>
    <message>
        <source>Memorial Day</source>
        <translation>Memorial Day</translation>
    </message>
    <message>
        <source>Juneteenth National Independence Day</source>
        <translation>Juneteenth</translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation>Labor Day</translation>
    </message>
    <message>
        <source>Columbus Day</source>
        <translation>Columbusdagen</translation>
    </message>
    <message>
        <source>Veterans Day</source>
        <translation>Veterandagen</translation>
    </message>
    <message>
        <source>Thanksgiving Day</source>
        <translation>Thanksgiving</translation>
    </message>
    <message>
        <source>Day of German Unity (17 June)</source>
        <translation>Tyska enhetens dag (17 juni)</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import an export file into an engagement, all or nothing.</source>
        <translation>Importera en exportfil till ett uppdrag, allt eller inget.</translation>
    </message>
    <message>
        <source>The engagement to import into.</source>
        <translation>Uppdraget att importera till.</translation>
    </message>
    <message>
        <source>What the file is: %1 or profile:NAME.</source>
        <translation>Vad filen är: %1 eller profile:NAMN.</translation>
    </message>
    <message>
        <source>The zone the export&apos;s times are in (default: the last one used).</source>
        <translation>Tidszonen som exportens tider anges i (standard: den senast använda).</translation>
    </message>
    <message>
        <source>Report only; never write.</source>
        <translation>Rapportera bara; skriv aldrig.</translation>
    </message>
    <message>
        <source>Write the good rows and save the report next to the database.</source>
        <translation>Skriv de felfria raderna och spara rapporten bredvid databasen.</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>CSV-filen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>import needs exactly one FILE</source>
        <translation>import kräver exakt en FIL</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos; (use %2 or profile:NAME)</source>
        <translation>okänd källa &apos;%1&apos; (använd %2 eller profile:NAMN)</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation>okänd tidszon &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Rapporten sparades i %1</translation>
    </message>
    <message>
        <source>deliverydesk: the report could not be saved to %1: %2</source>
        <translation>deliverydesk: rapporten kunde inte sparas i %1: %2</translation>
    </message>
    <message>
        <source>The export&apos;s date order when it is not the source&apos;s usual one: dmy, mdy or ymd.</source>
        <translation>Exportens datumordning när den inte är källans vanliga: dmy, mdy eller ymd.</translation>
    </message>
    <message>
        <source>One severity (1-4) for every ticket, for a list without a priority column.</source>
        <translation>En allvarlighetsgrad (1–4) för alla ärenden, för en lista utan prioritetskolumn.</translation>
    </message>
    <message>
        <source>The longest worklog accepted, in hours (default 24); a longer one is a row error.</source>
        <translation>Den längsta tidrapport som tas emot, i timmar (standard 24); en längre är ett radfel.</translation>
    </message>
    <message>
        <source>unknown date order &apos;%1&apos; (use dmy, mdy or ymd)</source>
        <translation>okänd datumordning &apos;%1&apos; (använd dmy, mdy eller ymd)</translation>
    </message>
    <message>
        <source>--severity needs a number from 1 to 4</source>
        <translation>--severity behöver ett tal från 1 till 4</translation>
    </message>
    <message>
        <source>--max-worklog-hours needs a number of hours above 0</source>
        <translation>--max-worklog-hours behöver ett antal timmar över 0</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>varning: %1</translation>
    </message>
</context>
<context>
    <name>ImportMappingStore</name>
    <message numerus="yes">
        <source>The roles of %n new person(s) were not remembered: %1</source>
        <translation>
            <numerusform>Rollen för %n ny person sparades inte: %1</numerusform>
            <numerusform>Rollerna för %n nya personer sparades inte: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The severities of the file&apos;s priorities were not saved: %1</source>
        <translation>Allvarlighetsgraderna för filens prioriteter sparades inte: %1</translation>
    </message>
    <message>
        <source>Someone else deleted the profile &quot;%1&quot; meanwhile; yours was not saved. Save again to store it under this name.</source>
        <translation>Någon annan har tagit bort profilen &quot;%1&quot; under tiden; din sparades inte. Spara igen för att lagra den under det här namnet.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Någon annan</translation>
    </message>
    <message>
        <source>%1 saved a profile named &quot;%2&quot; meanwhile; yours was not saved. Give yours another name, or save again to replace theirs.</source>
        <translation>%1 sparade en profil med namnet &quot;%2&quot; under tiden; din sparades inte. Ge din ett annat namn, eller spara igen för att ersätta den.</translation>
    </message>
    <message>
        <source>%1 saved a profile named &quot;%2&quot; on %3; yours was not saved. Give yours another name, or save again to replace theirs.</source>
        <translation>%1 sparade en profil med namnet &quot;%2&quot; den %3; din sparades inte. Ge din ett annat namn, eller spara igen för att ersätta den.</translation>
    </message>
</context>
<context>
    <name>ImportMappings</name>
    <message>
        <source>Unsupported mappings version.</source>
        <translation>Mappningarnas version stöds inte.</translation>
    </message>
    <message>
        <source>Priority &quot;%1&quot; maps to severity %2; severities are 1 to 4.</source>
        <translation>Prioriteten &quot;%1&quot; mappas till allvarlighetsgrad %2; allvarlighetsgraderna är 1 till 4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown kind, service level or activity.</source>
        <translation>&quot;%1&quot; har en okänd typ, servicenivå eller aktivitet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown role &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; har en okänd roll &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>ImportReportText</name>
    <message>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation>%1 nya, %2 uppdaterade, %3 oförändrade</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  … och %1 till</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, kolumn %1</translation>
    </message>
    <message>
        <source>Committed without the %1 rejected rows.</source>
        <translation>Sparat utan de %1 avvisade raderna.</translation>
    </message>
    <message>
        <source>Committed.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Provkörning: ingenting skrevs.</translation>
    </message>
    <message>
        <source>Nothing was written: %1 rows were rejected (strict mode; skip bad rows to import the others).</source>
        <translation>Ingenting skrevs: %1 rader avvisades (strikt läge; hoppa över felaktiga rader för att importera de övriga).</translation>
    </message>
    <message>
        <source>Nothing was written: the import was not confirmed.</source>
        <translation>Ingenting skrevs: importen bekräftades inte.</translation>
    </message>
    <message>
        <source>Nothing was written: the import was cancelled.</source>
        <translation>Ingenting skrevs: importen avbröts.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Ingenting skrevs: %1</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Ingenting skrevs.</translation>
    </message>
    <message>
        <source>Import of %1 into %2</source>
        <translation>Import av %1 till %2</translation>
    </message>
    <message>
        <source>Source: %1; times read in %2</source>
        <translation>Källa: %1; tider tolkade i tidszonen %2</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Teckenkodning: %1</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Lästa rader: %1</translation>
    </message>
    <message>
        <source>Tickets: %1 (%2 status changes)</source>
        <translation>Ärenden: %1 (%2 statusändringar)</translation>
    </message>
    <message>
        <source>Worklogs: %1</source>
        <translation>Tidrapporter: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Avvisade: %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Varningar: %1</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Avvisade rader:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Varningar:</translation>
    </message>
    <message>
        <source>Persons without a role: %1</source>
        <translation>Personer utan roll: %1</translation>
    </message>
    <message>
        <source>Types and activities without a mapping: %1</source>
        <translation>Typer och aktiviteter utan mappning: %1</translation>
    </message>
    <message>
        <source>Nothing was written: the stored worklogs would not add up to the file&apos;s total.</source>
        <translation>Ingenting skrevs: de sparade tidrapporterna skulle inte stämma med filens summa.</translation>
    </message>
    <message>
        <source>Worklog hours: %1 in the file, %2 stored%3</source>
        <translation>Tidrapporterade timmar: %1 i filen, %2 sparade%3</translation>
    </message>
    <message>
        <source> — they do not agree</source>
        <translation> — de stämmer inte överens</translation>
    </message>
    <message>
        <source>%1: the import was cancelled</source>
        <translation>%1: importen avbröts</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more rejected row(s); --skip-bad-rows imports the others)</source>
        <translation>
            <numerusform>(och %n rad till avvisades; --skip-bad-rows importerar de övriga)</numerusform>
            <numerusform>(och %n rader till avvisades; --skip-bad-rows importerar de övriga)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1; the file looks like %2: use --source %3</source>
        <comment>reason; the source the file looks like</comment>
        <translation>%1; filen ser ut som %2: använd --source %3</translation>
    </message>
    <message>
        <source>Dates in the file: %1 – %2</source>
        <translation>Datum i filen: %1 – %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <source>The file has dates from %1 to %2, far outside the period of %3 (%4). Import them into %3 anyway?</source>
        <translation>Filen har datum från %1 till %2, långt utanför perioden för %3 (%4). Importera dem till %3 ändå?</translation>
    </message>
    <message>
        <source>Nothing was written</source>
        <translation>Ingenting skrevs</translation>
    </message>
    <message>
        <source>the file has dates from %1 to %2, far outside the period of %3 (%4); check that it belongs to %3</source>
        <translation>filen har datum från %1 till %2, långt utanför perioden för %3 (%4); kontrollera att den hör till %3</translation>
    </message>
</context>
<context>
    <name>ImportSettings</name>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Okänd tidszon &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown date format &quot;%1&quot;.</source>
        <translation>Okänt datumformat &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The longest worklog must be a number of hours above 0.</source>
        <translation>Den längsta tidrapporten måste vara ett antal timmar över 0.</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>The column &quot;%1&quot; is missing: this does not look like a %2 export.</source>
        <translation>Kolumnen &quot;%1&quot; saknas: det här ser inte ut som en export från %2.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>Kolumnen %1 är tom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time in the expected format (%2).</source>
        <translation>&quot;%1&quot; är inte ett datum och klockslag i det förväntade formatet (%2).</translation>
    </message>
    <message>
        <source>No priority; severity %1 assumed.</source>
        <translation>Ingen prioritet; allvarlighetsgrad %1 antas.</translation>
    </message>
    <message>
        <source>Unknown priority &quot;%1&quot;: map it to a severity first.</source>
        <translation>Okänd prioritet &quot;%1&quot;: mappa den till en allvarlighetsgrad först.</translation>
    </message>
</context>
<context>
    <name>ImportSources</name>
    <message>
        <source>ServiceNow list export</source>
        <translation>Listexport från ServiceNow</translation>
    </message>
    <message>
        <source>a ServiceNow incident list</source>
        <translation>en incidentlista från ServiceNow</translation>
    </message>
    <message>
        <source>ServiceNow event log</source>
        <translation>Händelselogg från ServiceNow</translation>
    </message>
    <message>
        <source>a ServiceNow event log (servicenow-events)</source>
        <translation>en händelselogg från ServiceNow (servicenow-events)</translation>
    </message>
    <message>
        <source>Jira Service Management</source>
        <translation>Jira Service Management</translation>
    </message>
    <message>
        <source>a Jira issue export</source>
        <translation>en ärendeexport från Jira</translation>
    </message>
    <message>
        <source>Zendesk tickets</source>
        <translation>Ärenden från Zendesk</translation>
    </message>
    <message>
        <source>a Zendesk ticket export</source>
        <translation>en ärendeexport från Zendesk</translation>
    </message>
    <message>
        <source>Tempo worklogs</source>
        <translation>Tidrapporter från Tempo</translation>
    </message>
    <message>
        <source>a Tempo worklog export</source>
        <translation>en tidrapportexport från Tempo</translation>
    </message>
    <message>
        <source>Kimai timesheet</source>
        <translation>Tidrapport från Kimai</translation>
    </message>
    <message>
        <source>a Kimai timesheet export</source>
        <translation>en tidrapportexport från Kimai</translation>
    </message>
    <message>
        <source>Harvest time report</source>
        <translation>Tidrapport från Harvest</translation>
    </message>
    <message>
        <source>a Harvest time report</source>
        <translation>en tidrapport från Harvest</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Filen kan inte öppnas: %1</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252. Check that names with å, ä and ö look right.</source>
        <translation>Filen är inte UTF-8; den lästes som Windows-1252. Kontrollera att namn med å, ä och ö ser rätt ut.</translation>
    </message>
    <message>
        <source>The file cannot be read a second time.</source>
        <translation>Filen kan inte läsas en andra gång.</translation>
    </message>
    <message>
        <source>The file&apos;s worklogs add up to %1 h, but %2 h would be stored; nothing was imported.</source>
        <translation>Filens tidrapporter blir %1 h sammanlagt, men %2 h skulle sparas; ingenting importerades.</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>This is a folder, not an export file.</source>
        <translation>Det här är en mapp, inte en exportfil.</translation>
    </message>
    <message>
        <source>This is not a regular file (a pipe, socket or device); save the export to a file and import that.</source>
        <translation>Det här är ingen vanlig fil (en pipe, socket eller enhet); spara exporten i en fil och importera den.</translation>
    </message>
</context>
<context>
    <name>JiraSource</name>
    <message>
        <source>Jira Service Management</source>
        <translation>Jira Service Management</translation>
    </message>
</context>
<context>
    <name>KimaiSource</name>
    <message>
        <source>&quot;%1&quot; is not a time of day.</source>
        <translation>&quot;%1&quot; är inte ett klockslag.</translation>
    </message>
    <message>
        <source>The worklog has no person.</source>
        <translation>Tidrapporten saknar person.</translation>
    </message>
    <message>
        <source>Kimai timesheet</source>
        <translation>Tidrapport från Kimai</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunder</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuter</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>timmar</translation>
    </message>
    <message>
        <source>The Duration column mixes units: on line %1 it is in %2 (it agrees with From and To), on line %3 in %4. Export the file again with one unit.</source>
        <translation>Kolumnen Duration blandar enheter: på rad %1 är den i %2 (den stämmer med From och To), på rad %3 i %4. Exportera filen igen med en enda enhet.</translation>
    </message>
    <message>
        <source>Duration %1 (%2) does not agree with From and To (%3 minutes).</source>
        <translation>Varaktigheten %1 (%2) stämmer inte med From och To (%3 minuter).</translation>
    </message>
    <message>
        <source>Duration %1 agrees with From and To (%2 minutes) in no unit: not seconds, minutes or hours.</source>
        <translation>Varaktigheten %1 stämmer inte med From och To (%2 minuter) i någon enhet: varken sekunder, minuter eller timmar.</translation>
    </message>
    <message>
        <source>Duration %1 does not agree with From and To (%2 minutes).</source>
        <translation>Varaktigheten %1 stämmer inte med From och To (%2 minuter).</translation>
    </message>
    <message>
        <source>The totals row of the export was skipped.</source>
        <translation>Exportens summarad hoppades över.</translation>
    </message>
</context>
<context>
    <name>MappedTicketSource</name>
    <message>
        <source>&quot;%1&quot; profile</source>
        <translation>Profilen &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>MappedWorklogSource</name>
    <message>
        <source>The profile maps no column to &quot;%1&quot;.</source>
        <translation>Profilen mappar ingen kolumn till &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The worklog has no person.</source>
        <translation>Tidrapporten saknar person.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; profile</source>
        <translation>Profilen &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>MappingCommand</name>
    <message>
        <source>give the value to map, e.g. mapping set priority &quot;P1&quot; 1</source>
        <translation>ange värdet som ska mappas, t.ex. mapping set priority &quot;P1&quot; 1</translation>
    </message>
    <message>
        <source>severity must be 1, 2, 3 or 4, not &apos;%1&apos;</source>
        <translation>allvarlighetsgraden måste vara 1, 2, 3 eller 4, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (use Dev, QA, SA, PM, RM or Ops)</source>
        <translation>okänd roll &apos;%1&apos; (använd Dev, QA, SA, PM, RM eller Ops)</translation>
    </message>
    <message>
        <source>unknown ticket kind &apos;%1&apos;</source>
        <translation>okänd ärendetyp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown service level &apos;%1&apos; (use L1, L2, L3 or optional)</source>
        <translation>okänd servicenivå &apos;%1&apos; (använd L1, L2, L3 eller optional)</translation>
    </message>
    <message>
        <source>unknown mapping &apos;%1&apos; (use priority, worktype or role)</source>
        <translation>okänd mappning &apos;%1&apos; (använd priority, worktype eller role)</translation>
    </message>
    <message>
        <source>List or change the mappings imports use.</source>
        <translation>Visa eller ändra mappningarna som importer använder.</translation>
    </message>
    <message>
        <source>list, set KIND VALUE TARGET…, or remove KIND VALUE.</source>
        <translation>list, set TYP VÄRDE MÅL… eller remove TYP VÄRDE.</translation>
    </message>
    <message>
        <source>mapping needs list, set or remove</source>
        <translation>mapping kräver list, set eller remove</translation>
    </message>
</context>
<context>
    <name>Models::AllocationGridModel</name>
    <message>
        <source>Total vs capacity</source>
        <translation>Totalt mot kapacitet</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 h allocated of %2 h capacity (%3 %)</source>
        <translation>%1 h allokerat av %2 h kapacitet (%3 %)</translation>
    </message>
    <message>
        <source>%1 h allocated without capacity</source>
        <translation>%1 h allokerat utan kapacitet</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Hours allocated over the six months shown</source>
        <translation>Timmar allokerade under de sex månader som visas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
</context>
<context>
    <name>Models::AllocationHeatmapModel</name>
    <message>
        <source>nothing allocated</source>
        <translation>inget allokerat</translation>
    </message>
    <message>
        <source>under %1 %</source>
        <translation>under %1 %</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2 %</translation>
    </message>
    <message>
        <source>%1–100 %</source>
        <translation>%1–100 %</translation>
    </message>
    <message>
        <source>over 100 % (hatched, ▲)</source>
        <translation>över 100 % (streckad, ▲)</translation>
    </message>
    <message>
        <source>allocated without capacity (hatched, ▲)</source>
        <translation>allokerat utan kapacitet (streckad, ▲)</translation>
    </message>
    <message>
        <source>no capacity ▲</source>
        <translation>ingen kapacitet ▲</translation>
    </message>
    <message>
        <source>%1 % ▲</source>
        <translation>%1 % ▲</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1, %2: %3 h of %4 h capacity</source>
        <translation>%1, %2: %3 h av %4 h kapacitet</translation>
    </message>
</context>
<context>
    <name>Models::DatabaseCopy</name>
    <message numerus="yes">
        <source>Copied %n row(s) in %1 tables from %2 to %3; every table holds as many rows as the source.</source>
        <translation>
            <numerusform>Kopierade %n rad i %1 tabeller från %2 till %3; varje tabell har lika många rader som källan.</numerusform>
            <numerusform>Kopierade %n rader i %1 tabeller från %2 till %3; varje tabell har lika många rader som källan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was copied</source>
        <translation>Ingenting kopierades</translation>
    </message>
</context>
<context>
    <name>Models::EngagementListModel</name>
    <message>
        <source>open-ended</source>
        <translation>tills vidare</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Support model</source>
        <translation>Supportmodell</translation>
    </message>
    <message>
        <source>Hours/month</source>
        <translation>Timmar/månad</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
</context>
<context>
    <name>Models::PlannedVsActualModel</name>
    <message>
        <source>Logged without a plan</source>
        <translation>Rapporterat utan plan</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Planned h</source>
        <translation>Planerat (h)</translation>
    </message>
    <message>
        <source>Logged h</source>
        <translation>Rapporterat (h)</translation>
    </message>
    <message>
        <source>Difference h</source>
        <translation>Skillnad (h)</translation>
    </message>
</context>
<context>
    <name>Models::PortfolioBurnModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of the budget used after %2 of the month&apos;s working days</source>
        <translation>%1 av budgeten förbrukad efter %2 av månadens arbetsdagar</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Avtalat</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Förbrukat</translation>
    </message>
    <message>
        <source>Month elapsed</source>
        <translation>Förfluten
tid</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>Förbrukad
budget</translation>
    </message>
    <message>
        <source>Left at month end</source>
        <translation>Kvar vid
månadsslut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 committed + %2 carried in − %3 deducted</source>
        <translation>%1 avtalat + %2 överfört − %3 avdraget</translation>
    </message>
    <message>
        <source>Hours logged outside the contract this month: before the start or after the end, by a role the contract does not cover, or on an optional service not contracted. They never count against the budget.</source>
        <translation>Timmar som rapporterats utanför avtalet den här månaden: före start eller efter slut, av en roll som inte ingår i avtalet eller på en tillvalstjänst som inte är avtalad. De räknas aldrig mot budgeten.</translation>
    </message>
    <message>
        <source>Outside</source>
        <comment>hours outside the contract (narrow column)</comment>
        <translation>Utanför</translation>
    </message>
</context>
<context>
    <name>Models::PortfolioSlaModel</name>
    <message>
        <source>↗ better</source>
        <translation>↗ bättre</translation>
    </message>
    <message>
        <source>→ steady</source>
        <translation>→ stabilt</translation>
    </message>
    <message>
        <source>↘ worse</source>
        <translation>↘ sämre</translation>
    </message>
    <message>
        <source>no trend yet</source>
        <translation>ingen trend än</translation>
    </message>
    <message>
        <source>Severity %1: no tickets measured this month</source>
        <translation>Allvarlighetsgrad %1: inga ärenden mätta den här månaden</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>inte mätt</translation>
    </message>
    <message numerus="yes">
        <source>Severity %1 this month: response %2, resolution %3 of %n ticket(s); target %4 — %5</source>
        <translation>
            <numerusform>Allvarlighetsgrad %1 den här månaden: svar %2, lösning %3 av %n ärende; mål %4 — %5</numerusform>
            <numerusform>Allvarlighetsgrad %1 den här månaden: svar %2, lösning %3 av %n ärenden; mål %4 — %5</numerusform>
        </translation>
    </message>
    <message>
        <source>met</source>
        <translation>hållet</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missat</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Sev %1</source>
        <translation>Allv. %1</translation>
    </message>
    <message>
        <source>Open breaches</source>
        <translation>Öppna SLA-brott</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>I riskzonen</translation>
    </message>
    <message>
        <source>Met %, both clocks and every severity, the %1 full months up to %2: %3. This month so far: %4 (not part of the trend until it has ended).</source>
        <translation>Uppfyllt i %, båda klockorna och alla allvarlighetsgrader, de %1 hela månaderna till och med %2: %3. Den här månaden hittills: %4 (ingår inte i trenden förrän den är slut).</translation>
    </message>
    <message>
        <source>6 full months</source>
        <translation>6 hela månader</translation>
    </message>
</context>
<context>
    <name>Models::ReviewBreachModel</name>
    <message>
        <source>The team&apos;s root cause of this breach; printed in the review pack. Double-click or press F2 to edit.</source>
        <translation>Teamets grundorsak till SLA-brottet; skrivs ut i uppföljningsunderlaget. Dubbelklicka eller tryck F2 för att redigera.</translation>
    </message>
    <message>
        <source>The team&apos;s root cause of this breach (read-only here).</source>
        <translation>Teamets grundorsak till SLA-brottet (skrivskyddad här).</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Sev.</source>
        <translation>Allv.</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Överskridet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Förklaring</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundorsak</translation>
    </message>
</context>
<context>
    <name>Models::SlaAtRiskModel</name>
    <message>
        <source>Sev %1</source>
        <translation>Allv. %1</translation>
    </message>
    <message>
        <source>%1 % of %2</source>
        <translation>%1 % av %2</translation>
    </message>
    <message>
        <source>%1: the %2 target was breached</source>
        <translation>%1: målet för %2 har överskridits</translation>
    </message>
    <message>
        <source>%1: past the warning threshold of the %2 target</source>
        <translation>%1: förbi varningsgränsen för målet för %2</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allv.</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Klocka</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Förbrukat</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tid kvar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
</context>
<context>
    <name>Models::SupportModelWhatIfModel</name>
    <message>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <source>Counted against the capacity</source>
        <translation>Räknas mot kapaciteten</translation>
    </message>
    <message>
        <source>Over the capacity</source>
        <translation>Över kapaciteten</translation>
    </message>
    <message>
        <source>Carried outside the capacity</source>
        <translation>Bärs utanför kapaciteten</translation>
    </message>
    <message>
        <source>Billed separately</source>
        <translation>Faktureras separat</translation>
    </message>
    <message>
        <source>Tickets created</source>
        <translation>Skapade ärenden</translation>
    </message>
    <message>
        <source>Tickets under SLA</source>
        <translation>Ärenden under SLA</translation>
    </message>
    <message>
        <source>Would have breached</source>
        <translation>Skulle ha fått SLA-brott</translation>
    </message>
    <message>
        <source>Under SLA without a target</source>
        <translation>Under SLA utan mål</translation>
    </message>
    <message>
        <source>Under SLA, not evaluable</source>
        <translation>Under SLA, kan inte utvärderas</translation>
    </message>
    <message>
        <source>Severity 1 open outside business hours</source>
        <translation>Öppen tid utanför kontorstid, allvarlighetsgrad 1</translation>
    </message>
    <message>
        <source>Carried by 24×7 cover</source>
        <translation>Bärs av 24×7-täckning</translation>
    </message>
    <message>
        <source>Severity 1 created outside business hours</source>
        <translation>Skapade utanför kontorstid, allvarlighetsgrad 1</translation>
    </message>
    <message>
        <source>Severity 1 hours on days without business hours</source>
        <translation>Timmar dagar utan kontorstid, allvarlighetsgrad 1</translation>
    </message>
    <message>
        <source>Roles the work needed</source>
        <translation>Roller som arbetet behövde</translation>
    </message>
    <message>
        <source>Roles not covered</source>
        <translation>Roller som inte omfattas</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>no 24×7 cover</source>
        <translation>ingen 24×7-täckning</translation>
    </message>
    <message>
        <source>option not chosen</source>
        <translation>tillvalet inte valt</translation>
    </message>
    <message>
        <source>%1 (option)</source>
        <translation>%1 (tillval)</translation>
    </message>
    <message>
        <source>%1 (included)</source>
        <translation>%1 (ingår)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>role, hours</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>the engagement&apos;s calendar</source>
        <translation>uppdragets kalender</translation>
    </message>
    <message>
        <source>the engagement&apos;s SLA policy</source>
        <translation>uppdragets SLA-policy</translation>
    </message>
    <message>
        <source>the default SLA policy of this model (the engagement has none stored)</source>
        <translation>modellens standardpolicy för SLA (uppdraget har ingen sparad)</translation>
    </message>
    <message>
        <source>The engagement&apos;s committed hours of each month replayed (%1 to %2), or where it commits none, the hours allocated to it: the same team under every model.</source>
        <translation>Uppdragets avtalade timmar för varje uppspelad månad (%1 till %2), eller där inga timmar är avtalade, de timmar som är allokerade till det: samma team under varje modell.</translation>
    </message>
    <message>
        <source>Only delivery work is drawn from the capacity: worklogs the budget counts, except operations and break-fix (L1, L2), which are unlimited operational support under this model.</source>
        <translation>Bara leveransarbete dras från kapaciteten: tidrapporter som budgeten räknar, utom drift och felavhjälpning (L1, L2), som är obegränsat driftsstöd i den här modellen.</translation>
    </message>
    <message>
        <source>Every worklog the budget counts (L1, L2 and L3 by default, with the engagement&apos;s activity rules) is drawn from the resources allocated for the month: support and delivery work alike.</source>
        <translation>Varje tidrapport som budgeten räknar (L1, L2 och L3 som standard, med uppdragets regler per aktivitet) dras från de resurser som allokerats för månaden: support- och leveransarbete lika.</translation>
    </message>
    <message>
        <source>Every worklog the budget counts (L1, L2 and L3 by default, with the engagement&apos;s activity rules) is drawn from the fixed capacity.</source>
        <translation>Varje tidrapport som budgeten räknar (L1, L2 och L3 som standard, med uppdragets regler per aktivitet) dras från den fasta kapaciteten.</translation>
    </message>
    <message>
        <source>Month by month, the hours counted above that month&apos;s capacity, added up: a month under its capacity does not make up for another.</source>
        <translation>Månad för månad, de timmar som räknats utöver månadens kapacitet, summerade: en månad under kapaciteten väger inte upp en annan.</translation>
    </message>
    <message>
        <source>Nothing: this model has no unlimited operational support, so every hour in scope is drawn from the capacity.</source>
        <translation>Inget: modellen har inget obegränsat driftsstöd, så varje timme inom avtalet dras från kapaciteten.</translation>
    </message>
    <message>
        <source>Operations and break-fix (L1, L2) the budget counts: carried by the model&apos;s unlimited operational support and complete DevOps for hotfixes, outside the capacity.</source>
        <translation>Drift och felavhjälpning (L1, L2) som budgeten räknar: bärs av modellens obegränsade driftsstöd och fullständiga DevOps för hotfixar, utanför kapaciteten.</translation>
    </message>
    <message>
        <source>Operations and break-fix (L1, L2) the budget counts: carried by the model&apos;s unlimited operational support, outside the capacity.</source>
        <translation>Drift och felavhjälpning (L1, L2) som budgeten räknar: bärs av modellens obegränsade driftsstöd, utanför kapaciteten.</translation>
    </message>
    <message>
        <source>Worklogs the budget does not count (optional services unless the engagement says otherwise): contracted and billed outside every model.</source>
        <translation>Tidrapporter som budgeten inte räknar (tillvalstjänster om inte uppdraget säger annat): avtalas och faktureras utanför alla modeller.</translation>
    </message>
    <message>
        <source>Tickets created in the period, by their creation instant in the engagement&apos;s time zone.</source>
        <translation>Ärenden som skapats under perioden, efter tidpunkten de skapades i uppdragets tidszon.</translation>
    </message>
    <message>
        <source>None: a fixed-capacity contract sells hours, not response and resolution times.</source>
        <translation>Inga: ett avtal med fast kapacitet säljer timmar, inte svars- och lösningstider.</translation>
    </message>
    <message>
        <source>Incidents of severity 1 or 2 created in the period: this model&apos;s SLA covers critical incidents only.</source>
        <translation>Incidenter med allvarlighetsgrad 1 eller 2 som skapats under perioden: modellens SLA omfattar bara kritiska incidenter.</translation>
    </message>
    <message>
        <source>Every ticket created in the period: this model has SLA on all support tickets.</source>
        <translation>Alla ärenden som skapats under perioden: modellen har SLA på alla supportärenden.</translation>
    </message>
    <message>
        <source>No ticket falls under SLA in this model.</source>
        <translation>Inga ärenden omfattas av SLA i den här modellen.</translation>
    </message>
    <message>
        <source>the response of every severity and the resolution of severity 1</source>
        <translation>svaret för alla allvarlighetsgrader och lösningen för allvarlighetsgrad 1</translation>
    </message>
    <message>
        <source>severity 1 (the engagement&apos;s 24×7 option)</source>
        <translation>allvarlighetsgrad 1 (uppdragets 24×7-tillval)</translation>
    </message>
    <message>
        <source>none (24×7 for severity 1 not chosen)</source>
        <translation>inga (24×7 för allvarlighetsgrad 1 är inte valt)</translation>
    </message>
    <message>
        <source>Tickets under SLA with a response or resolution clock past its target, as known now, on %1. Clocks counted around the clock: %2; all others on the business hours of %3.</source>
        <translation>Ärenden under SLA där svars- eller lösningsklockan passerat sitt mål, så långt det är känt nu, enligt %1. Klockor som räknas dygnet runt: %2; alla andra på kontorstiden i %3.</translation>
    </message>
    <message>
        <source>Tickets under SLA whose severity has neither a response nor a resolution target in %1: they can neither meet nor breach.</source>
        <translation>Ärenden under SLA vars allvarlighetsgrad varken har svarsmål eller lösningsmål i %1: de kan varken uppfyllas eller få SLA-brott.</translation>
    </message>
    <message>
        <source>Tickets under SLA whose data cannot be evaluated (no creation time, an unknown severity, or no policy version in force on their creation date).</source>
        <translation>Ärenden under SLA vars data inte kan utvärderas (ingen tidpunkt för skapande, okänd allvarlighetsgrad eller ingen policyversion som gällde när de skapades).</translation>
    </message>
    <message>
        <source>%1 is open around the clock: no time lies outside business hours.</source>
        <translation>%1 är öppen dygnet runt: ingen tid ligger utanför kontorstid.</translation>
    </message>
    <message>
        <source>For severity-1 tickets created in the period: the time from creation to resolution (or to the end of the period, or now, when earlier) outside the business hours of %1. Paused time is not taken off: someone on call still owns the incident.</source>
        <translation>För ärenden med allvarlighetsgrad 1 som skapats under perioden: tiden från skapande till lösning (eller till periodens slut, eller nu, om det är tidigare) utanför kontorstiden i %1. Pausad tid dras inte av: den som går jour äger fortfarande incidenten.</translation>
    </message>
    <message>
        <source>This model has no 24×7 cover: severity-1 work outside business hours waits for them.</source>
        <translation>Modellen har ingen 24×7-täckning: arbete med allvarlighetsgrad 1 utanför kontorstid väntar till kontorstid.</translation>
    </message>
    <message>
        <source>24×7 cover of severity 1 is an option of this model the engagement has not chosen: the work waits for business hours; with the option it would carry %1.</source>
        <translation>24×7-täckning av allvarlighetsgrad 1 är ett tillval i modellen som uppdraget inte har valt: arbetet väntar till kontorstid; med tillvalet skulle den bära %1.</translation>
    </message>
    <message>
        <source>The engagement&apos;s 24×7 severity-1 option carries all of the out-of-hours severity-1 time.</source>
        <translation>Uppdragets 24×7-tillval för allvarlighetsgrad 1 bär all tid med allvarlighetsgrad 1 utanför kontorstid.</translation>
    </message>
    <message>
        <source>24×7 is part of this model: it carries all of the out-of-hours severity-1 time.</source>
        <translation>24×7 ingår i modellen: den bär all tid med allvarlighetsgrad 1 utanför kontorstid.</translation>
    </message>
    <message>
        <source>Severity-1 tickets of the period created outside the business hours of %1.</source>
        <translation>Ärenden med allvarlighetsgrad 1 under perioden som skapats utanför kontorstiden i %1.</translation>
    </message>
    <message>
        <source>Hours logged on severity-1 tickets on dates without business hours (weekends, holidays) in %1. Worklogs carry a date, not a time, so evening work on a working day is not seen here.</source>
        <translation>Timmar rapporterade på ärenden med allvarlighetsgrad 1 på datum utan kontorstid (helger, helgdagar) i %1. Tidrapporter har ett datum, inte en tid, så kvällsarbete på en arbetsdag syns inte här.</translation>
    </message>
    <message>
        <source>Every worklog of the period by the role it was logged with; without a role: %1.</source>
        <translation>Varje tidrapport under perioden efter rollen den rapporterades med; utan roll: %1.</translation>
    </message>
    <message>
        <source>None: this model covers all roles (Dev/QA/SA/PM/RM) and operational support.</source>
        <translation>Inga: modellen omfattar alla roller (Dev/QA/SA/PM/RM) och driftsstöd.</translation>
    </message>
    <message>
        <source>Roles the work needed that the engagement&apos;s contract does not cover; it covers: %1.</source>
        <translation>Roller som arbetet behövde men som uppdragets avtal inte omfattar; det omfattar: %1.</translation>
    </message>
    <message>
        <source>%1 (this engagement)</source>
        <translation>%1 (detta uppdrag)</translation>
    </message>
</context>
<context>
    <name>Models::TicketTableModel</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Tjänsteförfrågan</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Enhancement</source>
        <translation>Vidareutveckling</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>inte utvärderat</translation>
    </message>
    <message>
        <source>%1: %2 — double-click for the timeline</source>
        <translation>%1: %2 — dubbelklicka för tidslinjen</translation>
    </message>
    <message>
        <source>Business time to the first response (stored SLA result)</source>
        <translation>Kontorstid till första svar (sparat SLA-resultat)</translation>
    </message>
    <message>
        <source>Business time to resolution, paused time removed (stored SLA result)</source>
        <translation>Kontorstid till lösning, pausad tid borträknad (sparat SLA-resultat)</translation>
    </message>
    <message>
        <source>Business time spent in pause statuses</source>
        <translation>Kontorstid i pausstatus</translation>
    </message>
    <message>
        <source>In the engagement&apos;s time zone (%1)</source>
        <translation>I uppdragets tidszon (%1)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allv.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapat</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Första svar</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Svarstid</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>Lösningstid</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad tid</translation>
    </message>
    <message>
        <source>SLA state</source>
        <translation>SLA-läge</translation>
    </message>
    <message>
        <source>%1 (h)</source>
        <translation>%1 (h)</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>Contracted &amp;hours per week:</source>
        <translation>Avtalad arbets&amp;tid per vecka:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Part-time:</source>
        <translation>&amp;Sysselsättningsgrad:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Takes 24×7 &amp;on-call duty</source>
        <translation>Går &amp;jour 24×7</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;Known</source>
        <translation>&amp;Känt</translation>
    </message>
    <message>
        <source>&amp;End (last day):</source>
        <translation>S&amp;lut (sista dag):</translation>
    </message>
    <message>
        <source>Lea&amp;ving</source>
        <translation>Sl&amp;utar</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Frånvaro</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>&amp;Add absence</source>
        <translation>Lägg till &amp;frånvaro</translation>
    </message>
    <message>
        <source>Re&amp;move absence</source>
        <translation>Ta &amp;bort frånvaro</translation>
    </message>
</context>
<context>
    <name>PolicyFile</name>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 är inte %2</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>okänd nyckel</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>en text</translation>
    </message>
    <message>
        <source>a non-empty list of policy versions</source>
        <translation>en icke-tom lista med policyversioner</translation>
    </message>
    <message>
        <source>another version already takes effect on %1</source>
        <translation>en annan version börjar redan gälla %1</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD</source>
        <translation>ett datum ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also a resolved status</source>
        <translation>&quot;%1&quot; är också en status för löst ärende</translation>
    </message>
    <message>
        <source>a list of statuses</source>
        <translation>en lista med statusar</translation>
    </message>
    <message>
        <source>a status name</source>
        <translation>ett statusnamn</translation>
    </message>
    <message>
        <source>an object with the severities &quot;1&quot; to &quot;4&quot;</source>
        <translation>ett objekt med allvarlighetsgraderna &quot;1&quot; till &quot;4&quot;</translation>
    </message>
    <message>
        <source>unknown severity (expected &quot;1&quot; to &quot;4&quot;)</source>
        <translation>okänd allvarlighetsgrad (förväntade &quot;1&quot; till &quot;4&quot;)</translation>
    </message>
    <message>
        <source>missing: every severity from 1 to 4 needs targets</source>
        <translation>saknas: varje allvarlighetsgrad från 1 till 4 behöver mål</translation>
    </message>
    <message>
        <source>a fraction above 0 and at most 1</source>
        <translation>ett bråktal större än 0 och högst 1</translation>
    </message>
    <message>
        <source>a percentage from 0 to 100</source>
        <translation>en procentsats från 0 till 100</translation>
    </message>
    <message>
        <source>a whole number of minutes (0 for no target)</source>
        <translation>ett helt antal minuter (0 för inget mål)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>cannot open the policy file: %1</source>
        <translation>kan inte öppna policyfilen: %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>inte giltig JSON: %1</translation>
    </message>
    <message>
        <source>a policy file is a JSON object with &quot;versions&quot;</source>
        <translation>en policyfil är ett JSON-objekt med &quot;versions&quot;</translation>
    </message>
    <message>
        <source>cannot write the policy file: %1</source>
        <translation>kan inte skriva policyfilen: %1</translation>
    </message>
    <message>
        <source>not valid JSON: a raw control character (0x%1) inside a string; escape it (for example \u0009 for a tab)</source>
        <translation>inte giltig JSON: ett okodat styrtecken (0x%1) i en sträng; skriv det som escape-sekvens (till exempel \u0009 för tabb)</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>kan inte skriva %1: mappen %2 finns inte</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 is not writable</source>
        <translation>kan inte skriva %1: mappen %2 är skrivskyddad</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>kan inte skriva %1: det är en mapp</translation>
    </message>
    <message>
        <source>The governance review of an engagement and a period: a PDF and its data.</source>
        <translation>Uppföljningsmötets underlag för ett uppdrag och en period: en PDF och dess data.</translation>
    </message>
    <message>
        <source>The period: a month (2026-10), a quarter (2026-Q3) or days (2026-10-01..2026-12-31).</source>
        <translation>Perioden: en månad (2026-10), ett kvartal (2026-Q3) eller dagar (2026-10-01..2026-12-31).</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>PDF-filen som ska skrivas.</translation>
    </message>
    <message>
        <source>Also write the figures: an .xlsx workbook, or else a folder of CSV files.</source>
        <translation>Skriv även siffrorna: en .xlsx-arbetsbok, annars en mapp med CSV-filer.</translation>
    </message>
    <message>
        <source>The name on the cover (default: the Review page&apos;s setting).</source>
        <translation>Namnet på försättsbladet (standard: inställningen på sidan Uppföljning).</translation>
    </message>
    <message>
        <source>Report as of this ISO-8601 instant instead of now.</source>
        <translation>Rapportera per denna ISO 8601-tidpunkt i stället för nu.</translation>
    </message>
    <message>
        <source>report needs --period, e.g. 2026-Q3</source>
        <translation>report behöver --period, t.ex. 2026-Q3</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf</source>
        <translation>report behöver --out FIL.pdf</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s), data fingerprint %2</source>
        <translation>
            <numerusform>%1: %n sida, datafingeravtryck %2</numerusform>
            <numerusform>%1: %n sidor, datafingeravtryck %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFingerprintRows</name>
    <message>
        <source>Cannot write a temporary file for the data fingerprint in %1: %2</source>
        <translation>Kan inte skriva en tillfällig fil för datafingeravtrycket i %1: %2</translation>
    </message>
    <message>
        <source>Cannot read back a temporary file of the data fingerprint.</source>
        <translation>Kan inte läsa tillbaka en tillfällig fil för datafingeravtrycket.</translation>
    </message>
</context>
<context>
    <name>ReviewPackLines</name>
    <message>
        <source>Cannot write a temporary file for the data appendix in %1: %2</source>
        <translation>Kan inte skriva en tillfällig fil för databilagan i %1: %2</translation>
    </message>
    <message>
        <source>Cannot read back a temporary file of the data appendix.</source>
        <translation>Kan inte läsa tillbaka en tillfällig fil för databilagan.</translation>
    </message>
</context>
<context>
    <name>ReviewPackLoader</name>
    <message>
        <source>There is no engagement with the key &apos;%1&apos;.</source>
        <translation>Det finns inget uppdrag med nyckeln &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a period: write a month (2026-10), a quarter (2026-Q3) or a range of days (2026-10-01..2026-12-31).</source>
        <translation>&apos;%1&apos; är ingen period: skriv en månad (2026-10), ett kvartal (2026-Q3) eller ett datumintervall (2026-10-01..2026-12-31).</translation>
    </message>
    <message>
        <source>The period %1 ends before %2 started on %3.</source>
        <translation>Perioden %1 slutar innan %2 började den %3.</translation>
    </message>
    <message>
        <source>The period %1 has not started yet: a review covers what has happened.</source>
        <translation>Perioden %1 har inte börjat än: en uppföljning gäller det som har hänt.</translation>
    </message>
</context>
<context>
    <name>ReviewPackRenderer</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter, year</comment>
        <translation>kvartal %1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first day – last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Hours against the commitment</source>
        <translation>Timmar mot åtagandet</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-efterlevnad</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>SLA-brott</translation>
    </message>
    <message>
        <source>Notable incidents and delivered work</source>
        <translation>Större incidenter och levererat arbete</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nästa månad</translation>
    </message>
    <message>
        <source>Risks and actions</source>
        <translation>Risker och åtgärder</translation>
    </message>
    <message>
        <source>Support model</source>
        <translation>Supportmodell</translation>
    </message>
    <message>
        <source>Appendix: how the figures are counted</source>
        <translation>Bilaga: så räknas siffrorna</translation>
    </message>
    <message>
        <source>%1 — governance review %2</source>
        <translation>%1 — uppföljningsmöte %2</translation>
    </message>
    <message>
        <source>Data fingerprint %1</source>
        <translation>Datafingeravtryck %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>PDF-filen kunde inte ritas</translation>
    </message>
    <message>
        <source>Governance review</source>
        <translation>Uppföljningsmöte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 till %3)</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Sammanställd av</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(inte angivet)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message numerus="yes">
        <source>Data fingerprint (SHA-256 of the %n rows behind the figures):</source>
        <translation>
            <numerusform>Datafingeravtryck (SHA-256 av den %n rad som siffrorna bygger på):</numerusform>
            <numerusform>Datafingeravtryck (SHA-256 av de %n rader som siffrorna bygger på):</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <source>%1 compared with the previous period, %2.</source>
        <translation>%1 jämfört med föregående period, %2.</translation>
    </message>
    <message>
        <source>Hours committed</source>
        <translation>Avtalade timmar</translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation>Förbrukade timmar</translation>
    </message>
    <message>
        <source>Hours carried in</source>
        <translation>Överförda timmar in</translation>
    </message>
    <message>
        <source>Hours carried out%1</source>
        <translation>Överförda timmar ut%1</translation>
    </message>
    <message>
        <source>Hours forfeited%1</source>
        <translation>Förlorade timmar%1</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 p.e.</translation>
    </message>
    <message>
        <source>Severity %1: first response met (target %2)</source>
        <translation>Allvarlighetsgrad %1: första svar i tid (mål %2)</translation>
    </message>
    <message>
        <source>Severity %1: resolution met (target %2)</source>
        <translation>Allvarlighetsgrad %1: lösning i tid (mål %2)</translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation>Öppnade ärenden</translation>
    </message>
    <message>
        <source>Tickets resolved</source>
        <translation>Lösta ärenden</translation>
    </message>
    <message>
        <source>Backlog at period end</source>
        <translation>Backlogg vid periodens slut</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Denna period</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Föregående period</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>* Projected: a month of the period has not closed yet, so its carried and forfeited hours assume the forecast holds.</source>
        <translation>* Prognos: en månad i perioden är inte stängd än, så dess överförda och förlorade timmar förutsätter att prognosen håller.</translation>
    </message>
    <message>
        <source>%1 is a fixed-capacity engagement: it sells hours, not response and resolution times, so this review has no SLA figures.</source>
        <translation>%1 är ett uppdrag med fast kapacitet: det säljer timmar, inte svars- och lösningstider, så den här uppföljningen har inga SLA-siffror.</translation>
    </message>
    <message>
        <source>Tickets by service level and kind</source>
        <translation>Ärenden per servicenivå och typ</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Alla ärenden</translation>
    </message>
    <message>
        <source>Service level or kind</source>
        <translation>Servicenivå eller typ</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Öppnade</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Lösta</translation>
    </message>
    <message>
        <source>Opened before</source>
        <translation>Öppnade före</translation>
    </message>
    <message>
        <source>Resolved before</source>
        <translation>Lösta före</translation>
    </message>
    <message>
        <source>No month of the period lies in the contract yet.</source>
        <translation>Ingen månad i perioden ligger inom avtalet än.</translation>
    </message>
    <message>
        <source>Burn-down, %1</source>
        <translation>Burn-down, %1</translation>
    </message>
    <message>
        <source>Budget %1 (committed %2, carried in %3), used %4, remaining %5.</source>
        <translation>Budget %1 (avtalat %2, överfört in %3), förbrukat %4, kvar %5.</translation>
    </message>
    <message>
        <source>Hours of the last 12 months</source>
        <translation>Timmar de senaste 12 månaderna</translation>
    </message>
    <message>
        <source>%1 is a fixed-capacity engagement: it sells hours, not response and resolution times, so it has no SLA to report.</source>
        <translation>%1 är ett uppdrag med fast kapacitet: det säljer timmar, inte svars- och lösningstider, så det finns inget SLA att redovisa.</translation>
    </message>
    <message>
        <source>Share of tickets that met their first-response and resolution targets, month by month; the dashed lines are the targets, a triangle marks a month that missed its target.</source>
        <translation>Andel ärenden som nådde sina mål för första svar och lösning, månad för månad; de streckade linjerna är målen, en triangel markerar en månad som missade sitt mål.</translation>
    </message>
    <message>
        <source>No SLA is sold under this contract, so nothing can breach it.</source>
        <translation>Avtalet omfattar inget SLA, så inga SLA-brott kan uppstå.</translation>
    </message>
    <message>
        <source>No ticket breached its SLA in %1.</source>
        <translation>Inget ärende fick SLA-brott under %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) breached a target in the period. Each line gives what the SLA engine found and the team&apos;s note on the root cause.</source>
        <translation>
            <numerusform>%n ärende överskred ett mål under perioden. Varje rad visar vad SLA-motorn fann och teamets kommentar om grundorsaken.</numerusform>
            <numerusform>%n ärenden överskred ett mål under perioden. Varje rad visar vad SLA-motorn fann och teamets kommentar om grundorsaken.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no note yet)</source>
        <translation>(ingen kommentar än)</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Sev.</source>
        <translation>Allv.</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>SLA-brott</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundorsak</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapat</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the data appendix.</source>
        <translation>
            <numerusform>… och %n till i databilagan.</numerusform>
            <numerusform>… och %n till i databilagan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notable incidents and problems (severity 1 and 2)</source>
        <translation>Större incidenter och problem (allvarlighetsgrad 1 och 2)</translation>
    </message>
    <message>
        <source>No incident or problem of severity 1 or 2 was opened or resolved in the period.</source>
        <translation>Ingen incident eller inget problem med allvarlighetsgrad 1 eller 2 öppnades eller löstes under perioden.</translation>
    </message>
    <message>
        <source>Delivered changes and enhancements (L3 work)</source>
        <translation>Levererade ändringar och vidareutveckling (L3-arbete)</translation>
    </message>
    <message>
        <source>No change, enhancement or L3 work was resolved in the period.</source>
        <translation>Ingen ändring, vidareutveckling eller annat L3-arbete löstes under perioden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (%1 % of the commitment)</source>
        <translation> (%1 % av åtagandet)</translation>
    </message>
    <message>
        <source>Committed: %1. Allocated: %2%3.</source>
        <translation>Avtalat: %1. Allokerat: %2%3.</translation>
    </message>
    <message>
        <source>Nobody is allocated to %1 in %2 yet.</source>
        <translation>Ingen är allokerad till %1 i %2 än.</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 totalt</translation>
    </message>
    <message>
        <source>Allocated in all</source>
        <translation>Allokerat totalt</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Avtalat</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Varning: %1</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risker</translation>
    </message>
    <message>
        <source>No risks were recorded for this period.</source>
        <translation>Inga risker har noterats för perioden.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>No actions were recorded for this period.</source>
        <translation>Inga åtgärder har noterats för perioden.</translation>
    </message>
    <message>
        <source>%1 under the %2 model in %3: the service levels with their activities, the people allocated and the SLA targets.</source>
        <translation>%1 enligt modellen %2 i %3: servicenivåerna med sina aktiviteter, de allokerade personerna och SLA-målen.</translation>
    </message>
    <message>
        <source>How SLA time is counted</source>
        <translation>Så räknas SLA-tiden</translation>
    </message>
    <message>
        <source>Calendar “%1” in the time zone %2.</source>
        <translation>Kalendern ”%1” i tidszonen %2.</translation>
    </message>
    <message>
        <source>The default calendar of the time zone %1.</source>
        <translation>Standardkalendern för tidszonen %1.</translation>
    </message>
    <message>
        <source>open around the clock, every day</source>
        <translation>öppet dygnet runt, alla dagar</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Business hours: %1.</source>
        <translation>Kontorstid: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message numerus="yes">
        <source>Holidays: the national holidays of %1, and %n single date(s).</source>
        <translation>
            <numerusform>Helgdagar: de nationella helgdagarna i %1 och %n enskilt datum.</numerusform>
            <numerusform>Helgdagar: de nationella helgdagarna i %1 och %n enskilda datum.</numerusform>
        </translation>
    </message>
    <message>
        <source>no country</source>
        <translation>inget land</translation>
    </message>
    <message>
        <source>Only business time counts, except on clocks marked 24×7. A ticket&apos;s targets are those of its severity at the end, under the policy version in force on the day it was created; a ticket counts in the month it was resolved.</source>
        <translation>Bara kontorstid räknas, utom för klockor märkta 24×7. Ett ärendes mål är de som gäller för dess slutliga allvarlighetsgrad, enligt den policyversion som gällde den dag det skapades; ett ärende räknas i den månad det löstes.</translation>
    </message>
    <message>
        <source>Policy %1, version in force since %2%3.</source>
        <translation>Policy %1, versionen som gäller sedan %2%3.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(namnlös)</translation>
    </message>
    <message>
        <source> (the support model&apos;s default)</source>
        <translation> (supportmodellens standard)</translation>
    </message>
    <message>
        <source>The resolution clock pauses while a ticket is in: %1. It stops at: %2.</source>
        <translation>Lösningsklockan pausas medan ett ärende har status: %1. Den stannar vid: %2.</translation>
    </message>
    <message>
        <source>%1 (24×7)</source>
        <translation>%1 (24×7)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Första svar</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösning</translation>
    </message>
    <message>
        <source>Share to meet</source>
        <translation>Andel som ska nås</translation>
    </message>
    <message>
        <source>No SLA policy is in force.</source>
        <translation>Ingen SLA-policy gäller.</translation>
    </message>
    <message>
        <source>What counts against the budget</source>
        <translation>Vad som räknas mot budgeten</translation>
    </message>
    <message>
        <source>The data fingerprint</source>
        <translation>Datafingeravtrycket</translation>
    </message>
    <message numerus="yes">
        <source>The fingerprint is a SHA-256 hash over the %n rows the figures come from (tickets and their status history, stored SLA results, worklogs, the budget, next month&apos;s allocations, the policy in force and the notes), sorted and written in a fixed form. Two copies of a review with the same fingerprint were made from the same data.</source>
        <translation>
            <numerusform>Fingeravtrycket är en SHA-256-hash över den %n rad som siffrorna kommer från (ärenden och deras statushistorik, lagrade SLA-resultat, tidrapporter, budgeten, nästa månads allokeringar, gällande policy och kommentarerna), sorterade och skrivna i en fast form. Två exemplar av en uppföljning med samma fingeravtryck bygger på samma data.</numerusform>
            <numerusform>Fingeravtrycket är en SHA-256-hash över de %n rader som siffrorna kommer från (ärenden och deras statushistorik, lagrade SLA-resultat, tidrapporter, budgeten, nästa månads allokeringar, gällande policy och kommentarerna), sorterade och skrivna i en fast form. Två exemplar av en uppföljning med samma fingeravtryck bygger på samma data.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 listed here are those with a root-cause note first, then the most severe and the earliest breached; the data appendix lists all of them.</source>
        <translation>De %1 som listas här är först de som har en kommentar om grundorsaken, sedan de allvarligaste och de tidigaste SLA-brotten; databilagan listar alla.</translation>
    </message>
</context>
<context>
    <name>ReviewPackTables</name>
    <message>
        <source>Ticket</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicenivå</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapat</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Lösta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Breached at</source>
        <translation>Tid för SLA-brott</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundorsak</translation>
    </message>
    <message>
        <source>Figure id</source>
        <translation>Nyckeltalets id</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Denna period</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Föregående period</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuter</translation>
    </message>
    <message>
        <source>Hours committed</source>
        <translation>Avtalade timmar</translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation>Förbrukade timmar</translation>
    </message>
    <message>
        <source>Hours carried in</source>
        <translation>Överförda timmar in</translation>
    </message>
    <message>
        <source>Hours carried out</source>
        <translation>Överförda timmar ut</translation>
    </message>
    <message>
        <source>Hours forfeited</source>
        <translation>Förlorade timmar</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>SLA-brott</translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation>Öppnade ärenden</translation>
    </message>
    <message>
        <source>Tickets resolved</source>
        <translation>Lösta ärenden</translation>
    </message>
    <message>
        <source>Backlog at period end</source>
        <translation>Backlogg vid periodens slut</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Response met</source>
        <translation>Svar i tid</translation>
    </message>
    <message>
        <source>Response measured</source>
        <translation>Svar mätta</translation>
    </message>
    <message>
        <source>Response met %</source>
        <translation>Svar i tid %</translation>
    </message>
    <message>
        <source>Resolution met</source>
        <translation>Lösning i tid</translation>
    </message>
    <message>
        <source>Resolution measured</source>
        <translation>Lösningar mätta</translation>
    </message>
    <message>
        <source>Resolution met %</source>
        <translation>Lösning i tid %</translation>
    </message>
    <message>
        <source>Target %</source>
        <translation>Mål %</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>SLA-brott</translation>
    </message>
    <message>
        <source>Service level or kind</source>
        <translation>Servicenivå eller typ</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Öppnade</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Alla ärenden</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Allocated in all</source>
        <translation>Allokerat totalt</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Avtalat</translation>
    </message>
    <message>
        <source>Committed minutes</source>
        <translation>Avtalade minuter</translation>
    </message>
    <message>
        <source>Carried in minutes</source>
        <translation>Överförda minuter in</translation>
    </message>
    <message>
        <source>Used minutes</source>
        <translation>Förbrukade minuter</translation>
    </message>
    <message>
        <source>Remaining minutes</source>
        <translation>Återstående minuter</translation>
    </message>
    <message>
        <source>Carried out minutes</source>
        <translation>Överförda minuter ut</translation>
    </message>
    <message>
        <source>Forfeited minutes</source>
        <translation>Förlorade minuter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Support model</source>
        <translation>Supportmodell</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Första dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Sammanställd av</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingeravtryck (SHA-256)</translation>
    </message>
    <message>
        <source>Rows fingerprinted</source>
        <translation>Rader i fingeravtrycket</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risker</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Cannot write the data to %1: it is a file, not a folder.</source>
        <translation>Kan inte skriva data till %1: det är en fil, inte en mapp.</translation>
    </message>
    <message>
        <source>Cannot write the data to %1: the folder %2 does not exist.</source>
        <translation>Kan inte skriva data till %1: mappen %2 finns inte.</translation>
    </message>
    <message>
        <source>Cannot write the data to %1: %2</source>
        <translation>Kan inte skriva data till %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the data to %1.</source>
        <translation>Kan inte skriva data till %1.</translation>
    </message>
</context>
<context>
    <name>ServiceNowEventSource</name>
    <message>
        <source>The row has no incident number.</source>
        <translation>Raden saknar incidentnummer.</translation>
    </message>
    <message>
        <source>The rows of %1 are not together: sort the export by number.</source>
        <translation>Raderna för %1 ligger inte i följd: sortera exporten efter nummer.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>Kolumnen %1 är tom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; är inte ett heltal.</translation>
    </message>
    <message>
        <source>ServiceNow event log</source>
        <translation>Händelselogg från ServiceNow</translation>
    </message>
</context>
<context>
    <name>ServiceNowIncidentSource</name>
    <message>
        <source>ServiceNow incident list</source>
        <translation>Incidentlista från ServiceNow</translation>
    </message>
    <message>
        <source>In ServiceNow, open the list, choose Configure › List Layout from the column header&apos;s menu, add Priority to the selected columns and export again.</source>
        <translation>Öppna listan i ServiceNow, välj Configure › List Layout i kolumnrubrikens meny, lägg till Priority bland de valda kolumnerna och exportera igen.</translation>
    </message>
    <message>
        <source>The dates mix day-first (line %1) and month-first (line %2) order.</source>
        <translation>Datumen blandar ordningen dag först (rad %1) och månad först (rad %2).</translation>
    </message>
    <message>
        <source>No date in the file tells whether it is day-month-year or month-day-year (no day above 12). Choose the order: --date-order dmy or mdy, or the choice in the import wizard.</source>
        <translation>Inget datum i filen visar om ordningen är dag-månad-år eller månad-dag-år (ingen dag över 12). Välj ordningen: --date-order dmy eller mdy, eller valet i importguiden.</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>Show or set a setting of the portfolio: team-zone, the team&apos;s time zone, whose working days and public holidays people&apos;s capacity counts on. Without a setting of its own the portfolio counts in its engagements&apos; most common zone (Europe/Stockholm without engagements).</source>
        <translation>Visa eller ändra en inställning för portföljen: team-zone, teamets tidszon, vars arbetsdagar och helgdagar personernas kapacitet räknas efter. Utan egen inställning räknar portföljen i uppdragens vanligaste tidszon (Europe/Stockholm utan uppdrag).</translation>
    </message>
    <message>
        <source>team-zone.</source>
        <translation>team-zone.</translation>
    </message>
    <message>
        <source>team-zone</source>
        <translation>team-zone</translation>
    </message>
    <message>
        <source>Optional: the new value, an IANA zone such as Europe/London, or default to remove the setting.</source>
        <translation>Valfritt: det nya värdet, en IANA-tidszon som Europe/London, eller default för att ta bort inställningen.</translation>
    </message>
    <message>
        <source>[ZONE|default]</source>
        <translation>[ZON|default]</translation>
    </message>
    <message>
        <source>settings needs team-zone, optionally followed by a zone or default</source>
        <translation>settings behöver team-zone, eventuellt följt av en tidszon eller default</translation>
    </message>
    <message>
        <source>%1 is not a time zone this system knows (e.g. Europe/Stockholm)</source>
        <translation>%1 är inte en tidszon som systemet känner till (till exempel Europe/Stockholm)</translation>
    </message>
    <message>
        <source>%1 (not set: the engagements&apos; most common zone)</source>
        <translation>%1 (inte angiven: uppdragens vanligaste tidszon)</translation>
    </message>
</context>
<context>
    <name>SlaChartCommand</name>
    <message>
        <source>The SLA compliance trend chart of an engagement (met % per severity and month, response and resolution, with targets), as PNG or SVG.</source>
        <translation>Diagrammet över ett uppdrags SLA-efterlevnad (uppfyllt i % per allvarlighetsgrad och månad, svar och lösning, med mål) som PNG eller SVG.</translation>
    </message>
    <message>
        <source>The first month (default: eleven months before --to).</source>
        <translation>Första månaden (standard: elva månader före --to).</translation>
    </message>
    <message>
        <source>The last month (default: this month).</source>
        <translation>Sista månaden (standard: den här månaden).</translation>
    </message>
    <message>
        <source>The file to write: its name ends in .png or .svg.</source>
        <translation>Filen att skriva: namnet slutar på .png eller .svg.</translation>
    </message>
    <message>
        <source>Take this ISO-8601 instant as now (default months).</source>
        <translation>Räkna med den här ISO 8601-tidpunkten som nu (standardmånaderna).</translation>
    </message>
    <message>
        <source>sla chart needs --out FILE.png or --out FILE.svg</source>
        <translation>sla chart behöver --out FIL.png eller --out FIL.svg</translation>
    </message>
    <message>
        <source>--out &quot;%1&quot;: the file name must end in .png or .svg</source>
        <translation>--out &quot;%1&quot;: filnamnet måste sluta på .png eller .svg</translation>
    </message>
    <message>
        <source>%1 has no stored SLA results yet; run: deliverydesk sla compliance --engagement %1 --recompute</source>
        <translation>%1 har inga lagrade SLA-resultat än; kör: deliverydesk sla compliance --engagement %1 --recompute</translation>
    </message>
    <message>
        <source>warning: %1 Run: deliverydesk sla compliance --engagement %2 --recompute</source>
        <translation>varning: %1 Kör: deliverydesk sla compliance --engagement %2 --recompute</translation>
    </message>
</context>
<context>
    <name>SlaChartStyle</name>
    <message>
        <source>Sev %1</source>
        <translation>Allv. %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>SlaCommand</name>
    <message>
        <source>sla replay needs --calendar FILE, --policy FILE and --tickets FILE</source>
        <translation>sla replay kräver --calendar FIL, --policy FIL och --tickets FIL</translation>
    </message>
    <message>
        <source>sla replay takes no further arguments</source>
        <translation>sla replay tar inga fler argument</translation>
    </message>
    <message>
        <source>cannot write stdout</source>
        <translation>kan inte skriva till stdout</translation>
    </message>
    <message>
        <source>sla explain from files needs --calendar FILE, --policy FILE and --tickets FILE</source>
        <translation>sla explain från filer kräver --calendar FIL, --policy FIL och --tickets FIL</translation>
    </message>
    <message>
        <source>sla explain needs --ticket KEY</source>
        <translation>sla explain kräver --ticket NYCKEL</translation>
    </message>
    <message>
        <source>sla explain takes no further arguments</source>
        <translation>sla explain tar inga fler argument</translation>
    </message>
    <message>
        <source>sla policy export takes no file argument; use --out FILE</source>
        <translation>sla policy export tar inget filargument; använd --out FIL</translation>
    </message>
    <message>
        <source>sla policy import needs exactly one FILE</source>
        <translation>sla policy import kräver exakt en FIL</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new policy version(s) added</source>
        <translation>
            <numerusform>%1: %n ny policyversion tillagd</numerusform>
            <numerusform>%1: %n nya policyversioner tillagda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already stored</source>
        <translation>
            <numerusform>%n fanns redan</numerusform>
            <numerusform>%n fanns redan</numerusform>
        </translation>
    </message>
    <message>
        <source>replay/explain: the calendar file (JSON).</source>
        <translation>replay/explain: kalenderfilen (JSON).</translation>
    </message>
    <message>
        <source>replay/explain: the policy file (JSON).</source>
        <translation>replay/explain: policyfilen (JSON).</translation>
    </message>
    <message>
        <source>replay/explain: the tickets (CSV).</source>
        <translation>replay/explain: ärendena (CSV).</translation>
    </message>
    <message>
        <source>replay/explain: the status history (CSV).</source>
        <translation>replay/explain: statushistoriken (CSV).</translation>
    </message>
    <message>
        <source>Evaluate at this ISO-8601 instant instead of now.</source>
        <translation>Utvärdera vid den här ISO 8601-tidpunkten i stället för nu.</translation>
    </message>
    <message>
        <source>explain/policy: the engagement.</source>
        <translation>explain/policy: uppdraget.</translation>
    </message>
    <message>
        <source>explain: the ticket.</source>
        <translation>explain: ärendet.</translation>
    </message>
    <message>
        <source>policy export: write to this file instead of stdout.</source>
        <translation>policy export: skriv till den här filen i stället för stdout.</translation>
    </message>
    <message>
        <source>sla needs replay, explain, policy export or policy import</source>
        <translation>sla kräver replay, explain, policy export eller policy import</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>varning: %1</translation>
    </message>
    <message>
        <source>note: %1 has no SLA policy of its own; this is the default for its support model</source>
        <translation>obs: %1 har ingen egen SLA-policy; detta är standardpolicyn för dess supportmodell</translation>
    </message>
    <message>
        <source>SLA compliance per month and severity from the stored results</source>
        <translation>SLA-uppfyllnad per månad och allvarlighetsgrad ur de lagrade resultaten</translation>
    </message>
    <message>
        <source>every SLA breach of a month with its reason</source>
        <translation>varje SLA-brott under en månad med sin orsak</translation>
    </message>
    <message>
        <source>how one ticket&apos;s SLA clocks ran, event by event</source>
        <translation>hur ett ärendes SLA-klockor gick, händelse för händelse</translation>
    </message>
    <message>
        <source>evaluate tickets from files (calendar, policy, tickets) without a database</source>
        <translation>utvärdera ärenden ur filer (kalender, policy, ärenden) utan databas</translation>
    </message>
    <message>
        <source>the compliance trend chart as PNG or SVG</source>
        <translation>diagrammet över uppfyllnadens utveckling som PNG eller SVG</translation>
    </message>
    <message>
        <source>write an engagement&apos;s SLA policy as JSON</source>
        <translation>skriv ett uppdrags SLA-policy som JSON</translation>
    </message>
    <message>
        <source>add the versions of a policy file to an engagement</source>
        <translation>lägg till versionerna i en policyfil till ett uppdrag</translation>
    </message>
    <message>
        <source>Actions (sla ACTION --help for the options of each):</source>
        <translation>Åtgärder (sla ÅTGÄRD --help visar alternativen för var och en):</translation>
    </message>
    <message>
        <source>SLA of an engagement: compliance, breaches, explanations, replays, charts and its policy.</source>
        <translation>Ett uppdrags SLA: uppfyllnad, SLA-brott, förklaringar, omspelningar, diagram och policy.</translation>
    </message>
    <message>
        <source>compliance, breaches, explain, replay, chart, policy export or policy import FILE (see Actions below).</source>
        <translation>compliance, breaches, explain, replay, chart, policy export eller policy import FIL (se Åtgärder nedan).</translation>
    </message>
    <message>
        <source>compliance|breaches|explain|replay|chart|policy export|policy import FILE</source>
        <translation>compliance|breaches|explain|replay|chart|policy export|policy import FIL</translation>
    </message>
</context>
<context>
    <name>SlaComplianceCommand</name>
    <message>
        <source>compliance: the first month.</source>
        <translation>compliance: första månaden.</translation>
    </message>
    <message>
        <source>compliance: the last month.</source>
        <translation>compliance: sista månaden.</translation>
    </message>
    <message>
        <source>breaches: the month.</source>
        <translation>breaches: månaden.</translation>
    </message>
    <message>
        <source>Evaluate every ticket again and store the results first.</source>
        <translation>Utvärdera alla ärenden på nytt och lagra resultaten först.</translation>
    </message>
    <message>
        <source>With a recomputation: evaluate at this ISO-8601 instant instead of now.</source>
        <translation>Vid omräkning: utvärdera vid den här ISO 8601-tidpunkten i stället för nu.</translation>
    </message>
    <message>
        <source>compliance or breaches.</source>
        <translation>compliance eller breaches.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>uppfyllt</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>ej uppfyllt</translation>
    </message>
    <message>
        <source>SLA compliance per month and severity, and the breaches of a month, from the stored SLA results.</source>
        <translation>SLA-efterlevnad per månad och allvarlighetsgrad, och en månads SLA-brott, från de lagrade SLA-resultaten.</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to ligger före --from</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Sev</source>
        <translation>Allv.</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Excl.</source>
        <translation>Exkl.</translation>
    </message>
    <message>
        <source>Resp. met %</source>
        <translation>Svar i tid %</translation>
    </message>
    <message>
        <source>Res. met %</source>
        <translation>Lösta i tid %</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>SLA-brott</translation>
    </message>
    <message>
        <source>Resp. median h</source>
        <translation>Svar median h</translation>
    </message>
    <message>
        <source>Resp. p90 h</source>
        <translation>Svar p90 h</translation>
    </message>
    <message>
        <source>Res. median h</source>
        <translation>Lösn. median h</translation>
    </message>
    <message>
        <source>Res. p90 h</source>
        <translation>Lösn. p90 h</translation>
    </message>
    <message>
        <source>Target %</source>
        <translation>Mål %</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>SLA compliance of %1 (business hours; results evaluated %2)</source>
        <translation>SLA-efterlevnad för %1 (kontorstid; resultat utvärderade %2)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppet</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>löst</translation>
    </message>
    <message numerus="yes">
        <source>%n SLA breach(es) of %1 in %2 (results evaluated %3)</source>
        <translation>
            <numerusform>%n SLA-brott för %1 i %2 (resultat utvärderade %3)</numerusform>
            <numerusform>%n SLA-brott för %1 i %2 (resultat utvärderade %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Breached at</source>
        <translation>Tid för SLA-brott</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>warning: the SLA results of %1 could not be brought up to date: %2</source>
        <translation>varning: SLA-resultaten för %1 kunde inte uppdateras: %2</translation>
    </message>
    <message>
        <source>Ticket state</source>
        <translation>Ärendestatus</translation>
    </message>
    <message>
        <source>compliance|breaches</source>
        <translation>compliance|breaches</translation>
    </message>
    <message>
        <source>nothing measured</source>
        <translation>inget mätt</translation>
    </message>
    <message>
        <source>warning: %1 Add --recompute to bring them up to date.</source>
        <translation>varning: %1 Lägg till --recompute för att uppdatera dem.</translation>
    </message>
</context>
<context>
    <name>SlaExplainText</name>
    <message>
        <source>(no instant)</source>
        <translation>(ingen tidpunkt)</translation>
    </message>
    <message>
        <source>%1 (%2, no target)</source>
        <translation>%1 (%2, inget mål)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 av %3)</translation>
    </message>
    <message>
        <source>%1: %2, severity %3 — response %4, resolution %5, paused %6</source>
        <translation>%1: %2, allvarlighetsgrad %3 — svarsmål: %4, lösningsmål: %5, pausad tid: %6</translation>
    </message>
    <message numerus="yes">
        <source>, reopened %n time(s)</source>
        <translation>
            <numerusform>, återöppnat %n gång</numerusform>
            <numerusform>, återöppnat %n gånger</numerusform>
        </translation>
    </message>
    <message>
        <source>no target</source>
        <translation>inget mål</translation>
    </message>
    <message>
        <source>Created with severity %1: the response and resolution clocks start</source>
        <translation>Skapat med allvarlighetsgrad %1: klockorna för svarstid och lösningstid startar</translation>
    </message>
    <message>
        <source>Status %1: the resolution clock pauses at %2 of %3</source>
        <translation>Status %1: lösningstidens klocka pausas vid %2 av %3</translation>
    </message>
    <message>
        <source>Status %1: the resolution clock resumes at %2 of %3</source>
        <translation>Status %1: lösningstidens klocka fortsätter vid %2 av %3</translation>
    </message>
    <message>
        <source>First response after %1 of business time (target %2)</source>
        <translation>Första svar efter %1 kontorstid (mål %2)</translation>
    </message>
    <message>
        <source>First response due (target %1)</source>
        <translation>Tidsgräns för första svar (mål %1)</translation>
    </message>
    <message>
        <source>First response target of %1 breached</source>
        <translation>Målet för första svar (%1) har överskridits</translation>
    </message>
    <message>
        <source>Resolution due (target %1 of business time, moved by pauses)</source>
        <translation>Tidsgräns för lösning (mål %1 kontorstid, framflyttad av pauser)</translation>
    </message>
    <message>
        <source>Resolution target of %1 breached</source>
        <translation>Målet för lösningstid (%1) har överskridits</translation>
    </message>
    <message>
        <source>Status %1: the resolution clock stops at %2 of %3</source>
        <translation>Status %1: lösningstidens klocka stannar vid %2 av %3</translation>
    </message>
    <message>
        <source>Resolved after %1 of business time (target %2)</source>
        <translation>Löst efter %1 kontorstid (mål %2)</translation>
    </message>
    <message>
        <source>Status %1: reopened, the resolution clock resumes at %2 of %3</source>
        <translation>Status %1: återöppnat, lösningstidens klocka fortsätter vid %2 av %3</translation>
    </message>
    <message>
        <source>Severity set to %1</source>
        <translation>Allvarlighetsgrad satt till %1</translation>
    </message>
    <message>
        <source>Severity changed from %1 to %2</source>
        <translation>Allvarlighetsgrad ändrad från %1 till %2</translation>
    </message>
    <message>
        <source>Data problem: %1</source>
        <translation>Dataproblem: %1</translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>met</source>
        <translation>uppfyllt</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>överskridet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>i riskzonen</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausat</translation>
    </message>
    <message>
        <source>not evaluable</source>
        <translation>kan inte utvärderas</translation>
    </message>
    <message>
        <source>not measurable</source>
        <translation>kan inte mätas</translation>
    </message>
    <message>
        <source>the ticket has no creation time</source>
        <translation>ärendet saknar tidpunkt för när det skapades</translation>
    </message>
    <message>
        <source>the severity is not 1 to 4</source>
        <translation>allvarlighetsgraden är inte 1 till 4</translation>
    </message>
    <message>
        <source>the first response lies before the creation; the response is not measured</source>
        <translation>det första svaret ligger före skapandet; svarstiden mäts inte</translation>
    </message>
    <message>
        <source>the resolution lies before the creation; the resolution is not measured</source>
        <translation>lösningen ligger före skapandet; lösningstiden mäts inte</translation>
    </message>
    <message>
        <source>the status history is not in time order; it was sorted</source>
        <translation>statushistoriken är inte i tidsordning; den har sorterats</translation>
    </message>
    <message>
        <source>status changes before the creation count as the status at creation</source>
        <translation>statusändringar före skapandet räknas som status när ärendet skapades</translation>
    </message>
    <message>
        <source>the ticket is created after the evaluation time</source>
        <translation>ärendet skapades efter utvärderingstidpunkten</translation>
    </message>
    <message>
        <source>no SLA policy version was in force on the creation date</source>
        <translation>ingen version av SLA-policyn gällde det datum ärendet skapades</translation>
    </message>
    <message>
        <source>no first response recorded; the resolution counts as the response</source>
        <translation>inget första svar registrerat; lösningen räknas som svar</translation>
    </message>
    <message>
        <source>First response at risk: %1 of %2 used</source>
        <translation>Första svar i riskzonen: %1 av %2 förbrukat</translation>
    </message>
    <message>
        <source>Resolution at risk: %1 of %2 used</source>
        <translation>Lösning i riskzonen: %1 av %2 förbrukat</translation>
    </message>
    <message>
        <source>the status history reopens after the recorded resolution; the history is followed</source>
        <translation>statushistoriken återöppnar ärendet efter den registrerade lösningen; historiken följs</translation>
    </message>
</context>
<context>
    <name>SlaOverviewLoader</name>
    <message>
        <source>%1 is a fixed-capacity engagement: it sells hours, not response and resolution times, so it has no SLA to chart.</source>
        <translation>%1 är ett uppdrag med fast kapacitet: det säljer timmar, inte svars- och lösningstider, så det finns ingen SLA att visa.</translation>
    </message>
    <message>
        <source>Choose a first month that is not after the last month.</source>
        <translation>Välj en första månad som inte ligger efter den sista.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>breached %1 ago</source>
        <translation>överskridet för %1 sedan</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 kvar</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Första svar</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösning</translation>
    </message>
    <message>
        <source>SLA policy: the support model&apos;s default (none imported)</source>
        <translation>SLA-policy: supportmodellens standardpolicy (ingen importerad)</translation>
    </message>
    <message>
        <source>SLA policy versions:</source>
        <translation>Versioner av SLA-policyn:</translation>
    </message>
    <message>
        <source>In force from %1</source>
        <translation>Gäller från %1</translation>
    </message>
</context>
<context>
    <name>SlaReplay</name>
    <message>
        <source>missing column &quot;%1&quot; (expected %2)</source>
        <translation>kolumnen &quot;%1&quot; saknas (förväntade %2)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO-8601 instant with an offset, e.g. 2026-03-02T09:00:00+01:00</source>
        <translation>%1 &quot;%2&quot; är inte en ISO 8601-tidpunkt med tidsförskjutning, t.ex. 2026-03-02T09:00:00+01:00</translation>
    </message>
    <message>
        <source>the key is empty</source>
        <translation>nyckeln är tom</translation>
    </message>
    <message>
        <source>the instant of the status change is empty</source>
        <translation>tidpunkten för statusändringen är tom</translation>
    </message>
    <message>
        <source>severity &quot;%1&quot; is not a number 1–4</source>
        <translation>allvarlighetsgraden &quot;%1&quot; är inte ett tal 1–4</translation>
    </message>
    <message>
        <source>ticket &quot;%1&quot; already appears on line %2</source>
        <translation>ärendet &quot;%1&quot; finns redan på rad %2</translation>
    </message>
    <message>
        <source>cannot write the result: %1</source>
        <translation>kan inte skriva resultatet: %1</translation>
    </message>
    <message>
        <source>cannot open the tickets file: %1</source>
        <translation>kan inte öppna ärendefilen: %1</translation>
    </message>
    <message>
        <source>cannot open the history file: %1</source>
        <translation>kan inte öppna historikfilen: %1</translation>
    </message>
    <message>
        <source>no ticket &quot;%1&quot; in the tickets file</source>
        <translation>inget ärende &quot;%1&quot; i ärendefilen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the files cannot be read a second time</source>
        <translation>filerna kan inte läsas en andra gång</translation>
    </message>
</context>
<context>
    <name>SlaStaleness</name>
    <message>
        <source>The SLA results were computed before the business calendar was changed on %1: they count on the old hours until recomputed.</source>
        <translation>SLA-resultaten beräknades innan kontorstidskalendern ändrades den %1: de räknar med de gamla tiderna tills de beräknas igen.</translation>
    </message>
    <message>
        <source>The SLA results were computed before %1 changed the business calendar on %2: they count on the old hours until recomputed.</source>
        <translation>SLA-resultaten beräknades innan %1 ändrade kontorstidskalendern den %2: de räknar med de gamla tiderna tills de beräknas igen.</translation>
    </message>
    <message>
        <source>The SLA results were computed before the SLA policy was changed on %1: they count on the old targets until recomputed.</source>
        <translation>SLA-resultaten beräknades innan SLA-policyn ändrades den %1: de räknar med de gamla målen tills de beräknas igen.</translation>
    </message>
    <message>
        <source>The SLA results were computed before %1 changed the SLA policy on %2: they count on the old targets until recomputed.</source>
        <translation>SLA-resultaten beräknades innan %1 ändrade SLA-policyn den %2: de räknar med de gamla målen tills de beräknas igen.</translation>
    </message>
</context>
<context>
    <name>StorableValues</name>
    <message>
        <source>The ticket has no key.</source>
        <translation>Ärendet saknar nyckel.</translation>
    </message>
    <message>
        <source>Ticket %1: severity %2; severities are 1 to 4.</source>
        <translation>Ärende %1: allvarlighetsgrad %2; allvarlighetsgraderna är 1 till 4.</translation>
    </message>
    <message>
        <source>Ticket %1: a status change sets severity %2; severities are 1 to 4.</source>
        <translation>Ärende %1: en statusändring sätter allvarlighetsgrad %2; allvarlighetsgraderna är 1 till 4.</translation>
    </message>
    <message>
        <source>Negative duration (%1 s) for %2 on %3.</source>
        <translation>Negativ varaktighet (%1 s) för %2 den %3.</translation>
    </message>
    <message>
        <source>A duration of %1 s cannot be stored.</source>
        <translation>En varaktighet på %1 s kan inte sparas.</translation>
    </message>
    <message>
        <source>The worklog has no valid date.</source>
        <translation>Tidrapporten saknar giltigt datum.</translation>
    </message>
    <message>
        <source>The worklog has no key.</source>
        <translation>Tidrapporten saknar nyckel.</translation>
    </message>
</context>
<context>
    <name>StorageText</name>
    <message>
        <source>Cannot open the database %1</source>
        <translation>Kan inte öppna databasen %1</translation>
    </message>
    <message>
        <source>%1 is not a Delivery Desk database, or it is damaged; it was left as it is</source>
        <translation>%1 är ingen Delivery Desk-databas, eller så är den skadad; den lämnades orörd</translation>
    </message>
    <message>
        <source>%1 was written by a newer Delivery Desk (schema version %2; this version knows up to %3). It was left as it is: open it with a newer Delivery Desk.</source>
        <translation>%1 har skrivits av en nyare Delivery Desk (schemaversion %2; den här versionen känner till upp till %3). Den lämnades orörd: öppna den med en nyare Delivery Desk.</translation>
    </message>
    <message>
        <source>Updating the database failed at step %1; nothing was changed</source>
        <translation>Uppdateringen av databasen misslyckades i steg %1; ingenting ändrades</translation>
    </message>
    <message>
        <source>Could not back up the database to %1, so it was not updated</source>
        <translation>Kunde inte säkerhetskopiera databasen till %1, så den uppdaterades inte</translation>
    </message>
    <message>
        <source>This is a read-only copy; nothing can be changed in it</source>
        <translation>Det här är en skrivskyddad kopia; ingenting kan ändras i den</translation>
    </message>
    <message>
        <source>%1 is no longer in the database</source>
        <translation>%1 finns inte längre i databasen</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 finns redan</translation>
    </message>
    <message>
        <source>A database operation failed (%1)</source>
        <translation>En databasåtgärd misslyckades (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged, so nothing was written to it (no backup was found next to it; run deliverydesk db check)</source>
        <translation>%1 är skadad, så inget skrevs till den (ingen säkerhetskopia hittades bredvid den; kör deliverydesk db check)</translation>
    </message>
    <message>
        <source>%1 is damaged, so nothing was written to it; the last backup is %2 (run deliverydesk db check)</source>
        <translation>%1 är skadad, så inget skrevs till den; den senaste säkerhetskopian är %2 (kör deliverydesk db check)</translation>
    </message>
    <message numerus="yes">
        <source>Another Delivery Desk kept %1 busy for more than %n second(s); nothing was written, try again when it has finished</source>
        <translation>
            <numerusform>Ett annat Delivery Desk höll %1 upptagen i mer än %n sekund; inget skrevs, försök igen när det är klart</numerusform>
            <numerusform>Ett annat Delivery Desk höll %1 upptagen i mer än %n sekunder; inget skrevs, försök igen när det är klart</numerusform>
        </translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalj: %1</translation>
    </message>
    <message>
        <source>A database operation failed</source>
        <translation>En databasåtgärd misslyckades</translation>
    </message>
    <message>
        <source>%1 asks for a password: type the password of the user</source>
        <translation>%1 ber om ett lösenord: skriv användarens lösenord</translation>
    </message>
    <message>
        <source>%1 refused the user name or password</source>
        <translation>%1 avvisade användarnamnet eller lösenordet</translation>
    </message>
    <message>
        <source>this engagement</source>
        <translation>det här uppdraget</translation>
    </message>
    <message>
        <source>this budget</source>
        <translation>den här budgeten</translation>
    </message>
    <message>
        <source>this allocation</source>
        <translation>den här allokeringen</translation>
    </message>
    <message>
        <source>this SLA policy</source>
        <translation>den här SLA-policyn</translation>
    </message>
    <message>
        <source>these review notes</source>
        <translation>de här uppföljningsanteckningarna</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>den här posten</translation>
    </message>
    <message>
        <source>Someone else deleted %1 since you read it; your change was not saved. Reload to see what is there now.</source>
        <translation>Någon annan har tagit bort %1 efter att du läste in uppgifterna; din ändring sparades inte. Läs in igen för att se vad som finns nu.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Någon annan</translation>
    </message>
    <message>
        <source>%1 changed %2 since you read it; your change was not saved. Reload to see theirs.</source>
        <translation>%1 har ändrat %2 efter att du läste in uppgifterna; din ändring sparades inte. Läs in igen för att se ändringen.</translation>
    </message>
    <message>
        <source>%1 changed %2 on %3; your change was not saved. Reload to see theirs.</source>
        <translation>%1 ändrade %2 den %3; din ändring sparades inte. Läs in igen för att se ändringen.</translation>
    </message>
    <message>
        <source>The connection to the team database was lost, so nothing of this was written; Delivery Desk connects again on the next step (try it again)</source>
        <translation>Anslutningen till teamdatabasen bröts, så inget av detta skrevs; Delivery Desk ansluter igen vid nästa steg (försök igen)</translation>
    </message>
    <message>
        <source>this root-cause note</source>
        <translation>den här grundorsaken</translation>
    </message>
    <message>
        <source>this calendar</source>
        <translation>den här kalendern</translation>
    </message>
    <message>
        <source>the calendar &quot;%1&quot;</source>
        <translation>kalendern &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the team&apos;s time zone</source>
        <translation>teamets tidszon</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>den här personen</translation>
    </message>
    <message>
        <source>the person %1</source>
        <translation>personen %1</translation>
    </message>
    <message>
        <source>Someone else removed the root-cause note of %1 since you read it; your change was not saved. The note is now empty.</source>
        <translation>Någon annan har tagit bort grundorsaken för %1 efter att du läste in den; din ändring sparades inte. Grundorsaken är nu tom.</translation>
    </message>
    <message>
        <source>%1 changed the root-cause note of %2 since you read it; your change was not saved. The note now shows their text.</source>
        <translation>%1 har ändrat grundorsaken för %2 efter att du läste in den; din ändring sparades inte. Nu visas den ändrade texten.</translation>
    </message>
    <message>
        <source>%1 changed the root-cause note of %2 on %3; your change was not saved. The note now shows their text.</source>
        <translation>%1 ändrade grundorsaken för %2 den %3; din ändring sparades inte. Nu visas den ändrade texten.</translation>
    </message>
    <message>
        <source>this profile</source>
        <translation>den här profilen</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot;</source>
        <translation>profilen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The update of %1 for this version of Delivery Desk was cancelled: the file was left as it was, and it is not open.</source>
        <translation>Uppdateringen av %1 för den här versionen av Delivery Desk avbröts: filen lämnades som den var och är inte öppen.</translation>
    </message>
</context>
<context>
    <name>SupportModelDiagram</name>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>%1 says:</source>
        <translation>%1 innebär:</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>contracted</source>
        <translation>avtalad</translation>
    </message>
    <message>
        <source>not contracted</source>
        <translation>inte avtalad</translation>
    </message>
    <message>
        <source>included</source>
        <translation>ingår</translation>
    </message>
    <message>
        <source>not included</source>
        <translation>ingår inte</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Severity 1 is covered around the clock (24×7).</source>
        <translation>Allvarlighetsgrad 1 täcks dygnet runt (24×7).</translation>
    </message>
    <message>
        <source>24×7 cover of severity 1 can be added (optional).</source>
        <translation>24×7-täckning av allvarlighetsgrad 1 kan läggas till (tillval).</translation>
    </message>
    <message>
        <source>The client&apos;s side: the business, its IT and third-party vendors raise tickets and requests, approve changes and take part in governance.</source>
        <translation>Kundens sida: verksamheten, dess IT och tredjepartsleverantörer anmäler ärenden och förfrågningar, godkänner ändringar och deltar i styrning och uppföljning.</translation>
    </message>
    <message>
        <source>Part of every model, spanning L1, L2 and L3:</source>
        <translation>Ingår i alla modeller och spänner över L1, L2 och L3:</translation>
    </message>
    <message>
        <source>Tickets move up a level when they need deeper analysis, a fix or a change.</source>
        <translation>Ärenden går upp en nivå när de behöver djupare analys, en felrättning eller en ändring.</translation>
    </message>
    <message>
        <source>Changes reach production through change management (L2).</source>
        <translation>Ändringar når produktion genom ändringshantering (L2).</translation>
    </message>
    <message>
        <source>Service reporting and governance reviews with the client, run by delivery and service management.</source>
        <translation>Servicerapportering och uppföljningsmöten med kunden, som leverans- och servicehanteringen leder.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Roles: none covered</source>
        <translation>Roller: inga omfattas</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Roller: %1</translation>
    </message>
    <message>
        <source>Allocated this month:</source>
        <translation>Allokerade denna månad:</translation>
    </message>
    <message>
        <source>• %1 (%2) %3</source>
        <translation>• %1 (%2) %3</translation>
    </message>
    <message>
        <source>No one allocated this month</source>
        <translation>Ingen allokerad denna månad</translation>
    </message>
    <message>
        <source>No SLA: planned work</source>
        <translation>Ingen SLA: planerat arbete</translation>
    </message>
    <message>
        <source>No SLA policy in force</source>
        <translation>Ingen SLA-policy gäller</translation>
    </message>
    <message>
        <source>SLA (response / resolution):</source>
        <translation>SLA (svarstid / lösningstid):</translation>
    </message>
    <message>
        <source>• Severity %1: %2 / %3 (24×7)</source>
        <translation>• Allvarlighetsgrad %1: %2 / %3 (24×7)</translation>
    </message>
    <message>
        <source>• Severity %1: %2 / %3</source>
        <translation>• Allvarlighetsgrad %1: %2 / %3</translation>
    </message>
    <message>
        <source>Logged in %1: %2</source>
        <translation>Rapporterat i %1: %2</translation>
    </message>
</context>
<context>
    <name>SupportModelWhatIfLoader</name>
    <message>
        <source>The number of months must be between 1 and %1</source>
        <translation>Antalet månader måste vara mellan 1 och %1</translation>
    </message>
    <message>
        <source>%1 started in %2 and has no complete month to replay yet</source>
        <translation>%1 startade i %2 och har ännu ingen hel månad att spela upp</translation>
    </message>
</context>
<context>
    <name>TempoSource</name>
    <message>
        <source>The worklog has no person.</source>
        <translation>Tidrapporten saknar person.</translation>
    </message>
    <message>
        <source>Tempo worklog</source>
        <translation>Tidrapport från Tempo</translation>
    </message>
</context>
<context>
    <name>TicketExplanationLoader</name>
    <message>
        <source>engagement %1 has no ticket &apos;%2&apos;</source>
        <translation>uppdraget %1 har inget ärende &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>TicketListSource</name>
    <message>
        <source>&quot;%1&quot; is not a number of minutes.</source>
        <translation>&quot;%1&quot; är inte ett antal minuter.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing, so no ticket has a severity.%2 Or import with one severity for every ticket (--severity N, or the choice in the import wizard).</source>
        <translation>Kolumnen &quot;%1&quot; saknas, så inget ärende har någon allvarlighetsgrad.%2 Eller importera med en allvarlighetsgrad för alla ärenden (--severity N, eller valet i importguiden).</translation>
    </message>
    <message numerus="yes">
        <source>%n closed or resolved tickets, but the file has no Resolved or Closed column: their resolution times are unknown. Add the column to the list before exporting.</source>
        <translation>
            <numerusform>%n stängt eller löst ärende, men filen har ingen kolumn Resolved eller Closed: dess lösningstid är okänd. Lägg till kolumnen i listan före exporten.</numerusform>
            <numerusform>%n stängda eller lösta ärenden, men filen har ingen kolumn Resolved eller Closed: deras lösningstider är okända. Lägg till kolumnen i listan före exporten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Types: %n sub-tasks were given their parent&apos;s kind (a story&apos;s sub-task is L3 work).</source>
        <translation>
            <numerusform>Typer: %n underaktivitet fick den överordnades ärendetyp (en storys underaktivitet är L3-arbete).</numerusform>
            <numerusform>Typer: %n underaktiviteter fick den överordnades ärendetyp (en storys underaktivitet är L3-arbete).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Types: %n sub-tasks have no parent in the file and were typed by their own type.</source>
        <translation>
            <numerusform>Typer: %n underaktivitet har ingen överordnad i filen och fick sin egen typ.</numerusform>
            <numerusform>Typer: %n underaktiviteter har ingen överordnad i filen och fick sin egen typ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets have no first response in the file. The tool&apos;s &quot;Time to first response&quot; is the time left to the goal, not when the answer came, so it is kept as the tool&apos;s own SLA value only. Export &quot;[CHART] Date of First Response&quot; or the comments to have it.</source>
        <translation>
            <numerusform>%n ärende har inget första svar i filen. Verktygets &quot;Time to first response&quot; är tiden som återstår till målet, inte när svaret kom, så den sparas bara som verktygets eget SLA-värde. Exportera &quot;[CHART] Date of First Response&quot; eller kommentarerna för att få med det.</numerusform>
            <numerusform>%n ärenden har inget första svar i filen. Verktygets &quot;Time to first response&quot; är tiden som återstår till målet, inte när svaret kom, så den sparas bara som verktygets eget SLA-värde. Exportera &quot;[CHART] Date of First Response&quot; eller kommentarerna för att få med det.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a time nor a duration; no first response read.</source>
        <translation>&quot;%1&quot; är varken en tidpunkt eller en varaktighet; inget första svar lästes in.</translation>
    </message>
    <message numerus="yes">
        <source>%n tickets have no first response: the file has neither &quot;[CHART] Date of First Response&quot; nor the comments. Export one of them with the tickets to have first responses measured.</source>
        <translation>
            <numerusform>%n ärende har inget första svar: filen har varken &quot;[CHART] Date of First Response&quot; eller kommentarerna. Exportera något av dem med ärendena för att kunna mäta första svar.</numerusform>
            <numerusform>%n ärenden har inget första svar: filen har varken &quot;[CHART] Date of First Response&quot; eller kommentarerna. Exportera något av dem med ärendena för att kunna mäta första svar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketSource</name>
    <message>
        <source>The ticket has no key.</source>
        <translation>Ärendet saknar nyckel.</translation>
    </message>
    <message>
        <source>Duplicate key %1 (first on line %2).</source>
        <translation>Dubblettnyckel %1 (först på rad %2).</translation>
    </message>
    <message>
        <source>%1 is resolved before it was created.</source>
        <translation>%1 löstes innan det skapades.</translation>
    </message>
    <message>
        <source>%1 has a first response before it was created.</source>
        <translation>%1 har ett första svar innan det skapades.</translation>
    </message>
    <message>
        <source>The file changed while it was being read; nothing was imported.</source>
        <translation>Filen ändrades medan den lästes in; ingenting importerades.</translation>
    </message>
</context>
<context>
    <name>TicketsCommand</name>
    <message>
        <source>List the tickets stored for an engagement.</source>
        <translation>Lista de ärenden som lagrats för ett uppdrag.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>tickets needs list</source>
        <translation>tickets kräver list</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Sev</source>
        <translation>Allv.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Skapat (UTC)</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Första svar</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>Paused h</source>
        <translation>Pausad h</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
</context>
<context>
    <name>WhatIfCommand</name>
    <message numerus="yes">
        <source>%1: %2 to %3 (%n month(s)) replayed under each support model</source>
        <translation>
            <numerusform>%1: %2 till %3 (%n månad) uppspelad under varje supportmodell</numerusform>
            <numerusform>%1: %2 till %3 (%n månader) uppspelade under varje supportmodell</numerusform>
        </translation>
    </message>
    <message>
        <source>(this engagement)</source>
        <translation>(detta uppdrag)</translation>
    </message>
    <message>
        <source>How each figure was counted:</source>
        <translation>Hur varje siffra räknades:</translation>
    </message>
    <message>
        <source>Replays an engagement&apos;s last complete months under each of the four support models.</source>
        <translation>Spelar upp ett uppdrags senaste hela månader under var och en av de fyra supportmodellerna.</translation>
    </message>
    <message>
        <source>How many complete months to replay (1–%1, default %2).</source>
        <translation>Hur många hela månader som spelas upp (1–%1, standard %2).</translation>
    </message>
    <message>
        <source>Compute as of this ISO-8601 instant instead of now.</source>
        <translation>Räkna per denna ISO 8601-tidpunkt i stället för nu.</translation>
    </message>
    <message>
        <source>--months &quot;%1&quot; is not a number from 1 to %2</source>
        <translation>--months &quot;%1&quot; är inte ett tal från 1 till %2</translation>
    </message>
</context>
<context>
    <name>WorklogSource</name>
    <message>
        <source>Duplicate worklog id %1.</source>
        <translation>Dubblett av tidrapport-ID %1.</translation>
    </message>
    <message numerus="yes">
        <source>The same worklog appears %n times in the file.</source>
        <translation>
            <numerusform>Samma tidrapport förekommer %n gång i filen.</numerusform>
            <numerusform>Samma tidrapport förekommer %n gånger i filen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has logged %2 hours on %3.</source>
        <translation>%1 har rapporterat %2 timmar den %3.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>Kolumnen %1 är tom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration.</source>
        <translation>&quot;%1&quot; är inte en varaktighet.</translation>
    </message>
    <message>
        <source>Negative duration &quot;%1&quot;.</source>
        <translation>Negativ varaktighet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the expected format (%2).</source>
        <translation>&quot;%1&quot; är inte ett datum i det förväntade formatet (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is far too long for a worklog.</source>
        <translation>&quot;%1&quot; är alldeles för långt för en tidrapport.</translation>
    </message>
    <message>
        <source>%1 hours in one worklog is more than the %2 hours a worklog may have (a wrong unit?).</source>
        <translation>%1 timmar i en tidrapport är mer än de %2 timmar en tidrapport får ha (fel enhet?).</translation>
    </message>
</context>
<context>
    <name>WorklogsCommand</name>
    <message>
        <source>List the worklogs stored for an engagement.</source>
        <translation>Lista de tidrapporter som lagrats för ett uppdrag.</translation>
    </message>
    <message>
        <source>First date (YYYY-MM-DD).</source>
        <translation>Första datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>Last date (YYYY-MM-DD).</source>
        <translation>Sista datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>worklogs needs list</source>
        <translation>worklogs kräver list</translation>
    </message>
    <message>
        <source>dates are written YYYY-MM-DD</source>
        <translation>datum skrivs ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Mot budget</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 ligger efter --to %2</translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the workbook cannot be created</source>
        <translation>Kan inte skriva %1: arbetsboken kan inte skapas</translation>
    </message>
    <message>
        <source>Cannot write %1: the file cannot be replaced</source>
        <translation>Kan inte skriva %1: filen kan inte ersättas</translation>
    </message>
</context>
<context>
    <name>ZendeskSource</name>
    <message>
        <source>Zendesk</source>
        <translation>Zendesk</translation>
    </message>
</context>
</TS>
