#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace needlechart {

// The language NeedleChart speaks: its own translation (needlechart_<code>.qm), Qt's for the
// standard buttons and dialogs (qtbase_<code>.qm), and QLocale's default, so that the names of
// days and months and the order of a date follow the same language as the words around them.
//
// Translations are looked for first in the installed folder beside the program
// (<prefix>/share/needlechart/translations, where a clinic can drop a newer or another language)
// and then in the copy compiled into the program (:/i18n). English is the source language and
// needs no file. A language is chosen once, before the first window: switching takes effect at
// the next start.
class Translations {
public:
    struct Language {
        QString code;       // "en", "de"
        QString nativeName; // "English", "Deutsch"
    };

    // English and every language with a NeedleChart translation, English first.
    [[nodiscard]] static QList<Language> available();

    // The language `wanted` ("de"; empty: the desktop's) if it is available, else English.
    [[nodiscard]] static QString resolve(const QString& wanted);

    // Installs the translators of resolve(wanted) on the application (replacing any installed
    // before) and sets QLocale's default to match. Returns the code of the language in use.
    static QString apply(const QString& wanted);

    // The locale dates and numbers follow while `code` is in use: the desktop's own locale when
    // it speaks that language (de_AT keeps Austria's conventions), else the language's.
    [[nodiscard]] static QLocale localeFor(const QString& code);
};

} // namespace needlechart
