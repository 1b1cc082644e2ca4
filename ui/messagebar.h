#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;
class QTimer;

namespace Gui {

/// A non-modal bar above the pages for recoverable errors and notices. It never blocks: the
/// user reads it and goes on; errors stay until closed, notices fade after a while.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Type { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Type type = Type::Error);
    /// With a button named `actionText` that closes the message and calls `action`: the way to do
    /// again what failed ("Save again" after another program kept the database busy).
    void showMessage(const QString &text, Type type, const QString &actionText, std::function<void()> action);
    QString text() const;
    Type type() const { return m_type; }

public slots:
    void dismiss();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    std::function<void()> m_call; ///< what m_action does
    QToolButton *m_close;
    QTimer *m_autoHide;
    Type m_type = Type::Information;
};

/// Shows `label` (its object name set) as a warning banner: the light fill and border of a
/// MessageBar warning, dark text whatever the palette, wrapped. The window's read-only banner and
/// the SLA page's note that its figures are older than the rules use it.
void makeWarningBanner(QLabel *label);

} // namespace Gui
