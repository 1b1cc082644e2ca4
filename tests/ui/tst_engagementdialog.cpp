#include "ui/engagementdialog.h"
#include "ui/languagemanager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using Gui::EngagementDialog;

class TestEngagementDialog : public QObject
{
    Q_OBJECT

    Gui::LanguageManager m_languages; ///< this test's language, as the launcher owns one

private:
    static QPushButton *okButton(EngagementDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok);
    }

private slots:
    void initTestCase() { m_languages.setLanguage(QStringLiteral("en")); }

    void shouldRoundTripAnEngagement()
    {
        Domain::Engagement e;
        e.id = 7;
        e.key = QStringLiteral("NORDSHOP");
        e.client = QStringLiteral("Nordshop AB");
        e.name = QStringLiteral("Webshop");
        e.model = Domain::SupportModel::SlaCriticalDedicated;
        e.start = QDate(2026, 2, 1);
        e.end = QDate();
        e.timeZone = "Europe/Helsinki";
        e.committedMinutesPerMonth = 90 * 60 + 30;
        e.severity1Cover24x7 = true;
        e.rolesCovered = {Domain::Role::Dev, Domain::Role::RM};
        e.optionalServices = {QStringLiteral("strategic-advisory")};
        e.notes = QStringLiteral("Monthly styrningsmöte");
        EngagementDialog dialog;
        dialog.setEngagement(e);
        QCOMPARE(dialog.engagement(), e);
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void shouldBlockOkAndSayWhyForBadInput_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("negative hours") << "hoursSpin"
                                        << "-5"
                                        << "cannot be negative";
        QTest::newRow("unknown time zone") << "timeZoneCombo"
                                           << "Mars/Olympus_Mons"
                                           << "not a known IANA time zone";
        QTest::newRow("empty client") << "clientEdit"
                                      << ""
                                      << "client's name";
    }

    void shouldBlockOkAndSayWhyForBadInput()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        EngagementDialog dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit"))->setText(QStringLiteral("OK"));
        dialog.findChild<QLineEdit *>(QStringLiteral("clientEdit"))->setText(QStringLiteral("Client AB"));
        QVERIFY(okButton(dialog)->isEnabled());
        if (auto *spin = dialog.findChild<QDoubleSpinBox *>(field))
            spin->setValue(value.toDouble());
        else if (auto *combo = dialog.findChild<QComboBox *>(field))
            combo->setCurrentText(value);
        else
            dialog.findChild<QLineEdit *>(field)->setText(value);
        QVERIFY(!okButton(dialog)->isEnabled());
        const QString shown = dialog.findChild<QLabel *>(QStringLiteral("problemsLabel"))->text();
        QVERIFY2(shown.contains(expected), qPrintable(shown));
        QCOMPARE(dialog.problems().size(), 1);
    }

    void shouldExplainTheChosenModelFromTheCatalogue()
    {
        EngagementDialog dialog;
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("modelCombo"));
        auto *explanation = dialog.findChild<QLabel *>(QStringLiteral("modelExplanation"));
        combo->setCurrentIndex(int(Domain::SupportModel::FixedCapacity));
        QVERIFY(explanation->text().contains(QStringLiteral("40–160")));
        combo->setCurrentIndex(int(Domain::SupportModel::ManagedService));
        QVERIFY(explanation->text().contains(QStringLiteral("DevOps")));
        // Managed service always answers 24×7: the box is ticked and the value follows it.
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("coverCheck"))->isChecked());
    }
};

QTEST_MAIN(TestEngagementDialog)
#include "tst_engagementdialog.moc"
