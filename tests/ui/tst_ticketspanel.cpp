// The tickets panel of the SLA page on the demo database: the filters (the page's month and
// severity, the panel's own text, state and kind), the count, and Enter on a ticket the stored
// results call breached opens its timeline with the breach marked; a new filter is read off the
// window's thread.
#include "models/portfolio.h"
#include "models/slarecomputer.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/transactionguard.h"
#include "models/ticketexportjob.h"
#include "models/tickettablemodel.h"
#include "tests/models/workerjobwait.h"
#include "ui/languagemanager.h"
#include "ui/ticketspanel.h"
#include "ui/tickettimelinedialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

class TestTicketsPanel : public QObject
{
    Q_OBJECT

    Gui::LanguageManager m_languages; ///< this test's language, as the launcher owns one

private:
    QTemporaryDir m_dir;
    Models::Portfolio m_portfolio;
    qint64 m_engagement = 0;
    const qint64 m_now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();

    static QVector<QVariant> column(QAbstractItemModel *model, int column, int role = Qt::DisplayRole)
    {
        QVector<QVariant> out;
        for (int row = 0; row < model->rowCount(); ++row)
            out.append(model->index(row, column).data(role));
        return out;
    }

    /// `panel` on the engagement at the test's clock, shown in a 1200 x 600 window.
    bool showOnEngagement(Gui::TicketsPanel &panel)
    {
        panel.setNow(m_now);
        panel.setEngagement(m_engagement);
        panel.resize(1200, 600);
        panel.show();
        return QTest::qWaitForWindowExposed(&panel);
    }

    /// `tickets` stored in the engagement (source "bulk", removed by removeBulk()).
    bool addBulk(const QVector<Domain::Ticket> &tickets)
    {
        const Storage::Database &db = *m_portfolio.database();
        Storage::TransactionGuard guard(db.connection());
        Storage::UpsertCounts counts;
        return Storage::TicketRepository(db)
                   .upsert(m_engagement, QStringLiteral("bulk"), tickets, &counts)
                   .isNull() &&
               guard.commit() && Models::SlaRecomputer::recompute(db, m_engagement, m_now).isNull();
    }

    /// 2,400 tickets resolved in March 2026: a month filter of more tickets than a count keeps, whose
    /// pages after the first are read through the filter's order.
    bool addMarchBulk()
    {
        const qint64 march = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
        QVector<Domain::Ticket> tickets;
        for (int i = 0; i < 2400; ++i) {
            Domain::Ticket t;
            t.key = QStringLiteral("BULK-%1").arg(i, 4, 10, QLatin1Char('0'));
            t.title = QStringLiteral("Bulk %1").arg((i * 7919) % 2400);
            t.severity = 1 + i % 4;
            t.status = QStringLiteral("Resolved");
            t.created = march + i * 600;
            t.firstResponse = t.created + 300;
            t.resolved = t.created + 3600 + (i * 37) % 5000;
            tickets.append(t);
        }
        return addBulk(tickets);
    }

    /// addMarchBulk(), then `panel` shown on the engagement with March 2026's filter read: its table.
    QTableView *showMarchBulk(Gui::TicketsPanel &panel)
    {
        if (!addMarchBulk() || !showOnEngagement(panel))
            return nullptr;
        panel.setMonth(QDate(2026, 3, 1));
        if (!QTest::qWaitFor([&panel] { return !panel.isFiltering(); }))
            return nullptr;
        return panel.findChild<QTableView *>(QStringLiteral("ticketTable"));
    }

    /// The engagement as it was for the other tests.
    bool removeBulk()
    {
        const Storage::Database &db = *m_portfolio.database();
        QSqlQuery remove(db.connection());
        return remove.exec(QStringLiteral("DELETE FROM tickets WHERE source = 'bulk'")) &&
               Models::SlaRecomputer::recompute(db, m_engagement, m_now).isNull();
    }

    static void choose(QComboBox *combo, const QVariant &data)
    {
        const int index = combo->findData(data);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
    }

private slots:
    void initTestCase()
    {
        m_languages.setLanguage(QStringLiteral("en"));
        const Storage::StorageError error =
            m_portfolio.createDemo(m_dir.filePath(QStringLiteral("demo.sqlite")), QDate(2026, 11, 25));
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        const int row = m_portfolio.engagements()->rowOfKey(QStringLiteral("FJALLGEAR"));
        QVERIFY(row >= 0);
        m_engagement = m_portfolio.engagements()->engagementAt(row).id;
    }

