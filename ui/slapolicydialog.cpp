#include "ui/slapolicydialog.h"

#include "models/changetext.h"
#include "ui/engagementdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace Gui {

namespace {

/// A target in business minutes, typed and shown as hours and minutes ("4:00", "0:30"); its
/// lowest value (no target) shows the special value text.
class DurationSpinBox : public QSpinBox
{
public:
    explicit DurationSpinBox(QWidget *parent) : QSpinBox(parent)
    {
        setRange(0, 9999 * 60);
        setSingleStep(15);
        setAlignment(Qt::AlignRight);
    }

protected:
    QString textFromValue(int minutes) const override
    {
        return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    int valueFromText(const QString &text) const override
    {
        if (text == specialValueText())
            return minimum();
        const QStringList parts = text.trimmed().split(QLatin1Char(':'));
        const int minutes = parts.size() > 1 ? parts.at(1).toInt() : 0;
        return parts.at(0).toInt() * 60 + minutes;
    }
    QValidator::State validate(QString &input, int &) const override
    {
        if (input == specialValueText())
            return QValidator::Acceptable;
        static const QRegularExpression form(QStringLiteral("^\\s*(\\d{0,4})(:(\\d{0,2}))?\\s*$"));
        const QRegularExpressionMatch match = form.match(input);
        if (!match.hasMatch())
            return specialValueText().startsWith(input) ? QValidator::Intermediate : QValidator::Invalid;
        if (match.captured(1).isEmpty() || (match.hasCaptured(2) && match.captured(3).size() < 2))
            return QValidator::Intermediate;
        return match.captured(3).isEmpty() || match.captured(3).toInt() < 60 ? QValidator::Acceptable
                                                                             : QValidator::Invalid;
    }
};

QStringList statusList(const QString &text)
{
    QStringList statuses;
    for (const QString &part : text.split(QLatin1Char(','))) {
        if (!part.trimmed().isEmpty())
            statuses.append(part.trimmed());
    }
    return statuses;
}

/// A share shown rounded: the stored value stays when the box still shows what it was filled with.
double keptOrShown(double stored, double shown, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(stored * scale) == std::round(shown * scale) ? stored : shown;
}

} // namespace

SlaPolicyDialog::SlaPolicyDialog(QWidget *parent)
    : QDialog(parent), m_heading(new QLabel(this)), m_versionLabel(new QLabel(this)),
      m_versions(new QComboBox(this)), m_stamp(new QLabel(this)), m_fromLabel(new QLabel(this)),
      m_from(new QDateEdit(this)), m_pauseLabel(new QLabel(this)), m_pause(new QLineEdit(this)),
      m_resolvedLabel(new QLabel(this)), m_resolved(new QLineEdit(this)), m_range(new QLabel(this)),
      m_problems(new QLabel(this)), m_newButton(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("slaPolicyDialog"));
    m_versions->setObjectName(QStringLiteral("policyVersions"));
    m_stamp->setObjectName(QStringLiteral("policyStamp"));
    m_from->setObjectName(QStringLiteral("policyEffectiveFrom"));
    m_pause->setObjectName(QStringLiteral("pauseStatuses"));
    m_resolved->setObjectName(QStringLiteral("resolvedStatuses"));
    m_range->setObjectName(QStringLiteral("policyRange"));
    m_problems->setObjectName(QStringLiteral("policyProblems"));
    m_newButton->setObjectName(QStringLiteral("newPolicyVersionButton"));
    for (QLabel *label : {m_heading, m_stamp, m_range, m_problems})
        label->setWordWrap(true);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_versionLabel->setBuddy(m_versions);
    m_fromLabel->setBuddy(m_from);
    m_pauseLabel->setBuddy(m_pause);
    m_resolvedLabel->setBuddy(m_resolved);

