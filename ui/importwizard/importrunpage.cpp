#include "ui/importwizard/importrunpage.h"

#include "ui/importwizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui {

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : m_wizard(wizard), m_status(new QLabel), m_progress(new QProgressBar), m_cancel(new QPushButton)
{
    setObjectName(QStringLiteral("importRunPage"));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_cancel);
    layout->addLayout(row);
    layout->addStretch();
    connect(m_cancel, &QPushButton::clicked, m_wizard, &ImportWizard::cancelReading);
    retranslate();
}

void ImportRunPage::retranslate()
{
    setTitle(ImportWizard::tr("Reading the file"));
    setSubTitle(
        ImportWizard::tr("The rows are checked and staged; you can keep working in the window meanwhile."));
    m_cancel->setText(ImportWizard::tr("Cancel &reading"));
}

void ImportRunPage::initializePage()
{
    m_wizard->startJob();
}

bool ImportRunPage::isComplete() const
{
    return m_wizard->isStaged() || m_wizard->isJobFinished();
}

int ImportRunPage::nextId() const
{
    return ImportWizard::ReportPageId;
}

void ImportRunPage::setProgress(qint64 done, qint64 total)
{
    // QProgressBar is int: show per mille of files of any size.
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

void ImportRunPage::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ImportRunPage::setCancellable(bool cancellable)
{
    m_cancel->setEnabled(cancellable);
}

} // namespace Gui
