// The import wizard's column profiles with several users (issue 15): a profile name someone saved
// is replaced only when the user says so, asked with who saved it and when; a profile saved under
// the name between that question and the save is never replaced (the page says who and when, and
// keeps the user's mapping); the file page's list says who saved each profile.
#include "models/changetext.h"
#include "models/importmappingstore.h"
#include "models/portfolio.h"
#include "models/storage/database.h"
#include "models/storage/mappingrepository.h"
#include "ui/importwizard.h"
#include "ui/languagemanager.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>

using Gui::ImportWizard;

namespace {

QString sample(const QString &name)
{
    return QStringLiteral(DD_TEST_DATA_DIR "/import/") + name;
}

const QString s_name = QStringLiteral("Kundens ärenden");

} // namespace

class TestImportProfiles : public QObject
{
    Q_OBJECT

    Gui::LanguageManager m_languages;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Models::Portfolio> m_portfolio;
    std::unique_ptr<Storage::Database> m_alice; ///< another user of the same database

    /// Alice saves the profile `s_name` over what she reads now (her date format: `format`).
    Domain::ChangeStamp alicesSave(Exchange::DateTimeParser::Format format)
    {
        const Storage::MappingRepository profiles(*m_alice);
        Domain::ChangeStamp stamp;
        if (!profiles.profileStamp(s_name, &stamp).isNull())
            return {};
        Exchange::ColumnMapping mapping = Exchange::ColumnMapping::suggest(
            {QStringLiteral("Ärendenummer"), QStringLiteral("Rubrik"), QStringLiteral("Skapad")});
        mapping.name = s_name;
        mapping.dateFormat = format;
        Domain::ChangeStamp written;
        if (!profiles.saveProfile(mapping, stamp, &written).isNull())
            return {};
        return written;
    }

    Exchange::ColumnMapping stored(Domain::ChangeStamp *stamp = nullptr)
    {
        Exchange::ColumnMapping mapping;
        (void)Storage::MappingRepository(*m_portfolio->database()).loadProfile(s_name, &mapping, stamp);
        return mapping;
    }

