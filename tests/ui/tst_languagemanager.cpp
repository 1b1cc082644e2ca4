// Qt's own texts speak Swedish in the Swedish window: the real Qt 6 widgets, dialogs and the
// command-line parser are asked for their texts, so a context or source text that does not match
// Qt 6 (translations/qt6extra_sv.ts) fails here rather than leaving English on screen.
#include "ui/languagemanager.h"

#include <QCommandLineParser>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QUndoStack>
#include <QWizard>
#include <QtTest>
#include <memory>

class TestLanguageManager : public QObject
{
    Q_OBJECT

    Gui::LanguageManager m_languages; ///< this test's language, as the launcher owns one

private:
    static QStringList menuTexts(QMenu *menu)
    {
        QStringList texts;
        for (const QAction *action : menu->actions()) {
            if (!action->isSeparator())
                texts.append(action->text().section(QLatin1Char('\t'), 0, 0));
        }
        return texts;
    }

private slots:
    void cleanup() { QVERIFY(m_languages.setLanguage(QStringLiteral("en"))); }

    void shouldTranslateStandardButtons_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("sv") << QStringLiteral("sv")
                            << QStringList{QStringLiteral("OK"),    QStringLiteral("Avbryt"),
                                           QStringLiteral("&Ja"),   QStringLiteral("&Nej"),
                                           QStringLiteral("Stäng"), QStringLiteral("Verkställ")};
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("OK"),    QStringLiteral("Cancel"),
                                           QStringLiteral("&Yes"),  QStringLiteral("&No"),
                                           QStringLiteral("Close"), QStringLiteral("Apply")};
    }
    void shouldTranslateStandardButtons()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QVERIFY(m_languages.setLanguage(language));
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Yes |
                             QDialogButtonBox::No | QDialogButtonBox::Close | QDialogButtonBox::Apply);
        const QStringList texts{
            box.button(QDialogButtonBox::Ok)->text(),    box.button(QDialogButtonBox::Cancel)->text(),
            box.button(QDialogButtonBox::Yes)->text(),   box.button(QDialogButtonBox::No)->text(),
            box.button(QDialogButtonBox::Close)->text(), box.button(QDialogButtonBox::Apply)->text()};
        QCOMPARE(texts, expected);
    }

    void shouldTakeItsTranslatorsAwayWhenDestroyed()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        const auto cancelText = [] {
            QDialogButtonBox box(QDialogButtonBox::Cancel);
            return box.button(QDialogButtonBox::Cancel)->text();
        };
        {
            // GIVEN a second owner, e.g. a command run in the same process, that speaks Swedish
            Gui::LanguageManager command;
            QVERIFY(command.setLanguage(QStringLiteral("sv")));
            QCOMPARE(cancelText(), QStringLiteral("Avbryt"));
        }
        // THEN its translators leave with it: nothing of it stays installed in the process
        QCOMPARE(cancelText(), QStringLiteral("Cancel"));
    }

    void shouldPrefixUndoAndRedoInSwedish()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        QUndoStack stack;
        std::unique_ptr<QAction> undo(stack.createUndoAction(nullptr));
        std::unique_ptr<QAction> redo(stack.createRedoAction(nullptr));
        QCOMPARE(undo->text(), QStringLiteral("Ångra"));
        auto *command = new QUndoCommand(QStringLiteral("Lägg till uppdrag X"));
        stack.push(command);
        QCOMPARE(undo->text(), QStringLiteral("Ångra Lägg till uppdrag X"));
        stack.undo();
        QCOMPARE(redo->text(), QStringLiteral("Gör om Lägg till uppdrag X"));
    }

    void shouldSayCommandLineErrorsInSwedish()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("month"), QString(), QStringLiteral("M")});
        QVERIFY(!parser.parse({QStringLiteral("deliverydesk"), QStringLiteral("--nope")}));
        QCOMPARE(parser.errorText(), QStringLiteral("Okänd flagga 'nope'."));
        QCommandLineParser missing;
        missing.addOption({QStringLiteral("month"), QString(), QStringLiteral("M")});
        QVERIFY(!missing.parse({QStringLiteral("deliverydesk"), QStringLiteral("--month")}));
        QCOMPARE(missing.errorText(), QStringLiteral("Värde saknas efter '--month'."));
    }

    void shouldShowTheFileDialogInSwedish()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        QFileDialog dialog(nullptr, QString(), QDir::tempPath());
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        auto *lookIn = dialog.findChild<QLabel *>(QStringLiteral("lookInLabel"));
        auto *types = dialog.findChild<QLabel *>(QStringLiteral("fileTypeLabel"));
        QVERIFY(lookIn && types);
        QCOMPARE(lookIn->text(), QStringLiteral("Leta i:"));
        QCOMPARE(types->text(), QStringLiteral("Filer av typen:"));
        QFileSystemModel model;
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Namn"));
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Ändringsdatum"));
        QCOMPARE(model.myComputer().toString(), QStringLiteral("Dator"));
    }

    void shouldShowWizardButtonsInSwedish()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        QWizard wizard;
        wizard.setWizardStyle(QWizard::ClassicStyle);
        QCOMPARE(wizard.buttonText(QWizard::BackButton), QStringLiteral("< &Bakåt"));
        QCOMPARE(wizard.buttonText(QWizard::NextButton), QStringLiteral("&Nästa >"));
        QCOMPARE(wizard.buttonText(QWizard::FinishButton), QStringLiteral("&Slutför"));
        QCOMPARE(wizard.buttonText(QWizard::CancelButton), QStringLiteral("Avbryt"));
    }

    void shouldShowTheEditMenuInSwedish()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        QLineEdit edit;
        std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        QCOMPARE(menuTexts(menu.get()), (QStringList{QStringLiteral("&Ångra"), QStringLiteral("&Gör om"),
                                                     QStringLiteral("Klipp &ut"), QStringLiteral("&Kopiera"),
                                                     QStringLiteral("Klistra &in"), QStringLiteral("Ta bort"),
                                                     QStringLiteral("Markera allt")}));
    }
};

QTEST_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
