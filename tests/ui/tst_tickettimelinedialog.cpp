// The ticket timeline dialog: every event as a line with its instant in the engagement's zone,
// breach lines marked by more than colour (icon, bold, the word), "Copy as text" = `sla explain`.
#include "models/exchange/sla/slaexplaintext.h"
#include "ui/languagemanager.h"
#include "ui/tickettimelinedialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QListWidget>
#include <QPushButton>
#include <QtTest>

namespace {

Models::TicketExplanationLoader::Result breachedTicket()
{
    using Domain::SlaEventKind;
    const qint64 created = QDateTime(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::utc()).toSecsSinceEpoch();
    Models::TicketExplanationLoader::Result r;
    r.zone = QTimeZone("Europe/Stockholm");
    r.explainedAt = created + 5 * 86400;
    r.atStoredEvaluation = true;
    r.explanation.ticketKey = QStringLiteral("FG-17");
    r.explanation.result.state = Domain::SlaState::Breached;
    r.explanation.result.severity = 1;
    Domain::SlaEvent e;
    e.kind = SlaEventKind::Created;
    e.at = created;
    e.severity = 1;
    r.explanation.events.append(e);
    e.kind = SlaEventKind::Responded;
    e.at = created + 600;
    e.businessSeconds = 600;
    e.targetSeconds = 3600;
    r.explanation.events.append(e);
    e.kind = SlaEventKind::ResolutionAtRisk;
    e.at = created + 3 * 3600;
    e.businessSeconds = 3 * 3600;
    e.targetSeconds = 4 * 3600;
    r.explanation.events.append(e);
    e.kind = SlaEventKind::ResolutionBreached;
    e.at = created + 4 * 3600;
    e.businessSeconds = 4 * 3600;
    r.explanation.events.append(e);
    return r;
}

} // namespace

class TestTicketTimelineDialog : public QObject
{
    Q_OBJECT

    Gui::LanguageManager m_languages; ///< this test's language, as the launcher owns one

private slots:
    void initTestCase() { m_languages.setLanguage(QStringLiteral("en")); }

    void shouldListEveryEventAndMarkTheBreach()
    {
        const Models::TicketExplanationLoader::Result result = breachedTicket();
        Gui::TicketTimelineDialog dialog(result);
        QCOMPARE(dialog.list()->count(), 4);
        QCOMPARE(dialog.breachRows(), QList<int>{3});
        const QListWidgetItem *breach = dialog.list()->item(3);
        QVERIFY(breach->font().bold());
        QVERIFY(!breach->icon().isNull());
        QVERIFY(breach->text().contains(QLatin1String("BREACH")));
        // The instant in Stockholm time (08:00 UTC = 09:00 +01:00, four hours later = 13:00)
        QVERIFY2(breach->text().startsWith(QLatin1String("2026-03-02 13:00 +01:00")),
                 qPrintable(breach->text()));
        QVERIFY(!dialog.list()->item(1)->font().bold());
        QVERIFY(dialog.list()->item(1)->icon().isNull());
        QVERIFY(!dialog.list()->item(2)->icon().isNull()); // at risk: a warning icon
        QVERIFY(dialog.windowTitle().contains(QLatin1String("FG-17")));
    }

    void shouldCopyTheSameTextAsTheCommand()
    {
        const Models::TicketExplanationLoader::Result result = breachedTicket();
        Gui::TicketTimelineDialog dialog(result);
        const QString expected = Exchange::SlaExplainText::render(result.explanation, result.zone);
        QCOMPARE(dialog.text(), expected);
        auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyTimeline"));
        QVERIFY(copy);
        QGuiApplication::clipboard()->clear();
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
        QVERIFY(expected.contains(QLatin1String("Resolution target of 4 h 00 min breached")));
    }
};

QTEST_MAIN(TestTicketTimelineDialog)
#include "tst_tickettimelinedialog.moc"
