// The lists beside the appointment book (today's list, a patient's bookings, visits without a
// signed note) and the appointment book on paper (card, day sheet) and in calendar files.
#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/services/appointments/AppointmentService.h"
#include "needlechart/services/session/SessionService.h"
#include "needlechart/storage/audit/AuditRepository.h"
#include "needlechart/storage/patients/PatientRepository.h"
#include "needlechart/ui/appointments/AppointmentDialog.h"
#include "needlechart/ui/appointments/AppointmentListModel.h"
#include "needlechart/ui/appointments/NotesDuePanel.h"
#include "needlechart/ui/appointments/PatientAppointmentsPanel.h"
#include "needlechart/ui/appointments/TodayPanel.h"
#include "needlechart/ui/common/DateText.h"
#include "needlechart/ui/mainwindow/MainWindow.h"
#include "needlechart/ui/paper/AppointmentDocuments.h"
#include "needlechart/ui/paper/DaySheetRenderer.h"
#include "needlechart/ui/paper/LeafletPrinter.h"
#include "needlechart/ui/paper/PrintDialogs.h"
#include "needlechart/ui/patients/PatientListPanel.h"
#include "needlechart/ui/settings/AppSettings.h"

#include "PrintPreviewAnswer.h"
#include "RecordingMessagePresenter.h"
#include "SessionSamples.h"
#include "SigningClinician.h"
#include "TestClinic.h"
#include "TypeText.h"
#include "paper/AppointmentCardRenderer.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPdfWriter>
#include <QPointer>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QToolButton>

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace needlechart {
namespace {

const QDate Monday(2026, 3, 2);

QDateTime local(QDate day, QTime time)
{
    return QDateTime(day, time, Qt::LocalTime).toUTC();
}

// The text poppler extracts from a PDF, spaces and line breaks collapsed.
QString pdfText(const QString& path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    EXPECT_TRUE(pdftotext.waitForFinished(30000));
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
}

QString pdfInfo(const QString& path)
{
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {path});
    EXPECT_TRUE(pdfinfo.waitForFinished(30000));
    return QString::fromUtf8(pdfinfo.readAllStandardOutput());
}

class FrontDeskListsTest : public ::testing::Test {
protected:
    test::TestClinic clinic;
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    test::RecordingMessagePresenter messages;
    UiContext context = clinic.context(
        settings, messages,
        User{QStringLiteral("desk"), QStringLiteral("Sam Reid"), StaffRole::FrontDesk});
    AppointmentService& service = clinic.services().appointments();
    Clinician alex;
    Clinician jo;
    Patient orla;
    Patient ben;

    void SetUp() override
    {
        alex =
            *service.addClinician(Clinician{0, QStringLiteral("Alex Morgan"), {}, 0b0011111, true},
                                  test::TestClinic::defaultAdmin());
        jo = *service.addClinician(Clinician{0, QStringLiteral("Jo Park"), {}, 0b0011111, true},
                                   test::TestClinic::defaultAdmin());
        orla = clinic.addPatient(QStringLiteral("Zephaniah"), QStringLiteral("Orla"),
                                 QDate(1980, 1, 1));
        ben =
            clinic.addPatient(QStringLiteral("Adeyemi"), QStringLiteral("Ben"), QDate(1990, 6, 6));
        clinic.clock().set(local(Monday, QTime(8, 0)));
    }

    Appointment bookAt(const Patient& patient, QDate day, QTime time, const Clinician& with,
                       int minutes = 30)
    {
        Appointment a;
        a.patientId = patient.id;
        a.clinicianId = with.id;
        a.start = local(day, time);
        a.durationMinutes = minutes;
        a.type = AppointmentType::DryNeedling;
        auto booked = service.book(a, context.user);
        EXPECT_TRUE(booked.ok()) << booked.error().message.toStdString();
        return booked ? *booked : a;
    }

    void setStatus(const Appointment& a, AppointmentStatus status)
    {
        auto current = service.get(a.id, test::TestClinic::defaultClinician());
        ASSERT_TRUE(current.ok());
        ASSERT_TRUE(service.setStatus(*current, status, {}, context.user).ok());
    }
};

// The cell's text as it reads; that names and free text are isolated is tested on its own.
QString cellText(const AppointmentListModel& model, int row, AppointmentListModel::Column column)
{
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.columnKind(c) == column)
            return DisplayText::withoutIsolates(
                model.data(model.index(row, c), Qt::DisplayRole).toString());
    }
    return {};
}

// Where each character of `line` is drawn when it is laid out on its own, as a list row or a
// label lays it out (a left-to-right paragraph): the x of the cursor before it.
std::vector<double> drawnAt(const QString& line)
{
    QTextLayout layout(line, QFont(QStringLiteral("DejaVu Sans")));
    QTextOption option;
    option.setTextDirection(Qt::LeftToRight);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine laidOut = layout.createLine();
    laidOut.setLineWidth(100000);
    layout.endLayout();
    std::vector<double> x;
    for (qsizetype i = 0; i < line.size(); ++i)
        x.push_back(laidOut.cursorToX(int(i)));
    return x;
}

