#include "ui/connectdialog.h"

#include "models/portfolio.h"
#include "models/storagetext.h"
#include "ui_connectdialog.h"

#include <QEvent>
#include <QPushButton>
#include <QUrl>
#include <QUrlQuery>

namespace Gui {

namespace {
// libpq's sslmode values, in the order of their protection; "prefer" is libpq's default.
const QStringList s_sslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                QStringLiteral("prefer"),    QStringLiteral("require"),
                                QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
const QString s_defaultSslMode = QStringLiteral("prefer");
constexpr int s_defaultPort = 5432;
} // namespace

ConnectDialog::ConnectDialog(Models::Portfolio *portfolio, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConnectDialog>()), m_portfolio(portfolio)
{
    setObjectName(QStringLiteral("connectDialog"));
    m_ui->setupUi(this);
    for (const QString &mode : s_sslModes)
        m_ui->sslCombo->addItem(QString(), mode);
    m_ui->sslCombo->setCurrentIndex(int(s_sslModes.indexOf(s_defaultSslMode)));
    m_ui->passwordLabel->hide();
    m_ui->passwordEdit->hide();
    m_ui->problemLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_ui->databaseEdit, &QLineEdit::textChanged, this, &ConnectDialog::updateConnectButton);
    retranslate();
    updateConnectButton();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::retranslate()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    const QStringList texts = {tr("disable: never encrypted"),
                               tr("allow: encrypted when the server insists"),
                               tr("prefer: encrypted when the server can (default)"),
                               tr("require: always encrypted"),
                               tr("verify-ca: encrypted, the server's certificate checked"),
                               tr("verify-full: encrypted, certificate and server name checked")};
    for (int i = 0; i < texts.size(); ++i)
        m_ui->sslCombo->setItemText(i, texts.at(i));
}

void ConnectDialog::setAddress(const QString &address)
{
    const QUrl url(address);
    m_ui->hostEdit->setText(url.host());
    m_ui->portSpin->setValue(url.port(s_defaultPort));
    m_ui->databaseEdit->setText(url.path().mid(1));
    m_ui->userEdit->setText(url.userName());
    m_otherOptions.clear();
    QString sslMode = s_defaultSslMode;
    for (const auto &item : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (item.first == QLatin1String("sslmode"))
            sslMode = item.second;
        else
            m_otherOptions << item.first + QLatin1Char('=') + item.second;
    }
    const int mode = int(s_sslModes.indexOf(sslMode));
    m_ui->sslCombo->setCurrentIndex(mode >= 0 ? mode : int(s_sslModes.indexOf(s_defaultSslMode)));
}

QString ConnectDialog::address() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_ui->userEdit->text().trimmed());
    url.setHost(m_ui->hostEdit->text().trimmed());
    url.setPort(m_ui->portSpin->value());
    url.setPath(QLatin1Char('/') + m_ui->databaseEdit->text().trimmed());
    QStringList options = m_otherOptions;
    const QString sslMode = m_ui->sslCombo->currentData().toString();
    if (sslMode != s_defaultSslMode)
        options << QStringLiteral("sslmode=") + sslMode;
    options.sort();
    if (!options.isEmpty())
        url.setQuery(options.join(QLatin1Char('&')));
    return url.toString();
}

void ConnectDialog::askForPassword(const QString &message)
{
    m_ui->passwordLabel->show();
    m_ui->passwordEdit->show();
    showProblem(message);
    m_ui->passwordEdit->setFocus();
}

bool ConnectDialog::isAskingForPassword() const
{
    return !m_ui->passwordEdit->isHidden();
}

void ConnectDialog::showProblem(const QString &text)
{
    m_ui->problemLabel->setText(text);
    m_ui->problemLabel->setVisible(!text.isEmpty());
}

void ConnectDialog::updateConnectButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_ui->databaseEdit->text().trimmed().isEmpty());
}

void ConnectDialog::accept()
{
    if (m_ui->databaseEdit->text().trimmed().isEmpty())
        return;
    const Storage::StorageError error = m_portfolio->connectTo(address(), m_ui->passwordEdit->text());
    if (error.isNull()) {
        m_ui->passwordEdit->clear(); // the portfolio keeps it for the session; the dialog does not
        QDialog::accept();
        return;
    }
    const QString message = Models::StorageText::message(error);
    if (error.kind == Storage::StorageError::Kind::PasswordNeeded ||
        error.kind == Storage::StorageError::Kind::PasswordRefused) {
        m_ui->passwordEdit->selectAll();
        askForPassword(message);
    } else {
        showProblem(message);
    }
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace Gui