    /// When the next modal question shows: `before` runs, then the question's text is kept in
    /// `*text` and the button named `button` (an object name, or "cancel") is clicked.
    static void answer(const QString &button, QString *text, const std::function<void()> &before = {})
    {
        QTimer::singleShot(0, [=] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            if (before)
                before();
            *text = box->text();
            if (button == QLatin1String("cancel"))
                box->button(QMessageBox::Cancel)->click();
            else
                box->findChild<QPushButton *>(button)->click();
        });
    }

    /// A wizard on the mapping page of the generic file, the profile named `s_name`.
    static void toMappingPage(ImportWizard &wizard)
    {
        wizard.show();
        wizard.setFile(sample(QStringLiteral("mapped/generic_tickets.csv")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        wizard.findChild<QLineEdit *>(QStringLiteral("profileName"))->setText(s_name);
        QVERIFY(wizard.currentPage()->isComplete());
    }

private slots:
    void initTestCase() { qputenv("DELIVERYDESK_USER", "anna"); }

    void init()
    {
        m_portfolio = std::make_unique<Models::Portfolio>();
        static int s_count = 0;
        const QString path = m_dir.filePath(QStringLiteral("profiles-%1.sqlite").arg(++s_count));
        QVERIFY(m_portfolio
                    ->open(path, Storage::Database::Access::ReadWrite,
                           Storage::Database::Creation::CreateIfMissing)
                    .isNull());
        Domain::Engagement e;
        e.key = QStringLiteral("ACME");
        e.client = QStringLiteral("Acme Retail");
        e.start = QDate(2026, 1, 1);
        QVERIFY(m_portfolio->addEngagement(&e).isNull());
        qputenv("DELIVERYDESK_USER", "alice");
        m_alice = std::make_unique<Storage::Database>();
        const Storage::StorageError opened = m_alice->open(path);
        qputenv("DELIVERYDESK_USER", "anna");
        QVERIFY(opened.isNull());
        QCOMPARE(m_alice->userName(), QStringLiteral("alice"));
    }

    void cleanup()
    {
        m_alice.reset();
        m_portfolio.reset();
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    }

    void shouldAskBeforeReplacingAProfileAndNeverReplaceOneSavedSince()
    {
        const Domain::ChangeStamp first = alicesSave(Exchange::DateTimeParser::Format::MonthDayYear);
        QVERIFY(first.isStored());
        ImportWizard wizard(m_portfolio.get());
        toMappingPage(wizard);
        auto *message = wizard.findChild<QLabel *>(QStringLiteral("mappingMessage"));

        // Cancel: nothing saved, the page stays for another name.
        QString asked;
        answer(QStringLiteral("cancel"), &asked);
        wizard.next();
        QCOMPARE(asked,
                 QStringLiteral("A profile named \"%1\" exists already: alice saved it on %2. Replace it "
                                "with this mapping?")
                     .arg(s_name, Models::ChangeText::time(first.updatedAt)));
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        Domain::ChangeStamp stamp;
        QCOMPARE(stored(&stamp).dateFormat, Exchange::DateTimeParser::Format::MonthDayYear);
        QCOMPARE(stamp, first);

        // Replace, but alice saves hers again while the question is open: refused, naming her.
        Domain::ChangeStamp second;
        answer(QStringLiteral("replaceProfileButton"), &asked,
               [&] { second = alicesSave(Exchange::DateTimeParser::Format::Iso8601); });
        wizard.next();
        QVERIFY(second.version == 2);
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        QVERIFY2(
            message->text().startsWith(
                QStringLiteral("alice saved a profile named \"%1\" on %2; yours was not saved. Give yours "
                               "another name, or save again to replace theirs.")
                    .arg(s_name, Models::ChangeText::time(second.updatedAt))),
            qPrintable(message->text()));
        QCOMPARE(stored(&stamp).dateFormat, Exchange::DateTimeParser::Format::Iso8601);
        QCOMPARE(stamp, second);
        // All of the message shows (a word-wrapped label was given one line).
        QTRY_VERIFY(message->height() >= message->heightForWidth(message->width()));
        // The user's mapping is all still there.
        QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("profileName"))->text(), s_name);
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("field-key"))->currentText(),
                 QStringLiteral("Ärendenummer"));
        QVERIFY(wizard.currentPage()->isComplete());

        // Save again: asked about alice's newer save, and this replace lands, stamped anna's.
        asked.clear();
        answer(QStringLiteral("replaceProfileButton"), &asked);
        wizard.next();
        QVERIFY2(asked.contains(Models::ChangeText::time(second.updatedAt)), qPrintable(asked));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ReportPageId), 30000);
        const Exchange::ColumnMapping annas = stored(&stamp);
        QCOMPARE(annas.header(Exchange::ColumnMapping::Field::Key), QStringLiteral("Ärendenummer"));
        QVERIFY(annas.dateFormat != Exchange::DateTimeParser::Format::Iso8601);
        QCOMPARE(stamp.version, qint64(3));
        QCOMPARE(stamp.createdBy, QStringLiteral("alice"));
        QCOMPARE(stamp.updatedBy, QStringLiteral("anna"));

        // Back and on again: the page's own save is replaced without a question.
        wizard.back();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::MappingPageId), 10000);
        asked.clear();
        answer(QStringLiteral("cancel"), &asked);
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ReportPageId), 30000);
        QCOMPARE(asked, QString());
        QCOMPARE(stored(&stamp).header(Exchange::ColumnMapping::Field::Key), QStringLiteral("Ärendenummer"));
        QCOMPARE(stamp.version, qint64(4));
        wizard.reject();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), 10000);
    }

    void shouldAskAndRefuseInSwedish()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        const Domain::ChangeStamp first = alicesSave(Exchange::DateTimeParser::Format::Iso8601);
        ImportWizard wizard(m_portfolio.get());
        toMappingPage(wizard);
        QString asked;
        Domain::ChangeStamp second;
        answer(QStringLiteral("replaceProfileButton"), &asked,
               [&] { second = alicesSave(Exchange::DateTimeParser::Format::MonthDayYear); });
        wizard.next();
        QCOMPARE(asked,
                 QStringLiteral("Det finns redan en profil med namnet \"%1\": alice sparade den %2. Vill du "
                                "ersätta den med den här mappningen?")
                     .arg(s_name, Models::ChangeText::time(first.updatedAt)));
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        const QString refused = wizard.findChild<QLabel *>(QStringLiteral("mappingMessage"))->text();
        QVERIFY2(refused.startsWith(
                     QStringLiteral("alice sparade en profil med namnet \"%1\" den %2; din sparades "
                                    "inte.")
                         .arg(s_name, Models::ChangeText::time(second.updatedAt))),
                 qPrintable(refused));
        Domain::ChangeStamp stamp;
        QCOMPARE(stored(&stamp).dateFormat, Exchange::DateTimeParser::Format::MonthDayYear);
        QCOMPARE(stamp, second);
    }

    void shouldSayWhoSavedEachProfileInTheList()
    {
        const Domain::ChangeStamp hers = alicesSave(Exchange::DateTimeParser::Format::Iso8601);
        ImportWizard wizard(m_portfolio.get());
        wizard.show();
        auto *sources = wizard.findChild<QComboBox *>(QStringLiteral("importSource"));
        const int index = sources->findData(QStringLiteral("profile:") + s_name);
        QVERIFY(index >= 0);
        const QString line = Models::ChangeText::line(hers);
        QVERIFY(line.startsWith(QStringLiteral("Added by alice on ")));
        QCOMPARE(sources->itemData(index, Qt::ToolTipRole).toString(), line);
        sources->setCurrentIndex(index);
        QCOMPARE(sources->toolTip(), line);
        sources->setCurrentIndex(0); // a built-in source: no one to name
        QCOMPARE(sources->toolTip(), QString());
    }

    void grabWhenAsked()
    {
        if (!qEnvironmentVariableIsSet("DD_GRAB"))
            QSKIP("set DD_GRAB=folder to save pictures of the replace question and the refusal");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("sv")}) {
            QVERIFY(m_languages.setLanguage(language));
            const QString prefix = qEnvironmentVariable("DD_GRAB") + QStringLiteral("/profile-") + language;
            (void)alicesSave(Exchange::DateTimeParser::Format::Iso8601);
            ImportWizard wizard(m_portfolio.get());
            toMappingPage(wizard);
            QString asked;
            answer(QStringLiteral("replaceProfileButton"), &asked, [&] {
                QApplication::activeModalWidget()->grab().save(prefix + QStringLiteral("-replace.png"));
                (void)alicesSave(Exchange::DateTimeParser::Format::MonthDayYear);
            });
            wizard.next();
            QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
            wizard.grab().save(prefix + QStringLiteral("-refused.png"));
            wizard.reject();
            QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), 10000);
        }
    }
};

QTEST_MAIN(TestImportProfiles)
#include "tst_importprofiles.moc"