// True if `after` is drawn, in its own order, to the right of all of `name` in `line`.
bool drawnInOrderAfter(const QString& line, const QString& name, const QString& after)
{
    const std::vector<double> x = drawnAt(line);
    const qsizetype nameAt = line.indexOf(name);
    const qsizetype afterAt = line.indexOf(after);
    if (nameAt < 0 || afterAt < 0)
        return false;
    double nameRight = 0;
    for (qsizetype i = nameAt; i < nameAt + name.size(); ++i)
        nameRight = std::max(nameRight, x.at(std::size_t(i)));
    for (qsizetype i = afterAt; i < afterAt + after.size(); ++i) {
        if (x.at(std::size_t(i)) <= nameRight
            || (i > afterAt && x.at(std::size_t(i)) <= x.at(std::size_t(i - 1))))
            return false;
    }
    return true;
}

} // namespace

TEST_F(FrontDeskListsTest, todays_list_shows_the_day_by_time_and_turns_a_missing_patient_late)
{
    bookAt(orla, Monday, QTime(10, 0), alex);
    bookAt(ben, Monday, QTime(9, 0), jo);
    bookAt(ben, Monday.addDays(1), QTime(9, 0), jo); // tomorrow: not on today's list
    TodayPanel panel(context);
    ASSERT_EQ(panel.model()->rowCount(), 2);
    using C = AppointmentListModel::Column;
    EXPECT_EQ(cellText(*panel.model(), 0, C::Patient), QStringLiteral("Adeyemi, Ben"));
    EXPECT_EQ(cellText(*panel.model(), 0, C::Time), QStringLiteral("09:00\u201309:30"));
    EXPECT_EQ(cellText(*panel.model(), 1, C::Clinician), QStringLiteral("Alex Morgan"));
    EXPECT_EQ(panel.summary(), QStringLiteral("2 expected"));

    clinic.clock().set(local(Monday, QTime(9, 12)));
    panel.refreshTimes();
    EXPECT_EQ(cellText(*panel.model(), 0, C::FrontDesk), QStringLiteral("Late (12 minutes)"));
    EXPECT_EQ(cellText(*panel.model(), 1, C::FrontDesk), QStringLiteral("Expected"));
    EXPECT_EQ(panel.summary(), QStringLiteral("1 expected  \u00b7  1 late"));

    // Hours after the booking ended, the patient is no longer late but did not come.
    clinic.clock().set(local(Monday, QTime(15, 0)));
    panel.refreshTimes();
    EXPECT_EQ(cellText(*panel.model(), 0, C::FrontDesk),
              QStringLiteral("Not arrived (ended 09:30)"));
    EXPECT_EQ(panel.summary(), QStringLiteral("2 not arrived"));
}

TEST_F(FrontDeskListsTest, tab_leaves_todays_list_once_it_has_rows_and_the_arrows_walk_them)
{
    bookAt(orla, Monday, QTime(10, 0), alex);
    bookAt(ben, Monday, QTime(9, 0), jo);
    TodayPanel panel(context);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    auto* table = panel.findChild<QTableView*>(QStringLiteral("todayTable"));
    ASSERT_TRUE(table);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Down);
    EXPECT_EQ(table->currentIndex().row(), 1);
    QTest::keyClick(table, Qt::Key_Tab);
    EXPECT_NE(QApplication::focusWidget(), table) << "Tab is not trapped in the cells";
}

TEST_F(FrontDeskListsTest, todays_list_shows_a_long_name_whole_or_elided_without_a_scroll_bar)
{
    const Patient longName =
        clinic.addPatient(QStringLiteral("Montgomery-Fitzwilliam"),
                          QStringLiteral("Alexandra Charlotte"), QDate(1970, 7, 7));
    bookAt(longName, Monday, QTime(10, 0), alex);
    TodayPanel panel(context);
    panel.resize(panel.sizeHint());
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    auto* table = panel.findChild<QTableView*>(QStringLiteral("todayTable"));
    ASSERT_TRUE(table);
    const int patient =
        int(panel.model()->columns().indexOf(AppointmentListModel::Column::Patient));
    int total = 0;
    for (int c = 0; c < panel.model()->columnCount(); ++c)
        total += table->horizontalHeader()->sectionSize(c);
    EXPECT_LE(total, table->viewport()->width()) << "every column is in view";
    EXPECT_GT(table->horizontalHeader()->sectionSize(patient),
              table->fontMetrics().horizontalAdvance(QStringLiteral("Montgomery-Fitz")))
        << "the name has the room the other columns leave";
    EXPECT_EQ(panel.model()->index(0, patient).data(Qt::ToolTipRole).toString(),
              DisplayText::isolate(QStringLiteral("Montgomery-Fitzwilliam, Alexandra Charlotte")))
        << "the whole name, should the column cut it short";
}

