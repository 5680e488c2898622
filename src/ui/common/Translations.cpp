#include "needlechart/ui/common/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace needlechart {

namespace {

const QString SourceLanguage = QStringLiteral("en");
const QString FilePrefix = QStringLiteral("needlechart_");

// Where NeedleChart's .qm files are looked for, in order.
QStringList translationFolders()
{
    return {QDir(QCoreApplication::applicationDirPath())
                .absoluteFilePath(QStringLiteral("../share/needlechart/translations")),
            QStringLiteral(":/i18n")};
}

QString findTranslation(const QString& code)
{
    for (const QString& folder : translationFolders()) {
        const QString path = QDir(folder).filePath(FilePrefix + code + QStringLiteral(".qm"));
        if (QFile::exists(path))
            return path;
    }
    return {};
}

// The translators this program installed, removed again when another language is applied.
std::vector<std::unique_ptr<QTranslator>>& installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

} // namespace

QList<Translations::Language> Translations::available()
{
    QList<Language> languages{{SourceLanguage, QStringLiteral("English")}};
    QStringList codes;
    for (const QString& folder : translationFolders()) {
        const QStringList files =
            QDir(folder).entryList({FilePrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
        for (const QString& file : files) {
            const QString code = file.mid(FilePrefix.size()).chopped(3);
            if (!code.isEmpty() && !codes.contains(code) && code != SourceLanguage)
                codes.append(code);
        }
    }
    for (const QString& code : codes) {
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        languages.append({code, name.isEmpty() ? code : name});
    }
    return languages;
}

QString Translations::resolve(const QString& wanted)
{
    const QString code =
        wanted.isEmpty() ? QLocale::languageToCode(QLocale::system().language()) : wanted;
    for (const Language& language : available()) {
        if (language.code == code)
            return code;
    }
    return SourceLanguage;
}

QLocale Translations::localeFor(const QString& code)
{
    const QLocale system = QLocale::system();
    if (QLocale::languageToCode(system.language()) == code)
        return system;
    if (code == SourceLanguage)
        // English words on a desktop set to a language NeedleChart does not speak: British
        // English dates and numbers, as the words are.
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(code);
}

QString Translations::apply(const QString& wanted)
{
    const QString code = resolve(wanted);
    for (const auto& translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();

    QLocale::setDefault(localeFor(code));
    if (code == SourceLanguage)
        return code;

    auto own = std::make_unique<QTranslator>();
    if (own->load(findTranslation(code)) && QCoreApplication::installTranslator(own.get()))
        installed().push_back(std::move(own));
    else
        // Before the log exists (this runs first thing): said on stderr.
        qWarning("needlechart: the %s translation could not be loaded", qPrintable(code));
    // Qt's own words (Yes, No, Cancel, the print dialog), if the desktop has them installed.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + code,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        && QCoreApplication::installTranslator(qt.get()))
        installed().push_back(std::move(qt));
    return code;
}

} // namespace needlechart
