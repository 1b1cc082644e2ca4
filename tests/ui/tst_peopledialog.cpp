#include "ui/peopledialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using Domain::Absence;
using Domain::AbsenceKind;
using Gui::PeopleDialog;

namespace {
Domain::Person sample()
{
    Domain::Person p;
    p.name = QStringLiteral("Oskar Berg");
    p.role = Domain::Role::QA;
    p.contractedMinutesPerWeek = 38 * 60 + 30;
    p.partTimePercent = 80;
    p.onCall = true;
    p.start = QDate(2024, 3, 1);
    p.end = QDate(2027, 6, 30);
    p.absences = {{QDate(2026, 7, 6), QDate(2026, 7, 24), AbsenceKind::Vacation},
                  {QDate(2026, 10, 1), QDate(2026, 10, 2), AbsenceKind::SickLeave}};
    return p;
}

QPushButton *okButton(PeopleDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}
} // namespace

class TestPeopleDialog : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowAndReturnAPersonUnchanged()
    {
        PeopleDialog dialog;
        dialog.setPerson(sample());
        QCOMPARE(dialog.person(), sample());
        QVERIFY(dialog.problems().isEmpty());
        QVERIFY(okButton(dialog)->isEnabled());
        // Allocations refer to people by name: an existing person keeps it.
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->isReadOnly());
    }

    void shouldStartAsANewFullTimePersonWithoutAName()
    {
        PeopleDialog dialog;
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->isReadOnly());
        const Domain::Person p = dialog.person();
        QCOMPARE(p.contractedMinutesPerWeek, 40 * 60);
        QCOMPARE(p.partTimePercent, 100);
        QVERIFY(!p.start.isValid());
        QVERIFY(!p.end.isValid());
        QVERIFY(!okButton(dialog)->isEnabled()); // the name is missing
        QCOMPARE(dialog.problems().size(), 1);
    }

    void shouldRefuseInvalidInputUntilFixed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("value");
        QTest::newRow("a 70-hour week") << QStringLiteral("hoursSpin") << 70.0;
        QTest::newRow("a negative week") << QStringLiteral("hoursSpin") << -1.0;
        QTest::newRow("part-time 0 %") << QStringLiteral("partTimeSpin") << 0.0;
        QTest::newRow("part-time 150 %") << QStringLiteral("partTimeSpin") << 150.0;
    }

    void shouldRefuseInvalidInputUntilFixed()
    {
        QFETCH(QString, field);
        QFETCH(double, value);
        PeopleDialog dialog;
        dialog.setPerson(sample());
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("problemsLabel"));
        if (auto *spin = dialog.findChild<QDoubleSpinBox *>(field))
            spin->setValue(value);
        else
            dialog.findChild<QSpinBox *>(field)->setValue(int(value));
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(dialog.problems().size(), 1);
        QCOMPARE(label->text(), dialog.problems().first());
        dialog.setPerson(sample());
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(label->isHidden());
    }

    void shouldRefuseOverlappingAbsencesWithAMessage()
    {
        PeopleDialog dialog;
        dialog.setPerson(sample());
        dialog.addAbsence({QDate(2026, 7, 20), QDate(2026, 7, 31), AbsenceKind::ParentalLeave});
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(dialog.problems().size(), 1);
        QVERIFY2(dialog.problems().first().contains(QLatin1String("3")),
                 qPrintable(dialog.problems().first()));
        // Removing the overlapping absence (the current row) allows OK again.
        dialog.findChild<QPushButton *>(QStringLiteral("removeAbsenceButton"))->click();
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.person().absences, sample().absences);
    }

    void shouldRefuseAnEndBeforeTheStart()
    {
        PeopleDialog dialog;
        Domain::Person p = sample();
        p.end = QDate(2024, 1, 31);
        dialog.setPerson(p);
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog.findChild<QCheckBox *>(QStringLiteral("endKnownCheck"))->setChecked(false);
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(!dialog.person().end.isValid());
    }
};

QTEST_MAIN(TestPeopleDialog)
#include "tst_peopledialog.moc"