TEST_F(FrontDeskListsTest, marking_arrival_then_treatment_moves_the_patient_along_the_day)
{
    const Appointment booked = bookAt(orla, Monday, QTime(10, 0), alex);
    TodayPanel panel(context);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    auto* arrived = panel.findChild<QPushButton*>(QStringLiteral("arrivedButton"));
    auto* completed = panel.findChild<QPushButton*>(QStringLiteral("completedButton"));
    auto* inTreatment = panel.findChild<QPushButton*>(QStringLiteral("inTreatmentButton"));
    ASSERT_TRUE(arrived && completed && inTreatment);
    EXPECT_FALSE(arrived->isEnabled()) << "nothing selected yet";

    panel.select(booked.id);
    EXPECT_TRUE(arrived->isEnabled());
    EXPECT_FALSE(completed->isEnabled()) << "a booked patient cannot be completed unseen";
    QTest::mouseClick(arrived, Qt::LeftButton);
    EXPECT_EQ(service.get(booked.id, test::TestClinic::defaultClinician())->status,
              AppointmentStatus::Arrived);
    EXPECT_EQ(panel.selectedId(), booked.id) << "the selection survives the reload";
    EXPECT_EQ(panel.summary(), QStringLiteral("1 waiting"));
    EXPECT_TRUE(inTreatment->isEnabled());
    QTest::mouseClick(inTreatment, Qt::LeftButton);
    EXPECT_EQ(service.get(booked.id, test::TestClinic::defaultClinician())->status,
              AppointmentStatus::InTreatment);
    EXPECT_EQ(panel.summary(), QStringLiteral("1 in treatment"));
    EXPECT_TRUE(messages.messages.isEmpty());
}

TEST_F(FrontDeskListsTest, the_patient_view_lists_upcoming_soonest_first_and_past_newest_first)
{
    bookAt(orla, Monday.addDays(7), QTime(9, 0), alex);
    bookAt(orla, Monday.addDays(2), QTime(9, 0), alex);
    bookAt(ben, Monday.addDays(1), QTime(9, 0), alex); // someone else's
    const Appointment earlier = bookAt(orla, Monday, QTime(8, 30), alex);
    setStatus(earlier, AppointmentStatus::NoShow);
    clinic.clock().set(local(Monday, QTime(12, 0)));

    PatientAppointmentsPanel panel(context);
    panel.showPatient(orla.id);
    ASSERT_EQ(panel.upcoming()->rowCount(), 2);
    ASSERT_EQ(panel.past()->rowCount(), 1);
    using C = AppointmentListModel::Column;
    EXPECT_TRUE(cellText(*panel.upcoming(), 0, C::DateTime).contains(QStringLiteral("04/03/2026")));
    EXPECT_TRUE(cellText(*panel.upcoming(), 1, C::DateTime).contains(QStringLiteral("09/03/2026")));
    EXPECT_EQ(cellText(*panel.past(), 0, C::State), QStringLiteral("No-show"));

    // A booking made elsewhere shows up at once.
    bookAt(orla, Monday.addDays(3), QTime(9, 0), jo);
    EXPECT_EQ(panel.upcoming()->rowCount(), 3);
}

TEST_F(FrontDeskListsTest, booking_from_the_patient_view_proposes_the_first_free_slot_for_them)
{
    clinic.clock().set(local(Monday, QTime(9, 5)));
    bookAt(ben, Monday, QTime(9, 15), alex);
    PatientAppointmentsPanel panel(context);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.showPatient(orla.id);
    QPointer<AppointmentDialog> dialog = panel.book();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->appointment().patientId, orla.id);
    EXPECT_EQ(dialog->appointment().clinicianId, alex.id);
    EXPECT_EQ(dialog->appointment().start, local(Monday, QTime(9, 45)))
        << "9:15 is rounded up and 9:15-9:45 is taken";
    ASSERT_TRUE(dialog->save());
    QCoreApplication::processEvents();
    EXPECT_EQ(panel.upcoming()->rowCount(), 1);
}

