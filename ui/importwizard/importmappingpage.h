#pragma once

#include "models/exchange/sources/columnmapping.h"

#include <QHash>
#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Gui {

class ImportFilePage;
class ImportWizard;

/// Columns of any other CSV: a preview and one combo box per field, saved as a named profile.
class ImportMappingPage : public QWizardPage
{
public:
    ImportMappingPage(ImportWizard *wizard, ImportFilePage *filePage);
    void retranslate();
    void initializePage() override;
    bool isComplete() const override;
    /// Saves the profile; its error stays on the page and the wizard does not go on.
    bool validatePage() override;
    int nextId() const override;
    Exchange::ColumnMapping mapping() const;

private:
    using Field = Exchange::ColumnMapping::Field;
    void buildFields();
    void showMissingFields();

    ImportWizard *m_wizard;
    ImportFilePage *m_filePage;
    QTableWidget *m_preview;
    QComboBox *m_rowKind;
    QLineEdit *m_name;
    QLabel *m_missing;
    QFormLayout *m_form;
    QFormLayout *m_fields;
    QHash<Field, QComboBox *> m_boxes;
    Exchange::ColumnMapping m_suggested;
};

} // namespace Gui
