// Where the review pack goes: the PDF path gets its suffix, the data appendix is asked for only
// when ticked (defaulting to the PDF's name as .xlsx), Export is refused without a PDF path (or
// with the appendix ticked and no path), and every field is named with a label for it.
#include "ui/languagemanager.h"
#include "ui/reviewexportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

class TestReviewExportDialog : public QObject
{
    Q_OBJECT

    Gui::LanguageManager m_languages; ///< this test's language, as the launcher owns one

private:
    static QPushButton *exportButton(Gui::ReviewExportDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private slots:
    void initTestCase() { m_languages.setLanguage(QStringLiteral("en")); }

    void shouldAskForTheAppendixOnlyWhenTicked()
    {
        Gui::ReviewExportDialog dialog(QStringLiteral("/tmp/out/NORD-review-2026-Q3.pdf"),
                                       QStringLiteral("Anna Berg"));
        QCOMPARE(dialog.pdfPath(), QStringLiteral("/tmp/out/NORD-review-2026-Q3.pdf"));
        QCOMPARE(dialog.preparedBy(), QStringLiteral("Anna Berg"));
        QCOMPARE(dialog.dataPath(), QString());
        QVERIFY(!dialog.dataEdit()->isEnabled());
        dialog.dataBox()->setChecked(true);
        QVERIFY(dialog.dataEdit()->isEnabled());
        QCOMPARE(dialog.dataPath(), QStringLiteral("/tmp/out/NORD-review-2026-Q3.xlsx"));
        // A folder name writes CSV files: taken as typed
        dialog.dataEdit()->setText(QDir::toNativeSeparators(QStringLiteral("/tmp/out/csv")));
        QCOMPARE(dialog.dataPath(), QStringLiteral("/tmp/out/csv"));
    }

    void shouldCompleteThePdfNameAndRefuseAnEmptyOne()
    {
        Gui::ReviewExportDialog dialog(QStringLiteral("/tmp/a.pdf"), {});
        QVERIFY(exportButton(dialog)->isEnabled());
        dialog.pdfEdit()->setText(QStringLiteral("  /tmp/review  "));
        QCOMPARE(dialog.pdfPath(), QStringLiteral("/tmp/review.pdf"));
        dialog.pdfEdit()->clear();
        QVERIFY(!exportButton(dialog)->isEnabled());
        dialog.pdfEdit()->setText(QStringLiteral("/tmp/b.pdf"));
        dialog.dataBox()->setChecked(true);
        dialog.dataEdit()->clear();
        QVERIFY(!exportButton(dialog)->isEnabled());
        dialog.dataBox()->setChecked(false);
        QVERIFY(exportButton(dialog)->isEnabled());
        dialog.preparedByEdit()->setText(QStringLiteral("  Kim  "));
        QCOMPARE(dialog.preparedBy(), QStringLiteral("Kim"));
    }

    void shouldNameEveryField()
    {
        Gui::ReviewExportDialog dialog(QStringLiteral("/tmp/a.pdf"), {});
        for (QLabel *label : dialog.findChildren<QLabel *>())
            QVERIFY2(label->buddy(), qPrintable(label->text()));
        for (QWidget *w :
             {static_cast<QWidget *>(dialog.pdfEdit()), static_cast<QWidget *>(dialog.dataBox()),
              static_cast<QWidget *>(dialog.dataEdit()), static_cast<QWidget *>(dialog.preparedByEdit())})
            QVERIFY(!w->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestReviewExportDialog)
#include "tst_reviewexportdialog.moc"
