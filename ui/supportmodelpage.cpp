#include "ui/supportmodelpage.h"

#include "models/domaintext.h"
#include "models/portfolio.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Gui {

using Models::DomainText;

SupportModelPage::SupportModelPage(Models::Portfolio *portfolio, QWidget *parent)
    : QWidget(parent), m_portfolio(portfolio), m_heading(new QLabel(this)), m_features(new QLabel(this)),
      m_tree(new QTreeWidget(this))
{
    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_heading->setFont(font);
    m_features->setWordWrap(true);
    m_features->setTextFormat(Qt::RichText);
    m_tree->setColumnCount(2);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_features);
    layout->addWidget(m_tree, 1);
    connect(m_portfolio, &Models::Portfolio::engagementChanged, this, [this](qint64 id) {
        if (id == m_id)
            refresh();
    });
    refresh();
}

void SupportModelPage::showEngagement(qint64 id)
{
    m_id = id;
    refresh();
}

void SupportModelPage::refresh()
{
    m_tree->clear();
    m_tree->setHeaderLabels({tr("Service level and activity"), tr("In this engagement")});
    const Domain::Engagement e = m_portfolio->engagement(m_id);
    m_tree->setVisible(e.id != 0);
    m_features->setVisible(e.id != 0);
    if (e.id == 0) {
        m_heading->setText(tr("No engagement selected"));
        return;
    }
    const Domain::SupportModelInfo &info = Domain::SupportModelCatalogue::model(e.model);
    m_heading->setText(tr("%1: %2").arg(e.key, DomainText::supportModel(e.model)));
    auto yesNo = [](bool value) { return value ? QStringLiteral("✔") : QStringLiteral("–"); };
    QString html = QStringLiteral("<table cellspacing='4'>");
    const QVector<QPair<QString, bool>> features = {
        {tr("Fixed capacity (committed hours per month)"), info.fixedCapacity},
        {DomainText::slaScope(info.slaScope), info.slaScope != Domain::SlaScope::None},
        {tr("24×7 cover for severity 1"), e.severity1Cover24x7},
        {tr("Unlimited operational support"), info.unlimitedOperationalSupport},
        {tr("Complete DevOps for hotfixes"), info.devOpsForHotfixes},
        {tr("Additional resources through the change-management process"), info.changeManagementProcess},
    };
    for (const auto &[text, on] : features)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(yesNo(on), text.toHtmlEscaped());
    m_features->setText(html + QStringLiteral("</table>"));

    const QVector<Domain::ServiceLevel> inForce = Domain::SupportModelCatalogue::levelsInForce(e.model);
    for (const Domain::ServiceLevelInfo &level : Domain::SupportModelCatalogue::serviceLevels()) {
        auto *levelItem = new QTreeWidgetItem(m_tree, {DomainText::catalogue(level.name)});
        levelItem->setToolTip(0, DomainText::catalogue(level.summary));
        const bool levelIncluded = inForce.contains(level.level);
        int contracted = 0;
        for (const Domain::ActivityInfo &activity : Domain::SupportModelCatalogue::activities(level.level)) {
            const bool on = levelIncluded || e.optionalServices.contains(QLatin1String(activity.id));
            contracted += on ? 1 : 0;
            const QString state = levelIncluded ? tr("Included") : on ? tr("Contracted") : tr("Not contracted");
            auto *item = new QTreeWidgetItem(levelItem, {DomainText::catalogue(activity.name), state});
            if (!on)
                item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        levelItem->setText(1, levelIncluded ? tr("Included") : tr("%n contracted", nullptr, contracted));
        levelItem->setExpanded(true);
    }
    auto *management = new QTreeWidgetItem(m_tree, {tr("Delivery and service management"), tr("Included")});
    for (const char *activity : Domain::SupportModelCatalogue::serviceManagementActivities())
        new QTreeWidgetItem(management, {DomainText::catalogue(activity), tr("Included")});
    management->setExpanded(true);
    auto *roles = new QTreeWidgetItem(m_tree, {tr("Roles")});
    for (const Domain::RoleInfo &role : Domain::SupportModelCatalogue::roles()) {
        const bool covered = e.rolesCovered.contains(role.role);
        new QTreeWidgetItem(roles, {QStringLiteral("%1 (%2)").arg(DomainText::catalogue(role.name), Domain::roleId(role.role)),
                                    covered ? tr("Covered") : tr("Not covered")});
    }
    roles->setExpanded(true);
}

void SupportModelPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace Gui
