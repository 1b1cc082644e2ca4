#include "ui/jobprogress.h"

#include <QProgressDialog>

namespace Gui::JobProgress {

void setUp(QProgressDialog *dialog)
{
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    // The timer that shows the dialog starts from the minimum value: without it a job whose first
    // progress comes late (or a busy indicator, which never gets one) stayed hidden for Qt's
    // default four seconds.
    dialog->setValue(dialog->minimum());
    dialog->setMinimumDuration(400);
}

void close(QProgressDialog *dialog)
{
    if (!dialog)
        return;
    dialog->hide();
    dialog->deleteLater();
}

} // namespace Gui::JobProgress
