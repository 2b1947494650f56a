#pragma once
#include <QList>
#include <QLocale>
#include <QString>

// Which language the window speaks. The choice is made once, before the window is built:
// its strings are translated as the widgets are created, so a change applies on restart.
namespace poolscope::app {

struct LanguageChoice {
    QString code;       // "" (the system's), "en", "zh_CN": the value stored in the settings
    QString nativeName; // each language named in itself; the system entry in the current language
};

// The entries of Settings > Language, in menu order.
QList<LanguageChoice> languageChoices();

// The stored choice ("language" in the settings), "" when the system locale decides.
QString savedLanguage();
void saveLanguage(const QString& code);

// Installs PoolScope's translation (embedded at build time) and Qt's own (standard dialogs,
// when the system has it) for `code`, "" meaning the system locale, replacing what an
// earlier call installed, and makes that locale the default so numbers and dates that
// views format with QLocale() follow it. Returns the locale chosen.
QLocale applyLanguage(const QString& code);

} // namespace poolscope::app