TEST_F(FrontDeskListsTest, a_completed_visit_stays_on_notes_due_until_its_note_is_signed)
{
    clinic.clearForNeedling(orla.id);
    const Appointment visit = bookAt(orla, Monday, QTime(9, 0), alex);
    setStatus(visit, AppointmentStatus::Arrived);
    setStatus(visit, AppointmentStatus::Completed);
    const Appointment other = bookAt(ben, Monday, QTime(10, 0), alex);
    setStatus(other, AppointmentStatus::Arrived);
    clinic.clock().set(local(Monday, QTime(17, 0)));

    NotesDuePanel panel(context);
    ASSERT_EQ(panel.model()->rowCount(), 1) << "only the completed visit";
    EXPECT_EQ(cellText(*panel.model(), 0, AppointmentListModel::Column::Patient),
              QStringLiteral("Zephaniah, Orla"));
    QSignalSpy requested(&panel, &NotesDuePanel::patientRequested);
    Q_EMIT panel.table()->activated(panel.model()->index(0, 0));
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.at(0).at(0).toLongLong(), orla.id);

    // Someone else's note, or hers from another day, is not this visit's note.
    clinic.clearForNeedling(ben.id);
    ASSERT_TRUE(clinic.sessions()
                    .sign(test::richSession(ben.id, local(Monday, QTime(10, 5))),
                          test::signingClinician(clinic.services()), test::SigningPassword)
                    .ok());
    ASSERT_TRUE(clinic.sessions()
                    .sign(test::richSession(orla.id, local(Monday.addDays(-1), QTime(8, 0))),
                          test::signingClinician(clinic.services()), test::SigningPassword)
                    .ok());
    EXPECT_EQ(panel.model()->rowCount(), 1);

    auto signedNote =
        clinic.sessions().sign(test::richSession(orla.id, local(Monday, QTime(9, 5))),
                               test::signingClinician(clinic.services()), test::SigningPassword);
    ASSERT_TRUE(signedNote.ok()) << signedNote.error().message.toStdString();
    EXPECT_EQ(panel.model()->rowCount(), 0) << "the list re-reads when a note is signed";
    EXPECT_TRUE(panel.findChild<QLabel*>(QStringLiteral("notesDueSummary"))
                    ->text()
                    .startsWith(QStringLiteral("Every completed visit")));
}

TEST_F(FrontDeskListsTest, a_visit_without_a_note_opens_its_patient_in_the_main_window)
{
    const Appointment visit = bookAt(orla, Monday, QTime(9, 0), alex);
    setStatus(visit, AppointmentStatus::Arrived);
    setStatus(visit, AppointmentStatus::Completed);
    MainWindow window(context);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.tabs()->setCurrentIndex(1);
    ASSERT_TRUE(window.showPatient(orla.id));
    EXPECT_EQ(window.tabs()->currentIndex(), 0);
    EXPECT_EQ(window.listPanel()->currentPatientId(), orla.id);
    EXPECT_EQ(window.patientAppointments()->past()->rowCount(), 0);
    EXPECT_EQ(window.patientAppointments()->upcoming()->rowCount(), 1)
        << "a visit still under way (until its end) counts as upcoming";
}

TEST_F(FrontDeskListsTest, the_day_sheet_lists_each_clinicians_bookings_with_phone_numbers)
{
    Patient withPhone = orla;
    withPhone.phone = QStringLiteral("07700 900123");
    ASSERT_TRUE(clinic.service().update(withPhone, test::TestClinic::defaultClinician()).ok());
    bookAt(orla, Monday, QTime(10, 0), alex);
    const Appointment cancelled = bookAt(ben, Monday, QTime(11, 0), jo);
    auto current = service.get(cancelled.id, test::TestClinic::defaultClinician());
    ASSERT_TRUE(service
                    .setStatus(*current, AppointmentStatus::Cancelled,
                               QStringLiteral("Car broke down"), context.user)
                    .ok());
    const QString pdf = qEnvironmentVariable("NEEDLECHART_KEEP_PDF_DIR", dir.path())
                        + QStringLiteral("/day-sheet.pdf");
    const Status written = AppointmentDocuments(context).exportDaySheetPdf(Monday, pdf);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Day sheet: Monday 2 March 2026")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1 appointment, not counting cancellations")));
    EXPECT_TRUE(text.contains(QStringLiteral("Alex Morgan")));
    EXPECT_TRUE(text.contains(QStringLiteral("Jo Park")));
    EXPECT_TRUE(text.contains(QStringLiteral("Zephaniah, Orla")));
    EXPECT_TRUE(text.contains(QStringLiteral("07700 900123")));
    EXPECT_TRUE(text.contains(QStringLiteral("Cancelled: Car broke down")));
    EXPECT_TRUE(text.contains(QStringLiteral("page 1 of 1")));
    EXPECT_TRUE(pdfInfo(pdf).contains(QStringLiteral("(A4)")));
}

