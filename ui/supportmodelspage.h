#pragma once

#include "models/supportmodelwhatifloader.h"

#include <QDateTime>
#include <QVector>
#include <QWidget>

class QGraphicsScene;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Models {
class Portfolio;
class SupportModelWhatIfJob;
class SupportModelWhatIfModel;
} // namespace Models

namespace Gui {

class BackgroundRead;
class DiagramView;
class WhatIfChart;

/// The four support models of the catalogue side by side, point by point, each as a small
/// diagram with the engagement's own model highlighted; under them the what-if: the engagement's
/// last months replayed under each model, as a table and a chart.
class SupportModelsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SupportModelsPage(Models::Portfolio *portfolio, QWidget *parent = nullptr);

    void showEngagement(qint64 id);
    /// The instant the what-if counts to (the wall clock by default; tests fix it).
    void setNow(const QDateTime &now);
    void setMonths(int months);

    const Models::SupportModelWhatIfModel *whatIf() const { return m_whatIf; }
    QTableView *table() const { return m_table; }
    DiagramView *diagram(int model) const { return m_views.value(model); }
    QString comparisonText(int point, int model) const;
    /// Whether the what-if is being read on a worker thread.
    bool isReading() const { return m_reading; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildComparison();
    void retranslate();
    void refreshDiagrams();
    void refreshWhatIf();
    void updateHeadings();
    Models::SupportModelWhatIfJob *job();
    void readFinished(bool cancelled);
    void setBusy(bool busy);
    void display(const Domain::Engagement &engagement, const Models::SupportModelWhatIfLoader::Error &error,
                 const Models::SupportModelWhatIfData &data);
    void showPeriodText();
    void showCancelled();

    Models::Portfolio *m_portfolio;
    qint64 m_id = 0;
    QDateTime m_now;
    QLabel *m_heading;
    QVector<QLabel *> m_modelNames;
    QVector<QGraphicsScene *> m_scenes;
    QVector<DiagramView *> m_views;
    QVector<QLabel *> m_pointNames;
    QVector<QVector<QLabel *>> m_points; ///< [point][model]
    QLabel *m_whatIfHeading;
    QLabel *m_monthsLabel;
    QSpinBox *m_months;
    QLabel *m_period;
    QProgressBar *m_busy;
    QPushButton *m_cancel;        ///< "Cancel" while reading, "Replay again" after a cancel
    bool m_reading = false;       ///< the busy bar and Cancel are shown
    bool m_cancelledRead = false; ///< the last read of the engagement shown was cancelled
    qint64 m_shownId = 0;         ///< the engagement whose what-if is shown
    Models::SupportModelWhatIfLoader::Error m_shownError;
    Models::SupportModelWhatIfData m_shown;
    Models::SupportModelWhatIfModel *m_whatIf;
    QTableView *m_table;
    WhatIfChart *m_chart;
    BackgroundRead *m_read; ///< the what-if read off the GUI thread
};

} // namespace Gui
