#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Gui {

/// Where the review pack goes: the PDF, optionally the data appendix (an XLSX workbook, or a
/// folder of CSV files when the name does not end in .xlsx), and the name on the cover.
class ReviewExportDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewExportDialog(const QString &pdfPath, const QString &preparedBy, QWidget *parent = nullptr);

    QString pdfPath() const;
    /// Empty when no data appendix is wanted.
    QString dataPath() const;
    QString preparedBy() const;

    QLineEdit *pdfEdit() const { return m_pdf; }
    QCheckBox *dataBox() const { return m_withData; }
    QLineEdit *dataEdit() const { return m_data; }
    QLineEdit *preparedByEdit() const { return m_preparedBy; }

private:
    void browsePdf();
    void browseData();
    void updateButtons();

    QLineEdit *m_pdf;
    QPushButton *m_browsePdf;
    QCheckBox *m_withData;
    QLineEdit *m_data;
    QPushButton *m_browseData;
    QLineEdit *m_preparedBy;
    QDialogButtonBox *m_buttons;
};

} // namespace Gui