TEST_F(FrontDeskListsTest, the_appointment_card_is_card_sized_and_says_when_and_with_whom)
{
    ClinicProfile profile = *clinic.services().clinic().profile();
    profile.name = QStringLiteral("Riverside Physiotherapy");
    profile.phone = QStringLiteral("0113 496 0000");
    profile.address = QStringLiteral("4 Mill Lane\nLeeds LS1 4AB");
    ASSERT_TRUE(
        clinic.services().clinic().saveProfile(profile, test::TestClinic::defaultAdmin()).ok());
    const Appointment booked = bookAt(orla, Monday.addDays(1), QTime(14, 30), alex, 45);
    const QString pdf =
        qEnvironmentVariable("NEEDLECHART_KEEP_PDF_DIR", dir.path()) + QStringLiteral("/card.pdf");
    const Status written = AppointmentDocuments(context).exportCardPdf(booked.id, pdf);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    const QString text = pdfText(pdf);
    for (const QString& expected :
         {QStringLiteral("Riverside Physiotherapy"), QStringLiteral("Your appointment"),
          QStringLiteral("Tuesday 3 March 2026"), QStringLiteral("at 14:30, for 45 minutes"),
          QStringLiteral("Dry needling with Alex Morgan"), QStringLiteral("For Orla Zephaniah"),
          QStringLiteral("0113 496 0000")})
        EXPECT_TRUE(text.contains(expected))
            << expected.toStdString() << " in " << text.toStdString();
    const QString info = pdfInfo(pdf);
    EXPECT_TRUE(info.contains(QStringLiteral("Pages:           1"))) << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("Page size:       241 x 156 pts")))
        << "85 x 55 mm: " << info.toStdString();
}

TEST_F(FrontDeskListsTest,
       a_card_sent_to_the_printer_keeps_its_size_whatever_paper_the_dialog_chose)
{
    const Appointment booked = bookAt(orla, Monday.addDays(1), QTime(14, 30), alex, 45);
    auto card = AppointmentDocuments(context).cardFor(booked.id);
    ASSERT_TRUE(card.ok());
    const QString pdf = dir.filePath(QStringLiteral("printed-card.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        printer.setPageSize(QPageSize(QPageSize::Letter)); // what the print dialog offered
        PrintDialogs::restorePaper(printer, AppointmentCardRenderer::paper());
        card->render(printer);
    }
    const QString info = pdfInfo(pdf);
    EXPECT_TRUE(info.contains(QStringLiteral("Page size:       241 x 156 pts")))
        << info.toStdString();
    EXPECT_TRUE(pdfText(pdf).contains(QStringLiteral("For Orla Zephaniah")));
}

TEST_F(FrontDeskListsTest, a_card_on_a_printer_that_keeps_its_own_paper_is_card_sized_in_the_corner)
{
    const Appointment booked = bookAt(orla, Monday.addDays(1), QTime(14, 30), alex, 45);
    auto card = AppointmentDocuments(context).cardFor(booked.id);
    ASSERT_TRUE(card.ok());
    const QString pdf = qEnvironmentVariable("NEEDLECHART_KEEP_PDF_DIR", dir.path())
                        + QStringLiteral("/card-on-a4.pdf");
    {
        QPdfWriter writer(pdf);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(AppointmentCardRenderer::marginsMm(), QPageLayout::Millimeter);
        card->render(writer);
        const QRectF area = AppointmentCardRenderer::textArea(writer);
        EXPECT_NEAR(area.width() * 25.4 / writer.logicalDpiX(), 75.0, 0.5);
        EXPECT_NEAR(area.height() * 25.4 / writer.logicalDpiY(), 48.0, 0.5);
    }
    // Every word lies within the card: 85 x 55 mm from the page's corner (241 x 156 pt).
    QProcess bbox;
    bbox.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(bbox.waitForFinished(30000));
    const QString html = QString::fromUtf8(bbox.readAllStandardOutput());
    static const QRegularExpression word(QStringLiteral(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)")re"));
    int words = 0;
    for (auto it = word.globalMatch(html); it.hasNext(); ++words) {
        const auto m = it.next();
        EXPECT_LE(m.captured(3).toDouble(), 241.0) << m.captured(0).toStdString();
        EXPECT_LE(m.captured(4).toDouble(), 156.0) << m.captured(0).toStdString();
    }
    EXPECT_GT(words, 10);
}

