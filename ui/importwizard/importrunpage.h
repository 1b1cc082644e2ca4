#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Gui {

class ImportWizard;

/// Reading the file off the GUI thread: progress and Cancel. The wizard's job drives it.
class ImportRunPage : public QWizardPage
{
public:
    explicit ImportRunPage(ImportWizard *wizard);
    void retranslate();
    /// Starts reading with the wizard's choices.
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    void setProgress(qint64 done, qint64 total);
    void setStatus(const QString &text);
    /// Whether Cancel can stop a reading now (not while a previous run is still stopping).
    void setCancellable(bool cancellable);

private:
    ImportWizard *m_wizard;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
};

} // namespace Gui
