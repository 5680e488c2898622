#include "needlechart/ui/help/ManualWindow.h"

#include "LocaleScope.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTextBrowser>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

QString pageText(const QString& page)
{
    QFile file(ManualWindow::folder() + QLatin1Char('/') + page);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << page.toStdString();
    return QString::fromUtf8(file.readAll());
}

// Every language the manual is written in (the folders compiled in under :/manual).
QStringList manualLanguages()
{
    return QDir(QStringLiteral(":/manual")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
}

// A text as a menu or button shows it, without its mnemonic marker, dots or colon:
// "&Clinic settings…" -> "Clinic settings".
QString asShown(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    text.remove(QChar(0x2026));
    text.remove(QStringLiteral("..."));
    text = text.trimmed();
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.trimmed();
}

// What the program says in a language: the English source texts of the translation file, or
// its translations (every line, every plural form).
QSet<QString> programTexts(const QString& language)
{
    QFile file(QStringLiteral(NEEDLECHART_SOURCE_DIR "/resources/translations/needlechart_de.ts"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    const QString wanted =
        language == QStringLiteral("en") ? QStringLiteral("source") : QStringLiteral("translation");
    QSet<QString> texts;
    QXmlStreamReader xml(&file);
    QString element;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement())
            element = xml.name().toString();
        const bool inWanted = element == wanted
                              || (wanted == QStringLiteral("translation")
                                  && element == QStringLiteral("numerusform"));
        if (xml.isCharacters() && inWanted) {
            for (const QString& line : xml.text().toString().split(QLatin1Char('\n')))
                texts.insert(asShown(line));
        }
        if (xml.isEndElement())
            element.clear();
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return texts;
}

TEST(ManualWindowTest, the_manual_has_a_page_for_every_task_the_clinic_does_in_every_language)
{
    EXPECT_TRUE(manualLanguages().contains(QStringLiteral("en")));
    EXPECT_TRUE(manualLanguages().contains(QStringLiteral("de")));
    for (const QString& language : manualLanguages()) {
        const test::LocaleScope locale{QLocale(language)};
        ASSERT_EQ(ManualWindow::folder(), QStringLiteral(":/manual/") + language);
        const QStringList pages = ManualWindow::pages();
        for (const char* page :
             {"index.md", "find-and-register.md", "booking.md", "charting.md",
              "signing-and-amending.md", "leaflet-and-consent.md", "printing.md", "backups.md"})
            EXPECT_TRUE(pages.contains(QString::fromLatin1(page)))
                << language.toStdString() << ": " << page;
    }
}

TEST(ManualWindowTest, a_language_without_a_manual_is_shown_the_english_one)
{
    const test::LocaleScope locale{QLocale(QLocale::Icelandic)};
    EXPECT_EQ(ManualWindow::folder(), QStringLiteral(":/manual/en"));
}

TEST(ManualWindowTest, every_link_leads_to_a_page_and_every_picture_is_compiled_in)
{
    static const QRegularExpression link(QStringLiteral(R"(\]\(([^)#]+\.md)\))"));
    static const QRegularExpression picture(QStringLiteral(R"(!\[[^\]]*\]\(([^)]+)\))"));
    for (const QString& language : manualLanguages()) {
        const test::LocaleScope locale{QLocale(language)};
        const QStringList pages = ManualWindow::pages();
        for (const QString& page : pages) {
            const QString text = pageText(page);
            for (auto it = link.globalMatch(text); it.hasNext();) {
                const QString target = it.next().captured(1);
                EXPECT_TRUE(pages.contains(target))
                    << page.toStdString() << " -> " << target.toStdString();
            }
            int pictures = 0;
            for (auto it = picture.globalMatch(text); it.hasNext(); ++pictures) {
                const QString target = it.next().captured(1);
                EXPECT_TRUE(QFile::exists(ManualWindow::folder() + QLatin1Char('/') + target))
                    << page.toStdString() << " shows " << target.toStdString();
            }
            if (page != QStringLiteral("index.md")) {
                EXPECT_TRUE(text.contains(QStringLiteral("](index.md)"))) << page.toStdString();
            }
            EXPECT_GT(pictures, 0) << page.toStdString() << " has no screenshot";
        }
    }
}

// "**File ▸ Clinic settings**": every step of a menu path the manual names is a text the
// program shows in that language, so a renamed menu fails here until the manual follows.
TEST(ManualWindowTest, every_menu_path_the_manual_names_is_what_the_program_shows)
{
    static const QRegularExpression bold(QStringLiteral(R"(\*\*([^*]+)\*\*)"));
    static const QRegularExpression step(QStringLiteral("\\s*(?:\u25B8|>)\\s*"));
    for (const QString& language : manualLanguages()) {
        const QSet<QString> shown = programTexts(language);
        ASSERT_GT(shown.size(), 1000) << language.toStdString();
        const test::LocaleScope locale{QLocale(language)};
        int paths = 0;
        for (const QString& page : ManualWindow::pages()) {
            const QString text = pageText(page);
            for (auto it = bold.globalMatch(text); it.hasNext();) {
                const QString named = it.next().captured(1);
                const QStringList steps = named.split(step);
                if (steps.size() < 2)
                    continue;
                ++paths;
                for (const QString& s : steps)
                    EXPECT_TRUE(shown.contains(asShown(s)))
                        << language.toStdString() << "/" << page.toStdString() << ": \""
                        << s.toStdString() << "\" in \"" << named.toStdString() << "\"";
            }
        }
        EXPECT_GT(paths, 20) << language.toStdString();
    }
}

TEST(ManualWindowTest, following_a_link_shows_that_page_and_back_returns_to_the_contents)
{
    ManualWindow* window = ManualWindow::showPage(nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
    QTextBrowser* browser = window->browser();
    const QString contents = browser->toPlainText();
    EXPECT_FALSE(contents.isEmpty());
    browser->setSource(QUrl(QStringLiteral("booking.md")), QTextDocument::MarkdownResource);
    EXPECT_TRUE(browser->source().toString().endsWith(QStringLiteral("booking.md")));
    EXPECT_NE(browser->toPlainText(), contents);
    EXPECT_TRUE(browser->isBackwardAvailable());
    browser->backward();
    EXPECT_EQ(browser->toPlainText(), contents);
    EXPECT_EQ(ManualWindow::showPage(nullptr, QStringLiteral("charting")), window)
        << "one manual window";
    EXPECT_TRUE(browser->source().toString().endsWith(QStringLiteral("charting.md")));
    // NEEDLECHART_SCREENSHOT_DIR=DIR keeps a picture of the page, to look at.
    if (const QString dir = qEnvironmentVariable("NEEDLECHART_SCREENSHOT_DIR"); !dir.isEmpty()) {
        window->resize(1000, 760);
        window->grab().save(dir + QStringLiteral("/manual-charting.png"));
    }
    window->close();
}

} // namespace
} // namespace needlechart