TEST_F(FrontDeskListsTest, the_patients_calendar_file_holds_their_booking_and_nobody_else)
{
    const Appointment booked = bookAt(orla, Monday.addDays(1), QTime(14, 30), alex);
    bookAt(ben, Monday.addDays(1), QTime(15, 0), alex);
    const QString path = dir.filePath(QStringLiteral("visit.ics"));
    ASSERT_TRUE(AppointmentDocuments(context).exportPatientIcs(booked.id, path).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString ics = QString::fromUtf8(file.readAll());
    EXPECT_EQ(ics.count(QStringLiteral("BEGIN:VEVENT")), 1);
    EXPECT_TRUE(ics.contains(QStringLiteral("DTSTART:20260303T")));
    EXPECT_FALSE(ics.contains(QStringLiteral("Adeyemi")));
}

TEST_F(FrontDeskListsTest, a_card_or_calendar_file_leaving_the_app_is_audited_as_an_export)
{
    const Appointment booked = bookAt(orla, Monday.addDays(1), QTime(14, 30), alex);
    const auto newest = [this] {
        AuditQuery query;
        query.limit = 1;
        auto rows = clinic.services().auditRepository().find(query);
        EXPECT_TRUE(rows && rows->size() == 1);
        return rows && !rows->empty() ? rows->front() : AuditEvent{};
    };
    const auto exports = [this] {
        AuditQuery query;
        query.action = AuditAction::Export;
        return clinic.services().auditRepository().find(query)->size();
    };
    ASSERT_TRUE(AppointmentDocuments(context)
                    .exportCardPdf(booked.id, dir.filePath(QStringLiteral("card.pdf")))
                    .ok());
    AuditEvent row = newest();
    EXPECT_EQ(row.action, AuditAction::Export);
    EXPECT_EQ(row.objectType, QStringLiteral("appointment-card"));
    EXPECT_EQ(row.patientId, orla.id);
    EXPECT_EQ(row.objectId, booked.id);
    ASSERT_TRUE(AppointmentDocuments(context)
                    .exportPatientIcs(booked.id, dir.filePath(QStringLiteral("visit.ics")))
                    .ok());
    EXPECT_EQ(newest().detail, QStringLiteral("ics"));
    ASSERT_TRUE(AppointmentDocuments(context)
                    .exportDaySheetPdf(Monday.addDays(1), dir.filePath(QStringLiteral("day.pdf")))
                    .ok());
    row = newest();
    EXPECT_EQ(row.objectType, QStringLiteral("day-sheet"));
    EXPECT_EQ(row.detail, QStringLiteral("2026-03-03"));
    EXPECT_EQ(exports(), 3u) << "one row per file";
}

TEST_F(FrontDeskListsTest,
       a_card_or_day_sheet_printed_from_the_preview_is_audited_and_a_closed_preview_is_not)
{
    const Appointment booked = bookAt(orla, Monday.addDays(1), QTime(14, 30), alex);
    const auto prints = [this] {
        AuditQuery query;
        query.action = AuditAction::Print;
        return clinic.services().auditRepository().find(query)->size();
    };
    const AppointmentDocuments documents(context);
    test::answerPrintPreview(false);
    documents.previewCard(booked.id, nullptr);
    test::answerPrintPreview(false);
    documents.previewDaySheet(Monday.addDays(1), nullptr);
    EXPECT_EQ(prints(), 0u) << "looked at, not printed";
    test::answerPrintPreview(true);
    documents.previewCard(booked.id, nullptr);
    test::answerPrintPreview(true);
    documents.previewDaySheet(Monday.addDays(1), nullptr);
    EXPECT_EQ(prints(), 2u);
}

TEST_F(FrontDeskListsTest, the_front_desk_prints_a_patients_leaflet_from_their_appointments)
{
    PatientAppointmentsPanel panel(context);
    auto* leaflet = panel.findChild<QToolButton*>(QStringLiteral("leafletButton"));
    ASSERT_NE(leaflet, nullptr);
    EXPECT_FALSE(leaflet->isEnabled()) << "no patient chosen";
    panel.showPatient(orla.id);
    EXPECT_TRUE(leaflet->isEnabled());
    ASSERT_NE(leaflet->menu(), nullptr);
    QAction* preview = nullptr;
    for (QAction* action : leaflet->menu()->actions()) {
        if (action->text() == QStringLiteral("Print preview\u2026"))
            preview = action;
    }
    ASSERT_NE(preview, nullptr);
    test::answerPrintPreview(true);
    preview->trigger();
    AuditQuery query;
    query.limit = 1;
    auto rows = clinic.services().auditRepository().find(query);
    ASSERT_TRUE(rows && rows->size() == 1);
    EXPECT_EQ(rows->front().action, AuditAction::Print);
    EXPECT_EQ(rows->front().objectType, QStringLiteral("leaflet"));
    EXPECT_EQ(rows->front().patientId, orla.id);
    EXPECT_EQ(rows->front().login, QStringLiteral("desk"));
}

TEST_F(FrontDeskListsTest, a_personalised_leaflet_is_audited_and_the_clinics_own_copy_is_not)
{
    const auto before = *clinic.services().auditRepository().count();
    ASSERT_TRUE(LeafletPrinter(context)
                    .exportPdfTo(0, dir.filePath(QStringLiteral("blank.pdf")),
                                 LeafletPrinter::Document::Leaflet)
                    .ok());
    EXPECT_EQ(*clinic.services().auditRepository().count(), before) << "names nobody";
    ASSERT_TRUE(LeafletPrinter(context)
                    .exportPdfTo(orla.id, dir.filePath(QStringLiteral("orla.pdf")),
                                 LeafletPrinter::Document::ConsentForm)
                    .ok());
    AuditQuery query;
    query.limit = 1;
    auto rows = clinic.services().auditRepository().find(query);
    ASSERT_TRUE(rows && rows->size() == 1);
    EXPECT_EQ(rows->front().action, AuditAction::Export);
    EXPECT_EQ(rows->front().objectType, QStringLiteral("consent-form"));
    EXPECT_EQ(rows->front().patientId, orla.id);
    EXPECT_TRUE(rows->front().detail.startsWith(QStringLiteral("version ")));
}

TEST_F(FrontDeskListsTest, a_failed_export_is_not_audited_as_done)
{
    const Appointment booked = bookAt(orla, Monday.addDays(1), QTime(14, 30), alex);
    const auto before = *clinic.services().auditRepository().count();
    EXPECT_FALSE(AppointmentDocuments(context)
                     .exportPatientIcs(booked.id, dir.filePath(QStringLiteral("no/such/dir/x.ics")))
                     .ok());
    EXPECT_EQ(*clinic.services().auditRepository().count(), before);
}

TEST_F(FrontDeskListsTest, saving_a_booking_to_a_calendar_asks_where_and_writes_the_patients_file)
{
    const Appointment booked = bookAt(orla, Monday.addDays(1), QTime(14, 30), alex);
    const QString path = dir.filePath(QStringLiteral("chosen.ics"));
    messages.fileAnswer = path;

    AppointmentDocuments(context).saveIcs(booked.id, nullptr);

    ASSERT_EQ(messages.messages.size(), 1) << "asked where, and no warning";
    EXPECT_EQ(messages.messages.front().kind, test::RecordingMessagePresenter::Kind::SaveFile);
    EXPECT_EQ(messages.messages.front().title, QStringLiteral("Save to a calendar"));
    EXPECT_TRUE(messages.messages.front().text.endsWith(QStringLiteral("appointment.ics")))
        << messages.messages.front().text.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString ics = QString::fromUtf8(file.readAll());
    EXPECT_EQ(ics.count(QStringLiteral("BEGIN:VEVENT")), 1);
    EXPECT_TRUE(ics.contains(QStringLiteral("DTSTART:20260303T")));
}

TEST_F(FrontDeskListsTest, cancelling_the_calendar_file_question_writes_nothing)
{
    const Appointment booked = bookAt(orla, Monday.addDays(1), QTime(14, 30), alex);
    messages.fileAnswer.reset(); // the person cancels

    AppointmentDocuments(context).saveIcs(booked.id, nullptr);

    ASSERT_EQ(messages.messages.size(), 1) << "asked, then nothing: no warning either";
    EXPECT_EQ(messages.messages.front().kind, test::RecordingMessagePresenter::Kind::SaveFile);
    EXPECT_TRUE(QDir(dir.path()).entryList({QStringLiteral("*.ics")}, QDir::Files).isEmpty());
}

TEST_F(FrontDeskListsTest, the_list_model_keeps_qts_model_rules_through_resets_and_clock_ticks)
{
    bookAt(orla, Monday, QTime(9, 0), alex);
    bookAt(ben, Monday, QTime(10, 0), jo);
    using C = AppointmentListModel::Column;
    AppointmentListModel model({C::Time, C::DateTime, C::Patient, C::Phone, C::Clinician, C::Type,
                                C::State, C::FrontDesk, C::Note});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto entries = service.entries(*service.day(Monday, test::TestClinic::defaultClinician()),
                                   test::TestClinic::defaultClinician());
    ASSERT_TRUE(entries.ok());
    model.setEntries(*entries, clinic.clock().nowUtc());
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.headerData(7, Qt::Horizontal, Qt::DisplayRole).toString(),
              QStringLiteral("Now"));
    EXPECT_EQ(model.data(model.index(0, 0), AppointmentListModel::PatientIdRole).toLongLong(),
              orla.id);
    EXPECT_EQ(model.rowOf(entries->at(1).appointment.id), 1);
    model.setNow(local(Monday, QTime(9, 20)));
    EXPECT_EQ(model.data(model.index(0, 7), AppointmentListModel::FrontDeskStateRole).toInt(),
              int(FrontDeskState::Late));
    model.setEntries({}, clinic.clock().nowUtc());
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.entryAt(0), nullptr);
}

