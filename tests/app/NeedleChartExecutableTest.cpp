// Runs the built needlechart executable as a person or a script would, on the offscreen
// platform, with every XDG folder pointed into a temporary directory so nothing touches the
// real user's files.
#include "needlechart/domain/patients/PatientQuery.h"
#include "needlechart/storage/appointments/AppointmentRepository.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/patients/PatientRepository.h"
#include "needlechart/storage/session/SessionRepository.h"

#include "PdfTools.h"
#include "QtPrinters.h"
#include "TempDatabase.h"
#include "TestServer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

constexpr int TimeoutMs = 60000;

struct ProcessRun {
    int exitCode = -1;
    QString standardOutput;
    QString standardError;
};

class NeedleChartExecutableTest : public ::testing::Test {
protected:
    // Runs needlechart headless (offscreen) with a home of its own; `withoutDisplay` leaves
    // it no platform and no display at all, as over ssh or in a package's check.
    ProcessRun run(const QStringList& arguments, bool withoutDisplay = false)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        if (withoutDisplay) {
            for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
                environment.remove(QString::fromLatin1(name));
        }
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_STATE_HOME"),
                           m_home.filePath(QStringLiteral("state")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"),
                           m_home.filePath(QStringLiteral("cache")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(NEEDLECHART_EXECUTABLE), arguments);
        ProcessRun result;
        if (!process.waitForFinished(TimeoutMs)) {
            process.kill();
            process.waitForFinished();
            ADD_FAILURE() << "needlechart did not finish within " << TimeoutMs << " ms";
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.standardOutput = QString::fromUtf8(process.readAllStandardOutput());
        result.standardError = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    [[nodiscard]] QString inHome(const QString& name) const { return m_home.filePath(name); }

    // `--login alex --password-file FILE` with the demo clinic's password in FILE.
    [[nodiscard]] QStringList signInAs(const char* login)
    {
        const QString file = inHome(QStringLiteral("password.txt"));
        QFile out(file);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("needlechart-demo\n");
        return {QStringLiteral("--login"), QString::fromLatin1(login),
                QStringLiteral("--password-file"), file};
    }

    // A clinic file in the home with the demo clinic's 200 patients; empty if it failed.
    [[nodiscard]] QString newDemoClinic()
    {
        const QString path = inHome(QStringLiteral("clinic.db"));
        const ProcessRun made =
            run(QStringList{QStringLiteral("--database"), path, QStringLiteral("--demo"),
                            QStringLiteral("--quit-after-show")}
                + signInAs("alex"));
        EXPECT_EQ(made.exitCode, 0) << made.standardError.toStdString();
        return made.exitCode == 0 ? path : QString();
    }

    // A file whose first line is a backup passphrase, for --passphrase-file.
    [[nodiscard]] QString writePassphraseFile()
    {
        const QString file = inHome(QStringLiteral("passphrase.txt"));
        QFile out(file);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("a long clinic passphrase\n");
        return file;
    }

    // Every *.db file under the temporary home.
    [[nodiscard]] QStringList databasesInHome() const
    {
        QStringList found;
        QDirIterator files(m_home.path(), {QStringLiteral("*.db")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext())
            found.append(files.next());
        return found;
    }

    static int patientCount(const QString& databasePath)
    {
        auto database = Database::open(databasePath);
        if (!database.ok()) {
            ADD_FAILURE() << database.error().message.toStdString();
            return -1;
        }
        PatientRepository repository(*database.value());
        const Result<int> count = repository.count(PatientQuery{});
        return count.ok() ? count.value() : -1;
    }

private:
    QTemporaryDir m_home;
};

TEST_F(NeedleChartExecutableTest, version_option_prints_the_project_version)
{
    const ProcessRun result = run({QStringLiteral("--version")});

    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.standardOutput.contains(QStringLiteral(NEEDLECHART_VERSION)))
        << result.standardOutput.toStdString();
}

TEST_F(NeedleChartExecutableTest, version_and_help_need_no_display)
{
    for (const char* option : {"--version", "--help"}) {
        const ProcessRun result = run({QString::fromLatin1(option)}, true);
        EXPECT_EQ(result.exitCode, 0) << option << ": " << result.standardError.toStdString();
        EXPECT_FALSE(result.standardOutput.isEmpty()) << option;
    }
}

TEST_F(NeedleChartExecutableTest, the_language_option_gives_the_help_in_german)
{
    const ProcessRun result =
        run({QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--help")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.standardOutput.contains(QStringLiteral("DATEI")))
        << result.standardOutput.toStdString();
}

TEST_F(NeedleChartExecutableTest, help_option_lists_the_options)
{
    const ProcessRun result = run({QStringLiteral("--help")});

    EXPECT_EQ(result.exitCode, 0);
    for (const char* option : {"--database", "--demo", "--quit-after-show", "--screenshot",
                               "--login", "--password-file"})
        EXPECT_TRUE(result.standardOutput.contains(QLatin1String(option))) << option;
}

TEST_F(NeedleChartExecutableTest,
       a_file_that_is_not_a_database_is_refused_with_exit_code_2_and_left_unchanged)
{
    const QString path = inHome(QStringLiteral("letter.db"));
    QByteArray content = QByteArrayLiteral("Dear Dr Jones,\nThank you for referring Mrs A.\n");
    content.append(5000, 'x');
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    const ProcessRun result =
        run({QStringLiteral("--database"), path, QStringLiteral("--quit-after-show")});

    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(
        result.standardError.contains(QStringLiteral("needlechart: cannot open %1: ").arg(path)))
        << result.standardError.toStdString();
    EXPECT_EQ(test::readFileBytes(path), content);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-journal")));
}

TEST_F(NeedleChartExecutableTest, demo_option_fills_a_new_database_with_200_patients)
{
    const QString path = inHome(QStringLiteral("new.db"));

    const ProcessRun result = run({QStringLiteral("--database"), path, QStringLiteral("--demo"),
                                   QStringLiteral("--quit-after-show")});

    ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    EXPECT_EQ(patientCount(path), 200);
    // With charted sessions for the first patients, signed and a few drafts.
    auto database = Database::open(path);
    ASSERT_TRUE(database.ok());
    SessionRepository sessions(*database.value());
    auto history = sessions.history(2);
    ASSERT_TRUE(history.ok());
    ASSERT_FALSE(history->empty());
    EXPECT_EQ(history->front().status, SessionStatus::Signed);
    EXPECT_GE(history->front().pointCount, 3);
    auto note = sessions.get(history->front().id);
    ASSERT_TRUE(note.ok());
    for (const TriggerPoint& point : note->points.points()) {
        EXPECT_GE(point.position.x(), 0.0);
        EXPECT_LE(point.position.x(), 1.0);
    }
    // And an appointment book for this week.
    AppointmentRepository appointments(*database.value());
    auto clinicians = appointments.clinicians();
    ASSERT_TRUE(clinicians.ok());
    EXPECT_EQ(clinicians->size(), 3u);
    const QDate today = QDate::currentDate();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    auto week =
        appointments.between(QDateTime(monday, QTime(0, 0), Qt::LocalTime).toUTC(),
                             QDateTime(monday.addDays(7), QTime(0, 0), Qt::LocalTime).toUTC());
    ASSERT_TRUE(week.ok());
    EXPECT_GT(week->size(), 80u);
    auto withDraft = sessions.history(5);
    ASSERT_TRUE(withDraft.ok());
    ASSERT_FALSE(withDraft->empty());
    EXPECT_EQ(withDraft->front().status, SessionStatus::Draft);
}

TEST_F(NeedleChartExecutableTest, demo_option_never_adds_to_a_database_that_has_patients)
{
    const QString path = inHome(QStringLiteral("clinic.db"));
    ASSERT_EQ(run({QStringLiteral("--database"), path, QStringLiteral("--demo"),
                   QStringLiteral("--quit-after-show")})
                  .exitCode,
              0);

    const ProcessRun again = run({QStringLiteral("--database"), path, QStringLiteral("--demo"),
                                  QStringLiteral("--quit-after-show")});

    ASSERT_EQ(again.exitCode, 0) << again.standardError.toStdString();
    EXPECT_EQ(patientCount(path), 200);
}

TEST_F(NeedleChartExecutableTest, a_named_new_database_without_demo_starts_empty)
{
    const QString path = inHome(QStringLiteral("empty.db"));

    const ProcessRun result =
        run({QStringLiteral("--database"), path, QStringLiteral("--quit-after-show")});

    ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    EXPECT_EQ(patientCount(path), 0);
}

TEST_F(NeedleChartExecutableTest, first_start_creates_the_default_database_with_the_demo_clinic)
{
    const ProcessRun result = run({QStringLiteral("--quit-after-show")});

    ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    const QStringList databases = databasesInHome();
    ASSERT_EQ(databases.size(), 1) << databases.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(databases.first().startsWith(inHome(QStringLiteral("data"))));
    EXPECT_EQ(patientCount(databases.first()), 200);
}

TEST_F(NeedleChartExecutableTest, quit_after_show_quits_once_the_window_has_painted)
{
    const ProcessRun result =
        run(QStringList{QStringLiteral("--database"), inHome(QStringLiteral("paint.db")),
                        QStringLiteral("--demo"), QStringLiteral("--quit-after-show")}
            + signInAs("jo"));

    ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    // Start-up is timed up to the first paint (docs/performance.md), and the log says when.
    const QString log = QString::fromUtf8(
        test::readFileBytes(inHome(QStringLiteral("state/NeedleChart/logs/needlechart.log"))));
    const qsizetype painted = log.indexOf(QStringLiteral("main window painted"));
    ASSERT_GE(painted, 0) << log.toStdString();
    EXPECT_GT(log.indexOf(QStringLiteral("exiting with status 0")), painted);
}

TEST_F(NeedleChartExecutableTest, without_login_the_app_opens_on_the_sign_in_window)
{
    const QString picture = inHome(QStringLiteral("sign-in.png"));

    const ProcessRun result =
        run({QStringLiteral("--database"), inHome(QStringLiteral("shot.db")),
             QStringLiteral("--demo"), QStringLiteral("--screenshot"), picture});

    ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    const QImage image(picture);
    ASSERT_FALSE(image.isNull());
    // The sign-in window, a small dialog, not the main window.
    EXPECT_LT(image.width(), 700);
    EXPECT_LT(image.height(), 500);
    const QString log = QString::fromUtf8(
        test::readFileBytes(inHome(QStringLiteral("state/NeedleChart/logs/needlechart.log"))));
    EXPECT_TRUE(log.contains(QStringLiteral("nobody signed in"))) << log.toStdString();
}

TEST_F(NeedleChartExecutableTest, the_demo_clinic_has_four_accounts_and_its_password_is_not_stored)
{
    const QString path = inHome(QStringLiteral("accounts.db"));
    ASSERT_EQ(run({QStringLiteral("--database"), path, QStringLiteral("--demo"),
                   QStringLiteral("--quit-after-show")})
                  .exitCode,
              0);
    for (const char* login : {"admin", "alex", "jo", "desk"}) {
        QStringList arguments = {QStringLiteral("--database"), path,
                                 QStringLiteral("--quit-after-show")};
        arguments += signInAs(login);
        const ProcessRun signedIn = run(arguments);
        EXPECT_EQ(signedIn.exitCode, 0) << login << ": " << signedIn.standardError.toStdString();
    }
    QStringList wrong = {QStringLiteral("--database"),
                         path,
                         QStringLiteral("--quit-after-show"),
                         QStringLiteral("--login"),
                         QStringLiteral("alex"),
                         QStringLiteral("--password-file"),
                         inHome(QStringLiteral("wrong.txt"))};
    QFile wrongFile(inHome(QStringLiteral("wrong.txt")));
    ASSERT_TRUE(wrongFile.open(QIODevice::WriteOnly));
    wrongFile.write("not-the-password\n");
    wrongFile.close();
    const ProcessRun refused = run(wrong);
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_TRUE(refused.standardError.contains(QStringLiteral("not right")))
        << refused.standardError.toStdString();

    // Neither the database (with its write-ahead log) nor the log holds the password.
    QByteArray stored = test::readFileBytes(path);
    if (QFile::exists(path + QStringLiteral("-wal")))
        stored += test::readFileBytes(path + QStringLiteral("-wal"));
    EXPECT_FALSE(stored.contains("needlechart-demo"));
    EXPECT_TRUE(stored.contains("$argon2id$"));
    const QByteArray log =
        test::readFileBytes(inHome(QStringLiteral("state/NeedleChart/logs/needlechart.log")));
    EXPECT_FALSE(log.isEmpty());
    EXPECT_FALSE(log.contains("needlechart-demo"));
    EXPECT_FALSE(log.contains("not-the-password"));
}

TEST_F(NeedleChartExecutableTest, verify_audit_passes_an_untouched_trail_and_names_an_edited_row)
{
    const QString path = inHome(QStringLiteral("audited.db"));
    for (const char* login : {"alex", "desk", "jo"}) {
        const ProcessRun signedIn =
            run(QStringList{QStringLiteral("--database"), path, QStringLiteral("--demo"),
                            QStringLiteral("--quit-after-show")}
                + signInAs(login));
        ASSERT_EQ(signedIn.exitCode, 0) << signedIn.standardError.toStdString();
    }
    const QStringList verify = {QStringLiteral("admin"), QStringLiteral("verify-audit"),
                                QStringLiteral("--database"), path};
    const ProcessRun intact = run(verify);
    EXPECT_EQ(intact.exitCode, 0) << intact.standardError.toStdString();
    // Each of the three: signed in, read the patient list (one coarse row), signed out.
    EXPECT_TRUE(intact.standardOutput.contains(QStringLiteral("intact: 9 rows")))
        << intact.standardOutput.toStdString();

    {
        auto database = Database::open(path);
        ASSERT_TRUE(database.ok());
        QSqlQuery q((*database)->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER audit_event_no_update")));
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE audit_event SET login = 'admin' WHERE id = 2")));
    }
    const ProcessRun tampered = run(verify);
    EXPECT_EQ(tampered.exitCode, 1);
    EXPECT_TRUE(tampered.standardOutput.contains(QStringLiteral("first bad row: 2")))
        << tampered.standardOutput.toStdString();
}

TEST_F(NeedleChartExecutableTest, screenshot_option_writes_a_png_of_the_main_window)
{
    const QString picture = inHome(QStringLiteral("out.png"));

    const ProcessRun result =
        run(QStringList{QStringLiteral("--database"), inHome(QStringLiteral("shot.db")),
                        QStringLiteral("--demo"), QStringLiteral("--screenshot"), picture}
            + signInAs("alex"));

    ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    ASSERT_GT(QFileInfo(picture).size(), 0);
    const QImage image(picture);
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 400);
    EXPECT_GT(image.height(), 300);
    EXPECT_EQ(test::readFileBytes(picture).left(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
}

} // namespace
TEST_F(NeedleChartExecutableTest,
       leaflet_command_writes_a_pdf_holding_every_fact_and_the_clinic_and_patient)
{
    const QString database = inHome(QStringLiteral("clinic.db"));
    const QString pdf = inHome(QStringLiteral("leaflet.pdf"));
    const QStringList command = {QStringLiteral("leaflet"),
                                 QStringLiteral("--database"),
                                 database,
                                 QStringLiteral("--demo"),
                                 QStringLiteral("--patient"),
                                 QStringLiteral("3"),
                                 QStringLiteral("--pdf"),
                                 pdf};
    // Personalised, it holds a patient's name: it needs an account.
    const ProcessRun anonymous = run(command);
    EXPECT_EQ(anonymous.exitCode, 3);
    EXPECT_TRUE(anonymous.standardError.contains(QStringLiteral("--login")));
    EXPECT_FALSE(QFile::exists(pdf));
    const ProcessRun result = run(command + signInAs("desk"));
    ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    ASSERT_TRUE(QFile::exists(pdf));

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(30000)) << "pdftotext (poppler-utils) is needed";
    ASSERT_EQ(pdftotext.exitCode(), 0);
    // Ligatures (fi, fl) become plain letters; line breaks and runs of spaces one space.
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput())
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();

    auto database3 = Database::open(database);
    ASSERT_TRUE(database3.ok());
    auto patient = PatientRepository(*database3.value()).get(3);
    ASSERT_TRUE(patient.ok());
    for (const QString& expected : QStringList{
             QStringLiteral("Riverside Physiotherapy (demo)"), QStringLiteral("0113 496 0999"),
             QString(QStringLiteral("Prepared for ") + patient->fullName()),
             // What it is, trigger points, procedure, twitch response, how it works, what to
             // expect.
             QStringLiteral("pain and poor movement that come from muscles"),
             QStringLiteral("headache"), QStringLiteral("myofascial trigger points"),
             QStringLiteral("referred"), QStringLiteral("You receive this leaflet first"),
             QStringLiteral("sterile needle"), QStringLiteral("used once"),
             QStringLiteral("local twitch response"), QStringLiteral("endogenous opioids"),
             QStringLiteral("too deep for fingers or an elbow"),
             QStringLiteral("sore for a day or two"), QStringLiteral("bruise"),
             QStringLiteral("tired"), QStringLiteral("soft tissue work, stretching and exercises"),
             QStringLiteral("looser and less painful"),
             // Versus acupuncture, and what it is used for.
             QStringLiteral("Traditional Chinese Medicine"), QStringLiteral("meridians"),
             QStringLiteral("(Qi or Chi)"), QStringLiteral("trapezius"),
             QStringLiteral("small muscles of the neck"), QStringLiteral("multifidus"),
             QStringLiteral("hamstring"), QStringLiteral("calves"), QStringLiteral("rotator cuff"),
             QStringLiteral("tennis elbow"), QStringLiteral("many more"),
             // Precautions asked, the right to decline or stop, what to do after, the footer.
             QStringLiteral("blood thinners"), QStringLiteral("You can say no"),
             QStringLiteral("stop at any time"), QStringLiteral("pneumothorax"),
             QStringLiteral("shortness of breath"), QStringLiteral("emergency"),
             QStringLiteral("version 1 of"), QStringLiteral("page 1 of 2"),
             QStringLiteral("page 2 of 2")})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("{{"))) << "a placeholder was left in";
}

TEST_F(NeedleChartExecutableTest,
       leaflet_command_without_pdf_or_with_an_unknown_patient_fails_with_a_message)
{
    const QString database = inHome(QStringLiteral("clinic.db"));
    const ProcessRun noPdf =
        run({QStringLiteral("leaflet"), QStringLiteral("--database"), database});
    EXPECT_EQ(noPdf.exitCode, 1);
    EXPECT_TRUE(noPdf.standardError.contains(QStringLiteral("--pdf")))
        << noPdf.standardError.toStdString();
    ASSERT_EQ(run({QStringLiteral("--database"), database, QStringLiteral("--demo"),
                   QStringLiteral("--quit-after-show")})
                  .exitCode,
              0);
    const ProcessRun unknown =
        run(QStringList{QStringLiteral("leaflet"), QStringLiteral("--database"), database,
                        QStringLiteral("--patient"), QStringLiteral("999"), QStringLiteral("--pdf"),
                        inHome(QStringLiteral("x.pdf"))}
            + signInAs("desk"));
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_FALSE(QFile::exists(inHome(QStringLiteral("x.pdf"))));
}

TEST_F(NeedleChartExecutableTest, day_sheet_and_appointment_card_commands_write_pdfs)
{
    const QString database = inHome(QStringLiteral("clinic.db"));
    const QString sheet = inHome(QStringLiteral("day.pdf"));
    const QStringList daySheetCommand = {QStringLiteral("day-sheet"),
                                         QStringLiteral("--database"),
                                         database,
                                         QStringLiteral("--demo"),
                                         QStringLiteral("--date"),
                                         QStringLiteral("2026-11-24"),
                                         QStringLiteral("--pdf"),
                                         sheet};
    const ProcessRun anonymous = run(daySheetCommand);
    EXPECT_EQ(anonymous.exitCode, 3) << "the day sheet lists patients: an account is needed";
    EXPECT_FALSE(QFile::exists(sheet));
    const ProcessRun daySheet = run(daySheetCommand + signInAs("desk"));
    ASSERT_EQ(daySheet.exitCode, 0) << daySheet.standardError.toStdString();
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {sheet, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(30000));
    const QString sheetText = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    EXPECT_TRUE(sheetText.contains(QStringLiteral("Day sheet: Tuesday 24 November 2026")))
        << sheetText.toStdString();

    const QString card = inHome(QStringLiteral("card.pdf"));
    const ProcessRun cardRun =
        run(QStringList{QStringLiteral("appointment-card"), QStringLiteral("--database"), database,
                        QStringLiteral("--appointment"), QStringLiteral("1"),
                        QStringLiteral("--pdf"), card}
            + signInAs("desk"));
    ASSERT_EQ(cardRun.exitCode, 0) << cardRun.standardError.toStdString();
    pdftotext.start(QStringLiteral("pdftotext"), {card, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(30000));
    EXPECT_TRUE(QString::fromUtf8(pdftotext.readAllStandardOutput())
                    .contains(QStringLiteral("Your appointment")));

    const ProcessRun badDate =
        run({QStringLiteral("day-sheet"), QStringLiteral("--database"), database,
             QStringLiteral("--date"), QStringLiteral("24/11/2026"), QStringLiteral("--pdf"),
             inHome(QStringLiteral("x.pdf"))});
    EXPECT_EQ(badDate.exitCode, 1);
    EXPECT_TRUE(badDate.standardError.contains(QStringLiteral("YYYY-MM-DD")));
    const ProcessRun noBooking =
        run(QStringList{QStringLiteral("appointment-card"), QStringLiteral("--database"), database,
                        QStringLiteral("--appointment"), QStringLiteral("99999"),
                        QStringLiteral("--pdf"), inHome(QStringLiteral("x.pdf"))}
            + signInAs("desk"));
    EXPECT_EQ(noBooking.exitCode, 1);
    EXPECT_FALSE(QFile::exists(inHome(QStringLiteral("x.pdf"))));
}

TEST_F(NeedleChartExecutableTest, session_summary_command_writes_a_note_for_a_clinician_only)
{
    const QString database = inHome(QStringLiteral("clinic.db"));
    const QString pdf = inHome(QStringLiteral("note.pdf"));
    // The demo clinic's third note is signed (treated 14 November, by Alex Morgan).
    const QStringList command = {QStringLiteral("session-summary"),
                                 QStringLiteral("--database"),
                                 database,
                                 QStringLiteral("--demo"),
                                 QStringLiteral("--session"),
                                 QStringLiteral("3"),
                                 QStringLiteral("--pdf"),
                                 pdf};
    const ProcessRun anonymous = run(command);
    EXPECT_EQ(anonymous.exitCode, 3) << "a note is clinical: an account is needed";
    EXPECT_FALSE(QFile::exists(pdf));
    const ProcessRun desk = run(command + signInAs("desk"));
    EXPECT_EQ(desk.exitCode, 1) << "the front desk does not read notes";
    EXPECT_FALSE(QFile::exists(pdf));

    const ProcessRun written = run(command + signInAs("alex"));
    ASSERT_EQ(written.exitCode, 0) << written.standardError.toStdString();
    const QString text = test::PdfTools::text(pdf);
    for (const char* expected :
         {"Dry needling treatment note", "Consent and screening", "leaflet version", "Body map",
          "Trigger points needled", "Needles", "After treatment", "Adverse events", "registration"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_EQ(test::PdfTools::rasterImages(pdf), 0) << "the body map is vectors";

    const ProcessRun noSession =
        run({QStringLiteral("session-summary"), QStringLiteral("--database"), database,
             QStringLiteral("--pdf"), inHome(QStringLiteral("x.pdf"))});
    EXPECT_EQ(noSession.exitCode, 1);
    EXPECT_TRUE(noSession.standardError.contains(QStringLiteral("--session ID")));
    const ProcessRun noNote =
        run(QStringList{QStringLiteral("session-summary"), QStringLiteral("--database"), database,
                        QStringLiteral("--session=99999"), QStringLiteral("--pdf"),
                        inHome(QStringLiteral("x.pdf"))}
            + signInAs("alex"));
    EXPECT_EQ(noNote.exitCode, 1);
    EXPECT_FALSE(QFile::exists(inHome(QStringLiteral("x.pdf"))));
}

// --- a clinic server ---------------------------------------------------------------------

TEST_F(NeedleChartExecutableTest,
       admin_init_server_sets_up_a_server_the_app_then_opens_with_its_documents)
{
    if (!test::TestServer::isConfigured())
        GTEST_SKIP() << "no PostgreSQL test server (run through scripts/test.sh)";
    const test::TempDatabase server(Backend::PostgreSql);
    const QString address = server.location();

    const ProcessRun notSetUp =
        run({QStringLiteral("--server"), address, QStringLiteral("--quit-after-show")});
    EXPECT_EQ(notSetUp.exitCode, 2);
    EXPECT_TRUE(notSetUp.standardError.contains(QStringLiteral("admin init-server")))
        << notSetUp.standardError.toStdString();

    const ProcessRun init = run({QStringLiteral("admin"), QStringLiteral("init-server"), address,
                                 QStringLiteral("--demo")});
    ASSERT_EQ(init.exitCode, 0) << init.standardError.toStdString();
    const ProcessRun again = run({QStringLiteral("admin"), QStringLiteral("init-server"), address});
    EXPECT_EQ(again.exitCode, 1) << "a database already set up is refused";
    EXPECT_TRUE(again.standardError.contains(QStringLiteral("already set up")));
    EXPECT_EQ(run({QStringLiteral("admin"), QStringLiteral("migrate"), address}).exitCode, 0);

    const ProcessRun shown =
        run({QStringLiteral("--server"), address, QStringLiteral("--quit-after-show")});
    EXPECT_EQ(shown.exitCode, 0) << shown.standardError.toStdString();
    const QString pdf = inHome(QStringLiteral("day-sheet.pdf"));
    const ProcessRun daySheet =
        run(QStringList{QStringLiteral("day-sheet"), QStringLiteral("--server"), address,
                        QStringLiteral("--pdf"), pdf}
            + signInAs("desk"));
    EXPECT_EQ(daySheet.exitCode, 0) << daySheet.standardError.toStdString();
    EXPECT_GT(QFile(pdf).size(), 1000);

    auto database = Database::openServer(server.serverAddress());
    ASSERT_TRUE(database.ok());
    PatientRepository repository(**database);
    EXPECT_EQ(*repository.count(PatientQuery{}), 200) << "the demo clinic, on the server";
}

TEST_F(NeedleChartExecutableTest, admin_copy_moves_a_file_clinic_onto_an_empty_server_once)
{
    if (!test::TestServer::isConfigured())
        GTEST_SKIP() << "no PostgreSQL test server (run through scripts/test.sh)";
    const QString file = inHome(QStringLiteral("single-seat.db"));
    ASSERT_EQ(run({QStringLiteral("--database"), file, QStringLiteral("--demo"),
                   QStringLiteral("--quit-after-show")})
                  .exitCode,
              0);
    const test::TempDatabase server(Backend::PostgreSql);
    const QString address = server.location();
    const QStringList copy = {QStringLiteral("admin"),  QStringLiteral("copy"),
                              QStringLiteral("--from"), file,
                              QStringLiteral("--to"),   address};

    EXPECT_EQ(run(copy).exitCode, 1) << "not set up yet";
    ASSERT_EQ(run({QStringLiteral("admin"), QStringLiteral("init-server"), address}).exitCode, 0);
    const ProcessRun copied = run(copy);
    ASSERT_EQ(copied.exitCode, 0) << copied.standardError.toStdString();
    auto database = Database::openServer(server.serverAddress());
    ASSERT_TRUE(database.ok());
    PatientRepository repository(**database);
    EXPECT_EQ(*repository.count(PatientQuery{}), 200);
    EXPECT_EQ(patientCount(file), 200) << "the file is only read";

    const ProcessRun twice = run(copy);
    EXPECT_EQ(twice.exitCode, 1);
    EXPECT_TRUE(twice.standardError.contains(QStringLiteral("already holds")));
    EXPECT_EQ(*repository.count(PatientQuery{}), 200);
}

TEST_F(NeedleChartExecutableTest,
       admin_backup_list_verify_and_restore_round_trip_a_clinic_and_refuse_a_changed_backup)
{
    const QString path = newDemoClinic();
    ASSERT_FALSE(path.isEmpty());
    const QString passphraseFile = writePassphraseFile();
    const QString folder = inHome(QStringLiteral("backups"));
    const ProcessRun backup =
        run({QStringLiteral("admin"), QStringLiteral("backup"), QStringLiteral("--database"), path,
             QStringLiteral("--to"), folder, QStringLiteral("--passphrase-file"), passphraseFile});
    ASSERT_EQ(backup.exitCode, 0) << backup.standardError.toStdString();
    EXPECT_TRUE(backup.standardOutput.isEmpty()) << "quiet without --verbose";
    EXPECT_FALSE(backup.standardError.contains(QStringLiteral("Copying the records")))
        << "progress only on a terminal";

    const ProcessRun listed =
        run({QStringLiteral("admin"), QStringLiteral("list-backups"), folder});
    ASSERT_EQ(listed.exitCode, 0) << listed.standardError.toStdString();
    const QStringList lines = listed.standardOutput.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 1) << listed.standardOutput.toStdString();
    EXPECT_TRUE(lines.front().contains(QStringLiteral("200 patients")))
        << lines.front().toStdString();
    EXPECT_TRUE(lines.front().contains(QStringLiteral("encrypted")));
    const QString file = lines.front().section(QLatin1Char('\t'), 0, 0);

    const ProcessRun verified =
        run({QStringLiteral("admin"), QStringLiteral("verify"), QStringLiteral("--backup"), file,
             QStringLiteral("--passphrase-file"), passphraseFile, QStringLiteral("--verbose")});
    EXPECT_EQ(verified.exitCode, 0) << verified.standardError.toStdString();
    EXPECT_TRUE(verified.standardOutput.contains(QStringLiteral("200 patients")));

    const QString restored = inHome(QStringLiteral("restored.db"));
    const ProcessRun restore = run({QStringLiteral("admin"), QStringLiteral("restore"),
                                    QStringLiteral("--from"), file, QStringLiteral("--to"),
                                    restored, QStringLiteral("--passphrase-file"), passphraseFile});
    ASSERT_EQ(restore.exitCode, 0) << restore.standardError.toStdString();
    EXPECT_EQ(patientCount(restored), 200);
    const ProcessRun again = run({QStringLiteral("admin"), QStringLiteral("restore"),
                                  QStringLiteral("--from"), file, QStringLiteral("--to"), restored,
                                  QStringLiteral("--passphrase-file"), passphraseFile});
    EXPECT_EQ(again.exitCode, 2) << "never over a database";
    EXPECT_TRUE(again.standardError.contains(QStringLiteral("never overwrites")));

    {
        QFile changed(file);
        ASSERT_TRUE(changed.open(QIODevice::ReadWrite));
        ASSERT_TRUE(changed.seek(changed.size() / 2));
        char byte = 0;
        ASSERT_TRUE(changed.getChar(&byte));
        ASSERT_TRUE(changed.seek(changed.size() / 2));
        ASSERT_TRUE(changed.putChar(char(byte ^ 1)));
    }
    const ProcessRun damaged =
        run({QStringLiteral("admin"), QStringLiteral("verify"), QStringLiteral("--backup"), file,
             QStringLiteral("--passphrase-file"), passphraseFile});
    EXPECT_EQ(damaged.exitCode, 1);
    EXPECT_TRUE(damaged.standardError.contains(QStringLiteral("changed")))
        << damaged.standardError.toStdString();
}

TEST_F(NeedleChartExecutableTest,
       admin_backup_with_login_backs_up_for_an_admin_audited_as_theirs_and_refuses_a_clinician)
{
    const QString path = newDemoClinic();
    ASSERT_FALSE(path.isEmpty());
    const QString passphraseFile = writePassphraseFile();
    const QString folder = inHome(QStringLiteral("backups"));
    const QStringList backup = {QStringLiteral("admin"),
                                QStringLiteral("backup"),
                                QStringLiteral("--database"),
                                path,
                                QStringLiteral("--to"),
                                folder,
                                QStringLiteral("--passphrase-file"),
                                passphraseFile};

    const ProcessRun clinician = run(backup + signInAs("alex"));
    EXPECT_EQ(clinician.exitCode, 1);
    EXPECT_FALSE(clinician.standardError.isEmpty());
    EXPECT_TRUE(QDir(folder).entryList({QStringLiteral("*.ncbackup")}).isEmpty())
        << "a clinician backs up nothing";

    QStringList wrongPassword = backup + signInAs("admin");
    {
        QFile out(wrongPassword.last());
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("not-the-password\n");
    }
    EXPECT_EQ(run(wrongPassword).exitCode, 1);

    const ProcessRun admin = run(backup + signInAs("admin"));
    ASSERT_EQ(admin.exitCode, 0) << admin.standardError.toStdString();
    EXPECT_EQ(QDir(folder).entryList({QStringLiteral("*.ncbackup")}).size(), 1);
    auto database = Database::open(path);
    ASSERT_TRUE(database.ok());
    QSqlQuery exports((*database)->connection());
    ASSERT_TRUE(exports.exec(
        QStringLiteral("SELECT COUNT(*) FROM audit_event "
                       "WHERE action = 'export' AND object_type = 'backup' AND login = 'admin'")));
    ASSERT_TRUE(exports.next());
    EXPECT_EQ(exports.value(0).toInt(), 1) << "the backup is in the audit trail as the admin's";
}

TEST_F(NeedleChartExecutableTest,
       admin_backs_up_a_clinic_server_and_restores_it_into_an_empty_database_only_once)
{
    if (!test::TestServer::isConfigured())
        GTEST_SKIP() << "no PostgreSQL test server (run through scripts/test.sh)";
    // Whole databases, as a clinic has them: the clinic in the default schema ("public").
    const QString pid = QString::number(QCoreApplication::applicationPid());
    const QString clinicName = QStringLiteral("nc_clinic_") + pid;
    const QString restoredName = QStringLiteral("nc_restored_") + pid;
    for (const QString& name : {clinicName, restoredName}) {
        ASSERT_EQ(test::TestServer::runAsAdmin(QStringLiteral("DROP DATABASE IF EXISTS ") + name),
                  QString());
        ASSERT_EQ(test::TestServer::runAsAdmin(QStringLiteral("CREATE DATABASE ") + name),
                  QString());
    }
    const ServerAddress base = test::TestServer::maintenanceAddress();
    const QString clinic = base.withOption(QStringLiteral("dbname"), clinicName).text();
    const QString restored = base.withOption(QStringLiteral("dbname"), restoredName).text();
    ASSERT_EQ(run({QStringLiteral("admin"), QStringLiteral("init-server"), clinic,
                   QStringLiteral("--demo")})
                  .exitCode,
              0);
    const QString passphraseFile = writePassphraseFile();
    const QString folder = inHome(QStringLiteral("server-backups"));
    const ProcessRun backup =
        run({QStringLiteral("admin"), QStringLiteral("backup"), QStringLiteral("--server"), clinic,
             QStringLiteral("--to"), folder, QStringLiteral("--passphrase-file"), passphraseFile});
    ASSERT_EQ(backup.exitCode, 0) << backup.standardError.toStdString();
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.ncbackup")});
    ASSERT_EQ(files.size(), 1);
    const QStringList restore = {QStringLiteral("admin"),
                                 QStringLiteral("restore"),
                                 QStringLiteral("--from"),
                                 QDir(folder).filePath(files.front()),
                                 QStringLiteral("--to"),
                                 restored,
                                 QStringLiteral("--passphrase-file"),
                                 passphraseFile,
                                 QStringLiteral("--verbose")};
    const ProcessRun first = run(restore);
    EXPECT_EQ(first.exitCode, 0) << first.standardError.toStdString();
    EXPECT_TRUE(first.standardOutput.contains(QStringLiteral("200 patients")))
        << first.standardOutput.toStdString();
    const ProcessRun second = run(restore);
    EXPECT_EQ(second.exitCode, 2) << "the database is no longer empty";
    EXPECT_TRUE(second.standardError.contains(QStringLiteral("empty database")));
    const ProcessRun verified =
        run({QStringLiteral("admin"), QStringLiteral("verify"), QStringLiteral("--server"),
             restored, QStringLiteral("--verbose")});
    EXPECT_EQ(verified.exitCode, 0) << verified.standardError.toStdString();
    EXPECT_TRUE(verified.standardOutput.contains(QStringLiteral("200 patients")))
        << verified.standardOutput.toStdString();
    for (const QString& name : {clinicName, restoredName})
        EXPECT_EQ(test::TestServer::runAsAdmin(QStringLiteral("DROP DATABASE ") + name), QString());
}

TEST_F(NeedleChartExecutableTest, admin_commands_that_cannot_run_say_why_and_exit_with_2)
{
    EXPECT_EQ(run({QStringLiteral("admin")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("admin"), QStringLiteral("launch")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("admin"), QStringLiteral("copy"), QStringLiteral("--from"),
                   inHome(QStringLiteral("x.db"))})
                  .exitCode,
              2);
    const ProcessRun unreachable =
        run({QStringLiteral("admin"), QStringLiteral("init-server"),
             QStringLiteral("host=127.0.0.1 port=1 dbname=needlechart connect_timeout=3")});
    EXPECT_EQ(unreachable.exitCode, 2);
    EXPECT_TRUE(unreachable.standardError.contains(QStringLiteral("cannot be reached")));
    const ProcessRun both = run({QStringLiteral("--database"), inHome(QStringLiteral("a.db")),
                                 QStringLiteral("--server"), QStringLiteral("host=x")});
    EXPECT_EQ(both.exitCode, 1);
}

TEST_F(NeedleChartExecutableTest,
       admin_import_patients_reports_every_problem_before_writing_and_then_registers_all)
{
    const QString clinic = newDemoClinic();
    ASSERT_FALSE(clinic.isEmpty());
    const QString csv = inHome(QStringLiteral("patients.csv"));
    {
        QFile out(csv);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("Surname;First name;DOB;Phone\r\n"
                  "Okonkwo-Lindqvist;Ifeoma;12/05/1984;0113 496 0000\r\n"
                  "Brennan;Aoife;31/02/1990;\r\n");
    }
    const QStringList command =
        QStringList{QStringLiteral("admin"), QStringLiteral("import-patients"), csv,
                    QStringLiteral("--database"), clinic}
        + signInAs("desk");

    const ProcessRun refused = run(command);
    EXPECT_EQ(refused.exitCode, 1) << refused.standardError.toStdString();
    EXPECT_TRUE(refused.standardOutput.contains(QStringLiteral("Line 3:")))
        << refused.standardOutput.toStdString();
    EXPECT_TRUE(refused.standardError.contains(QStringLiteral("--skip-invalid")));
    EXPECT_EQ(patientCount(clinic), 200);

    const ProcessRun dryRun = run(command + QStringList{QStringLiteral("--dry-run")});
    EXPECT_EQ(dryRun.exitCode, 0);
    EXPECT_TRUE(dryRun.standardOutput.contains(QStringLiteral("Nothing was written")));
    EXPECT_EQ(patientCount(clinic), 200);

    const QStringList skipping = command + QStringList{QStringLiteral("--skip-invalid")};
    const ProcessRun imported = run(skipping);
    EXPECT_EQ(imported.exitCode, 0) << imported.standardError.toStdString();
    EXPECT_TRUE(imported.standardOutput.contains(QStringLiteral("Patients registered: 1.")))
        << imported.standardOutput.toStdString();
    EXPECT_EQ(patientCount(clinic), 201);

    // The same file again: its patient is now registered, and a decision is asked for.
    const ProcessRun again = run(skipping);
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.standardOutput.contains(QStringLiteral("Line 2 may be patient")))
        << again.standardOutput.toStdString();
    const ProcessRun skipped =
        run(skipping + QStringList{QStringLiteral("--duplicates"), QStringLiteral("skip")});
    EXPECT_EQ(skipped.exitCode, 0) << skipped.standardError.toStdString();
    EXPECT_EQ(patientCount(clinic), 201);

    const ProcessRun audit = run({QStringLiteral("admin"), QStringLiteral("verify-audit"),
                                  QStringLiteral("--database"), clinic});
    EXPECT_EQ(audit.exitCode, 0) << audit.standardOutput.toStdString();
}

TEST_F(NeedleChartExecutableTest, admin_import_patients_without_a_sign_in_cannot_run)
{
    const ProcessRun result = run({QStringLiteral("admin"), QStringLiteral("import-patients"),
                                   inHome(QStringLiteral("x.csv")), QStringLiteral("--database"),
                                   inHome(QStringLiteral("x.db"))});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.standardError.contains(QStringLiteral("--login")));
}

TEST_F(NeedleChartExecutableTest,
       admin_export_fhir_writes_a_patient_or_the_whole_clinic_as_a_bundle)
{
    const QString clinic = newDemoClinic();
    ASSERT_FALSE(clinic.isEmpty());
    PatientId first = 0;
    {
        auto database = Database::open(clinic);
        ASSERT_TRUE(database.ok());
        PatientRepository repository(*database.value());
        auto ids = repository.firstRegistered(1);
        ASSERT_TRUE(ids.ok() && !ids->empty());
        first = ids->front();
    }
    const QString out = inHome(QStringLiteral("record.json"));
    const QStringList base = {QStringLiteral("admin"),      QStringLiteral("export-fhir"),
                              QStringLiteral("--database"), clinic,
                              QStringLiteral("--out"),      out};

    const ProcessRun one = run(
        base + QStringList{QStringLiteral("--patient"), QString::number(first)} + signInAs("alex"));
    ASSERT_EQ(one.exitCode, 0) << one.standardError.toStdString();
    QFile written(out);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QJsonObject bundle = QJsonDocument::fromJson(written.readAll()).object();
    written.close();
    EXPECT_EQ(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));

    // The whole clinic is an admin's to take away; a clinician is refused and nothing is written.
    QFile::remove(out);
    const ProcessRun refused = run(base + QStringList{QStringLiteral("--all")} + signInAs("alex"));
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_FALSE(QFile::exists(out));
    const ProcessRun all = run(base + QStringList{QStringLiteral("--all")} + signInAs("admin"));
    EXPECT_EQ(all.exitCode, 0) << all.standardError.toStdString();
    EXPECT_TRUE(QFile::exists(out));
}

} // namespace needlechart
