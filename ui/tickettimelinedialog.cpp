#include "ui/tickettimelinedialog.h"

#include "models/exchange/sla/slaexplaintext.h"
#include "models/palette.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Gui {

namespace {

bool isBreach(Domain::SlaEventKind kind)
{
    return kind == Domain::SlaEventKind::ResponseBreached || kind == Domain::SlaEventKind::ResolutionBreached;
}

bool isWarning(Domain::SlaEventKind kind)
{
    return kind == Domain::SlaEventKind::ResponseAtRisk || kind == Domain::SlaEventKind::ResolutionAtRisk ||
           kind == Domain::SlaEventKind::DataProblem;
}

} // namespace

TicketTimelineDialog::TicketTimelineDialog(const Models::TicketExplanationLoader::Result &result,
                                           QWidget *parent)
    : QDialog(parent), m_result(result), m_summary(new QLabel(this)), m_when(new QLabel(this)),
      m_list(new QListWidget(this)), m_copy(new QPushButton(tr("Copy as text"), this))
{
    using Exchange::SlaExplainText;
    const Domain::SlaExplanation &explanation = m_result.explanation;
    setWindowTitle(tr("SLA timeline of %1").arg(explanation.ticketKey));
    setObjectName(QStringLiteral("ticketTimelineDialog"));
    m_summary->setObjectName(QStringLiteral("timelineSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(SlaExplainText::summary(explanation));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    const QString at = SlaExplainText::instant(m_result.explainedAt, m_result.zone);
    m_when->setWordWrap(true);
    m_when->setText(m_result.atStoredEvaluation ? tr("As evaluated at %1 (the stored SLA result).").arg(at)
                                                : tr("Evaluated at %1.").arg(at));
    m_list->setObjectName(QStringLiteral("timelineList"));
    m_list->setAccessibleName(tr("Events of the SLA timeline"));
    m_list->setAccessibleDescription(m_summary->text());
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    const QIcon breachIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Domain::SlaEvent &event : explanation.events) {
        const QString when =
            event.at > 0 ? SlaExplainText::instant(event.at, m_result.zone) : tr("(no instant)");
        QString line = when + QStringLiteral("   ") + SlaExplainText::eventText(event);
        auto *item = new QListWidgetItem(m_list);
        if (isBreach(event.kind)) {
            // Marked by icon, weight and a word, not by colour alone.
            line = when + QStringLiteral("   ") + tr("BREACH: %1").arg(SlaExplainText::eventText(event));
            item->setIcon(breachIcon);
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setBackground(Models::Palette::color(Models::Palette::Role::BreachRowFill));
            item->setForeground(Models::Palette::color(Models::Palette::Role::BreachRowText));
            item->setData(Qt::UserRole, true);
        } else if (isWarning(event.kind)) {
            item->setIcon(warningIcon);
        }
        item->setText(line);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy->setObjectName(QStringLiteral("copyTimeline"));
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &TicketTimelineDialog::copyText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_when);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(820, 460);
}

QString TicketTimelineDialog::text() const
{
    return Exchange::SlaExplainText::render(m_result.explanation, m_result.zone);
}

QList<int> TicketTimelineDialog::breachRows() const
{
    QList<int> rows;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toBool())
            rows.append(i);
    }
    return rows;
}

void TicketTimelineDialog::copyText()
{
    QApplication::clipboard()->setText(text());
}

} // namespace Gui
