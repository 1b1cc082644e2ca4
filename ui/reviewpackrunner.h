#pragma once

#include "models/reviewpack.h"

#include <QDateTime>
#include <QObject>
#include <QString>

class QProgressDialog;
class QWidget;

namespace Models {
class Portfolio;
class ReviewPackJob;
} // namespace Models

namespace Gui {

/// Makes the governance review pack of one engagement and period for the Review page: the figures
/// are read off the GUI thread behind a progress dialog with Cancel, then the pack is shown in a
/// print preview or written as a PDF (and its data appendix) on the GUI thread, where its charts
/// can be painted. One pack at a time.
class ReviewPackRunner : public QObject
{
    Q_OBJECT

public:
    /// What the pack is of; `periodText` names the period in the dialogs.
    struct Request
    {
        QString engagementKey;
        Models::ReviewPeriod period;
        QString periodText;
        QDateTime now;
        QString preparedBy;
    };

    /// Dialogs open over `window`.
    ReviewPackRunner(Models::Portfolio *portfolio, QWidget *window);
    ~ReviewPackRunner() override;

    bool isRunning() const;
    /// Reads the pack, then shows it in a print preview.
    void preview(const Request &request);
    /// Reads the pack, then writes the PDF to `pdfPath` and, when `dataPath` is not empty, the data
    /// appendix; exported() tells the end.
    void exportPack(const Request &request, const QString &pdfPath, const QString &dataPath);
    /// Ends a read that is running, its delivery with it (the database it reads is going).
    void abandon();

signals:
    /// What an export did, or why a pack could not be read, for the window's message bar.
    void message(const QString &text, bool error);
    /// An export ended: written (`ok`), refused or cancelled.
    void exported(bool ok);
    /// The print preview is about to open (its dialog is `dialog`).
    void previewOpening(QWidget *dialog);

private:
    enum class Use { Preview, Export };
    void start(Use use, const Request &request);
    void loaded(const QString &error, bool cancelled);
    void closeProgress();
    void writePack();
    void showPreview();

    Models::Portfolio *m_portfolio;
    QWidget *m_window;
    Models::ReviewPackJob *m_job = nullptr;
    QProgressDialog *m_progress = nullptr;
    Use m_use = Use::Preview;
    Request m_request;
    QString m_pdfPath;
    QString m_dataPath;
};

} // namespace Gui