    auto *top = new QGridLayout;
    top->addWidget(m_versionLabel, 0, 0);
    top->addWidget(m_versions, 0, 1);
    top->addWidget(m_newButton, 0, 2);
    top->addWidget(m_stamp, 1, 1, 1, 2);
    top->addWidget(m_fromLabel, 2, 0);
    top->addWidget(m_from, 2, 1);
    top->setColumnStretch(3, 1); // the boxes as wide as their texts, not the dialog
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(top);
    buildForm();
    auto *statuses = new QGridLayout;
    statuses->addWidget(m_pauseLabel, 0, 0);
    statuses->addWidget(m_pause, 0, 1);
    statuses->addWidget(m_resolvedLabel, 1, 0);
    statuses->addWidget(m_resolved, 1, 1);
    layout->addLayout(statuses);
    layout->addWidget(m_range);
    layout->addWidget(m_problems);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_versions, qOverload<int>(&QComboBox::activated), this, &SlaPolicyDialog::showVersion);
    connect(m_newButton, &QPushButton::clicked, this, [this] {
        startNewVersion(QDate(m_today.year(), m_today.month(), 1).addMonths(1));
        m_from->setFocus();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &SlaPolicyDialog::validate);
    connect(m_pause, &QLineEdit::textChanged, this, &SlaPolicyDialog::validate);
    connect(m_resolved, &QLineEdit::textChanged, this, &SlaPolicyDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_newVersion && problems().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void SlaPolicyDialog::buildForm()
{
    auto *grid = new QGridLayout;
    for (std::size_t c = 0; c < m_columnLabels.size(); ++c) {
        m_columnLabels[c] = new QLabel(this);
        m_columnLabels[c]->setWordWrap(true);
        grid->addWidget(m_columnLabels[c], 0, int(c));
    }
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        SeverityRow &row = m_rows[i];
        const QString n = QString::number(i + 1);
        row.label = new QLabel(this);
        row.response = new DurationSpinBox(this);
        row.response->setObjectName(QStringLiteral("responseTarget") + n);
        row.response24x7 = new QCheckBox(this);
        row.response24x7->setObjectName(QStringLiteral("response24x7_") + n);
        row.resolution = new DurationSpinBox(this);
        row.resolution->setObjectName(QStringLiteral("resolutionTarget") + n);
        row.resolution24x7 = new QCheckBox(this);
        row.resolution24x7->setObjectName(QStringLiteral("resolution24x7_") + n);
        row.risk = new QSpinBox(this);
        row.risk->setObjectName(QStringLiteral("atRisk") + n);
        row.risk->setRange(1, 100);
        row.risk->setSuffix(QStringLiteral(" %"));
        row.target = new QDoubleSpinBox(this);
        row.target->setObjectName(QStringLiteral("targetPercent") + n);
        row.target->setRange(0.0, 100.0);
        row.target->setDecimals(1);
        row.target->setSuffix(QStringLiteral(" %"));
        const int r = int(i) + 1;
        grid->addWidget(row.label, r, 0);
        grid->addWidget(row.response, r, 1);
        grid->addWidget(row.response24x7, r, 2);
        grid->addWidget(row.resolution, r, 3);
        grid->addWidget(row.resolution24x7, r, 4);
        grid->addWidget(row.risk, r, 5);
        grid->addWidget(row.target, r, 6);
        for (QSpinBox *box : {row.response, row.resolution, row.risk})
            connect(box, qOverload<int>(&QSpinBox::valueChanged), this, &SlaPolicyDialog::validate);
        connect(row.target, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
                &SlaPolicyDialog::validate);
        for (QCheckBox *box : {row.response24x7, row.resolution24x7})
            connect(box, &QCheckBox::toggled, this, &SlaPolicyDialog::validate);
    }
    static_cast<QVBoxLayout *>(layout())->addLayout(grid);
}

void SlaPolicyDialog::setPolicy(const Domain::Engagement &engagement, const Models::SlaPolicyView &view,
                                const QDate &today, bool readOnly)
{
    m_engagement = engagement;
    m_view = view;
    m_today = today;
    m_readOnly = readOnly;
    m_newVersion = false;
    fillVersions();
    // The version in force today, else the first one (a policy that starts later).
    const QVector<Domain::SlaPolicy> &versions = m_view.history.versions();
    int index = 0;
    for (int i = 0; i < versions.size(); ++i) {
        if (versions.at(i).effectiveFrom <= today)
            index = i;
    }
    showVersion(index);
}

void SlaPolicyDialog::startNewVersion(const QDate &from)
{
    if (m_readOnly)
        return;
    m_newVersion = true;
    const Domain::SlaPolicy *base = m_view.history.versionAt(from);
    Domain::SlaPolicy version = base ? *base : m_view.history.versions().value(0);
    version.effectiveFrom = from;
    fillVersions();
    m_versions->setCurrentIndex(m_versions->count() - 1);
    {
        const QSignalBlocker blocker(m_from);
        m_from->setDate(from);
    }
    fillForm(version);
    setFormEditable(true);
    retranslate();
}

void SlaPolicyDialog::fillVersions()
{
    m_versions->clear();
    for (const Domain::SlaPolicy &version : m_view.history.versions())
        m_versions->addItem(QString(), version.effectiveFrom);
    if (m_newVersion)
        m_versions->addItem(QString());
    retranslate();
}

void SlaPolicyDialog::showVersion(int index)
{
    const QVector<Domain::SlaPolicy> &versions = m_view.history.versions();
    if (index < 0 || index >= versions.size())
        return; // the new version's own entry: the form stays as edited
    if (m_newVersion) {
        m_newVersion = false;
        fillVersions();
    }
    m_versions->setCurrentIndex(index);
    {
        const QSignalBlocker blocker(m_from);
        m_from->setDate(versions.at(index).effectiveFrom);
    }
    fillForm(versions.at(index));
    setFormEditable(false);
    retranslate();
}

void SlaPolicyDialog::fillForm(const Domain::SlaPolicy &policy)
{
    m_shown = policy;
    for (int s = 1; s <= Domain::SlaPolicy::SeverityCount; ++s) {
        const SeverityRow &row = m_rows[std::size_t(s - 1)];
        const Domain::SlaSeverityTarget &t = policy.target(s);
        for (QWidget *w : std::initializer_list<QWidget *>{row.response, row.response24x7, row.resolution,
                                                           row.resolution24x7, row.risk, row.target})
            w->blockSignals(true);
        row.response->setValue(t.responseMinutes);
        row.response24x7->setChecked(t.response24x7);
        row.resolution->setValue(t.resolutionMinutes);
        row.resolution24x7->setChecked(t.resolution24x7);
        row.risk->setValue(int(std::lround(t.warningFraction * 100.0)));
        row.target->setValue(t.targetPercent);
        for (QWidget *w : std::initializer_list<QWidget *>{row.response, row.response24x7, row.resolution,
                                                           row.resolution24x7, row.risk, row.target})
            w->blockSignals(false);
    }
    const QSignalBlocker pause(m_pause), resolved(m_resolved);
    m_pause->setText(policy.pauseStatuses.join(QStringLiteral(", ")));
    m_resolved->setText(policy.resolvedStatuses.join(QStringLiteral(", ")));
    m_pause->setCursorPosition(0); // the start of a long list, not its end
    m_resolved->setCursorPosition(0);
}

void SlaPolicyDialog::setFormEditable(bool editable)
{
    m_from->setReadOnly(!editable);
    for (const SeverityRow &row : m_rows) {
        for (QAbstractSpinBox *box :
             std::initializer_list<QAbstractSpinBox *>{row.response, row.resolution, row.risk, row.target})
            box->setReadOnly(!editable);
        row.response24x7->setEnabled(editable);
        row.resolution24x7->setEnabled(editable);
    }
    m_pause->setReadOnly(!editable);
    m_resolved->setReadOnly(!editable);
    m_newButton->setVisible(!m_readOnly);
    m_newButton->setEnabled(!editable);
    m_buttons->button(QDialogButtonBox::Save)->setVisible(!m_readOnly);
    validate();
}

Domain::SlaPolicy SlaPolicyDialog::version() const
{
    Domain::SlaPolicy policy = m_shown;
    if (!m_newVersion)
        return policy;
    policy.effectiveFrom = m_from->date();
    for (int s = 1; s <= Domain::SlaPolicy::SeverityCount; ++s) {
        const SeverityRow &row = m_rows[std::size_t(s - 1)];
        Domain::SlaSeverityTarget &t = policy.target(s);
        t.responseMinutes = row.response->value();
        t.response24x7 = row.response24x7->isChecked();
        t.resolutionMinutes = row.resolution->value();
        t.resolution24x7 = row.resolution24x7->isChecked();
        t.warningFraction = keptOrShown(t.warningFraction, row.risk->value() / 100.0, 2);
        t.targetPercent = keptOrShown(t.targetPercent, row.target->value(), 1);
    }
    policy.pauseStatuses = statusList(m_pause->text());
    policy.resolvedStatuses = statusList(m_resolved->text());
    return policy;
}

QStringList SlaPolicyDialog::problems() const
{
    if (!m_newVersion)
        return {};
    QStringList texts;
    const Domain::SlaPolicy policy = version();
    const QString date = policy.effectiveFrom.toString(Qt::ISODate);
    const Domain::SlaPolicy *before = m_view.history.versionAt(policy.effectiveFrom);
    if (before && before->effectiveFrom == policy.effectiveFrom)
        texts << tr("A version in force from %1 is stored already, and versions are never changed: choose "
                    "another day.")
                     .arg(date);
    else if (before) {
        Domain::SlaPolicy same = policy;
        same.effectiveFrom = before->effectiveFrom;
        if (same == *before)
            texts << tr("The new version has the targets and statuses of the one in force from %1: change a "
                        "target or a status.")
                         .arg(before->effectiveFrom.toString(Qt::ISODate));
    }
    for (const QString &status : policy.pauseStatuses) {
        if (policy.isResolvedStatus(status))
            texts << tr("“%1” cannot both pause the resolution clock and mean resolved.").arg(status);
    }
    if (policy.resolvedStatuses.isEmpty())
        texts << tr("Name at least one status that means resolved.");
    return texts;
}

void SlaPolicyDialog::validate()
{
    const QStringList texts = problems();
    m_problems->setText(EngagementDialog::problemList(texts, palette()));
    m_problems->setVisible(!texts.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_newVersion && texts.isEmpty());
    m_range->setText(rangeText());
}

QString SlaPolicyDialog::rangeText() const
{
    const QDate from = m_newVersion ? m_from->date() : m_shown.effectiveFrom;
    QDate next;
    for (const Domain::SlaPolicy &v : m_view.history.versions()) {
        if (v.effectiveFrom > from && (!next.isValid() || v.effectiveFrom < next))
            next = v.effectiveFrom;
    }
    const QString start = from.toString(Qt::ISODate);
    if (m_newVersion) {
        const QString tickets =
            next.isValid()
                ? tr("Tickets created from %1 until %2 will be evaluated under the new version.")
                      .arg(start, next.addDays(-1).toString(Qt::ISODate))
                : tr("Tickets created from %1 on will be evaluated under the new version.").arg(start);
        return tickets + QLatin1Char(' ') +
               tr("Save adds it and recomputes the engagement's SLA results; the versions before it stay as "
                  "they are.");
    }
    return next.isValid() ? tr("Tickets created from %1 until %2 are evaluated under this version.")
                                .arg(start, next.addDays(-1).toString(Qt::ISODate))
                          : tr("Tickets created from %1 on are evaluated under this version.").arg(start);
}

void SlaPolicyDialog::retranslate()
{
    setWindowTitle(tr("SLA policy – %1").arg(m_engagement.key));
    const QString name = m_view.history.name().trimmed();
    m_heading->setText(
        name.isEmpty() ? tr("SLA policy of %1 (%2)").arg(m_engagement.key, m_engagement.client)
                       : tr("SLA policy “%3” of %1 (%2)").arg(m_engagement.key, m_engagement.client, name));
    m_versionLabel->setText(tr("&Version:"));
    const QVector<Domain::SlaPolicy> &versions = m_view.history.versions();
    for (int i = 0; i < m_versions->count(); ++i) {
        m_versions->setItemText(
            i, i < versions.size()
                   ? tr("in force from %1").arg(versions.at(i).effectiveFrom.toString(Qt::ISODate))
                   : tr("New version (not saved)"));
    }
    const int index = m_versions->currentIndex();
    if (m_newVersion)
        m_stamp->setText(tr("Not saved yet."));
    else if (!m_view.stored)
        m_stamp->setText(
            tr("%1 has no SLA policy of its own: this is the default of its support model. A new "
               "version stores it with the new one.")
                .arg(m_engagement.key));
    else
        m_stamp->setText(index >= 0 && index < versions.size()
                             ? Models::ChangeText::line(m_view.stamps.value(versions.at(index).effectiveFrom))
                             : QString());
    m_fromLabel->setText(tr("In &force from:"));
    m_newButton->setText(tr("&New version"));
    m_newButton->setToolTip(tr("Versions are never changed: a change of targets or statuses is a new "
                               "version, in force from the day you choose."));
    m_columnLabels[0]->setText(tr("Severity"));
    m_columnLabels[1]->setText(tr("First response (h:mm)"));
    m_columnLabels[3]->setText(tr("Resolution (h:mm)"));
    m_columnLabels[5]->setText(tr("At risk at"));
    m_columnLabels[6]->setText(tr("Compliance target"));
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const SeverityRow &row = m_rows[i];
        const int s = int(i) + 1;
        row.label->setText(tr("Severity %1").arg(s));
        for (QSpinBox *box : {row.response, row.resolution})
            box->setSpecialValueText(tr("none"));
        row.response->setAccessibleName(tr("Severity %1: first response target").arg(s));
        row.resolution->setAccessibleName(tr("Severity %1: resolution target").arg(s));
        row.response24x7->setText(tr("24×7"));
        row.resolution24x7->setText(tr("24×7"));
        row.response24x7->setAccessibleName(
            tr("Severity %1: first response counted around the clock").arg(s));
        row.resolution24x7->setAccessibleName(tr("Severity %1: resolution counted around the clock").arg(s));
        row.risk->setAccessibleName(tr("Severity %1: at risk once this share of a target is used").arg(s));
        row.target->setAccessibleName(
            tr("Severity %1: share of tickets that must meet their targets").arg(s));
        row.response24x7->setToolTip(
            tr("Unticked: the clock counts business hours of the engagement's calendar"));
        row.resolution24x7->setToolTip(row.response24x7->toolTip());
    }
    m_pauseLabel->setText(tr("Statuses that &pause the resolution clock:"));
    m_resolvedLabel->setText(tr("Statuses that mean &resolved:"));
    m_pause->setPlaceholderText(tr("Status names as in the ticket tool, separated by commas"));
    m_resolved->setPlaceholderText(m_pause->placeholderText());
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    validate();
}

void SlaPolicyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Gui
