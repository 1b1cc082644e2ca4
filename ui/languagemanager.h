#pragma once

#include <QObject>
#include <QStringList>
#include <memory>

class QTranslator;

namespace Gui {

/// Installs Qt's own and Delivery Desk's translators and switches language at runtime.
/// Widgets follow through QEvent::LanguageChange; QLocale's default follows the language so
/// that dates and numbers match. Whoever needs the language owns one (the window's launcher, a
/// command of the command line); destroying it removes its translators.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;
    LanguageManager(const LanguageManager &) = delete;
    LanguageManager &operator=(const LanguageManager &) = delete;

    /// "en", "sv"; empty means the system language (falling back to English).
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }
    static QStringList availableLanguages();

signals:
    void languageChanged(const QString &language);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_qtTranslator;
    std::unique_ptr<QTranslator> m_qtExtraTranslator; ///< translations/qt6extra_sv.ts
    std::unique_ptr<QTranslator> m_appTranslator;
};

} // namespace Gui
