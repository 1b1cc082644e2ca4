#include "ui/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Gui {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent)
{
}
LanguageManager::~LanguageManager() = default;

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("sv")};
}

bool LanguageManager::setLanguage(const QString &requested)
{
    QString language = requested;
    if (language.isEmpty())
        language =
            QLocale::system().language() == QLocale::Swedish ? QStringLiteral("sv") : QStringLiteral("en");
    if (!availableLanguages().contains(language))
        return false;
    if (language == m_language)
        return true;

    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtExtraTranslator)
        QCoreApplication::removeTranslator(m_qtExtraTranslator.get());
    m_qtTranslator = std::make_unique<QTranslator>();
    m_qtExtraTranslator = std::make_unique<QTranslator>();
    m_appTranslator = std::make_unique<QTranslator>();

    // Swedish as spoken in Sweden; English with ISO dates (the convention of our users' exports).
    const QLocale locale = language == QLatin1String("sv")
                               ? QLocale(QLocale::Swedish, QLocale::Sweden)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    // Debian ships Qt's Swedish as qt_sv.qm (no qtbase_sv.qm): try the module file, then the bundle.
    const QString qtPath = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (m_qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtPath) ||
        m_qtTranslator->load(locale, QStringLiteral("qt"), QStringLiteral("_"), qtPath))
        QCoreApplication::installTranslator(m_qtTranslator.get());
    // Qt 6's own texts that Debian's Qt 4-era qt_sv.qm does not have (standard buttons, undo/redo,
    // the file dialog, the command-line parser): our catalogue of them, searched before Qt's.
    if (m_qtExtraTranslator->load(locale, QStringLiteral("qt6extra"), QStringLiteral("_"),
                                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(m_qtExtraTranslator.get());
    if (m_appTranslator->load(locale, QStringLiteral("deliverydesk"), QStringLiteral("_"),
                              QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(m_appTranslator.get());
    m_language = language;
    emit languageChanged(language);
    return true;
}

} // namespace Gui
