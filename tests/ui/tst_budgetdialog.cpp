// The Budget dialog: shows an engagement's budget and gives back exactly what it shows, lists what
// is wrong before Save, and from the window saves as one undo step over the version it read (a
// budget someone else saved meanwhile is refused in words, theirs kept and shown).
#include "models/engagementlistmodel.h"
#include "models/portfolio.h"
#include "ui/budgetdialog.h"
#include "ui/burndownpage.h"
#include "ui/engagementlistpanel.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QWheelEvent>
#include <QtTest>

#include <algorithm>

using Domain::RolloverRule;
using Gui::BudgetDialog;

namespace {

Domain::Engagement nordshop()
{
    Domain::Engagement e;
    e.id = 7;
    e.key = QStringLiteral("NORD");
    e.client = QStringLiteral("Nordshop AB");
    e.start = QDate(2026, 1, 10);
    e.end = QDate(2026, 12, 31);
    e.committedMinutesPerMonth = 80 * 60;
    return e;
}

Domain::BudgetPolicy policyOf(const Domain::Engagement &e)
{
    Domain::BudgetPolicy policy(e.committedMinutesPerMonth);
    policy.setStartMonth(e.start);
    policy.setContract(e);
    return policy;
}

template<typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

QPushButton *saveButton(BudgetDialog &dialog)
{
    return child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Save);
}

/// The row of the activities table that stands for `id`.
QComboBox *activityBox(BudgetDialog &dialog, const QString &id)
{
    auto *table = child<QTableWidget>(&dialog, "activitiesTable");
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toString() == id)
            return static_cast<QComboBox *>(table->cellWidget(row, 1));
    }
    return nullptr;
}

/// Runs `fill` on the Budget dialog the next call opens, then presses Save.
template<typename Fill> void answerDialog(Fill fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = qobject_cast<BudgetDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(dialog);
        saveButton(*dialog)->click();
    });
}

} // namespace

class TestBudgetDialog : public QObject
{
    Q_OBJECT

