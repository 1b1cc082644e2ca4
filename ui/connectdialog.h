#pragma once

#include <QDialog>
#include <QStringList>
#include <memory>

namespace Ui {
class ConnectDialog;
}

namespace Models {
class Portfolio;
}

namespace Gui {

/// File › Connect to a team database…: server, port, database, user and SSL mode of a PostgreSQL
/// database, and a password field shown only once the server asked for a password that neither
/// this session nor libpq (PGPASSWORD, ~/.pgpass) had. Connect opens it in the portfolio; a
/// failure is shown here and the dialog stays open to correct it.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(Models::Portfolio *portfolio, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    /// Fills the fields from a remembered address (postgresql://user@host:port/database?sslmode=…);
    /// its other connection settings are kept as they are.
    void setAddress(const QString &address);
    /// The address of the fields, never with the password.
    QString address() const;
    /// Shows the password field with `message` above the buttons (the server wants a password).
    void askForPassword(const QString &message);
    bool isAskingForPassword() const;

    /// Connects; closes only when the database is open.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateConnectButton();
    void showProblem(const QString &text);

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    Models::Portfolio *m_portfolio;
    QStringList m_otherOptions; ///< the remembered address's settings other than sslmode
};

} // namespace Gui