    void shouldFilterBySeverityMonthStateKindAndText()
    {
        Gui::TicketsPanel panel(&m_portfolio);
        panel.setNow(m_now);
        panel.setEngagement(m_engagement);
        auto *table = panel.findChild<QTableView *>(QStringLiteral("ticketTable"));
        auto *count = panel.findChild<QLabel *>(QStringLiteral("ticketCount"));
        QVERIFY(table && count);
        QAbstractItemModel *model = table->model();
        const int all = model->rowCount();
        QVERIFY(all > 100);
        QCOMPARE(count->text(), QStringLiteral("%1 tickets").arg(QLocale().toString(all)));
        // The page's severity
        panel.setSeverity(1);
        QTRY_VERIFY(!panel.isFiltering());
        QVERIFY(model->rowCount() > 0 && model->rowCount() < all);
        for (const QVariant &s : column(model, Models::TicketTableModel::SeverityColumn))
            QCOMPARE(s.toInt(), 1);
        QCOMPARE(panel.findChild<QComboBox *>(QStringLiteral("ticketFilterSeverity"))->currentData().toInt(),
                 1);
        panel.setSeverity(0);
        QCOMPARE(model->rowCount(), all);
        // The page's month: tickets resolved (counted) in October 2026
        panel.setMonth(QDate(2026, 10, 1));
        QTRY_VERIFY(!panel.isFiltering());
        auto *months = panel.findChild<QComboBox *>(QStringLiteral("ticketFilterMonth"));
        QCOMPARE(months->currentData().toDate(), QDate(2026, 10, 1));
        const int october = model->rowCount();
        QVERIFY(october > 0 && october < all);
        for (const QVariant &resolved : column(model, Models::TicketTableModel::ResolvedColumn))
            QVERIFY2(resolved.toString().startsWith(QLatin1String("2026-10")),
                     qPrintable(resolved.toString()));
        // AND the state, on top of the month
        choose(panel.findChild<QComboBox *>(QStringLiteral("ticketFilterState")), QStringLiteral("met"));
        QTRY_VERIFY(!panel.isFiltering());
        QVERIFY(model->rowCount() > 0 && model->rowCount() <= october);
        for (const QVariant &state : column(model, 0, Models::TicketTableModel::StateIdRole))
            QCOMPARE(state.toString(), QStringLiteral("met"));
        for (const QVariant &words : column(model, Models::TicketTableModel::StateColumn))
            QCOMPARE(words.toString(), QStringLiteral("met"));
        choose(panel.findChild<QComboBox *>(QStringLiteral("ticketFilterState")), QString());
        panel.setMonth(QDate());
        QCOMPARE(model->rowCount(), all);
        // The kind
        choose(panel.findChild<QComboBox *>(QStringLiteral("ticketFilterKind")),
               int(Domain::TicketKind::Change));
        QTRY_VERIFY(!panel.isFiltering());
        QVERIFY(model->rowCount() > 0 && model->rowCount() < all);
        for (const QVariant &kind : column(model, Models::TicketTableModel::KindColumn))
            QCOMPARE(kind.toString(), QStringLiteral("Change"));
        choose(panel.findChild<QComboBox *>(QStringLiteral("ticketFilterKind")), -1);
        // The text, applied after typing stops (or at once on Return)
        auto *text = panel.findChild<QLineEdit *>(QStringLiteral("ticketFilterText"));
        QTest::keyClicks(text, QStringLiteral("fg-1"));
        QTRY_VERIFY(model->rowCount() < all);
        QVERIFY(!panel.isFiltering());
        for (const QVariant &key : column(model, Models::TicketTableModel::KeyColumn))
            QVERIFY(key.toString().startsWith(QLatin1String("FG-1")));
        QCOMPARE(count->text(), QStringLiteral("%1 tickets").arg(model->rowCount()));
        text->clear();
        QTest::keyClick(text, Qt::Key_Return);
        QCOMPARE(model->rowCount(), all);
        // No engagement: nothing
        panel.setEngagement(0);
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(count->text(), QStringLiteral("No engagement"));
    }

