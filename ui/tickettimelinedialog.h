#pragma once

#include "models/ticketexplanationloader.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace Gui {

/// A ticket's SLA timeline (the `sla explain` events) as a readable list: the summary on top,
/// one line per event with its instant in the engagement's zone, breach lines marked by a
/// warning icon, bold text and the word "Breach" as well as a colour; "Copy as text" puts the
/// same text as `deliverydesk sla explain` on the clipboard.
class TicketTimelineDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TicketTimelineDialog(const Models::TicketExplanationLoader::Result &result,
                                  QWidget *parent = nullptr);

    /// The text "Copy as text" copies.
    QString text() const;
    /// Rows of the list that are breaches (for tests).
    QList<int> breachRows() const;
    QListWidget *list() const { return m_list; }

private:
    void copyText();

    Models::TicketExplanationLoader::Result m_result;
    QLabel *m_summary;
    QLabel *m_when;
    QListWidget *m_list;
    QPushButton *m_copy;
};

} // namespace Gui
