// The main window and the session window in German: nothing a person reads may be left in
// English. A recording translator keeps every text the German translation gave; whatever words
// of a shown text are not part of one (and are not the test clinic's own data: names) were
// never translated, either because tr() was missing or because the translation has no entry.
#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/ui/bodymap/BodyMapView.h"
#include "needlechart/ui/bodymap/BodyMapWidget.h"
#include "needlechart/ui/common/DateText.h"
#include "needlechart/ui/common/Translations.h"
#include "needlechart/ui/mainwindow/MainWindow.h"
#include "needlechart/ui/session/SessionView.h"
#include "needlechart/ui/session/SessionWindow.h"
#include "needlechart/ui/settings/AppSettings.h"

#include "LocaleScope.h"
#include "Mnemonics.h"
#include "RecordingMessagePresenter.h"
#include "ShownSessionWindow.h"
#include "SigningClinician.h"
#include "TestClinic.h"
#include "UntranslatedText.h"

#include <QLocale>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

// German for the fixture's lifetime: translator installed and QLocale's default German, before
// any service (the muscle catalogue) or window is made; both undone afterwards.
class GermanForTheTest {
public:
    GermanForTheTest()
    {
        EXPECT_TRUE(translator.loadGerman());
        QCoreApplication::installTranslator(&translator);
    }
    ~GermanForTheTest() { QCoreApplication::removeTranslator(&translator); }
    GermanForTheTest(const GermanForTheTest&) = delete;
    GermanForTheTest& operator=(const GermanForTheTest&) = delete;

    test::RecordingTranslator translator;

private:
    test::LocaleScope m_locale{QLocale(QLocale::German, QLocale::Germany)};
};

class GermanWindowsTest : public ::testing::Test {
protected:
    GermanForTheTest german; // first: everything below is made in German
    test::TestClinic clinic;
    QTemporaryDir settingsDir;
    AppSettings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    test::RecordingMessagePresenter messages;
    Patient patient =
        clinic.addPatient(QStringLiteral("Lindqvist"), QStringLiteral("Maja"), QDate(1988, 4, 2));

    // Words that are not the program's to translate: the test clinic's data (people's names,
    // the clinic file's name), the names of days and months (QLocale's, in German), the names
    // of keys (Qt's own translation's) and each language's name in itself (View > Language).
    QStringList dataWords() const
    {
        QStringList words{QStringLiteral("Lindqvist"),  QStringLiteral("Maja"),
                          QStringLiteral("Alex"),       QStringLiteral("Morgan"),
                          QStringLiteral("Sam"),        QStringLiteral("Reid"),
                          QStringLiteral("NeedleChart")};
        words << QStringLiteral("needlechart") << QStringLiteral("test") << QStringLiteral("db");
        const QLocale locale;
        for (int day = 1; day <= 7; ++day)
            words << locale.dayName(day) << locale.dayName(day, QLocale::ShortFormat);
        for (int month = 1; month <= 12; ++month)
            words << locale.monthName(month) << locale.monthName(month, QLocale::ShortFormat);
        words << QStringLiteral("Ctrl") << QStringLiteral("Shift") << QStringLiteral("Alt");
        for (const Translations::Language& language : Translations::available())
            words << language.nativeName;
        return words;
    }

    // "where: word, word (in: the shown text)" for every untranslated word shown in `window`.
    QStringList untranslated(QWidget* window, const QString& where) const
    {
        QStringList found;
        const QStringList data = dataWords();
        for (const QString& text : test::shownTexts(window)) {
            QStringList words = german.translator.untranslatedWords(text);
            words.removeIf([&](const QString& w) { return data.contains(w); });
            if (!words.isEmpty())
                found << QStringLiteral("%1: %2 (in: %3)")
                             .arg(where, words.join(QStringLiteral(", ")), text.left(120));
        }
        found.removeDuplicates();
        return found;
    }

    static User frontDesk()
    {
        return User{QStringLiteral("desk"), QStringLiteral("Sam Reid"), StaffRole::FrontDesk};
    }
};

TEST_F(GermanWindowsTest,
       the_german_main_window_shows_no_untranslated_text_and_no_clashing_mnemonic_on_any_tab)
{
    clinic.clearForNeedling(patient.id);
    QStringList problems;
    for (const User& user : {test::TestClinic::defaultClinician(), frontDesk()}) {
        UiContext context = clinic.context(settings, messages, user);
        MainWindow window(context);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        for (int tab = 0; tab < window.tabs()->count(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            const QString where = QStringLiteral("%1, tab %2").arg(user.login).arg(tab);
            problems << untranslated(&window, where);
            for (const QString& clash : test::mnemonicProblems(&window))
                problems << where + QStringLiteral(": ") + clash;
        }
    }
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(german.translator.missed().isEmpty())
        << "no German for:\n"
        << german.translator.missed().join(QLatin1Char('\n')).toStdString();
}

TEST_F(GermanWindowsTest,
       the_german_session_window_shows_no_untranslated_text_and_no_clashing_mnemonic)
{
    clinic.clearForNeedling(patient.id);
    messages.passwordAnswer = test::SigningPassword;
    UiContext context = clinic.context(
        settings, messages, test::signingClinician(clinic.services(), StaffRole::Clinician));
    QPointer<SessionWindow> window =
        test::shownSessionWindow(SessionWindow::openNew(context, patient.id));
    ASSERT_TRUE(window);
    // Two points, so the point table and its muscle names (the German catalogue's) are shown.
    BodyMapWidget& back = window->view()->bodyMap()->map(BodyView::Posterior);
    for (const char* muscle : {"upper_trapezius", "gluteus_medius"}) {
        const auto at = back.geometry().interiorPoint(QString::fromLatin1(muscle), BodySide::Left);
        ASSERT_TRUE(at) << muscle;
        QTest::mouseClick(&back, Qt::LeftButton, {}, back.toWidget(*at).toPoint());
    }
    QCoreApplication::processEvents();
    QStringList problems = untranslated(window, QStringLiteral("session window"));
    problems << test::mnemonicProblems(window);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(german.translator.missed().isEmpty())
        << "no German for:\n"
        << german.translator.missed().join(QLatin1Char('\n')).toStdString();
    const Muscle* trapezius = MuscleCatalogue::builtIn().find(QStringLiteral("upper_trapezius"));
    ASSERT_TRUE(trapezius);
    EXPECT_EQ(trapezius->name, QStringLiteral("Trapezius (oberer Anteil)"));
    window->close();
}

TEST_F(GermanWindowsTest, dates_in_german_follow_german_conventions_throughout)
{
    EXPECT_EQ(DateText::format(QDate(2026, 12, 1)), QStringLiteral("01.12.2026"));
    EXPECT_EQ(DateText::weekdayDayMonth(QDate(2026, 12, 1)),
              QStringLiteral("Dienstag, 1. Dezember"));
    EXPECT_EQ(DateText::parse(QStringLiteral("01.12.2026")), QDate(2026, 12, 1));
}

} // namespace
} // namespace needlechart
