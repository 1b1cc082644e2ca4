// Accessibility of the whole window as assistive technology sees it (issue 18): every page
// registered in the main window and every dialog is walked through QAccessible, and each
// interactive object (buttons, edits, combo/spin boxes, check boxes, tables, lists, trees, chart
// and diagram views) must have a name, in English and in Swedish, and the same name whether the
// window was built in Swedish or switched to it. The keyboard half: every control of a page is on
// the Tab chain, Ctrl+1…Ctrl+N switch the pages, F6 moves between the engagement list and the page.
#include "models/calendarloader.h"
#include "models/portfolio.h"
#include "models/slapolicyloader.h"
#include "ui/burndownpage.h"
#include "ui/calendardialog.h"
#include "ui/charttablecontainer.h"
#include "ui/connectdialog.h"
#include "ui/engagementdialog.h"
#include "ui/engagementlistpanel.h"
#include "ui/importwizard.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/peopledialog.h"
#include "ui/slapolicydialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QGraphicsView>
#include <QLineEdit>
#include <QMap>
#include <QProgressBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>
#include <QtTest>
#include <algorithm>

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::EditableText:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::PageTab:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface, const QString &path)
{
    QObject *object = iface->object();
    const QString cls =
        object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("(item)");
    const QString name = object && !object->objectName().isEmpty() ? object->objectName() : QString();
    return QStringLiteral("%1 '%2' role 0x%3 at %4").arg(cls, name).arg(int(iface->role()), 0, 16).arg(path);
}

/// Walks the visible accessible tree under `iface`. `names` receives path → name of every
/// interactive object; `unnamed` the objects that have none (charts also need a description).
void walk(QAccessibleInterface *iface, const QString &path, QMap<QString, QString> *names,
          QStringList *unnamed)
{
    if (!iface || !iface->isValid() || iface->state().invisible)
        return;
    const QAccessible::Role role = iface->role();
    QObject *object = iface->object();
    const bool view = object && object->inherits("QGraphicsView");
    if (isInteractive(role) || view) {
        const QString name = iface->text(QAccessible::Name).trimmed();
        names->insert(path, name);
        if (name.isEmpty())
            unnamed->append(describe(iface, path));
        else if (object && object->inherits("QChartView") &&
                 iface->text(QAccessible::Description).trimmed().isEmpty())
            unnamed->append(describe(iface, path) + QStringLiteral(" (a chart without a description)"));
    }
    // A combo box's popup list and a table's cells are Qt's own children, named by their items.
    if (role == QAccessible::ComboBox || role == QAccessible::Table || role == QAccessible::Tree ||
        role == QAccessible::List)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), path + QLatin1Char('/') + QString::number(i), names, unnamed);
}

QStringList unnamedUnder(QWidget *root, QMap<QString, QString> *names = nullptr)
{
    QMap<QString, QString> local;
    QStringList unnamed;
    walk(QAccessible::queryAccessibleInterface(root), QStringLiteral("root"), names ? names : &local,
         &unnamed);
    return unnamed;
}

/// Real Tab presses from the first control under `scope`: every enabled control there must get the
/// focus within two rounds of the chain (no control left out, no table trapping Tab). The second
/// round reaches controls enabled by what got the focus (Edit person once a grid cell is current).
QStringList unreachableWithTab(QWidget *scope)
{
    QWidget *first = nullptr;
    for (QWidget *w = scope->nextInFocusChain(); w != scope && !first; w = w->nextInFocusChain()) {
        if (scope->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled())
            first = w;
    }
    if (!first)
        return {QStringLiteral("nothing takes the focus")};
    first->setFocus(Qt::TabFocusReason);
    QSet<QWidget *> visited;
    bool left = false;
    int rounds = 0;
    for (int press = 0; press < 400 && QApplication::focusWidget(); ++press) {
        QWidget *focus = QApplication::focusWidget();
        visited.insert(focus);
        if (qEnvironmentVariableIsSet("DD_TRACE_TAB"))
            qDebug() << press << focus
                     << QAccessible::queryAccessibleInterface(focus)->text(QAccessible::Name);
        QTest::keyClick(focus, Qt::Key_Tab);
        // A date edit takes Tab through its sections first: a round ends once `first` was left.
        left = left || QApplication::focusWidget() != first;
        if (left && QApplication::focusWidget() == first) {
            left = false;
            if (++rounds == 2)
                break;
        }
    }
    QStringList unreachable;
    const auto widgets = scope->findChildren<QWidget *>();
    for (QWidget *control : widgets) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(control);
        if (!iface || !control->isVisible() || !control->isEnabled() || control->isWindow())
            continue;
        const bool interactive = isInteractive(iface->role()) && iface->role() != QAccessible::PageTab;
        // Parts of a view (the corner button, a cell's widget) are the view's, reached through it.
        if (!interactive || control->objectName() == QLatin1String("qt_spinbox_lineedit") ||
            qobject_cast<QAbstractItemView *>(control->parentWidget()) ||
            (control->parentWidget() &&
             qobject_cast<QAbstractItemView *>(control->parentWidget()->parentWidget())))
            continue;
        if (!visited.contains(control) && !(control->focusProxy() && visited.contains(control->focusProxy())))
            unreachable.append(QStringLiteral("%1 '%2' (%3)")
                                   .arg(QString::fromLatin1(control->metaObject()->className()),
                                        control->objectName(), iface->text(QAccessible::Name)));
    }
    return unreachable;
}

