#include "ui/keyboardnavigation.h"

#include "ui/engagementlistpanel.h"

#include <QAction>
#include <QEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>

namespace Gui {

KeyboardNavigation::KeyboardNavigation(QMainWindow *window, QTabWidget *pages, EngagementListPanel *list)
    : QObject(window), m_window(window), m_pages(pages), m_list(list), m_menu(new QMenu(window)),
      m_find(new QAction(window)), m_nextRegion(new QAction(window)), m_previousRegion(new QAction(window))
{
    setObjectName(QStringLiteral("keyboardNavigation"));
    m_menu->setObjectName(QStringLiteral("goMenu"));
    // Nine shortcuts whatever the number of pages today: a page added later gets the next digit.
    for (int i = 0; i < 9; ++i) {
        auto *action = new QAction(window);
        action->setObjectName(QStringLiteral("showPage%1").arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] {
            if (i < m_pages->count()) {
                m_pages->setCurrentIndex(i);
                // The page's content, not a control hidden on the page that was left.
                if (QWidget *first = firstFocusableIn(m_pages->currentWidget());
                    first && !m_list->isAncestorOf(m_window->focusWidget()))
                    first->setFocus(Qt::ShortcutFocusReason);
            }
        });
        window->addAction(action);
        m_pageActions.append(action);
    }
    m_find->setObjectName(QStringLiteral("findAction"));
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, &KeyboardNavigation::focusFind);
    m_nextRegion->setShortcut(QKeySequence(Qt::Key_F6));
    m_previousRegion->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    for (QAction *action : {m_find, m_nextRegion, m_previousRegion}) {
        action->setShortcutContext(Qt::WindowShortcut);
        window->addAction(action);
    }
    // Two regions: both keys move to the other one.
    connect(m_nextRegion, &QAction::triggered, this, &KeyboardNavigation::cycleRegion);
    connect(m_previousRegion, &QAction::triggered, this, &KeyboardNavigation::cycleRegion);
    connect(m_menu, &QMenu::aboutToShow, this, &KeyboardNavigation::updateMenu);
    window->installEventFilter(this);
    // A table that moves Tab from cell to cell traps the keyboard for hundreds of presses: in the
    // pages' tables Tab goes on to the next control and the arrows move inside. (While a cell is
    // being edited, Tab still commits it and edits the next one.)
    for (int i = 0; i < m_pages->count(); ++i) {
        const auto views = m_pages->widget(i)->findChildren<QAbstractItemView *>();
        for (QAbstractItemView *view : views)
            view->setTabKeyNavigation(false);
    }
    retranslate();
    updateMenu();
}

QWidget *KeyboardNavigation::firstFocusableIn(QWidget *region)
{
    if (!region)
        return nullptr;
    // The region's own last focus first: coming back finds the control that was left.
    if (QWidget *last = region->focusWidget();
        last && last->isVisible() && last->isEnabled() && region->isAncestorOf(last))
        return last;
    for (QWidget *w = region->nextInFocusChain(); w && w != region; w = w->nextInFocusChain()) {
        if (region->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled())
            return w;
    }
    return nullptr;
}

void KeyboardNavigation::cycleRegion()
{
    QWidget *focus = m_window->focusWidget();
    const bool inList = focus && (focus == m_list || m_list->isAncestorOf(focus));
    if (inList) {
        if (QWidget *target = firstFocusableIn(m_pages->currentWidget()))
            target->setFocus(Qt::OtherFocusReason);
        else
            m_pages->tabBar()->setFocus(Qt::OtherFocusReason);
    } else {
        m_list->view()->setFocus(Qt::OtherFocusReason);
    }
}

void KeyboardNavigation::focusFind()
{
    QWidget *page = m_pages->currentWidget();
    const auto fields = page ? page->findChildren<QLineEdit *>() : QList<QLineEdit *>();
    for (QLineEdit *field : fields) {
        if (field->property("findField").toBool() && field->isVisible() && field->isEnabled()) {
            field->setFocus(Qt::ShortcutFocusReason);
            field->selectAll();
            return;
        }
    }
    if (auto *filter = m_list->findChild<QLineEdit *>(QStringLiteral("engagementFilter"))) {
        filter->setFocus(Qt::ShortcutFocusReason);
        filter->selectAll();
    }
}

void KeyboardNavigation::updateMenu()
{
    m_menu->clear();
    for (int i = 0; i < m_pages->count() && i < m_pageActions.size(); ++i) {
        m_pageActions.at(i)->setText(m_pages->tabText(i));
        m_menu->addAction(m_pageActions.at(i));
    }
    m_menu->addSeparator();
    m_menu->addAction(m_nextRegion);
    m_menu->addAction(m_find);
}

void KeyboardNavigation::retranslate()
{
    m_menu->setTitle(tr("&Go"));
    m_find->setText(tr("&Find"));
    m_find->setToolTip(tr("Go to the page's filter field, or to the engagement filter"));
    m_nextRegion->setText(tr("Next area (engagements or page)"));
    m_previousRegion->setText(tr("Previous area (engagements or page)"));
    for (int i = 0; i < m_pageActions.size(); ++i)
        m_pageActions.at(i)->setText(i < m_pages->count() ? m_pages->tabText(i) : tr("Page %1").arg(i + 1));
}

bool KeyboardNavigation::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace Gui
