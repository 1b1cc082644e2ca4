#pragma once

#include "models/domain/changestamp.h"
#include "models/reviewbreachesloader.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace Models {

/// The breached tickets of a review period with the team's root-cause note of each: the Review
/// page's table. The note column is editable (unless setEditable(false), a bundle); an edit is
/// not applied here but announced through rootCauseEdited(), so that the page can save it and
/// make it an undo step, then show it with setRootCause().
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

    explicit ReviewBreachModel(QObject *parent = nullptr);

    /// Replaces the rows (a reload): `zone` is the engagement's, for the breach instants; `stamps`
    /// say who wrote each note last (the note cell's tooltip) and which version an edit names.
    void setBreaches(const QVector<ReviewBreach> &breaches, const QHash<qint64, QString> &rootCauses,
                     const QTimeZone &zone, const QHash<qint64, Domain::ChangeStamp> &stamps = {});
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    const QVector<ReviewBreach> &breaches() const { return m_breaches; }
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
    QVector<ReviewBreach> m_breaches;
    QHash<qint64, QString> m_rootCauses;
    QHash<qint64, Domain::ChangeStamp> m_stamps;
    QHash<qint64, int> m_rows;
    QTimeZone m_zone = QTimeZone::utc();
    bool m_editable = true;
};

} // namespace Models