QTabWidget *pagesOf(Gui::MainWindow &window)
{
    return window.findChild<QTabWidget *>(QStringLiteral("pages"));
}

/// Shows every chart's table twin (so that the tables are walked too).
void showAllTables(QWidget *root, bool shown)
{
    const auto containers = root->findChildren<Gui::ChartTableContainer *>();
    for (Gui::ChartTableContainer *container : containers)
        container->setTableShown(shown);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    Gui::LanguageManager m_languages; ///< this test's language, as the launcher owns one

private:
    QTemporaryDir m_dir;
    Models::Portfolio m_portfolio;

    /// The SLA policy dialog of the first engagement, a new version started.
    void showNewPolicyVersion(Gui::SlaPolicyDialog *dialog)
    {
        const Domain::Engagement engagement = m_portfolio.engagements()->engagementAt(0);
        Models::SlaPolicyView view;
        QVERIFY(m_portfolio.slaPolicy(engagement.id, &view).isNull());
        dialog->setPolicy(engagement, view, QDate(2026, 12, 8));
        dialog->startNewVersion(QDate(2027, 1, 1));
    }

    /// The calendar dialog of the first engagement, as stored.
    void showCalendar(Gui::CalendarDialog *dialog)
    {
        const Domain::Engagement engagement = m_portfolio.engagements()->engagementAt(0);
        Models::CalendarView view;
        QVERIFY(m_portfolio.calendar(engagement.id, &view).isNull());
        dialog->setCalendar(engagement, view, 2026);
    }

    /// path (page + accessible path) → name for every interactive object of every page.
    QMap<QString, QString> walkAllPages(Gui::MainWindow &window, QStringList *unnamed)
    {
        QMap<QString, QString> names;
        QTabWidget *pages = pagesOf(window);
        for (int i = 0; i < pages->count(); ++i) {
            pages->setCurrentIndex(i);
            // The SLA page reads off the GUI thread: its tree is walked once it has read.
            if (!QTest::qWaitFor([&window] { return !window.isReading(); }, 10000)) {
                unnamed->append(
                    QStringLiteral("page %1 (%2): still reading after 10 s").arg(i).arg(pages->tabText(i)));
                continue;
            }
            for (bool tables : {false, true}) {
                showAllTables(pages->widget(i), tables);
                QCoreApplication::processEvents();
                QMap<QString, QString> pageNames;
                const QStringList missing = unnamedUnder(&window, &pageNames);
                for (const QString &entry : missing)
                    unnamed->append(QStringLiteral("page %1 (%2): %3").arg(i).arg(pages->tabText(i), entry));
                for (auto it = pageNames.cbegin(); it != pageNames.cend(); ++it)
                    names.insert(QStringLiteral("%1/%2/%3").arg(i).arg(tables).arg(it.key()), it.value());
            }
            showAllTables(pages->widget(i), false);
        }
        unnamed->removeDuplicates();
        return names;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_portfolio.createDemo(m_dir.filePath(QStringLiteral("a11y.sqlite")), QDate(2026, 11, 25))
                    .isNull());
        QAccessible::setActive(true);
    }

    void init() { QVERIFY(m_languages.setLanguage(QStringLiteral("en"))); }

    void shouldNameEveryInteractiveObjectOnEveryPage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("sv") << QStringLiteral("sv");
    }

    void shouldNameEveryInteractiveObjectOnEveryPage()
    {
        QFETCH(QString, language);
        QVERIFY(m_languages.setLanguage(language));
        Gui::MainWindow window(&m_portfolio, &m_languages);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTabWidget *pages = pagesOf(window);
        QVERIFY(pages);
        QCOMPARE(pages->count(), Gui::MainWindow::pageNames().size());
        QStringList unnamed;
        const QMap<QString, QString> names = walkAllPages(window, &unnamed);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("\n") + unnamed.join(QLatin1Char('\n'))));
        QVERIFY(names.size() > 40); // the walk did reach the pages' controls
    }

    void shouldRenameEverythingOnLanguageChange()
    {
        // GIVEN a window built in Swedish and one built in English and switched to Swedish
        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        QMap<QString, QString> built;
        QStringList unnamed;
        {
            Gui::MainWindow window(&m_portfolio, &m_languages);
            window.resize(1400, 900);
            window.show();
            built = walkAllPages(window, &unnamed);
        }
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        Gui::MainWindow window(&m_portfolio, &m_languages);
        window.resize(1400, 900);
        window.show();
        QMap<QString, QString> english = walkAllPages(window, &unnamed);
        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        const QMap<QString, QString> switched = walkAllPages(window, &unnamed);
        // THEN every name is the same, and names did change language
        QStringList differences;
        int changed = 0;
        for (auto it = built.cbegin(); it != built.cend(); ++it) {
            if (switched.value(it.key()) != it.value())
                differences.append(QStringLiteral("%1: built '%2', switched '%3'")
                                       .arg(it.key(), it.value(), switched.value(it.key())));
            if (english.value(it.key()) != it.value())
                ++changed;
        }
        QVERIFY2(differences.isEmpty(),
                 qPrintable(QStringLiteral("\n") + differences.join(QLatin1Char('\n'))));
        QCOMPARE(switched.size(), built.size());
        QVERIFY2(
            changed > built.size() / 2,
            qPrintable(QStringLiteral("%1 of %2 names changed language").arg(changed).arg(built.size())));
    }

    void shouldNameEveryInteractiveObjectOfEveryDialog_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("sv") << QStringLiteral("sv");
    }

    void shouldNameEveryInteractiveObjectOfEveryDialog()
    {
        QFETCH(QString, language);
        QVERIFY(m_languages.setLanguage(language));
        QStringList unnamed;
        auto check = [&unnamed](QWidget *dialog, const QString &what) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            for (const QString &entry : unnamedUnder(dialog))
                unnamed.append(what + QStringLiteral(": ") + entry);
        };
        {
            Gui::EngagementDialog dialog;
            check(&dialog, QStringLiteral("engagement dialog"));
        }
        {
            Gui::PeopleDialog dialog;
            check(&dialog, QStringLiteral("people dialog"));
        }
        {
            Gui::ConnectDialog dialog(&m_portfolio);
            dialog.askForPassword(QString()); // every field, the password's too
            check(&dialog, QStringLiteral("connect dialog"));
        }
        {
            Gui::SlaPolicyDialog dialog;
            showNewPolicyVersion(&dialog); // every field editable
            check(&dialog, QStringLiteral("SLA policy dialog"));
        }
        {
            Gui::CalendarDialog dialog;
            showCalendar(&dialog);
            check(&dialog, QStringLiteral("calendar dialog"));
        }
        {
            Gui::ImportWizard wizard(&m_portfolio);
            wizard.setEngagement(m_portfolio.engagements()->engagementAt(0).id);
            const QList<int> ids = wizard.pageIds();
            check(&wizard, QStringLiteral("import wizard"));
            for (int id : ids) {
                // Every page of the wizard, whether or not a file has been read yet.
                wizard.page(id)->show();
                for (const QString &entry : unnamedUnder(wizard.page(id)))
                    unnamed.append(QStringLiteral("import wizard page %1: %2").arg(id).arg(entry));
            }
        }
        {
            // The ticket timeline, opened the way a user opens it: a ticket activated on the SLA page.
            Gui::MainWindow window(&m_portfolio, &m_languages);
            window.show();
            QVERIFY(window.showPage(QStringLiteral("sla")));
            auto *table = window.findChild<QTableView *>(QStringLiteral("ticketTable"));
            QVERIFY(table);
            QTRY_VERIFY(table->model()->rowCount() > 0);
            emit table->activated(table->model()->index(0, 0));
            QDialog *timeline = nullptr;
            QTRY_VERIFY((timeline = window.findChild<QDialog *>(QStringLiteral("ticketTimelineDialog"))) !=
                        nullptr);
            check(timeline, QStringLiteral("ticket timeline"));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("\n") + unnamed.join(QLatin1Char('\n'))));
    }

    void shouldFailOnAnUnnamedControl()
    {
        // The walk itself: a button without text or name is reported, naming it makes it pass.
        QWidget root;
        auto *layout = new QVBoxLayout(&root);
        auto *edit = new QLineEdit;
        layout->addWidget(edit);
        edit->setObjectName(QStringLiteral("bareEdit"));
        root.show();
        QVERIFY(QTest::qWaitForWindowExposed(&root));
        QStringList unnamed = unnamedUnder(&root);
        QCOMPARE(unnamed.size(), 1);
        QVERIFY(unnamed.first().contains(QLatin1String("bareEdit")));
        edit->setAccessibleName(QStringLiteral("Filter"));
        QVERIFY(unnamedUnder(&root).isEmpty());
    }

    void shouldReachEveryControlOfEveryPageWithTab()
    {
        Gui::MainWindow window(&m_portfolio, &m_languages);
        window.resize(1400, 900);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTabWidget *pages = pagesOf(window);
        for (int i = 0; i < pages->count(); ++i) {
            pages->setCurrentIndex(i);
            QCoreApplication::processEvents();
            const QStringList unreachable = unreachableWithTab(pages->widget(i));
            QVERIFY2(unreachable.isEmpty(), qPrintable(QStringLiteral("page %1: ").arg(pages->tabText(i)) +
                                                       unreachable.join(QStringLiteral(", "))));
        }
    }

    void shouldReachEveryControlOfEveryDialogWithTab()
    {
        Gui::EngagementDialog engagement;
        Gui::PeopleDialog people;
        Gui::ConnectDialog connect(&m_portfolio);
        connect.askForPassword(QString());
        Gui::SlaPolicyDialog policy;
        showNewPolicyVersion(&policy);
        Gui::CalendarDialog calendar;
        showCalendar(&calendar);
        for (QDialog *dialog : {static_cast<QDialog *>(&engagement), static_cast<QDialog *>(&people),
                                static_cast<QDialog *>(&connect), static_cast<QDialog *>(&policy),
                                static_cast<QDialog *>(&calendar)}) {
            dialog->show();
            QApplication::setActiveWindow(dialog);
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            const QStringList unreachable = unreachableWithTab(dialog);
            QVERIFY2(unreachable.isEmpty(),
                     qPrintable(QString::fromLatin1(dialog->metaObject()->className()) +
                                QStringLiteral(": ") + unreachable.join(QStringLiteral(", "))));
            dialog->hide();
        }
    }

    void shouldReachEveryControlOfTheImportWizardAndTheTimelineWithTab()
    {
        // Issue 18: the Tab walk covers the import wizard's pages and the ticket timeline too.
        const auto walk = [](QWidget *dialog, const QString &what) {
            QApplication::setActiveWindow(dialog);
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            const QStringList unreachable = unreachableWithTab(dialog);
            QVERIFY2(unreachable.isEmpty(),
                     qPrintable(what + QStringLiteral(": ") + unreachable.join(QStringLiteral(", "))));
        };
        const auto sample = [](const QString &name) {
            return QStringLiteral(DD_TEST_DATA_DIR "/import/") + name;
        };
        const qint64 engagement = m_portfolio.engagements()->engagementAt(0).id;
        {
            // The file page, then the column mapping of a CSV no known tool wrote
            Gui::ImportWizard wizard(&m_portfolio);
            wizard.setEngagement(engagement);
            wizard.show();
            walk(&wizard, QStringLiteral("import wizard, file page"));
            wizard.setFile(sample(QStringLiteral("mapped/generic_tickets.csv")));
            wizard.next();
            QCOMPARE(wizard.currentId(), int(Gui::ImportWizard::MappingPageId));
            walk(&wizard, QStringLiteral("import wizard, mapping page"));
            wizard.reject();
        }
        {
            // The report page of a file read and staged (nothing committed: the wizard is cancelled)
            Gui::ImportWizard wizard(&m_portfolio);
            wizard.setEngagement(engagement);
            wizard.show();
            wizard.setFile(sample(QStringLiteral("jira/jira_english.csv")));
            QVERIFY(wizard.currentPage()->isComplete());
            wizard.next();
            if (wizard.currentId() == Gui::ImportWizard::MappingPageId)
                wizard.next();
            QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(Gui::ImportWizard::ReportPageId), 30000);
            QTRY_VERIFY_WITH_TIMEOUT(wizard.isStaged() || wizard.report().rejectedCount > 0, 30000);
            walk(&wizard, QStringLiteral("import wizard, report page"));
            wizard.reject();
        }
        {
            // The ticket timeline, opened from a ticket on the SLA page
            Gui::MainWindow window(&m_portfolio, &m_languages);
            window.show();
            QVERIFY(window.showPage(QStringLiteral("sla")));
            auto *table = window.findChild<QTableView *>(QStringLiteral("ticketTable"));
            QTRY_VERIFY(table->model()->rowCount() > 0);
            emit table->activated(table->model()->index(0, 0));
            QDialog *timeline = nullptr;
            QTRY_VERIFY((timeline = window.findChild<QDialog *>(QStringLiteral("ticketTimelineDialog"))) !=
                        nullptr);
            walk(timeline, QStringLiteral("ticket timeline"));
            timeline->close();
        }
    }

    void shouldShowWhereTheFocusIsOnEveryPage()
    {
        // Issue 18 (WCAG 2.4.7): the focused control looks different from the same control without
        // the focus, for the main controls of every page: buttons, boxes, fields, tables, charts.
        Gui::MainWindow window(&m_portfolio, &m_languages);
        window.resize(1400, 900);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTabWidget *pages = pagesOf(window);
        QStringList invisible;
        int checked = 0;
        for (int i = 0; i < pages->count(); ++i) {
            pages->setCurrentIndex(i);
            QCoreApplication::processEvents();
            // Pages that read off the GUI thread (SLA, Portfolio) show a busy bar until their rows
            // are there: a table's focus is drawn on its current cell.
            const auto busyBars = pages->widget(i)->findChildren<QProgressBar *>();
            QTRY_VERIFY(std::none_of(busyBars.begin(), busyBars.end(), [](const QProgressBar *bar) {
                return bar->isVisible() && bar->maximum() == 0;
            }));
            const auto widgets = pages->widget(i)->findChildren<QWidget *>();
            for (QWidget *control : widgets) {
                const bool main =
                    qobject_cast<QAbstractButton *>(control) || qobject_cast<QComboBox *>(control) ||
                    qobject_cast<QLineEdit *>(control) || qobject_cast<QAbstractSpinBox *>(control) ||
                    qobject_cast<QAbstractItemView *>(control) || qobject_cast<QGraphicsView *>(control);
                if (!main || !control->isVisible() || !control->isEnabled() ||
                    !(control->focusPolicy() & Qt::TabFocus) || control->width() < 4 ||
                    control->objectName() == QLatin1String("qt_spinbox_lineedit") ||
                    qobject_cast<QAbstractItemView *>(control->parentWidget()) ||
                    (control->parentWidget() &&
                     qobject_cast<QAbstractItemView *>(control->parentWidget()->parentWidget())))
                    continue;
                window.setFocus();
                control->clearFocus();
                QCoreApplication::processEvents();
                const QImage without = control->grab().toImage();
                control->setFocus(Qt::TabFocusReason);
                // As after a Tab press (setFocus alone does not say the keyboard moved the focus;
                // styles draw the focus frame for keyboard users only).
                window.setAttribute(Qt::WA_KeyboardFocusChange);
                QCoreApplication::processEvents();
                if (!control->hasFocus())
                    continue; // a focus proxy took it: checked as itself
                const QImage with = control->grab().toImage();
                ++checked;
                if (with == without)
                    invisible.append(
                        QStringLiteral("%1: %2 '%3'")
                            .arg(pages->tabText(i), QString::fromLatin1(control->metaObject()->className()),
                                 control->accessibleName().isEmpty() ? control->objectName()
                                                                     : control->accessibleName()));
            }
        }
        QVERIFY(checked > 20);
        QVERIFY2(invisible.isEmpty(),
                 qPrintable(QStringLiteral("no visible focus on:\n") + invisible.join(QLatin1Char('\n'))));
    }

    void shouldSwitchPagesWithCtrlDigitsAndRegionsWithF6()
    {
        Gui::MainWindow window(&m_portfolio, &m_languages);
        window.resize(1400, 900);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTabWidget *pages = pagesOf(window);
        QVERIFY(pages->count() <= 9);
        for (int i = pages->count() - 1; i >= 0; --i) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(pages->currentIndex(), i);
        }
        // F6 from the engagement list goes into the page, F6 and Shift+F6 back to the list.
        Gui::EngagementListPanel *list = window.engagementList();
        list->setFocus();
        QTRY_VERIFY(list->isAncestorOf(QApplication::focusWidget()) || QApplication::focusWidget() == list);
        for (int i = 0; i < pages->count(); ++i) {
            pages->setCurrentIndex(i);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
            QVERIFY2(pages->currentWidget()->isAncestorOf(QApplication::focusWidget()),
                     qPrintable(QStringLiteral("F6 on page %1 went to %2")
                                    .arg(i)
                                    .arg(QString::fromLatin1(
                                        QApplication::focusWidget()->metaObject()->className()))));
            QTest::keyClick(QApplication::focusWidget(), i % 2 ? Qt::Key_F6 : Qt::Key_F6,
                            i % 2 ? Qt::ShiftModifier : Qt::NoModifier);
            QVERIFY(list->isAncestorOf(QApplication::focusWidget()));
        }
        // Find: the engagement filter, or the tickets' filter on the SLA page.
        pages->setCurrentIndex(0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("engagementFilter"));
        QVERIFY(window.showPage(QStringLiteral("sla")));
        QTRY_VERIFY(!window.isReading()); // the tickets' filter is shown with the engagement's SLA
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("ticketFilterText"));
    }

    void shouldCopyAChartTableAsTabSeparatedText()
    {
        Gui::MainWindow window(&m_portfolio, &m_languages);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(QStringLiteral("burndown")));
        auto *page = qobject_cast<Gui::BurnDownPage *>(pagesOf(window)->currentWidget());
        QVERIFY(page);
        page->setNow(QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc()));
        page->setMonth(QDate(2026, 11, 1));
        Gui::ChartTableContainer *container = nullptr;
        for (auto *candidate : page->findChildren<Gui::ChartTableContainer *>()) {
            if (candidate->chart()->objectName() == QLatin1String("burnDownChart"))
                container = candidate;
        }
        QVERIFY(container);
        // The chart in words, with the numbers (the engagement selected first is the demo's first).
        const QString description = container->chart()->accessibleDescription();
        QVERIFY2(description.startsWith(QStringLiteral("Burn-down of ")) &&
                     description.contains(QLatin1String(" h used of ")) &&
                     description.contains(QLatin1String("at month end")),
                 qPrintable(description));
        // The day a click on the chart lists, picked with the keyboard.
        container->chart()->setFocus();
        QTest::keyClick(container->chart(), Qt::Key_Home);
        QCOMPARE(page->shownDay(), QDate(2026, 11, 1));
        QTest::keyClick(container->chart(), Qt::Key_Right);
        QCOMPARE(page->shownDay(), QDate(2026, 11, 2));
        QTest::keyClick(container->chart(), Qt::Key_Left);
        QTest::keyClick(container->chart(), Qt::Key_Left);
        QCOMPARE(page->shownDay(), QDate(2026, 11, 1)); // not before the month
        QTest::keyClick(container->chart(), Qt::Key_End);
        QCOMPARE(page->shownDay(), QDate(2026, 11, 30));
        container->setTableShown(true);
        QTableView *table = container->table();
        QVERIFY(table->isVisible());
        QVERIFY(table->model()->rowCount() > 0);
        table->selectAll();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines =
            QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), table->model()->rowCount() + 1); // the header line, then the rows
        QCOMPARE(lines.first().count(QLatin1Char('\t')), table->model()->columnCount() - 1);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
