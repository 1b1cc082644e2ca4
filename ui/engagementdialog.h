#pragma once

#include "models/domain/engagement.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QListWidgetItem;

namespace Ui {
class EngagementDialog;
}

namespace Gui {

/// Creates or edits an engagement. The support model is explained from the catalogue as it is
/// chosen; problems are listed under the form as they arise and OK waits until there are none.
class EngagementDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EngagementDialog(QWidget *parent = nullptr);
    ~EngagementDialog() override;

    void setEngagement(const Domain::Engagement &engagement);
    /// The engagement as the form shows it (keeps the id given to setEngagement()).
    Domain::Engagement engagement() const;
    /// The problems of the current input, translated; empty when OK is allowed.
    QStringList problems() const;
    /// What to fix before saving, as the form dialogs list it under the form (this one, the
    /// Budget dialog): "Before saving:" in the colour of a problem, then one bullet each; empty
    /// when there is nothing to fix.
    static QString problemList(const QStringList &problems, const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;

private:
    void populateChoices();
    void updateExplanation();
    void validate();
    void retranslate();

    std::unique_ptr<Ui::EngagementDialog> m_ui;
    QVector<QCheckBox *> m_roleChecks;
    qint64 m_id = 0;
};

} // namespace Gui
