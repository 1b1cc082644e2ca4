#include "ui/engagementdialog.h"

#include "models/palette.h"

#include "models/domaintext.h"
#include "ui_engagementdialog.h"

#include <QCheckBox>
#include <QCompleter>
#include <QEvent>
#include <QPushButton>
#include <QTimeZone>

namespace Gui {

using Models::DomainText;

EngagementDialog::EngagementDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EngagementDialog>())
{
    m_ui->setupUi(this);
    populateChoices();
    m_ui->startEdit->setDate(QDate::currentDate());
    m_ui->endEdit->setDate(QDate::currentDate().addYears(1));
    m_ui->timeZoneCombo->setCurrentText(QStringLiteral("Europe/Stockholm"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->modelCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        updateExplanation();
        validate();
    });
    connect(m_ui->openEndedCheck, &QCheckBox::toggled, m_ui->endEdit, &QWidget::setDisabled);
    for (QLineEdit *edit : {m_ui->keyEdit, m_ui->clientEdit})
        connect(edit, &QLineEdit::textChanged, this, &EngagementDialog::validate);
    connect(m_ui->keyEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Keys are upper case; typing lower case is the common slip.
        const int cursor = m_ui->keyEdit->cursorPosition();
        m_ui->keyEdit->setText(text.toUpper());
        m_ui->keyEdit->setCursorPosition(cursor);
    });
    connect(m_ui->hoursSpin, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
            &EngagementDialog::validate);
    connect(m_ui->startEdit, &QDateEdit::dateChanged, this, &EngagementDialog::validate);
    connect(m_ui->endEdit, &QDateEdit::dateChanged, this, &EngagementDialog::validate);
    connect(m_ui->openEndedCheck, &QCheckBox::toggled, this, &EngagementDialog::validate);
    connect(m_ui->timeZoneCombo, &QComboBox::currentTextChanged, this, &EngagementDialog::validate);
    for (QCheckBox *check : qAsConst(m_roleChecks))
        connect(check, &QCheckBox::toggled, this, &EngagementDialog::validate);
    retranslate();
    validate();
}

EngagementDialog::~EngagementDialog() = default;

