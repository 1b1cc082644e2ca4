#pragma once

#include "models/domain/changestamp.h"
#include "models/reviewbreachesloader.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>
#include <functional>

namespace Models {

/// The breached tickets of a review period with the team's root-cause note of each: the Review
/// page's table. The note column is editable (unless setEditable(false), a bundle); an edit is
/// not applied here but announced through rootCauseEdited(), so that the page can save it and
/// make it an undo step, then show it with setRootCause().
/// Every row is a compact ReviewBreachRow; the titles and explanations are read through a
/// TextSource a page of rows at a time as they are shown, and only the last KeptPages pages are
/// kept: memory does not follow the thousands of breaches of a large engagement's month.
class ReviewBreachModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TicketColumn,
        SeverityColumn,
        BreachedColumn,
        TitleColumn,
        ExplanationColumn,
        RootCauseColumn,
        ColumnCount
    };
    enum Role { TicketIdRole = Qt::UserRole + 1 };

    /// Reads the texts of the breaches of `ticketIds` into `out` (GUI thread); false: not read
    /// (the cells stay empty).
    using TextSource =
        std::function<bool(const QVector<qint64> &ticketIds, QHash<qint64, ReviewBreachTexts> *out)>;
    /// Rows whose texts are read together, and how many such pages are kept.
    static constexpr int PageRows = 100;
    static constexpr int KeptPages = 12;

    explicit ReviewBreachModel(QObject *parent = nullptr);

    /// Replaces the rows (a reload) with `rows`, whose texts `source` reads when they are shown
    /// (`known`: some already read, e.g. the first page's); `zone` is the engagement's, for the
    /// breach instants; `stamps` say who wrote each note last (the note cell's tooltip) and which
    /// version an edit names.
    void setRows(const QVector<ReviewBreachRow> &rows, const TextSource &source,
                 const QHash<qint64, ReviewBreachTexts> &known, const QHash<qint64, QString> &rootCauses,
                 const QTimeZone &zone, const QHash<qint64, Domain::ChangeStamp> &stamps = {});
    /// Replaces the rows with whole breaches (their texts with them).
    void setBreaches(const QVector<ReviewBreach> &breaches, const QHash<qint64, QString> &rootCauses,
                     const QTimeZone &zone, const QHash<qint64, Domain::ChangeStamp> &stamps = {});
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    /// After a change of language: the texts kept are dropped and read again as they are shown
    /// (explanations are written in the language of their read), and every cell and header
    /// is shown anew. Texts given whole (setBreaches()) cannot be read again and stay as given.
    void retranslate();

    const QVector<ReviewBreachRow> &rows() const { return m_rows; }
    /// The texts of the row (read with its page when not kept).
    ReviewBreachTexts texts(int row) const;
    /// Pages of `rows` rows, `kept` of them kept (tests: a few; default PageRows and KeptPages).
    void setPaging(int rows, int kept);
    int pageRows() const { return m_pageRows; }
    /// Pages of texts read through the source since setRows() (tests: rows shown, not all).
    int pagesRead() const { return m_pagesRead; }
    /// The row of the ticket, -1 when it is not listed.
    int rowOfTicket(qint64 ticketId) const;
    QString rootCause(qint64 ticketId) const { return m_rootCauses.value(ticketId); }
    /// The stamp the shown note of the ticket was read or saved with (version 0: no note).
    Domain::ChangeStamp rootCauseStamp(qint64 ticketId) const { return m_stamps.value(ticketId); }
    /// Shows a saved note and its stamp (no rootCauseEdited()); a ticket not listed only remembers it.
    void setRootCause(qint64 ticketId, const QString &note, const Domain::ChangeStamp &stamp = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// An edit of a note: emits rootCauseEdited(); true when the note shown changed through it.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void rootCauseEdited(qint64 ticketId, const QString &before, const QString &after);

private:
    const QVector<ReviewBreachTexts> &page(int number) const;

    QVector<ReviewBreachRow> m_rows;
    TextSource m_source;
    mutable QHash<int, QVector<ReviewBreachTexts>> m_pages; ///< by page number
    mutable QList<int> m_pageUse;                           ///< the kept pages, least recently used first
    mutable int m_pagesRead = 0;
    int m_pageRows = PageRows;
    int m_keptPages = KeptPages;
    QHash<qint64, QString> m_rootCauses;
    QHash<qint64, Domain::ChangeStamp> m_stamps;
    QHash<qint64, int> m_rowOfTicket;
    QTimeZone m_zone = QTimeZone::utc();
    bool m_editable = true;
};

} // namespace Models
