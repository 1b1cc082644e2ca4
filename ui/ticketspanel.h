#pragma once

#include "models/tickettablemodel.h"
#include "ui/viewstatekeeper.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QModelIndex;
class QProgressDialog;
class QPushButton;
class QTableView;
class QTimer;

namespace Models {
class Portfolio;
class TicketExportJob;
class TicketFilterJob;
} // namespace Models

namespace Gui {

class BackgroundRead;

/// Every ticket of one engagement with its stored SLA result: a filter bar (text, severity, SLA
/// state, kind, month), a table that reads rows from the database as it scrolls (so a million
/// tickets open, sort and filter at once), the SLA state in words and colour, the ticket's SLA
/// timeline on double-click or Enter, and export of what is shown as CSV or XLSX.
/// Embedded by the SLA page, which drives the engagement, month and severity.
class TicketsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TicketsPanel(Models::Portfolio *portfolio, QWidget *parent = nullptr);
    ~TicketsPanel() override;

    /// 0 = none; reloads. `summary`: the engagement's ticket summary when the caller read it off
    /// the GUI thread (else the table counts); with it, a filter is counted off the GUI thread too.
    void setEngagement(qint64 engagementId,
                       const std::optional<Models::TicketTableModel::Summary> &summary = {});
    void setMonth(const QDate &month); ///< first day of a month; invalid QDate = every month
    void setSeverity(int severity);    ///< 1..4, 0 = every severity
    void setNow(qint64 utcSeconds);    ///< for tests/screenshots; default = wall clock at construction
    /// A new filter is being read (off the GUI thread); the table shows the filter before it.
    bool isFiltering() const { return m_filtering; }
    /// Writes the tickets shown (filter and order as in the table) to `path`, a workbook when
    /// `xlsx`, off the GUI thread behind a progress dialog with Cancel; the sentence that says how
    /// it went shows above the table. What Export does once its file is chosen.
    void exportShownTo(const QString &path, bool xlsx);
    bool isExporting() const { return m_exporting; }

signals:
    /// The table's month was chosen here (the month box, or a Cancel putting it back): first day of
    /// the month, invalid = every month. Not for setMonth().
    void monthChosen(const QDate &month);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void fillMonths();
    void updateCount();
    // The filter (ticketspanelfilter.cpp): a new one is read off the GUI thread.
    BackgroundRead *createFilterRead();
    Models::TicketFilterJob *filterJob();
    Storage::TicketBrowseFilter chosenFilter() const; ///< what the text and the boxes say
    void applyFilters();
    void filterRead(bool cancelled);
    void dropRead(); ///< the read under way (if any) shows nothing
    void setFiltering(bool filtering);
    void cancelFiltering(); ///< the user's Cancel: the filter goes back to what the table shows
    void showFilter(const Storage::TicketBrowseFilter &filter);
    // A large filter's order, for the pages far from its ends: read off the GUI thread too.
    BackgroundRead *createOrderRead();
    void readOrder();
    void orderRead(bool cancelled);
    void openTimeline(const QModelIndex &index);
    // The export (ticketspanelexport.cpp): written off the GUI thread.
    void exportShown(bool xlsx);
    void exportFinished(bool cancelled);
    void endExport(const QString &message); ///< the export shows `message` and nothing more of it
    void releaseExport();                   ///< before the database goes
    void showProblem(const QString &message);

    Models::Portfolio *m_portfolio;
    Models::TicketTableModel *m_model;
    qint64 m_engagementId = 0;
    qint64 m_now = 0;
    QDate m_month;
    bool m_applying = false;
    QLineEdit *m_text;
    QComboBox *m_severity;
    QComboBox *m_state;
    QComboBox *m_kind;
    QComboBox *m_months;
    QPushButton *m_export;
    QWidget *m_filterBoxes = nullptr;
    QGridLayout *m_filters = nullptr;
    void placeFilters();
    QLabel *m_count;
    QLabel *m_problem;
    QTableView *m_table;
    QTimer *m_textDelay;
    BackgroundRead *m_read = nullptr;
    BackgroundRead *m_orderRead = nullptr;
    Storage::TicketBrowseFilter m_requested; ///< the filter of the read under way; empty: none
    /// The user's place when the filter shown was read again and their rows were blank, waiting
    /// for the order: put back when it comes, unless the user moved meanwhile (a reset drops it).
    struct PlaceAfterOrder
    {
        ViewState place;
        QPersistentModelIndex current; ///< where the user was left meanwhile
        int scroll = 0;
    };
    std::optional<PlaceAfterOrder> m_placeAfterOrder;
    /// The engagement shown was read again (its summary): the next read counts the filter again
    /// even when it is the one shown.
    std::optional<Models::TicketTableModel::Summary> m_readAgain;
    bool m_filtering = false; ///< a filter is being read
    QTimer *m_busyDelay;      ///< a quick read shows no busy state
    QPushButton *m_cancel;
    QAction *m_cancelKey; ///< Escape, while a filter is read
    Models::TicketExportJob *m_exportJob = nullptr;
    QProgressDialog *m_exportProgress = nullptr;
    QString m_exportPath;
    bool m_exporting = false;
};

} // namespace Gui
