#include "ui/reviewexportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui {

namespace {

QString withSuffix(QString path, const QString &suffix)
{
    path = path.trimmed();
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += suffix;
    return path;
}

QWidget *row(QLineEdit *edit, QPushButton *browse)
{
    auto *widget = new QWidget;
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return widget;
}

} // namespace

ReviewExportDialog::ReviewExportDialog(const QString &pdfPath, const QString &preparedBy, QWidget *parent)
    : QDialog(parent), m_pdf(new QLineEdit(QDir::toNativeSeparators(pdfPath))), m_browsePdf(new QPushButton),
      m_withData(new QCheckBox), m_data(new QLineEdit), m_browseData(new QPushButton),
      m_preparedBy(new QLineEdit(preparedBy)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("reviewExportDialog"));
    setWindowTitle(tr("Export review pack"));
    QFileInfo pdf(pdfPath);
    m_data->setText(
        QDir::toNativeSeparators(pdf.dir().filePath(pdf.completeBaseName() + QStringLiteral(".xlsx"))));
    m_data->setEnabled(false);
    m_browseData->setEnabled(false);
    m_browsePdf->setText(tr("Bro&wse…"));
    m_browseData->setText(tr("Brow&se…"));
    m_withData->setText(tr("&Data appendix:"));
    m_pdf->setMinimumWidth(420);

    auto *pdfLabel = new QLabel(tr("&PDF file:"));
    pdfLabel->setBuddy(m_pdf);
    auto *preparedLabel = new QLabel(tr("Prepared &by:"));
    preparedLabel->setBuddy(m_preparedBy);
    m_pdf->setAccessibleName(tr("PDF file of the review pack"));
    m_browsePdf->setAccessibleName(tr("Choose the PDF file"));
    m_withData->setAccessibleName(tr("Also write the data appendix"));
    m_withData->setAccessibleDescription(tr("The numbers of the PDF, one sheet per section"));
    m_data->setAccessibleName(tr("Data appendix file"));
    m_data->setAccessibleDescription(
        tr("An XLSX workbook, or a folder of CSV files when the name does not end in .xlsx"));
    m_browseData->setAccessibleName(tr("Choose the data appendix file"));
    m_preparedBy->setAccessibleName(tr("Prepared by"));
    m_preparedBy->setAccessibleDescription(tr("The name on the cover of the review pack"));
    m_preparedBy->setPlaceholderText(tr("Your name"));

    auto *form = new QFormLayout;
    form->addRow(pdfLabel, row(m_pdf, m_browsePdf));
    form->addRow(m_withData, row(m_data, m_browseData));
    form->addRow(preparedLabel, m_preparedBy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setTabOrder(m_pdf, m_browsePdf);
    setTabOrder(m_browsePdf, m_withData);
    setTabOrder(m_withData, m_data);
    setTabOrder(m_data, m_browseData);
    setTabOrder(m_browseData, m_preparedBy);

    connect(m_browsePdf, &QPushButton::clicked, this, &ReviewExportDialog::browsePdf);
    connect(m_browseData, &QPushButton::clicked, this, &ReviewExportDialog::browseData);
    connect(m_withData, &QCheckBox::toggled, this, [this](bool on) {
        m_data->setEnabled(on);
        m_browseData->setEnabled(on);
        updateButtons();
    });
    connect(m_pdf, &QLineEdit::textChanged, this, &ReviewExportDialog::updateButtons);
    connect(m_data, &QLineEdit::textChanged, this, &ReviewExportDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("E&xport"));
    updateButtons();
}

QString ReviewExportDialog::pdfPath() const
{
    return QDir::fromNativeSeparators(withSuffix(m_pdf->text(), QStringLiteral(".pdf")));
}

QString ReviewExportDialog::dataPath() const
{
    return m_withData->isChecked() ? QDir::fromNativeSeparators(m_data->text().trimmed()) : QString();
}

QString ReviewExportDialog::preparedBy() const
{
    return m_preparedBy->text().trimmed();
}

void ReviewExportDialog::browsePdf()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export review pack"), pdfPath(), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        m_pdf->setText(QDir::toNativeSeparators(withSuffix(path, QStringLiteral(".pdf"))));
}

void ReviewExportDialog::browseData()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Data appendix"),
                                                      dataPath().isEmpty() ? m_data->text() : dataPath(),
                                                      tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        m_data->setText(QDir::toNativeSeparators(withSuffix(path, QStringLiteral(".xlsx"))));
}

void ReviewExportDialog::updateButtons()
{
    const bool ok = !pdfPath().isEmpty() && (!m_withData->isChecked() || !dataPath().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace Gui
