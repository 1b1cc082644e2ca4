#include "ui/messagebar.h"

#include "models/palette.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <utility>

namespace Gui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_action(new QPushButton(this)),
      m_close(new QToolButton(this)), m_autoHide(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close this message"));
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    m_action->setObjectName(QStringLiteral("messageBarAction"));
    m_action->hide();
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    m_autoHide->setSingleShot(true);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    connect(m_action, &QPushButton::clicked, this, [this] {
        // The call may show a new message (with a new action): this one is gone first.
        const std::function<void()> call = std::exchange(m_call, {});
        dismiss();
        if (call)
            call();
    });
    connect(m_autoHide, &QTimer::timeout, this, &MessageBar::dismiss);
    hide();
}

void MessageBar::showMessage(const QString &text, Type type, const QString &actionText,
                             std::function<void()> action)
{
    showMessage(text, type);
    m_call = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(bool(m_call));
}

void MessageBar::showMessage(const QString &text, Type type)
{
    m_call = {};
    m_action->hide();
    m_type = type;
    m_text->setText(text);
    applyStyle();
    show();
    // Screen readers announce the message where it appears, not only when focus wanders by.
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    if (type == Type::Information)
        m_autoHide->start(8000);
    else
        m_autoHide->stop();
}

QString MessageBar::text() const
{
    return isVisible() ? m_text->text() : QString();
}

void MessageBar::dismiss()
{
    m_autoHide->stop();
    hide();
}

void MessageBar::applyStyle()
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    using Role = Models::Palette::Role;
    Role fill = Role::MessageInformationFill;
    Role border = Role::MessageInformationBorder;
    if (m_type == Type::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        fill = Role::MessageWarningFill;
        border = Role::MessageWarningBorder;
    } else if (m_type == Type::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        fill = Role::MessageErrorFill;
        border = Role::MessageErrorBorder;
    }
    // The backgrounds are light whatever the palette: the text stays dark on them (a dark palette's
    // light text would vanish), and the kind is said in words as well as by icon and colour.
    setStyleSheet(QStringLiteral("#messageBar { background: %1; border: 1px solid %2; border-radius: 4px; } "
                                 "#messageBar QLabel { color: %3; }")
                      .arg(Models::Palette::color(fill, false).name(),
                           Models::Palette::color(border, false).name(),
                           Models::Palette::color(Role::MessageText, false).name()));
    const QString kind = m_type == Type::Error     ? tr("Error")
                         : m_type == Type::Warning ? tr("Warning")
                                                   : tr("Information");
    m_icon->setAccessibleName(kind);
    setAccessibleName(kind);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_close->setToolTip(tr("Close this message"));
        m_close->setAccessibleName(tr("Close this message"));
        applyStyle();
    }
    QFrame::changeEvent(event);
}

void makeWarningBanner(QLabel *label)
{
    using Role = Models::Palette::Role;
    label->setStyleSheet(QStringLiteral("#%1 { background: %2; color: %3; padding: 6px; "
                                        "border: 1px solid %4; border-radius: 4px; }")
                             .arg(label->objectName(),
                                  Models::Palette::color(Role::MessageWarningFill, false).name(),
                                  Models::Palette::color(Role::MessageText, false).name(),
                                  Models::Palette::color(Role::MessageWarningBorder, false).name()));
    label->setWordWrap(true);
}

} // namespace Gui
