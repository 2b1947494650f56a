#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace poolscope::app {

namespace {

const QString kSettingsKey = QStringLiteral("language");

// Installed translators live as long as the application; a second call replaces them.
std::unique_ptr<QTranslator>& ownTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator>& qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void removeTranslator(std::unique_ptr<QTranslator>& translator)
{
    if (translator)
        QCoreApplication::removeTranslator(translator.get());
    translator.reset();
}

void installTranslator(std::unique_ptr<QTranslator>& slot, const QLocale& locale, const QString& name,
                       const QString& folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(locale, name, QStringLiteral("_"), folder) && QCoreApplication::installTranslator(translator.get()))
        slot = std::move(translator);
}

} // namespace

QList<LanguageChoice> languageChoices()
{
    return {
        {QString(), QCoreApplication::translate("poolscope::app::Language", "System")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
}

QString savedLanguage()
{
    return QSettings().value(kSettingsKey).toString();
}

void saveLanguage(const QString& code)
{
    QSettings().setValue(kSettingsKey, code);
}

QLocale applyLanguage(const QString& code)
{
    removeTranslator(ownTranslator());
    removeTranslator(qtTranslator());
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    // English is the source language: nothing to load. QTranslator::load walks the locale's
    // UI languages, so zh_CN, zh_Hans_CN and a bare zh all find poolscope_zh_CN.qm.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return locale;
    installTranslator(ownTranslator(), locale, QStringLiteral("poolscope"), QStringLiteral(":/i18n"));
    installTranslator(qtTranslator(), locale, QStringLiteral("qtbase"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return locale;
}

} // namespace poolscope::app
