#pragma once

class QProgressDialog;

namespace Gui {

/// The progress dialog of a job that runs off the GUI thread (an export, the review pack).
namespace JobProgress {

/// Modal to its window, shown only once the job takes longer than 400 ms (a quick one never
/// flashes), and left open at its end until the job's delivery closes it.
void setUp(QProgressDialog *dialog);
/// Hides `dialog` (a close would report a Cancel) and deletes it later: a modal dialog's
/// setValue() serves events, so the job's delivery may come inside one of its own calls.
void close(QProgressDialog *dialog);

} // namespace JobProgress

} // namespace Gui
