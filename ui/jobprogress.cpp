#include "ui/jobprogress.h"

#include <QProgressDialog>

namespace Gui::JobProgress {

void setUp(QProgressDialog *dialog)
{
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(400);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
}

void close(QProgressDialog *dialog)
{
    if (!dialog)
        return;
    dialog->hide();
    dialog->deleteLater();
}

} // namespace Gui::JobProgress
