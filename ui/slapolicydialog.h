#pragma once

#include "models/domain/engagement.h"
#include "models/slapolicyloader.h"

#include <QDialog>
#include <array>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Gui {

/// An engagement's SLA policy (Edit › SLA policy…): each version with the day it is in force from
/// and who added it, its targets per severity (first response and resolution in business time or
/// around the clock, the share used at which a clock is at risk, the share of tickets to meet
/// them) and the statuses that pause the resolution clock or mean resolved. Versions are never
/// changed: New version starts a version from a later day, filled with the one in force then,
/// and Save adds it. Problems are listed under the form and Save waits until there are none.
class SlaPolicyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SlaPolicyDialog(QWidget *parent = nullptr);

    /// Shows `view`, the policy of `engagement`, on the version in force `today`. Read-only: no
    /// new version.
    void setPolicy(const Domain::Engagement &engagement, const Models::SlaPolicyView &view,
                   const QDate &today, bool readOnly = false);
    /// Starts a new version in force from `from`, its form filled with the version in force then.
    void startNewVersion(const QDate &from);
    /// Whether the form holds a new version (startNewVersion), to be added on Save.
    bool isNewVersion() const { return m_newVersion; }
    /// The version the form shows: the new one as edited, else the chosen stored one.
    Domain::SlaPolicy version() const;
    /// The problems of the new version, translated; empty when Save is allowed.
    QStringList problems() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct SeverityRow
    {
        QLabel *label = nullptr;
        QSpinBox *response = nullptr;
        QCheckBox *response24x7 = nullptr;
        QSpinBox *resolution = nullptr;
        QCheckBox *resolution24x7 = nullptr;
        QSpinBox *risk = nullptr;
        QDoubleSpinBox *target = nullptr;
    };

    void buildForm();
    void retranslate();
    void fillVersions();
    void showVersion(int index);
    void fillForm(const Domain::SlaPolicy &policy);
    void setFormEditable(bool editable);
    void validate();
    QString rangeText() const;

    Domain::Engagement m_engagement;
    Models::SlaPolicyView m_view;
    QDate m_today;
    bool m_readOnly = false;
    bool m_newVersion = false;
    Domain::SlaPolicy m_shown; ///< the version the form was filled with (exact values kept)

    QLabel *m_heading;
    QLabel *m_versionLabel;
    QComboBox *m_versions;
    QLabel *m_stamp;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    std::array<QLabel *, 7> m_columnLabels{};
    std::array<SeverityRow, 4> m_rows;
    QLabel *m_pauseLabel;
    QLineEdit *m_pause;
    QLabel *m_resolvedLabel;
    QLineEdit *m_resolved;
    QLabel *m_range;
    QLabel *m_problems;
    QPushButton *m_newButton;
    QDialogButtonBox *m_buttons;
};

} // namespace Gui
