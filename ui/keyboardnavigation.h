#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QTabWidget;
class QWidget;

namespace Gui {

class EngagementListPanel;

/// The main window's keyboard paths (issue 18): Ctrl+1…Ctrl+9 open the pages in tab order (as
/// many as there are, pages added later included), F6 and Shift+F6 move between the engagement
/// list and the current page, Find (Ctrl+F) goes to the current page's filter field (a line edit
/// with the property "findField" set) or else to the engagement filter. A "Go" menu lists the
/// pages with their shortcuts so that they can be discovered.
class KeyboardNavigation : public QObject
{
    Q_OBJECT

public:
    KeyboardNavigation(QMainWindow *window, QTabWidget *pages, EngagementListPanel *list);

    QMenu *menu() const { return m_menu; }
    QAction *findAction() const { return m_find; }

    /// F6: from the list into the page, from anywhere else to the list.
    void cycleRegion();
    /// Ctrl+F.
    void focusFind();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateMenu();
    static QWidget *firstFocusableIn(QWidget *region);

    QMainWindow *m_window;
    QTabWidget *m_pages;
    EngagementListPanel *m_list;
    QMenu *m_menu;
    QAction *m_find;
    QAction *m_nextRegion;
    QAction *m_previousRegion;
    QList<QAction *> m_pageActions;
};

} // namespace Gui