    // A new filter is read off the window's thread: until it comes the table shows the filter
    // before, and Export (of what is shown) waits; a newer choice wins; Cancel puts it back.
    void shouldReadANewFilterOffTheWindowsThread()
    {
        Gui::TicketsPanel panel(&m_portfolio);
        panel.setNow(m_now);
        panel.setEngagement(m_engagement);
        QAbstractItemModel *model = panel.findChild<QTableView *>(QStringLiteral("ticketTable"))->model();
        auto *text = panel.findChild<QLineEdit *>(QStringLiteral("ticketFilterText"));
        auto *exportButton = panel.findChild<QPushButton *>(QStringLiteral("ticketExport"));
        auto *cancel = panel.findChild<QPushButton *>(QStringLiteral("ticketFilterCancel"));
        auto *severity = panel.findChild<QComboBox *>(QStringLiteral("ticketFilterSeverity"));
        QVERIFY(text && exportButton && cancel && severity);
        const int all = model->rowCount();
        const auto keysStartWith = [model](const QString &prefix) {
            for (const QVariant &key : column(model, Models::TicketTableModel::KeyColumn))
                if (!key.toString().startsWith(prefix))
                    return false;
            return model->rowCount() > 0;
        };
        // WHEN a text is entered THEN every ticket shows until its tickets are read
        text->setText(QStringLiteral("fg-1"));
        QTest::keyClick(text, Qt::Key_Return);
        QVERIFY(panel.isFiltering());
        QCOMPARE(model->rowCount(), all);
        QVERIFY(!exportButton->isEnabled());
        QTRY_VERIFY(!panel.isFiltering());
        const int fg1 = model->rowCount();
        QVERIFY(fg1 < all && keysStartWith(QStringLiteral("FG-1")));
        QVERIFY(exportButton->isEnabled());
        // WHEN another text comes while one is read THEN the last one shows
        text->setText(QStringLiteral("fg-10"));
        QTest::keyClick(text, Qt::Key_Return);
        text->setText(QStringLiteral("fg-11"));
        QTest::keyClick(text, Qt::Key_Return);
        QTRY_VERIFY(!panel.isFiltering());
        QVERIFY(model->rowCount() < fg1 && keysStartWith(QStringLiteral("FG-11")));
        const int fg11 = model->rowCount();
        // WHEN a read is cancelled THEN the filter goes back to the tickets shown
        choose(severity, 1);
        QVERIFY(panel.isFiltering());
        cancel->click(); // at once: the read runs on to its end, and then shows nothing
        QVERIFY(!panel.isFiltering());
        QCOMPARE(severity->currentData().toInt(), 0);
        QCOMPARE(text->text(), QStringLiteral("fg-11"));
        QCOMPARE(model->rowCount(), fg11);
        QTest::qWait(300); // the cancelled read's delivery, the text's delay: nothing changes
        QVERIFY(!panel.isFiltering());
        QCOMPARE(model->rowCount(), fg11);
        // AND Escape while typing does what Cancel does; Cancel is where Export is in the Tab order
        QCOMPARE(exportButton->nextInFocusChain(), cancel);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral("2"));
        QTest::keyClick(text, Qt::Key_Return);
        QVERIFY(panel.isFiltering());
        QTest::keyClick(text, Qt::Key_Escape);
        QVERIFY(!panel.isFiltering());
        QCOMPARE(text->text(), QStringLiteral("fg-11"));
        QTest::qWait(300);
        QCOMPARE(model->rowCount(), fg11);
    }

    // The engagement shown read again under a filter (others changed the database, the page's
    // range): the filter is counted again off the window's thread, and the user stays on their
    // ticket when a row comes above it.
    void shouldReadTheFilterAgainOffTheWindowsThreadKeepingTheTicket()
    {
        Gui::TicketsPanel panel(&m_portfolio);
        panel.setNow(m_now);
        panel.setEngagement(m_engagement);
        auto *table = panel.findChild<QTableView *>(QStringLiteral("ticketTable"));
        QAbstractItemModel *model = table->model();
        auto *text = panel.findChild<QLineEdit *>(QStringLiteral("ticketFilterText"));
        text->setText(QStringLiteral("fg-1"));
        QTest::keyClick(text, Qt::Key_Return);
        QTRY_VERIFY(!panel.isFiltering());
        const int before = model->rowCount();
        table->setCurrentIndex(model->index(5, 0));
        const QString mine = table->currentIndex().data().toString();
        // GIVEN another user's rename of the newest ticket, which then passes the filter (on top)
        QSqlQuery q(m_portfolio.database()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, title FROM tickets WHERE engagement_id = %1 AND source_key "
                                      "NOT LIKE 'FG-1%%' ORDER BY created_at DESC LIMIT 1")
                           .arg(m_engagement)));
        QVERIFY(q.next());
        const qint64 renamed = q.value(0).toLongLong();
        const QString title = q.value(1).toString();
        const auto rename = [&](const QString &to) {
            QSqlQuery update(m_portfolio.database()->connection());
            update.prepare(QStringLiteral("UPDATE tickets SET title = ? WHERE id = ?"));
            update.addBindValue(to);
            update.addBindValue(renamed);
            return update.exec();
        };
        QVERIFY(rename(QStringLiteral("FG-1 moved here")));
        Models::TicketTableModel::Summary summary;
        QVERIFY(
            Models::TicketTableModel::readSummary(*m_portfolio.database(), m_engagement, &summary).isNull());
        // WHEN the page reads the engagement again THEN the rows before stay until the filter's come
        panel.setEngagement(m_engagement, summary);
        QVERIFY(panel.isFiltering());
        QCOMPARE(model->rowCount(), before);
        QTRY_VERIFY(!panel.isFiltering());
        QCOMPARE(model->rowCount(), before + 1);
        QCOMPARE(table->currentIndex().row(), 6);
        QCOMPARE(table->currentIndex().data().toString(), mine);
        QVERIFY(rename(title));
    }

    // Another engagement chosen under a filter: its count comes with its first rows off the
    // window's thread; until then the table shows none of the tickets before.
    void shouldReadAnotherEngagementsFilterOffTheWindowsThread()
    {
        const qint64 other =
            m_portfolio.engagements()
                ->engagementAt(m_portfolio.engagements()->rowOfKey(QStringLiteral("NORDSHOP")))
                .id;
        QVERIFY(other != 0 && other != m_engagement);
        const auto summaryOf = [this](qint64 engagement) {
            Models::TicketTableModel::Summary summary;
            const Storage::StorageError error =
                Models::TicketTableModel::readSummary(*m_portfolio.database(), engagement, &summary);
            return error.isNull() ? summary : Models::TicketTableModel::Summary{-1, false};
        };
        Gui::TicketsPanel panel(&m_portfolio);
        panel.setNow(m_now);
        panel.setEngagement(m_engagement, summaryOf(m_engagement));
        QAbstractItemModel *model = panel.findChild<QTableView *>(QStringLiteral("ticketTable"))->model();
        auto *severity = panel.findChild<QComboBox *>(QStringLiteral("ticketFilterSeverity"));
        auto *count = panel.findChild<QLabel *>(QStringLiteral("ticketCount"));
        auto *cancel = panel.findChild<QPushButton *>(QStringLiteral("ticketFilterCancel"));
        QVERIFY(severity && count && cancel);
        choose(severity, 2);
        QTRY_VERIFY(!panel.isFiltering());
        QVERIFY(model->rowCount() > 0);
        // The severity-2 tickets of the other engagement, as a table counts them
        Models::TicketTableModel expected;
        expected.setEngagement(m_portfolio.database(), other, QTimeZone::utc());
        expected.setSeverityFilter(2);
        QVERIFY(expected.rowCount() > 0);
        // WHEN another engagement is chosen THEN none of the tickets before shows until its own come
        panel.setEngagement(other, summaryOf(other));
        QVERIFY(panel.isFiltering());
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(count->text(), QStringLiteral("Filtering…")); // at once: not "0 tickets"
        QTRY_VERIFY(!panel.isFiltering());
        QCOMPARE(model->rowCount(), expected.rowCount());
        QCOMPARE(model->index(0, 0).data().toString(), expected.index(0, 0).data().toString());
        QCOMPARE(count->text(), QStringLiteral("%1 tickets").arg(expected.rowCount()));
        // WHEN it is cancelled before they come THEN the engagement's every ticket shows
        const Models::TicketTableModel::Summary first = summaryOf(m_engagement);
        panel.setEngagement(m_engagement, first);
        QVERIFY(panel.isFiltering());
        cancel->click();
        QVERIFY(!panel.isFiltering());
        QCOMPARE(severity->currentData().toInt(), 0);
        QCOMPARE(model->rowCount(), int(first.tickets));
        QTest::qWait(300); // the cancelled read's delivery changes nothing
        QCOMPARE(model->rowCount(), int(first.tickets));
    }

    // Export writes what the table shows off the window's thread; a Cancel leaves no file.
    void shouldExportTheTicketsShownOffTheWindowsThread()
    {
        Gui::TicketsPanel panel(&m_portfolio);
        panel.setNow(m_now);
        panel.setEngagement(m_engagement);
        QAbstractItemModel *model = panel.findChild<QTableView *>(QStringLiteral("ticketTable"))->model();
        auto *severity = panel.findChild<QComboBox *>(QStringLiteral("ticketFilterSeverity"));
        auto *exportButton = panel.findChild<QPushButton *>(QStringLiteral("ticketExport"));
        auto *problem = panel.findChild<QLabel *>(QStringLiteral("ticketProblem"));
        choose(severity, 2);
        QTRY_VERIFY(!panel.isFiltering());
        model->sort(Models::TicketTableModel::KeyColumn, Qt::AscendingOrder);
        const int shown = model->rowCount();
        QVERIFY(shown > 1);
        // WHEN the tickets shown are exported as CSV THEN the window goes on while the file is written
        const QString csv = m_dir.filePath(QStringLiteral("shown.csv"));
        panel.exportShownTo(csv, false);
        QVERIFY(panel.isExporting());
        QVERIFY(!exportButton->isEnabled());
        QTRY_VERIFY(!panel.isExporting());
        QVERIFY(exportButton->isEnabled());
        QVERIFY2(problem->text().startsWith(QStringLiteral("Exported %1 tickets to ").arg(shown)),
                 qPrintable(problem->text()));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), shown + 1); // the heading and one line a ticket, in the table's order
        QVERIFY(lines.at(1).startsWith(model->index(0, 0).data().toString().toUtf8() + ','));
        QVERIFY(lines.last().startsWith(model->index(shown - 1, 0).data().toString().toUtf8() + ','));
        // WHEN an XLSX export is cancelled THEN no file is left
        const QString xlsx = m_dir.filePath(QStringLiteral("cancelled.xlsx"));
        panel.exportShownTo(xlsx, true);
        auto *progress = panel.findChild<QProgressDialog *>(QStringLiteral("ticketExportProgress"));
        QVERIFY(progress);
        emit progress->canceled(); // its Cancel, before the delivery however quick the work
        QTRY_VERIFY(!panel.isExporting());
        QCOMPARE(problem->text(), QStringLiteral("Export cancelled: no file was written."));
        QVERIFY(!QFile::exists(xlsx));
        // AND also when the Cancel comes after the file was made final, before the window heard
        panel.exportShownTo(xlsx, true);
        auto *job = panel.findChild<Models::TicketExportJob *>();
        QVERIFY(job && waitForWorkEnd(*job));
        QVERIFY(QFile::exists(xlsx));
        emit panel.findChild<QProgressDialog *>(QStringLiteral("ticketExportProgress"))->canceled();
        QTRY_VERIFY(!panel.isExporting());
        QCOMPARE(problem->text(), QStringLiteral("Export cancelled: no file was written."));
        QVERIFY(!QFile::exists(xlsx));
        // AND when the database goes while one is written, nothing is left of it
        panel.exportShownTo(xlsx, true);
        QVERIFY(waitForWorkEnd(*job)); // the file made final, the window not yet told
        emit m_portfolio.aboutToReleaseDatabase();
        QVERIFY(!panel.isExporting());
        QCOMPARE(problem->text(),
                 QStringLiteral("Export cancelled: the database was closed. No file was written."));
        QTRY_VERIFY(!panel.findChild<Models::TicketExportJob *>()); // released once its delivery came
        QVERIFY(!QFile::exists(xlsx));
        QVERIFY(exportButton->isEnabled());
    }

    void shouldOpenTheTimelineOfABreachedTicketWithTheBreachMarked()
    {
        Gui::TicketsPanel panel(&m_portfolio);
        QVERIFY(showOnEngagement(panel));
        // GIVEN a ticket the stored results call breached
        choose(panel.findChild<QComboBox *>(QStringLiteral("ticketFilterState")), QStringLiteral("breached"));
        auto *table = panel.findChild<QTableView *>(QStringLiteral("ticketTable"));
        QVERIFY(table->model()->rowCount() > 0);
        const QString key = table->model()->index(0, 0).data().toString();
        // WHEN it is chosen and Enter pressed
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        // THEN its timeline opens with the breach line marked
        Gui::TicketTimelineDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = panel.findChild<Gui::TicketTimelineDialog *>()) != nullptr);
        QVERIFY(dialog->windowTitle().contains(key));
        const QList<int> breaches = dialog->breachRows();
        QVERIFY(!breaches.isEmpty());
        QListWidgetItem *line = dialog->list()->item(breaches.first());
        QVERIFY(line->font().bold());
        QVERIFY(line->text().contains(QLatin1String("BREACH")));
        QVERIFY(dialog->text().startsWith(key + QLatin1String(": breached")));
        dialog->close();
    }

    // Dragged far into a large filter, the table shows blank rows while the filter's order is read
    // off the window's thread, then the rows a table reads itself; a new sort meanwhile reads its own.
    void shouldReadALargeFiltersOrderOffTheWindowsThread()
    {
        // GIVEN 2,400 more tickets resolved in March 2026, that month's filter shown
        const Storage::Database &db = *m_portfolio.database();
        Gui::TicketsPanel panel(&m_portfolio);
        QTableView *table = showMarchBulk(panel);
        QVERIFY(table);
        auto *model = qobject_cast<Models::TicketTableModel *>(table->model());
        QVERIFY(model);
        const int rows = model->rowCount();
        QVERIFY(rows > 2400);
        bool busyWhileAsked = false;
        connect(model, &Models::TicketTableModel::orderNeeded, &panel, [&] { // after the panel's own
            busyWhileAsked = table->viewport()->testAttribute(Qt::WA_SetCursor) &&
                             table->viewport()->cursor().shape() == Qt::BusyCursor;
        });
        const auto dragToMiddleAndCompare = [&] {
            busyWhileAsked = false;
            Models::TicketTableModel expected;
            expected.setEngagement(&db, m_engagement, model->zone());
            expected.setMonthFilter(QDate(2026, 3, 1));
            expected.sort(model->sortColumn(), model->sortOrder());
            QCOMPARE(expected.rowCount(), rows);
            // WHEN the scroll bar is dragged to the middle (the rows painted at once)
            table->verticalScrollBar()->setValue(rows / 2);
            table->viewport()->repaint();
            // THEN they wait, blank, for the order, which comes from the worker
            QVERIFY(model->isWaitingForOrder());
            const QModelIndex top = table->indexAt(QPoint(4, 4));
            QVERIFY(top.isValid() && top.row() > 2 * Models::TicketTableModel::PageSize);
            QVERIFY(!top.data().isValid());
            emit table->activated(top); // Enter on a blank row opens nothing, says nothing
            QVERIFY(!panel.findChild<Gui::TicketTimelineDialog *>());
            QVERIFY(panel.findChild<QLabel *>(QStringLiteral("ticketProblem"))->isHidden());
            QTRY_VERIFY(!model->isWaitingForOrder());
            QVERIFY(
                busyWhileAsked); // a busy cursor over the blank rows from the moment the read was asked for
            QVERIFY(!table->viewport()->testAttribute(Qt::WA_SetCursor)); // and none once they came
            for (int row = top.row(); row < top.row() + 10; ++row)
                QCOMPARE(model->index(row, 0).data().toString(), expected.index(row, 0).data().toString());
        };
        dragToMiddleAndCompare();
        // WHEN another sort is chosen while an order is being read THEN that sort's order is read
        table->verticalScrollBar()->setValue(0);
        table->sortByColumn(Models::TicketTableModel::ResolvedColumn, Qt::AscendingOrder);
        table->verticalScrollBar()->setValue(rows / 2);
        table->viewport()->repaint();
        QVERIFY(model->isWaitingForOrder());
        table->sortByColumn(Models::TicketTableModel::TitleColumn, Qt::AscendingOrder);
        QVERIFY(!model->isWaitingForOrder());
        dragToMiddleAndCompare();
        QCOMPARE(model->index(rows / 2, Models::TicketTableModel::TitleColumn).data().toString().left(5),
                 QStringLiteral("Bulk "));
        QVERIFY(removeBulk());
    }

    // The filter shown read again (others changed the database) while the user is far inside it:
    // their rows are blank until its order is read, then the user is on their ticket again.
    void shouldKeepTheTicketFarInsideALargeFilterReadAgain()
    {
        const Storage::Database &db = *m_portfolio.database();
        Gui::TicketsPanel panel(&m_portfolio);
        QTableView *table = showMarchBulk(panel);
        QVERIFY(table);
        auto *model = qobject_cast<Models::TicketTableModel *>(table->model());
        QVERIFY(model);
        table->sortByColumn(Models::TicketTableModel::TitleColumn, Qt::AscendingOrder);
        const int rows = model->rowCount();
        table->verticalScrollBar()->setValue(rows / 2);
        table->viewport()->repaint();
        QTRY_VERIFY(!model->isWaitingForOrder());
        // GIVEN the user on a ticket in the middle, and another user's new ticket on top of the sort
        const int mine = rows / 2 + 3;
        table->setCurrentIndex(model->index(mine, 0));
        const QString key = table->currentIndex().data().toString();
        QVERIFY(!key.isEmpty());
        Domain::Ticket first;
        first.key = QStringLiteral("BULK-NEW");
        first.title = QStringLiteral("A ticket on top");
        first.severity = 2;
        first.status = QStringLiteral("Resolved");
        first.created = QDateTime(QDate(2026, 3, 20), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
        first.firstResponse = first.created + 300;
        first.resolved = first.created + 3600;
        QVERIFY(addBulk({first}));
        Models::TicketTableModel::Summary summary;
        QVERIFY(Models::TicketTableModel::readSummary(db, m_engagement, &summary).isNull());
        // WHEN the page reads the engagement again: the filter's rows come, the user's row blank
        // until the order is read
        panel.setEngagement(m_engagement, summary);
        QTRY_VERIFY(!panel.isFiltering());
        QCOMPARE(model->rowCount(), rows + 1);
        // THEN once it is read the user is on their ticket, one row further down
        QTRY_VERIFY(!model->isWaitingForOrder());
        QCOMPARE(table->currentIndex().data().toString(), key);
        QCOMPARE(table->currentIndex().row(), mine + 1);
        // WHEN it is read again and the user goes elsewhere before the order comes THEN they stay there
        first.key = QStringLiteral("BULK-NEW2");
        QVERIFY(addBulk({first}));
        QVERIFY(Models::TicketTableModel::readSummary(db, m_engagement, &summary).isNull());
        const QMetaObject::Connection elsewhere =
            connect(model, &Models::TicketTableModel::orderNeeded, &panel,
                    [&] { table->setCurrentIndex(model->index(mine - 40, 0)); });
        panel.setEngagement(m_engagement, summary);
        QTRY_VERIFY(!panel.isFiltering());
        QTRY_VERIFY(!model->isWaitingForOrder());
        disconnect(elsewhere);
        QCOMPARE(table->currentIndex().row(), mine - 40);
        // WHEN it is read again and another sort is chosen before the order comes THEN the place
        // kept for the rows before is not put back on the new sort's
        table->setCurrentIndex(model->index(mine, 0));
        first.key = QStringLiteral("BULK-NEW3");
        QVERIFY(addBulk({first}));
        QVERIFY(Models::TicketTableModel::readSummary(db, m_engagement, &summary).isNull());
        const QMetaObject::Connection resorted =
            connect(model, &Models::TicketTableModel::orderNeeded, &panel, [&] {
                if (model->sortColumn() == Models::TicketTableModel::TitleColumn)
                    table->sortByColumn(Models::TicketTableModel::ResolvedColumn, Qt::AscendingOrder);
            });
        panel.setEngagement(m_engagement, summary);
        QTRY_VERIFY(!panel.isFiltering());
        QTRY_COMPARE(model->sortColumn(), int(Models::TicketTableModel::ResolvedColumn));
        QTRY_VERIFY(!model->isWaitingForOrder());
        disconnect(resorted);
        QVERIFY(!table->currentIndex().isValid());
        QVERIFY(removeBulk());
    }
};

QTEST_MAIN(TestTicketsPanel)
#include "tst_ticketspanel.moc"
