#pragma once

#include "models/domain/changestamp.h"
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
    /// Saves the profile; its error stays on the page and the wizard does not go on. A name
    /// someone saved a profile under is replaced only when the user says so, asked with who saved
    /// it and when, and only that version of it (a profile this page saved itself, when the user
    /// came back to the page, is replaced without asking while nobody else changed it).
    bool validatePage() override;
    int nextId() const override;
    Exchange::ColumnMapping mapping() const;

private:
    using Field = Exchange::ColumnMapping::Field;
    void buildFields();
    void showMissingFields();
    /// Shows why the profile was not saved, all of it (not a word-wrapped label's first line).
    void showMessage(const QString &text);
    /// Asks whether to replace the stored profile `name` (`stored`: who saved it and when).
    bool confirmReplace(const QString &name, const Domain::ChangeStamp &stored);

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
    QString m_savedName;              ///< the profile this page saved last ('' when none)
    Domain::ChangeStamp m_savedStamp; ///< and the version that save wrote
};

} // namespace Gui
