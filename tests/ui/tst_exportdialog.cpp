// File › Export… runs off the GUI thread: the export starts, the window goes on, done() brings the
// sentence for the message bar; Cancel leaves no file of the export behind.
#include "models/engagementlistmodel.h"
#include "models/portfolio.h"
#include "models/storage/storageerror.h"
#include "ui/exportdialog.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QWidget>

namespace {

const QDate s_asOf(2026, 11, 20);

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Models::Portfolio m_portfolio;
    QWidget m_window;

    Models::ExportJob::Request request(Models::ExportJob::Kind kind, const QString &name) const
    {
        Models::ExportJob::Request r;
        r.kind = kind;
        r.engagement = m_portfolio.engagements()->engagementAt(0);
        r.path = m_dir.filePath(name);
        r.csvFiles = Gui::ExportDialog::csvFiles(r.path);
        r.locale = QLocale(QLocale::English);
        r.now = QDateTime(s_asOf.addDays(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        return r;
    }

private slots:
    void initTestCase()
    {
        const Storage::StorageError created =
            m_portfolio.createDemo(m_dir.filePath(QStringLiteral("demo.sqlite")), s_asOf);
        QVERIFY2(created.isNull(), qPrintable(created.toString()));
        QVERIFY(m_portfolio.engagements()->rowCount() > 0);
    }

    void shouldExportOffTheGuiThreadAndSayWhatItWrote()
    {
        // GIVEN an XLSX export of the first engagement
        const Models::ExportJob::Request r =
            request(Models::ExportJob::Kind::Xlsx, QStringLiteral("one.xlsx"));
        auto *run = new Gui::ExportDialog(m_portfolio, r, &m_window);
        QSignalSpy done(run, &Gui::ExportDialog::done);
        QSignalSpy gone(run, &QObject::destroyed);
        // WHEN it starts
        run->start();
        // THEN start() returns before the export is done: the work is on another thread
        QCOMPARE(done.count(), 0);
        QVERIFY(done.wait(30000));
        // AND the message bar gets the count of tickets and the file, and the workbook is there
        QCOMPARE(done.first().at(1).toBool(), true);
        const QString message = done.first().at(0).toString();
        QVERIFY2(message.startsWith(QStringLiteral("Exported ")), qPrintable(message));
        QVERIFY2(message.contains(r.engagement.key), qPrintable(message));
        QVERIFY(QFile(r.path).size() > 1000);
        // AND the run deletes itself with its progress dialog
        QVERIFY(gone.count() == 1 || gone.wait(5000));
    }

    void shouldWriteTheThreeCsvFilesAndCountEveryStep()
    {
        const Models::ExportJob::Request r =
            request(Models::ExportJob::Kind::Csv, QStringLiteral("three.csv"));
        QCOMPARE(Models::ExportJob::steps(r), 4);
        auto *run = new Gui::ExportDialog(m_portfolio, r, &m_window);
        QSignalSpy done(run, &Gui::ExportDialog::done);
        // The progress bar has run from reading (1) through each file to the end (4) when it is done.
        int lastStep = -1;
        connect(run, &Gui::ExportDialog::done, this, [&] { lastStep = run->progressDialog()->value(); });
        run->start();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().at(1).toBool(), true);
        QCOMPARE(lastStep, 4);
        for (const QString &file : r.csvFiles)
            QVERIFY2(QFile(file).size() > 20, qPrintable(file));
    }

    void shouldLeaveNothingBehindWhenCancelled()
    {
        // GIVEN a CSV export and a bundle, each cancelled at once
        for (const auto &[kind, name] :
             {std::pair{Models::ExportJob::Kind::Csv, QStringLiteral("gone.csv")},
              std::pair{Models::ExportJob::Kind::Xlsx, QStringLiteral("gone.xlsx")},
              std::pair{Models::ExportJob::Kind::Bundle, QStringLiteral("gone.sqlite")}}) {
            const Models::ExportJob::Request r = request(kind, name);
            auto *run = new Gui::ExportDialog(m_portfolio, r, &m_window);
            QSignalSpy done(run, &Gui::ExportDialog::done);
            run->start();
            // WHEN the user presses Cancel while it runs
            run->cancel();
            QVERIFY(done.wait(30000));
            // THEN the message bar says so, and no file of the export is left, however far it got
            QCOMPARE(done.first().at(1).toBool(), false);
            QCOMPARE(done.first().at(0).toString(), QStringLiteral("Export cancelled: no file was written."));
            QVERIFY2(!QFile::exists(r.path), qPrintable(r.path));
            for (const QString &file : r.csvFiles)
                QVERIFY2(!QFile::exists(file), qPrintable(file));
        }
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