// Issue 12, defect 12: a right-to-left name, or one stored with a direction override before
// names refused them, must not reorder the date of birth shown beside it.
TEST_F(FrontDeskListsTest,
       the_booking_picker_keeps_the_date_of_birth_after_a_hebrew_or_a_legacy_overriding_name)
{
    const Patient sarah =
        clinic.addPatient(QStringLiteral("כהן"), QStringLiteral("שרה"), QDate(1984, 3, 12));
    Patient legacy; // stored before the validator refused U+202E (RIGHT-TO-LEFT OVERRIDE)
    legacy.familyName = QStringLiteral("Override\u202Eevil");
    legacy.givenName = QStringLiteral("Lena");
    legacy.dateOfBirth = QDate(1971, 5, 23);
    ASSERT_TRUE(clinic.repository().create(legacy, test::TestClinic::fixedNow()).ok());

    AppointmentDialog dialog(context, service, {alex}, Appointment{});
    const auto rowFor = [&dialog](const QString& search) {
        dialog.matches()->clear();
        dialog.patientSearch()->clear();
        test::typeText(dialog.patientSearch(), search);
        EXPECT_EQ(dialog.matches()->count(), 1) << search.toStdString();
        return dialog.matches()->count() > 0 ? dialog.matches()->item(0)->text() : QString();
    };
    const QChar fsi = DisplayText::FirstStrongIsolate;
    const QChar pdi = DisplayText::PopDirectionalIsolate;

    const QString hebrew = rowFor(QStringLiteral("כהן"));
    EXPECT_TRUE(hebrew.startsWith(QString(fsi) + fsi + QStringLiteral("כהן") + pdi
                                  + QStringLiteral(", ") + fsi + QStringLiteral("שרה") + pdi + pdi))
        << "the name and each of its parts are isolated";
    EXPECT_TRUE(hebrew.contains(DisplayText::isolate(DateText::format(sarah.dateOfBirth))));
    EXPECT_TRUE(
        drawnInOrderAfter(hebrew, QStringLiteral("שרה"), DateText::format(sarah.dateOfBirth)))
        << "the date of birth is drawn after the name, left to right";
    // Without the isolates the same row puts the date before the name.
    EXPECT_FALSE(drawnInOrderAfter(DisplayText::withoutIsolates(hebrew), QStringLiteral("שרה"),
                                   DateText::format(sarah.dateOfBirth)));

    const QString overriding = rowFor(QStringLiteral("Lena"));
    EXPECT_TRUE(overriding.contains(QString(fsi) + QStringLiteral("Override\u202Eevil") + pdi));
    EXPECT_TRUE(
        drawnInOrderAfter(overriding, QStringLiteral("Lena"), DateText::format(legacy.dateOfBirth)))
        << "the override ends with its isolate";
    EXPECT_FALSE(drawnInOrderAfter(DisplayText::withoutIsolates(overriding), QStringLiteral("Lena"),
                                   DateText::format(legacy.dateOfBirth)))
        << "without the isolates the override reverses the date";
}

