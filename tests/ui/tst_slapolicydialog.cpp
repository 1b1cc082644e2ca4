// Edit › SLA policy…: the dialog shows each stored version and who added it, starts a new version
// from the version in force then, refuses what cannot be saved, and the window adds the version
// and recomputes the engagement's SLA results under it.
#include "models/engagementlistmodel.h"
#include "models/portfolio.h"
#include "models/slapolicyloader.h"
#include "models/storage/database.h"
#include "tests/ui/placetest.h"
#include "ui/engagementlistpanel.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/slapolicydialog.h"
#include "ui/slarecomputerunner.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

namespace {

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s", qPrintable(name));
    return found;
}

QPushButton *saveButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
}

QSpinBox *response(QDialog &dialog, int severity)
{
    return child<QSpinBox>(&dialog, QStringLiteral("responseTarget%1").arg(severity));
}

/// Two versions: from 2025-01-01, and tighter severity-1 targets from 2026-03-01.
Models::SlaPolicyView twoVersions()
{
    Models::SlaPolicyView view;
    Domain::SlaPolicy first;
    first.effectiveFrom = QDate(2025, 1, 1);
    first.target(1) = {60, 480, true, false, 0.755, 95.0};
    first.target(2) = {240, 2400, false, false, 0.75, 90.0};
    Domain::SlaPolicy second = first;
    second.effectiveFrom = QDate(2026, 3, 1);
    second.target(1).responseMinutes = 30;
    view.history.setName(QStringLiteral("Nordshop SLA"));
    view.history.addVersion(first);
    view.history.addVersion(second);
    view.stored = true;
    view.stamps.insert(first.effectiveFrom,
                       {1, QStringLiteral("anna"), 1735722000, QStringLiteral("anna"), 1735722000});
    view.stamps.insert(second.effectiveFrom,
                       {1, QStringLiteral("bo"), 1772355600, QStringLiteral("bo"), 1772355600});
    return view;
}

Domain::Engagement nordshop()
{
    Domain::Engagement e;
    e.id = 3;
    e.key = QStringLiteral("NORDSHOP");
    e.client = QStringLiteral("Nordshop AB");
    return e;
}

} // namespace

class TestSlaPolicyDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Gui::LanguageManager m_languages;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    }

    void cleanup()
    {
        // A failed Swedish check must not leave the next test in Swedish.
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    }

    void shouldShowTheVersionInForceTodayAndWhoAddedIt()
    {
        Gui::SlaPolicyDialog dialog;
        dialog.setPolicy(nordshop(), twoVersions(), QDate(2026, 12, 8));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("SLA policy – NORDSHOP"));
        auto *versions = child<QComboBox>(&dialog, QStringLiteral("policyVersions"));
        QCOMPARE(versions->count(), 2);
        QCOMPARE(versions->currentIndex(), 1);
        QCOMPARE(versions->itemText(0), QStringLiteral("in force from 2025-01-01"));
        QCOMPARE(response(dialog, 1)->value(), 30);
        QCOMPARE(response(dialog, 1)->text(), QStringLiteral("0:30"));
        QVERIFY(response(dialog, 1)->isReadOnly());
        QCOMPARE(child<QSpinBox>(&dialog, QStringLiteral("resolutionTarget1"))->text(),
                 QStringLiteral("8:00"));
        QVERIFY(child<QCheckBox>(&dialog, QStringLiteral("response24x7_1"))->isChecked());
        QCOMPARE(child<QSpinBox>(&dialog, QStringLiteral("atRisk1"))->value(), 76);
        QCOMPARE(response(dialog, 3)->text(), QStringLiteral("none"));
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("policyStamp"))
                    ->text()
                    .startsWith(QLatin1String("Added by bo")));
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("policyRange"))->text(),
                 QStringLiteral("Tickets created from 2026-03-01 on are evaluated under this version."));
        QVERIFY(!saveButton(dialog)->isEnabled());
        // The earlier version: its values, its range up to the next one, its author.
        versions->setCurrentIndex(0);
        emit versions->activated(0);
        QCOMPARE(response(dialog, 1)->value(), 60);
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("policyRange"))->text(),
                 QStringLiteral(
                     "Tickets created from 2025-01-01 until 2026-02-28 are evaluated under this version."));
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("policyStamp"))
                    ->text()
                    .startsWith(QLatin1String("Added by anna")));

        // A read-only copy: nothing to add.
        Gui::SlaPolicyDialog readOnly;
        readOnly.setPolicy(nordshop(), twoVersions(), QDate(2026, 12, 8), true);
        readOnly.show();
        QVERIFY(!child<QPushButton>(&readOnly, QStringLiteral("newPolicyVersionButton"))->isVisible());
        QVERIFY(!saveButton(readOnly)->isVisible());
    }

    void shouldStartANewVersionFromTheFirstOfNextMonth()
    {
        Gui::SlaPolicyDialog dialog;
        dialog.setPolicy(nordshop(), twoVersions(), QDate(2026, 12, 8));
        dialog.show();
        child<QPushButton>(&dialog, QStringLiteral("newPolicyVersionButton"))->click();
        QVERIFY(dialog.isNewVersion());
        QCOMPARE(child<QDateEdit>(&dialog, QStringLiteral("policyEffectiveFrom"))->date(), QDate(2027, 1, 1));
        QCOMPARE(child<QComboBox>(&dialog, QStringLiteral("policyVersions"))->currentText(),
                 QStringLiteral("New version (not saved)"));
        QVERIFY(!response(dialog, 1)->isReadOnly());
        // Unchanged, it would only repeat the version in force.
        QCOMPARE(dialog.problems(), QStringList{QStringLiteral(
                                        "The new version has the targets and statuses of the one in force "
                                        "from 2026-03-01: change a target or a status.")});
        QVERIFY(!saveButton(dialog)->isEnabled());
        // Typed as hours and minutes.
        QSpinBox *box = child<QSpinBox>(&dialog, QStringLiteral("resolutionTarget2"));
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, QStringLiteral("16:30"));
        QTest::keyClick(box, Qt::Key_Tab);
        QCOMPARE(box->value(), 16 * 60 + 30);
        QVERIFY(dialog.problems().isEmpty());
        QVERIFY(saveButton(dialog)->isEnabled());
        const Domain::SlaPolicy version = dialog.version();
        Domain::SlaPolicy expected = twoVersions().history.versions().at(1);
        expected.effectiveFrom = QDate(2027, 1, 1);
        expected.target(2).resolutionMinutes = 990;
        QCOMPARE(version, expected);
        // The at-risk share the box rounds (75.5 % shown as 76) is kept as stored.
        QCOMPARE(version.target(1).warningFraction, 0.755);
        // Before the range of later versions: up to the day before the next.
        child<QDateEdit>(&dialog, QStringLiteral("policyEffectiveFrom"))->setDate(QDate(2025, 6, 1));
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("policyRange"))
                    ->text()
                    .startsWith(QLatin1String("Tickets created from 2025-06-01 until 2026-02-28 will be "
                                              "evaluated under the new version.")));
    }

    void shouldRefuseWhatCannotBeSaved()
    {
        Gui::SlaPolicyDialog dialog;
        dialog.setPolicy(nordshop(), twoVersions(), QDate(2026, 12, 8));
        dialog.startNewVersion(QDate(2026, 12, 1));
        response(dialog, 4)->setValue(120);
        QVERIFY(dialog.problems().isEmpty());
        // The day of a stored version: versions are never changed.
        child<QDateEdit>(&dialog, QStringLiteral("policyEffectiveFrom"))->setDate(QDate(2026, 3, 1));
        QCOMPARE(dialog.problems(),
                 QStringList{
                     QStringLiteral("A version in force from 2026-03-01 is stored already, and versions are "
                                    "never changed: choose another day.")});
        QVERIFY(!saveButton(dialog)->isEnabled());
        child<QDateEdit>(&dialog, QStringLiteral("policyEffectiveFrom"))->setDate(QDate(2026, 12, 1));
        // A status that pauses and resolves; no resolved status at all.
        child<QLineEdit>(&dialog, QStringLiteral("pauseStatuses"))
            ->setText(QStringLiteral("Waiting for customer, Done"));
        QCOMPARE(dialog.problems(), QStringList{QStringLiteral(
                                        "“Done” cannot both pause the resolution clock and mean resolved.")});
        child<QLineEdit>(&dialog, QStringLiteral("pauseStatuses"))
            ->setText(QStringLiteral(" On hold ,, Waiting "));
        child<QLineEdit>(&dialog, QStringLiteral("resolvedStatuses"))->setText(QStringLiteral(" , "));
        QCOMPARE(dialog.problems(),
                 QStringList{QStringLiteral("Name at least one status that means resolved.")});
        child<QLineEdit>(&dialog, QStringLiteral("resolvedStatuses"))->setText(QStringLiteral("Closed"));
        QVERIFY(dialog.problems().isEmpty());
        QCOMPARE(dialog.version().pauseStatuses,
                 (QStringList{QStringLiteral("On hold"), QStringLiteral("Waiting")}));
        // Back to a stored version: nothing new to save.
        emit child<QComboBox>(&dialog, QStringLiteral("policyVersions"))->activated(0);
        QVERIFY(!dialog.isNewVersion());
        QCOMPARE(child<QComboBox>(&dialog, QStringLiteral("policyVersions"))->count(), 2);
        QVERIFY(!saveButton(dialog)->isEnabled());
    }

    void shouldSayItInSwedish()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        Gui::SlaPolicyDialog dialog;
        dialog.setPolicy(nordshop(), twoVersions(), QDate(2026, 12, 8));
        dialog.startNewVersion(QDate(2027, 1, 1));
        response(dialog, 2)->setValue(180);
        dialog.resize(760, 520);
        dialog.show();
        QCoreApplication::processEvents();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("SLA-policy – NORDSHOP"));
        QCOMPARE(response(dialog, 3)->text(), QStringLiteral("inget"));
        QVERIFY2(child<QLabel>(&dialog, QStringLiteral("policyRange"))
                     ->text()
                     .startsWith(QStringLiteral("Ärenden")),
                 qPrintable(child<QLabel>(&dialog, QStringLiteral("policyRange"))->text()));
        PlaceTest::grab(&dialog, QStringLiteral("sla-policy-dialog-sv"));
        // A change of language while it is open: every text follows.
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("SLA policy – NORDSHOP"));
        QCOMPARE(response(dialog, 3)->text(), QStringLiteral("none"));
        Gui::SlaPolicyDialog english;
        english.setPolicy(nordshop(), twoVersions(), QDate(2026, 12, 8));
        english.startNewVersion(QDate(2027, 1, 1));
        response(english, 2)->setValue(180);
        english.resize(760, 520);
        english.show();
        QCoreApplication::processEvents();
        PlaceTest::grab(&english, QStringLiteral("sla-policy-dialog-en"));
    }

    void shouldAddTheVersionAndRecomputeFromTheWindow_data()
    {
        QTest::addColumn<bool>("stored");
        QTest::newRow("stored policy") << true;
        QTest::newRow("the model's default") << false;
    }

    void shouldAddTheVersionAndRecomputeFromTheWindow()
    {
        QFETCH(bool, stored);
        qputenv("DELIVERYDESK_USER", "alice");
        Models::Portfolio portfolio;
        const QString path = m_dir.filePath(QStringLiteral("window-%1.sqlite").arg(stored));
        QVERIFY(portfolio.createDemo(path, QDate(2026, 11, 25)).isNull());
        const qint64 id = portfolio.engagements()
                              ->engagementAt(portfolio.engagements()->rowOfKey(QStringLiteral("NORDSHOP")))
                              .id;
        if (!stored) {
            QSqlQuery q(portfolio.database()->connection());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM sla_policies WHERE engagement_id = %1").arg(id)));
        }
        Models::SlaPolicyView before;
        QVERIFY(portfolio.slaPolicy(id, &before).isNull());
        QCOMPARE(before.stored, stored);
        // A day after the last version, in the demo's past: tickets are created under it.
        const QDate from = before.history.versions().constLast().effectiveFrom.addMonths(1);
        QVERIFY(from < QDate(2026, 11, 1));
        const auto countUnder = [&] {
            QSqlQuery q(portfolio.database()->connection());
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM sla_results WHERE engagement_id = ? AND "
                                     "policy_effective = ?"));
            q.addBindValue(id);
            q.addBindValue(from.toString(Qt::ISODate));
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(countUnder(), 0);

        Gui::MainWindow window(&portfolio, &m_languages);
        window.show();
        window.engagementList()->selectEngagement(id);
        QTimer::singleShot(0, [from] {
            auto *dialog = qobject_cast<Gui::SlaPolicyDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            child<QPushButton>(dialog, QStringLiteral("newPolicyVersionButton"))->click();
            child<QDateEdit>(dialog, QStringLiteral("policyEffectiveFrom"))->setDate(from);
            QSpinBox *box = response(*dialog, 1);
            box->setValue(box->value() + 15);
            QVERIFY(saveButton(*dialog)->isEnabled());
            saveButton(*dialog)->click();
        });
        QSignalSpy finished(window.slaRecomputeRunner(), &Gui::SlaRecomputeRunner::finished);
        auto *action = window.findChild<QAction *>(QStringLiteral("slaPolicyAction"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        qunsetenv("DELIVERYDESK_USER");

        Models::SlaPolicyView after;
        QVERIFY(portfolio.slaPolicy(id, &after).isNull());
        QVERIFY(after.stored);
        // The default is stored with the new version, so that earlier tickets keep their targets.
        QCOMPARE(after.history.versions().size(), before.history.versions().size() + 1);
        for (const Domain::SlaPolicy &version : before.history.versions())
            QCOMPARE(*after.history.versionAt(version.effectiveFrom), version);
        const Domain::SlaPolicy *added = after.history.versionAt(from);
        QVERIFY(added && added->effectiveFrom == from);
        QCOMPARE(added->target(1).responseMinutes,
                 before.history.versions().constLast().target(1).responseMinutes + 15);
        QCOMPARE(after.stamps.value(from).createdBy, QStringLiteral("alice"));
        QVERIFY2(window.messageBar()->text().startsWith(
                     QStringLiteral(
                         "The SLA policy of NORDSHOP has a new version in force from %1. SLA results of "
                         "NORDSHOP recomputed: ")
                         .arg(from.toString(Qt::ISODate))),
                 qPrintable(window.messageBar()->text()));
        // The recompute evaluated the tickets created since under it.
        QVERIFY(countUnder() > 0);
    }

    void shouldSayWhenSomeoneElseAddedThatDayMeanwhile()
    {
        Models::Portfolio portfolio;
        const QString path = m_dir.filePath(QStringLiteral("race.sqlite"));
        QVERIFY(portfolio.createDemo(path, QDate(2026, 11, 25)).isNull());
        const qint64 id = portfolio.engagements()
                              ->engagementAt(portfolio.engagements()->rowOfKey(QStringLiteral("NORDSHOP")))
                              .id;
        Gui::MainWindow window(&portfolio, &m_languages);
        window.show();
        window.engagementList()->selectEngagement(id);
        QTimer::singleShot(0, [path, id] {
            auto *dialog = qobject_cast<Gui::SlaPolicyDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->startNewVersion(QDate(2027, 1, 1));
            response(*dialog, 2)->setValue(response(*dialog, 2)->value() + 30);
            // Another user adds a different version of the same day while the dialog is open.
            Storage::Database theirs;
            QVERIFY(theirs.open(path).isNull());
            Models::SlaPolicyView read;
            QVERIFY(Models::SlaPolicyLoader(theirs).view(id, &read).isNull());
            Domain::SlaPolicy other = read.history.versions().constLast();
            other.effectiveFrom = QDate(2027, 1, 1);
            other.target(4).responseMinutes += 60;
            QVERIFY(Models::SlaPolicyLoader(theirs).addVersion(id, read, other).isNull());
            saveButton(*dialog)->click();
        });
        window.findChild<QAction *>(QStringLiteral("slaPolicyAction"))->trigger();
        QCOMPARE(window.messageBar()->text(),
                 QStringLiteral(
                     "Someone else added a version of the SLA policy of NORDSHOP in force from 2027-01-01 "
                     "in the meantime, and versions are never changed, so yours was not saved. Open the "
                     "SLA policy again to see theirs."));
        QVERIFY(!window.slaRecomputeRunner()->isRunning());
        Models::SlaPolicyView stored;
        QVERIFY(portfolio.slaPolicy(id, &stored).isNull());
        QCOMPARE(stored.history.versionAt(QDate(2027, 1, 1))->target(2),
                 stored.history.versionAt(QDate(2026, 12, 31))->target(2)); // theirs, not ours
    }
};

QTEST_MAIN(TestSlaPolicyDialog)
#include "tst_slapolicydialog.moc"
