#pragma once

#include "models/exchange/csv/datetimeparser.h"
#include "ui/importwizard/csvpeek.h"

#include <QWizardPage>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Gui {

class ImportWizard;

/// The import wizard's first page: file, engagement, source (detected from the header), the
/// export's time zone, date order and one severity for every ticket.
class ImportFilePage : public QWizardPage
{
public:
    explicit ImportFilePage(ImportWizard *wizard);
    void retranslate();
    void setFile(const QString &path);
    QString file() const;
    qint64 engagementId() const;
    void setEngagement(qint64 id);
    /// A built-in id, "profile:NAME" or ImportWizard::mappingSourceId().
    QString source() const;
    void setSource(const QString &id);
    QByteArray zone() const;
    /// The export's date order; empty: the source's usual one (decided from the file for lists).
    std::optional<Exchange::DateTimeParser::Format> dateOrder() const;
    /// One severity for every ticket (a list without priorities); empty: from the priority column.
    std::optional<int> severity() const;
    CsvPeek filePeek() const { return m_peek; }
    bool isComplete() const override;
    int nextId() const override;

private:
    void fillEngagements();
    void fillSources();
    void showSourceToolTip();
    void fillChoices();
    void fileChanged();
    void updateZone();

    ImportWizard *m_wizard;
    QLabel *m_fileLabel;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QComboBox *m_engagement;
    QComboBox *m_source;
    QComboBox *m_zone;
    QComboBox *m_dateOrder;
    QComboBox *m_severity;
    QLabel *m_detected;
    QFormLayout *m_form;
    CsvPeek m_peek;
};

} // namespace Gui