    Gui::LanguageManager m_languages;
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_languages.setLanguage(QStringLiteral("en"))); }

    void shouldGiveBackExactlyTheBudgetItShows()
    {
        const Domain::Engagement e = nordshop();
        Domain::BudgetPolicy policy = policyOf(e);
        policy.setRolloverRule({RolloverRule::Carry::UpToPercent, 0, 25, 3, true});
        policy.setCountsLevel(Domain::ServiceLevel::L3, false);
        policy.setCountsActivity(QStringLiteral("platform-upgrades"), false);
        policy.setCountsActivity(QStringLiteral("problem-management"), true);
        policy.setMonthlyBudget({QDate(2026, 3, 1), 3406}); // 56.77 h: two decimals keep the minute
        policy.setMonthlyBudget({QDate(2026, 12, 1), 0});
        Domain::ChangeStamp stamp;
        stamp.version = 4;
        stamp.updatedBy = QStringLiteral("alice");
        stamp.updatedAt = QDateTime(QDate(2026, 12, 5), QTime(10, 42)).toSecsSinceEpoch();

        QMap<QDate, Domain::ChangeStamp> months;
        months.insert(QDate(2026, 3, 1), stamp);
        BudgetDialog dialog;
        dialog.setBudget(e, policy, stamp, months);
        QCOMPARE(dialog.budget(), policy);
        // Who set each month, in its row's tooltip; a month nobody stored has none.
        auto *monthsTable = child<QTableWidget>(&dialog, "monthsTable");
        QVERIFY(monthsTable->cellWidget(0, 1)->toolTip().startsWith(QLatin1String("Changed by alice on ")));
        QVERIFY(monthsTable->cellWidget(1, 1)->toolTip().isEmpty());
        QVERIFY(dialog.problems().isEmpty());
        QVERIFY(saveButton(dialog)->isEnabled());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Budget of NORD"));
        QVERIFY(child<QSpinBox>(&dialog, "capPercentSpin")->isVisibleTo(&dialog));
        QVERIFY(!child<QDoubleSpinBox>(&dialog, "capHoursSpin")->isVisibleTo(&dialog));
        QVERIFY2(
            child<QLabel>(&dialog, "stampLabel")->text().startsWith(QLatin1String("Changed by alice on ")),
            qPrintable(child<QLabel>(&dialog, "stampLabel")->text()));
        QVERIFY(
            child<QLabel>(&dialog, "headingLabel")->text().contains(QLatin1String("80 h committed a month")));
        QCOMPARE(child<QTableWidget>(&dialog, "monthsTable")->rowCount(), 2);
        QCOMPARE(activityBox(dialog, QStringLiteral("platform-upgrades"))->currentText(),
                 QStringLiteral("billed outside"));

        // A budget nobody saved says so.
        dialog.setBudget(e, policyOf(e), Domain::ChangeStamp());
        QCOMPARE(dialog.budget(), policyOf(e));
        QCOMPARE(child<QLabel>(&dialog, "stampLabel")->text(),
                 QStringLiteral("Nobody has saved this budget yet: these are the default rules."));
    }

    void shouldEditEveryPartOfTheBudget()
    {
        const Domain::Engagement e = nordshop();
        BudgetDialog dialog;
        dialog.setBudget(e, policyOf(e), Domain::ChangeStamp());
        QVERIFY(!child<QSpinBox>(&dialog, "expirySpin")->isVisibleTo(&dialog)); // nothing carried: no expiry
        child<QComboBox>(&dialog, "carryCombo")->setCurrentIndex(1);
        QVERIFY(child<QDoubleSpinBox>(&dialog, "capHoursSpin")->isVisibleTo(&dialog));
        QVERIFY(child<QSpinBox>(&dialog, "expirySpin")->isVisibleTo(&dialog));
        child<QDoubleSpinBox>(&dialog, "capHoursSpin")->setValue(12.5);
        child<QSpinBox>(&dialog, "expirySpin")->setValue(2);
        QCOMPARE(child<QSpinBox>(&dialog, "expirySpin")->text(), QStringLiteral("2 months"));
        child<QCheckBox>(&dialog, "deductCheck")->setChecked(true);
        const QList<QCheckBox *> levels = child<QGroupBox>(&dialog, "countsBox")->findChildren<QCheckBox *>();
        QCOMPARE(levels.size(), 3);
        QCOMPARE(levels.at(1)->text(), QStringLiteral("L2 work counts"));
        levels.at(1)->setChecked(false);
        QComboBox *upgrades = activityBox(dialog, QStringLiteral("platform-upgrades"));
        upgrades->setCurrentIndex(upgrades->findText(QStringLiteral("counts")));

        Domain::BudgetPolicy wanted = policyOf(e);
        wanted.setRolloverRule({RolloverRule::Carry::UpToMinutes, 750, 0, 2, true});
        wanted.setCountsLevel(Domain::ServiceLevel::L2, false);
        wanted.setCountsActivity(QStringLiteral("platform-upgrades"), true);
        QCOMPARE(dialog.budget(), wanted);

        // Back to "forfeited": neither a cap nor an expiry is kept out of sight.
        child<QComboBox>(&dialog, "carryCombo")->setCurrentIndex(0);
        QCOMPARE(dialog.budget().rolloverRule(), (RolloverRule{RolloverRule::Carry::None, 0, 0, 0, true}));
        upgrades->setCurrentIndex(upgrades->findText(QStringLiteral("as its level")));
        QVERIFY(dialog.budget().activityRules().isEmpty());
    }

    void shouldAddMonthsAndNameWhatIsWrongBeforeSaving()
    {
        const Domain::Engagement e = nordshop();
        BudgetDialog dialog;
        dialog.setBudget(e, policyOf(e), Domain::ChangeStamp());
        auto *table = child<QTableWidget>(&dialog, "monthsTable");
        const int first = dialog.addMonth();
        const QDate today = QDate::currentDate();
        const QDate expected =
            qBound(QDate(2026, 1, 1), QDate(today.year(), today.month(), 1), QDate(2026, 12, 1));
        QCOMPARE(static_cast<QDateEdit *>(table->cellWidget(first, 0))->date(), expected);
        QCOMPARE(static_cast<QDoubleSpinBox *>(table->cellWidget(first, 1))->value(), 80.0);
        static_cast<QDateEdit *>(table->cellWidget(first, 0))->setDate(QDate(2026, 5, 1));
        const int second = dialog.addMonth();
        QCOMPARE(static_cast<QDateEdit *>(table->cellWidget(second, 0))->date(), QDate(2026, 6, 1));
        QVERIFY(saveButton(dialog)->isEnabled());

        static_cast<QDateEdit *>(table->cellWidget(second, 0))->setDate(QDate(2026, 5, 20));
        QCOMPARE(dialog.problems(), QStringList{QStringLiteral("May 2026 is listed twice.")});
        QVERIFY(!saveButton(dialog)->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "problemsLabel")
                    ->text()
                    .contains(QLatin1String("May 2026 is listed twice.")));
        static_cast<QDateEdit *>(table->cellWidget(second, 0))->setDate(QDate(2027, 1, 1));
        QCOMPARE(dialog.problems(), QStringList{QStringLiteral(
                                        "January 2027: A monthly budget lies after the engagement's end")});
        static_cast<QDateEdit *>(table->cellWidget(second, 0))->setDate(QDate(2025, 12, 1));
        QCOMPARE(dialog.problems(),
                 QStringList{
                     QStringLiteral("December 2025: A monthly budget lies before the engagement started")});
        QVERIFY(!saveButton(dialog)->isEnabled());

        table->setCurrentCell(second, 1);
        child<QPushButton>(&dialog, "removeMonthButton")->click();
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(saveButton(dialog)->isEnabled());
        QCOMPARE(dialog.budget().monthlyBudgets(),
                 (QVector<Domain::MonthlyBudget>{{QDate(2026, 5, 1), 80 * 60}}));
    }

    void shouldScrollTheTablesRatherThanChangeABoxItPasses()
    {
        const Domain::Engagement e = nordshop();
        BudgetDialog dialog;
        dialog.setBudget(e, policyOf(e), Domain::ChangeStamp());
        dialog.resize(720, 600);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = child<QTableWidget>(&dialog, "activitiesTable");
        QScrollBar *scroll = table->verticalScrollBar();
        QVERIFY(scroll->maximum() > 0);
        QComboBox *box = activityBox(dialog, QStringLiteral("incident-management"));
        const auto wheel = [](QWidget *target) {
            const QPointF at(target->width() / 2.0, target->height() / 2.0);
            QWheelEvent event(at, target->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(target, &event);
        };
        wheel(box);
        QCOMPARE(box->currentIndex(), 0); // the rule is as it was...
        QVERIFY(scroll->value() > 0);     // ...and the list moved
        // A box with the focus takes the wheel, as everywhere.
        box->setFocus();
        QTRY_VERIFY(box->hasFocus());
        wheel(box);
        QCOMPARE(box->currentIndex(), 1);
    }

    void shouldSaveFromTheWindowAsOneUndoStepOverTheVersionItRead()
    {
        // Who saves: alice in this window, bob in the other program below (a SQLite file's user).
        qputenv("DELIVERYDESK_USER", "alice");
        Models::Portfolio portfolio;
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(portfolio.createDemo(path, QDate(2026, 11, 25)).isNull());
        Gui::MainWindow window(&portfolio, &m_languages);
        window.show();
        const int row = portfolio.engagements()->rowOfKey(QStringLiteral("NORDSHOP"));
        const qint64 id = portfolio.engagements()->engagementAt(row).id;
        window.engagementList()->selectEngagement(id);
        QCOMPARE(window.currentEngagementId(), id);
        Domain::BudgetPolicy before;
        Domain::ChangeStamp read;
        QVERIFY(portfolio.budget(id, &before, &read).isNull());
        QCOMPARE(before.rolloverRule().carry, RolloverRule::Carry::UpToMinutes);

        answerDialog(
            [](BudgetDialog *dialog) { child<QComboBox>(dialog, "carryCombo")->setCurrentIndex(0); });
        window.findChild<QAction *>(QStringLiteral("editBudgetAction"))->trigger();
        Domain::BudgetPolicy after;
        Domain::ChangeStamp saved;
        QVERIFY(portfolio.budget(id, &after, &saved).isNull());
        QCOMPARE(after.rolloverRule().carry, RolloverRule::Carry::None);
        QCOMPARE(saved.version, read.version + 1);
        QCOMPARE(window.undoStack()->count(), 1);
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Edit budget of NORDSHOP"));
        // The Burn-down page counts it at once and says who set the rules.
        auto *burnDown = window.findChild<Gui::BurnDownPage *>();
        QCOMPARE(burnDown->data().policy, after);
        QVERIFY(window.findChild<QToolButton *>(QStringLiteral("budgetButton")));
        const QList<QLabel *> labels = burnDown->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->toolTip().contains(QLatin1String("Unused hours are forfeited at month end.\n")) &&
                   label->toolTip().contains(QLatin1String("Changed by alice on "));
        }));

        window.undoStack()->undo();
        QVERIFY(portfolio.budget(id, &after, nullptr).isNull());
        QCOMPARE(after, before);
        window.undoStack()->redo();

        // Someone else saves while the dialog is open: Save is refused in words, theirs stays.
        qputenv("DELIVERYDESK_USER", "bob");
        Domain::BudgetPolicy theirs;
        answerDialog([&](BudgetDialog *dialog) {
            child<QCheckBox>(dialog, "deductCheck")->setChecked(true);
            Models::Portfolio other;
            QVERIFY(other.open(path).isNull());
            Domain::ChangeStamp stamp;
            QVERIFY(other.budget(id, &theirs, &stamp).isNull());
            theirs.setMonthlyBudget({QDate(2026, 12, 1), 40 * 60});
            QVERIFY(other.saveBudget(id, theirs, &stamp).isNull());
        });
        window.editBudget();
        qunsetenv("DELIVERYDESK_USER");
        QVERIFY2(window.messageBar()->text().contains(QLatin1String("bob changed this budget on ")),
                 qPrintable(window.messageBar()->text()));
        QCOMPARE(window.undoStack()->count(), 1);
        QVERIFY(portfolio.budget(id, &after, nullptr).isNull());
        QCOMPARE(after, theirs);
        QVERIFY(!after.rolloverRule().deductOverrun);
        QCOMPARE(burnDown->data().policy, theirs);
    }
};

QTEST_MAIN(TestBudgetDialog)
#include "tst_budgetdialog.moc"