void EngagementDialog::populateChoices()
{
    for (Domain::SupportModel model : Domain::allSupportModels())
        m_ui->modelCombo->addItem(QString(), QVariant::fromValue(model));
    QStringList zones;
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : ids) {
        if (id.contains('/'))
            zones.append(QString::fromUtf8(id));
    }
    m_ui->timeZoneCombo->addItems(zones);
    auto *completer = new QCompleter(zones, m_ui->timeZoneCombo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->timeZoneCombo->setCompleter(completer);
    auto *grid = static_cast<QGridLayout *>(m_ui->rolesBox->layout());
    for (Domain::Role role : Domain::allRoles()) {
        auto *check = new QCheckBox(m_ui->rolesBox);
        check->setProperty("role", QVariant::fromValue(role));
        grid->addWidget(check, m_roleChecks.size() / 3, m_roleChecks.size() % 3);
        m_roleChecks.append(check);
    }
    for (const Domain::ActivityInfo &activity :
         Domain::SupportModelCatalogue::activities(Domain::ServiceLevel::OptionalL3)) {
        auto *item = new QListWidgetItem(m_ui->servicesList);
        item->setData(Qt::UserRole, QLatin1String(activity.id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void EngagementDialog::retranslate()
{
    for (int i = 0; i < m_ui->modelCombo->count(); ++i)
        m_ui->modelCombo->setItemText(
            i, DomainText::supportModel(m_ui->modelCombo->itemData(i).value<Domain::SupportModel>()));
    for (QCheckBox *check : qAsConst(m_roleChecks)) {
        const auto role = check->property("role").value<Domain::Role>();
        check->setText(QStringLiteral("%1 (%2)").arg(DomainText::role(role), DomainText::roleShort(role)));
    }
    for (int i = 0; i < m_ui->servicesList->count(); ++i) {
        QListWidgetItem *item = m_ui->servicesList->item(i);
        item->setText(DomainText::activity(item->data(Qt::UserRole).toString()));
    }
    setWindowTitle(m_id ? tr("Edit engagement") : tr("New engagement"));
    updateExplanation();
    validate();
}

void EngagementDialog::updateExplanation()
{
    const auto model = m_ui->modelCombo->currentData().value<Domain::SupportModel>();
    const Domain::SupportModelInfo &info = Domain::SupportModelCatalogue::model(model);
    QString html = QStringLiteral("<p>%1</p><ul>").arg(DomainText::catalogue(info.summary).toHtmlEscaped());
    for (const char *item : info.includes)
        html += QStringLiteral("<li>%1</li>").arg(DomainText::catalogue(item).toHtmlEscaped());
    html += QStringLiteral("</ul>");
    if (info.typicalMaxHours > 0) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Typical commitment: %1–%2 hours per month.")
                             .arg(info.typicalMinHours)
                             .arg(info.typicalMaxHours));
    }
    m_ui->modelExplanation->setText(html);
    m_ui->coverCheck->setEnabled(info.optional24x7Severity1 || info.always24x7Response);
    if (info.always24x7Response)
        m_ui->coverCheck->setChecked(true);
}

void EngagementDialog::setEngagement(const Domain::Engagement &e)
{
    m_id = e.id;
    m_ui->keyEdit->setText(e.key);
    m_ui->clientEdit->setText(e.client);
    m_ui->nameEdit->setText(e.name);
    m_ui->modelCombo->setCurrentIndex(static_cast<int>(e.model));
    m_ui->hoursSpin->setValue(e.committedMinutesPerMonth / 60.0);
    m_ui->startEdit->setDate(e.start.isValid() ? e.start : QDate::currentDate());
    m_ui->openEndedCheck->setChecked(!e.end.isValid());
    if (e.end.isValid())
        m_ui->endEdit->setDate(e.end);
    m_ui->timeZoneCombo->setCurrentText(QString::fromUtf8(e.timeZone));
    m_ui->coverCheck->setChecked(e.severity1Cover24x7);
    for (QCheckBox *check : qAsConst(m_roleChecks))
        check->setChecked(e.rolesCovered.contains(check->property("role").value<Domain::Role>()));
    for (int i = 0; i < m_ui->servicesList->count(); ++i) {
        QListWidgetItem *item = m_ui->servicesList->item(i);
        item->setCheckState(e.optionalServices.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                             : Qt::Unchecked);
    }
    m_ui->notesEdit->setPlainText(e.notes);
    retranslate();
}

Domain::Engagement EngagementDialog::engagement() const
{
    Domain::Engagement e;
    e.id = m_id;
    e.key = m_ui->keyEdit->text().trimmed();
    e.client = m_ui->clientEdit->text().trimmed();
    e.name = m_ui->nameEdit->text().trimmed();
    e.model = m_ui->modelCombo->currentData().value<Domain::SupportModel>();
    e.committedMinutesPerMonth = qRound(m_ui->hoursSpin->value() * 60.0);
    e.start = m_ui->startEdit->date();
    e.end = m_ui->openEndedCheck->isChecked() ? QDate() : m_ui->endEdit->date();
    e.timeZone = m_ui->timeZoneCombo->currentText().trimmed().toUtf8();
    e.severity1Cover24x7 = m_ui->coverCheck->isEnabled() && m_ui->coverCheck->isChecked();
    for (QCheckBox *check : m_roleChecks) {
        if (check->isChecked())
            e.rolesCovered.append(check->property("role").value<Domain::Role>());
    }
    for (int i = 0; i < m_ui->servicesList->count(); ++i) {
        const QListWidgetItem *item = m_ui->servicesList->item(i);
        if (item->checkState() == Qt::Checked)
            e.optionalServices.append(item->data(Qt::UserRole).toString());
    }
    e.notes = m_ui->notesEdit->toPlainText();
    return e;
}

QStringList EngagementDialog::problems() const
{
    QStringList texts;
    for (Domain::EngagementProblem problem : engagement().validate())
        texts.append(DomainText::engagementProblem(problem));
    return texts;
}

QString EngagementDialog::problemList(const QStringList &problems, const QPalette &palette)
{
    if (problems.isEmpty())
        return {};
    QString html =
        QStringLiteral("<span style='color:%1'>%2</span><ul style='margin-top:0'>")
            .arg(
                Models::Palette::status(Models::Palette::Status::Bad, palette.color(QPalette::Window)).name(),
                tr("Before saving:").toHtmlEscaped());
    for (const QString &text : problems)
        html += QStringLiteral("<li>%1</li>").arg(text.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

void EngagementDialog::validate()
{
    const QStringList texts = problems();
    m_ui->problemsLabel->setText(problemList(texts, palette()));
    m_ui->problemsLabel->setVisible(!texts.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(texts.isEmpty());
}

void EngagementDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace Gui
