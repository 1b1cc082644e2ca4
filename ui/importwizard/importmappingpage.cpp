#include "ui/importwizard/importmappingpage.h"

#include "models/changetext.h"
#include "models/importmappingstore.h"
#include "models/portfolio.h"
#include "ui/importwizard.h"
#include "ui/importwizard/importfilepage.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Gui {

namespace {

QString fieldName(Exchange::ColumnMapping::Field field)
{
    using Field = Exchange::ColumnMapping::Field;
    switch (field) {
    case Field::Key:
        return ImportWizard::tr("Ticket number");
    case Field::Title:
        return ImportWizard::tr("Title");
    case Field::Type:
        return ImportWizard::tr("Type");
    case Field::Priority:
        return ImportWizard::tr("Priority");
    case Field::Status:
        return ImportWizard::tr("Status");
    case Field::Created:
        return ImportWizard::tr("Created");
    case Field::FirstResponse:
        return ImportWizard::tr("First response");
    case Field::Resolved:
        return ImportWizard::tr("Resolved");
    case Field::WorklogId:
        return ImportWizard::tr("Worklog id");
    case Field::Date:
        return ImportWizard::tr("Date");
    case Field::Person:
        return ImportWizard::tr("Person");
    case Field::Duration:
        return ImportWizard::tr("Duration");
    case Field::Activity:
        return ImportWizard::tr("Activity");
    case Field::Description:
        return ImportWizard::tr("Description");
    case Field::TicketKey:
        return ImportWizard::tr("Ticket");
    case Field::Role:
        return ImportWizard::tr("Role");
    }
    return {};
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard, ImportFilePage *filePage)
    : m_wizard(wizard), m_filePage(filePage), m_preview(new QTableWidget), m_rowKind(new QComboBox),
      m_name(new QLineEdit), m_missing(new QLabel), m_form(new QFormLayout), m_fields(new QFormLayout)
{
    setObjectName(QStringLiteral("importMappingPage"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_rowKind->setObjectName(QStringLiteral("rowKind"));
    m_preview->setObjectName(QStringLiteral("mappingPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setTabKeyNavigation(false); // Tab goes on to the mapping's fields; arrows move in the preview
    m_preview->verticalHeader()->hide();
    m_preview->setMaximumHeight(170);
    m_missing->setObjectName(QStringLiteral("mappingMessage"));
    m_missing->setWordWrap(true);
    m_form->addRow(new QLabel, m_name);
    m_form->addRow(new QLabel, m_rowKind);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview);
    layout->addLayout(m_form);
    layout->addLayout(m_fields);
    layout->addWidget(m_missing);
    m_rowKind->addItem(QString(), int(Exchange::ColumnMapping::RowKind::Tickets));
    m_rowKind->addItem(QString(), int(Exchange::ColumnMapping::RowKind::Worklogs));
    connect(m_rowKind, &QComboBox::currentIndexChanged, this, [this] { buildFields(); });
    connect(m_name, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    retranslate();
}

int ImportMappingPage::nextId() const
{
    return ImportWizard::RunPageId;
}

void ImportMappingPage::retranslate()
{
    setTitle(ImportWizard::tr("Map the columns"));
    setSubTitle(ImportWizard::tr(
        "Which column holds what. The mapping is saved under its name for next month's file."));
    m_preview->setAccessibleName(ImportWizard::tr("First rows of the file"));
    m_rowKind->setItemText(0, ImportWizard::tr("Tickets"));
    m_rowKind->setItemText(1, ImportWizard::tr("Worklogs"));
    auto label = [this](QWidget *field) { return qobject_cast<QLabel *>(m_form->labelForField(field)); };
    label(m_name)->setText(ImportWizard::tr("Profile &name:"));
    label(m_name)->setBuddy(m_name);
    label(m_rowKind)->setText(ImportWizard::tr("&Rows are:"));
    label(m_rowKind)->setBuddy(m_rowKind);
    buildFields();
}

void ImportMappingPage::initializePage()
{
    const CsvPeek data = m_filePage->filePeek();
    m_preview->clear();
    m_preview->setColumnCount(int(data.header.size()));
    m_preview->setRowCount(int(data.rows.size()));
    m_preview->setHorizontalHeaderLabels(data.header);
    for (int r = 0; r < data.rows.size(); ++r) {
        for (int c = 0; c < data.rows.at(r).size() && c < data.header.size(); ++c)
            m_preview->setItem(r, c, readOnlyItem(data.rows.at(r).at(c)));
    }
    m_preview->resizeColumnsToContents();
    m_suggested = Exchange::ColumnMapping::suggest(data.header);
    if (m_name->text().isEmpty())
        m_name->setText(QFileInfo(m_filePage->file()).completeBaseName());
    const QSignalBlocker blocker(m_rowKind);
    m_rowKind->setCurrentIndex(m_rowKind->findData(int(m_suggested.rowKind)));
    buildFields();
}

void ImportMappingPage::buildFields()
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_boxes.clear();
    const auto kind = Exchange::ColumnMapping::RowKind(m_rowKind->currentData().toInt());
    const QStringList header = m_filePage->filePeek().header;
    for (Field field : Exchange::ColumnMapping::fields(kind)) {
        auto *box = new QComboBox;
        box->setObjectName(QStringLiteral("field-") + Exchange::ColumnMapping::fieldId(field));
        box->addItem(ImportWizard::tr("(not in the file)"), QString());
        for (const QString &column : header)
            box->addItem(column, column);
        if (kind == m_suggested.rowKind)
            box->setCurrentIndex(qMax(0, box->findData(m_suggested.header(field))));
        connect(box, &QComboBox::currentIndexChanged, this, [this] { showMissingFields(); });
        m_fields->addRow(fieldName(field) + QLatin1Char(':'), box);
        m_boxes.insert(field, box);
    }
    if (!m_boxes.isEmpty())
        showMissingFields();
}

void ImportMappingPage::showMissingFields()
{
    QStringList names;
    for (Field f : mapping().missingFields())
        names.append(fieldName(f));
    m_missing->setMinimumHeight(0);
    m_missing->setText(names.isEmpty()
                           ? QString()
                           : ImportWizard::tr("Still needed: %1").arg(names.join(QStringLiteral(", "))));
    emit completeChanged();
}

Exchange::ColumnMapping ImportMappingPage::mapping() const
{
    Exchange::ColumnMapping mapping;
    mapping.name = m_name->text().trimmed();
    mapping.rowKind = Exchange::ColumnMapping::RowKind(m_rowKind->currentData().toInt());
    mapping.durationUnit = m_suggested.durationUnit;
    QStringList samples;
    const CsvPeek data = m_filePage->filePeek();
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const QString column = it.value()->currentData().toString();
        mapping.setHeader(it.key(), column);
        const int index = int(data.header.indexOf(column));
        if (!column.isEmpty() && (it.key() == Field::Created || it.key() == Field::Date)) {
            for (const QStringList &row : data.rows)
                samples.append(row.value(index));
        }
    }
    mapping.dateFormat = Exchange::ColumnMapping::suggestDateFormat(samples);
    return mapping;
}

bool ImportMappingPage::isComplete() const
{
    return !m_name->text().trimmed().isEmpty() && mapping().missingFields().isEmpty();
}

bool ImportMappingPage::validatePage()
{
    const Exchange::ColumnMapping chosen = mapping();
    const Models::ImportMappingStore store(*m_wizard->portfolio()->database());
    // The version saved is the one the user was asked about (0: the name was free). Anything
    // saved under the name after that is refused by storage and said here; the mapping stays.
    Domain::ChangeStamp stamp;
    QString error = store.profileStamp(chosen.name, &stamp);
    const bool ownSave = chosen.name == m_savedName && stamp == m_savedStamp;
    if (error.isEmpty() && stamp.isStored() && !ownSave && !confirmReplace(chosen.name, stamp)) {
        m_missing->clear();
        m_name->setFocus();
        m_name->selectAll();
        return false;
    }
    if (error.isEmpty())
        error = store.saveProfile(chosen, &stamp);
    if (!error.isEmpty()) {
        showMessage(error);
        return false;
    }
    m_savedName = chosen.name;
    m_savedStamp = stamp;
    return true;
}

void ImportMappingPage::showMessage(const QString &text)
{
    m_missing->setText(text);
    // The page was laid out without it, and a word-wrapped label is given one line: reserve the
    // height of the whole message, not its top line.
    m_missing->setMinimumHeight(m_missing->heightForWidth(qMax(m_missing->width(), 200)));
    // The wizard keeps the size it was shown at: grow it when the page now needs more.
    QWidget *window = this->window();
    if (window->layout())
        window->layout()->activate();
    const int needed = qMax(window->minimumSizeHint().height(), window->sizeHint().height());
    if (needed > window->height())
        window->resize(window->width(), needed);
}

bool ImportMappingPage::confirmReplace(const QString &name, const Domain::ChangeStamp &stored)
{
    const QString question =
        stored.updatedAt > 0 && !stored.updatedBy.isEmpty()
            ? ImportWizard::tr("A profile named \"%1\" exists already: %2 saved it on %3. Replace it with "
                               "this mapping?")
                  .arg(name, stored.updatedBy, Models::ChangeText::time(stored.updatedAt))
            : ImportWizard::tr("A profile named \"%1\" exists already. Replace it with this mapping?")
                  .arg(name);
    QMessageBox box(QMessageBox::Question, ImportWizard::tr("Replace profile"), question,
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("replaceProfile"));
    box.setInformativeText(ImportWizard::tr("Cancel keeps the saved profile: give yours another name."));
    QPushButton *replace = box.addButton(ImportWizard::tr("&Replace"), QMessageBox::AcceptRole);
    replace->setObjectName(QStringLiteral("replaceProfileButton"));
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    return box.clickedButton() == replace;
}

} // namespace Gui