TEST_F(FrontDeskListsTest,
       a_hebrew_or_legacy_name_is_isolated_in_the_lists_on_the_day_sheet_and_on_the_card)
{
    const Patient sarah =
        clinic.addPatient(QStringLiteral("כהן"), QStringLiteral("שרה"), QDate(1984, 3, 12));
    Patient legacy;
    legacy.familyName = QStringLiteral("Override\u202Eevil");
    legacy.givenName = QStringLiteral("Lena");
    legacy.dateOfBirth = QDate(1971, 5, 23);
    legacy.phone = QStringLiteral("07700 900456");
    auto stored = clinic.repository().create(legacy, test::TestClinic::fixedNow());
    ASSERT_TRUE(stored.ok());
    legacy = *stored;
    const Appointment first = bookAt(sarah, Monday, QTime(9, 0), alex);
    bookAt(legacy, Monday, QTime(10, 0), alex);
    auto entries = service.entries(*service.day(Monday, test::TestClinic::defaultClinician()),
                                   test::TestClinic::defaultClinician());
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 2u);

    using C = AppointmentListModel::Column;
    AppointmentListModel model({C::Time, C::Patient, C::Phone, C::Note});
    model.setEntries(*entries, clinic.clock().nowUtc());
    EXPECT_EQ(model.data(model.index(0, 1), Qt::DisplayRole).toString(),
              DisplayText::isolate(QStringLiteral("כהן, שרה")));
    EXPECT_EQ(model.data(model.index(1, 1), Qt::DisplayRole).toString(),
              DisplayText::isolate(QStringLiteral("Override\u202Eevil, Lena")));

    DaySheetContent sheet;
    sheet.day = Monday;
    sheet.entries = *entries;
    const QString html = DaySheetRenderer(sheet).html();
    EXPECT_TRUE(html.contains(DisplayText::isolate(QStringLiteral("כהן, שרה")).toHtmlEscaped()));
    EXPECT_TRUE(html.contains(
        DisplayText::isolate(QStringLiteral("Override\u202Eevil, Lena")).toHtmlEscaped()))
        << "the override ends with the name's cell";
    EXPECT_TRUE(html.contains(DisplayText::isolate(QStringLiteral("07700 900456"))));
    EXPECT_TRUE(html.contains(DisplayText::isolate(QStringLiteral("Alex Morgan"))));

    AppointmentEntry card = entries->front();
    ASSERT_EQ(card.appointment.id, first.id);
    const QString cardHtml = AppointmentCardRenderer(ClinicProfile{}, card).html();
    EXPECT_TRUE(cardHtml.contains(
        QStringLiteral("For %1").arg(DisplayText::isolate(QStringLiteral("שרה כהן")))))
        << cardHtml.toStdString();
    EXPECT_TRUE(cardHtml.contains(
        QStringLiteral("with %1").arg(DisplayText::isolate(QStringLiteral("Alex Morgan")))));
}

} // namespace needlechart
