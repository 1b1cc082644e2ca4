#pragma once

#include "models/supportmodelwhatifloader.h"

#include <QAbstractTableModel>

namespace Models {

/// The what-if as a grid: one row per figure, one column per support model. Every cell's
/// tooltip says how the figure was counted for that model (docs/support-model/support-models.md).
class SupportModelWhatIfModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Figure {
        CapacityHours,
        CountedHours,
        OverCapacityHours,
        CarriedHours,
        BilledSeparatelyHours,
        Tickets,
        UnderSla,
        Breached,
        NoTarget,
        NotEvaluable,
        Severity1OutOfHours,
        Carried24x7,
        Severity1CreatedOutOfHours,
        Severity1NonWorkingDayHours,
        RolesNeeded,
        RolesNotCovered,
        FigureCount
    };
    enum Roles {
        ValueRole =
            Qt::UserRole, ///< the number (hours as double, counts as int) or the role ids (QStringList)
        IsOwnModelRole,   ///< bool: the column of the engagement's own model
        /// Untranslated identities, to keep a view's place across a change of language: the
        /// figure's id (figureId()) on cells, the model's id (supportModelId()) on column headers.
        KeyRole,
    };

    explicit SupportModelWhatIfModel(QObject *parent = nullptr);

    void setWhatIf(const SupportModelWhatIfData &data);
    const SupportModelWhatIfData &whatIf() const { return m_data; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A stable id for CSV and JSON, e.g. "counted_hours".
    static QString figureId(Figure figure);
    static QString figureName(Figure figure);
    /// How `figure` is counted under `model` for this data set, in one or two sentences.
    QString explanation(Figure figure, Domain::SupportModel model) const;
    /// The cell text.
    QString text(Figure figure, Domain::SupportModel model) const;
    /// The cell value (ValueRole).
    QVariant value(Figure figure, Domain::SupportModel model) const;

private:
    SupportModelWhatIfData m_data;
};

} // namespace Models
