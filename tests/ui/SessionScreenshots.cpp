// needlechart_session_screenshots OUT_DIR: builds a made-up patient with an earlier signed
// session on a temporary database, then renders the session window twice and writes
//   session-charting.png   a new session being charted: eight points on the map with the
//                           previous session ghosted, the point table and the form filled in;
//   session-copied.png     a new session started from the last one, its copies in italics;
//   session-signed.png     a signed note reopened read-only, with an amendment under it;
//   main-window.png        the main window with that patient selected among demo patients;
//   appointments-day.png   the appointment book's day view for three clinicians;
//   appointments-week.png  one clinician's week (both beside today's list at 09:50);
//   patient-appointments.png  the front desk's patient view with its appointments;
//   before-needling.png    what a new session opens on for a patient screened but not consented;
//   note-search.png        Search Notes: "elbow grip" in every clinician's notes;
//   pain-drawing.png       today's session on its pain drawing tab, last week's ghosted, with
//                           the candidate muscles;
//   compare-visits.png     last week's visit and today's side by side;
//   progress-pain.png      a demo patient's pain before and after six weekly visits;
//   muscle-history.png     that patient's right upper trapezius, visit by visit;
//   letter-dialog.png      a letter to that patient's GP being written, its page beside it;
// and, given a third argument, day-sheet.pdf, appointment-card.pdf, letter.pdf,
// aftercare-sheet.pdf and progress-report.pdf there too.
// With a second argument, also writes that patient's consent form as a PDF there; with a third,
// pictures of the screening, consent and clinic settings dialogs into that folder (for a look,
// not for docs).
// Used to keep docs/screenshots current: build/default/tests/ui/needlechart_session_screenshots
// docs/screenshots. Runs offscreen, no display needed.
// Everything shown is invented for the picture.
#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/FixedClock.h"
#include "needlechart/domain/paindrawing/ReferralPatterns.h"
#include "needlechart/services/backup/BackupService.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/services/demo/DemoClinic.h"
#include "needlechart/services/outcomes/OutcomeService.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/services/session/SessionService.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/patients/PatientRepository.h"
#include "needlechart/storage/session/SessionRepository.h"
#include "needlechart/ui/appointments/AppointmentBookView.h"
#include "needlechart/ui/appointments/AppointmentCalendar.h"
#include "needlechart/ui/appointments/AppointmentDialog.h"
#include "needlechart/ui/appointments/AppointmentsPage.h"
#include "needlechart/ui/appointments/TodayPanel.h"
#include "needlechart/ui/bodymap/BodyMapView.h"
#include "needlechart/ui/bodymap/MusclePicker.h"
#include "needlechart/ui/bodymap/TriggerPointPlacement.h"
#include "needlechart/ui/common/Appearance.h"
#include "needlechart/ui/common/MessagePresenter.h"
#include "needlechart/ui/common/Translations.h"
#include "needlechart/ui/consent/BeforeNeedlingDialog.h"
#include "needlechart/ui/consent/ConsentDialog.h"
#include "needlechart/ui/consent/ScreeningDialog.h"
#include "needlechart/ui/documents/LetterDialog.h"
#include "needlechart/ui/mainwindow/MainWindow.h"
#include "needlechart/ui/outcomes/ProgressPanel.h"
#include "needlechart/ui/paindrawing/PainDrawingPanel.h"
#include "needlechart/ui/paper/AppointmentDocuments.h"
#include "needlechart/ui/paper/DocumentRenderer.h"
#include "needlechart/ui/paper/LeafletPrinter.h"
#include "needlechart/ui/paper/SessionDocuments.h"
#include "needlechart/ui/patients/PatientListPanel.h"
#include "needlechart/ui/session/CompareVisitsDialog.h"
#include "needlechart/ui/session/MuscleHistoryDialog.h"
#include "needlechart/ui/session/MyDraftsPanel.h"
#include "needlechart/ui/session/NoteSearchDialog.h"
#include "needlechart/ui/session/PointTableModel.h"
#include "needlechart/ui/session/SessionController.h"
#include "needlechart/ui/session/SessionEditor.h"
#include "needlechart/ui/session/SessionView.h"
#include "needlechart/ui/session/SessionWindow.h"
#include "needlechart/ui/settings/AppSettings.h"
#include "needlechart/ui/settings/ClinicSettingsDialog.h"
#include "needlechart/ui/transfer/ImportPatientsWizard.h"

#include "SessionSamples.h"
#include "SigningClinician.h"
#include "settings/RestoreBackupDialog.h"
#include "transfer/ImportFilePage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <array>
#include <cmath>
#include <cstdio>

using namespace needlechart;

namespace {

class SilentMessages final : public MessagePresenter {
public:
    void information(QWidget*, const QString&, const QString&) override {}
    void warning(QWidget*, const QString&, const QString& text) override
    {
        std::fprintf(stderr, "warning: %s\n", qPrintable(text));
    }
    void critical(QWidget*, const QString&, const QString& text) override
    {
        std::fprintf(stderr, "critical: %s\n", qPrintable(text));
    }
    bool question(QWidget*, const QString&, const QString&) override { return true; }
    std::optional<QString> askText(QWidget*, const QString&, const QString&,
                                   const QString&) override
    {
        return std::nullopt;
    }
    std::optional<int> choose(QWidget*, const QString&, const QString&, const QStringList&) override
    {
        return std::nullopt;
    }
    std::optional<QString> askReason(QWidget*, const QString&, const QString&, const QString&,
                                     const QString&) override
    {
        return std::nullopt;
    }
    std::optional<QString> askPassword(QWidget*, const QString&, const QString&) override
    {
        return std::nullopt;
    }
    std::optional<QString> openFileName(QWidget*, const QString&, const QString&,
                                        const QString&) override
    {
        return std::nullopt;
    }
    std::optional<QString> saveFileName(QWidget*, const QString&, const QString&,
                                        const QString&) override
    {
        return std::nullopt;
    }
    std::optional<QString> folderName(QWidget*, const QString&, const QString&) override
    {
        return std::nullopt;
    }
};

struct Mark {
    const char* muscle;
    BodySide side;
    TwitchResponse twitch;
    int depth;
    bool pain;
};

void mark(SessionEditor& editor, const TriggerPointPlacement& placement, const Mark& m,
          double dy = 0)
{
    auto placed = placement.place(QString::fromLatin1(m.muscle), m.side, BodyView::Posterior);
    if (!placed.ok())
        placed = placement.place(QString::fromLatin1(m.muscle), m.side);
    if (!placed.ok()) {
        std::fprintf(stderr, "cannot place %s\n", m.muscle);
        return;
    }
    const TriggerPointKey key = editor.pointEditor().addPoint(
        placed->view, QString::fromLatin1(m.muscle), m.side, placed->position + QPointF(0, dy));
    PointFindings f;
    f.twitch = m.twitch;
    f.twitchCount = m.twitch == TwitchResponse::Multiple ? 3 : 0;
    f.depthMm = m.depth;
    f.painReproduced = m.pain;
    f.referredPatternReproduced = m.pain && m.twitch != TwitchResponse::None;
    f.needleGaugeMm = 0.30;
    f.needleLengthMm = m.depth > 30 ? 50 : 40;
    editor.pointEditor().setFindings(key, f);
}

void fillForm(SessionEditor& editor, const char* complaint)
{
    editor.edit(QStringLiteral("screenshot"), [&](Session& s) {
        s.presentingComplaint = QString::fromUtf8(complaint);
        s.positions = {PatientPosition::Prone};
        s.painBefore = 7;
        s.painAfter = 3;
        s.needles = {NeedleUse{0.30, 40, QStringLiteral("LOT 24-118A"), 6, 6},
                     NeedleUse{0.30, 50, QStringLiteral("LOT 24-121C"), 2, 2}};
        s.soreness = 4;
        s.bruising = BruisingGrade::Minor;
        s.bruisingSite = QStringLiteral("Left infraspinatus");
        s.otherCare = {
            OtherCare{OtherCareKind::SoftTissue, QStringLiteral("Trapezius release, 5 min")},
            OtherCare{OtherCareKind::RehabExercises,
                      QStringLiteral("Scapular setting, 3 x 10 daily")}};
        s.adverseEvents = {AdverseEvent{AdverseEventKind::Bruising, AdverseEventGrade::Mild,
                                        QString(), QStringLiteral("Pressure 2 min"), QString()}};
        s.advice = QStringLiteral("Soreness for 24 to 48 hours is common: keep moving, use heat. "
                                  "Needled over the chest: breathless or chest pain on breathing, "
                                  "seek urgent care.");
        s.followUp = QStringLiteral("Review in 7 days");
    });
}

// A shaded area over the referral zone `zone` on the patient's `side`, a little irregular as a
// hand shades, `scale` times the zone's size.
PainArea zoneArea(const char* zone, BodySide side, PainType type, int intensity, double scale)
{
    const ReferralPatterns& referral = ReferralPatterns::builtIn();
    PainArea area{BodyView::Anterior, type, intensity, {}};
    for (const ReferralZone* z : referral.zonesWithId(QString::fromLatin1(zone))) {
        if (z->side && z->side != side)
            continue;
        area.view = z->view;
        constexpr int Corners = 36;
        for (int i = 0; i < Corners; ++i) {
            const double angle = 2 * 3.14159265358979323846 * i / Corners;
            const double wobble = 1.0 + 0.1 * std::sin(3 * angle) + 0.05 * std::cos(5 * angle);
            area.outline.append(z->centre
                                + QPointF(z->radii.width() * scale * wobble * std::cos(angle),
                                          z->radii.height() * scale * wobble * std::sin(angle)));
        }
        break;
    }
    return area;
}

bool save(QWidget& window, const QString& path)
{
    QCoreApplication::processEvents();
    const bool ok = window.grab().save(path, "PNG");
    if (!ok)
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // NEEDLECHART_LANGUAGE=de renders the same windows in German (docs/screenshots/de/).
    Translations::apply(qEnvironmentVariable("NEEDLECHART_LANGUAGE", QStringLiteral("en")));
    // NEEDLECHART_APPEARANCE=dark renders them in the dark palette (docs/screenshots/dark/).
    Appearance::apply(qEnvironmentVariable("NEEDLECHART_APPEARANCE"));
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(outDir);

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("screenshots.db")));
    if (!opened.ok()) {
        std::fprintf(stderr, "cannot open a database: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    FixedClock clock(QDateTime(QDate(2026, 11, 17), QTime(9, 40), Qt::UTC));
    ClinicServices services(*db, clock, MuscleCatalogue::builtIn(),
                            PasswordHasher::Limits::minimumForTests());
    PatientService& patients = services.patients();
    SessionService& sessions = services.sessions();
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    SilentMessages messages;
    // Alex Morgan, with a staff account (who signs the notes shown).
    const User user = test::signingClinician(services);
    if (user.accountId <= 0)
        return 1;
    UiContext context = UiContext::of(services, settings, messages, user);

    if (!DemoClinic::populate(*db, services.patientRepository(), 60, 20240601, clock.nowUtc()).ok())
        return 1;
    ClinicProfile clinic;
    clinic.name = QStringLiteral("Riverside Physiotherapy");
    clinic.phone = QStringLiteral("0113 496 0999");
    if (!services.clinic().saveProfile(clinic, user).ok())
        return 1;
    Patient p;
    p.familyName = QStringLiteral("Lindqvist");
    p.givenName = QStringLiteral("Maja");
    p.dateOfBirth = QDate(1988, 4, 2);
    auto patient = patients.create(p, user);
    if (!patient.ok())
        return 1;
    {
        Screening screening;
        screening.patientId = patient->id;
        screening.answers = {
            ScreeningAnswer{QStringLiteral("must-drive"), true,
                            QStringLiteral("Drives home: rests 15 minutes first")}};
        auto leaflet = services.clinic().currentLeaflet();
        Consent consent;
        consent.patientId = patient->id;
        consent.leafletVersion = leaflet.ok() ? leaflet->version : 1;
        consent.scope = QStringLiteral("Neck and upper back, course of treatment");
        consent.signedName = QStringLiteral("Maja Lindqvist");
        if (!services.consent().recordScreening(screening, user).ok()
            || !services.consent().recordConsent(consent, user).ok()) {
            std::fprintf(stderr, "cannot record screening and consent\n");
            return 1;
        }
    }
    const TriggerPointPlacement placement;

    // Last week's session, signed, with an amendment the next day.
    SessionId earlierId = 0;
    {
        SessionWindow* window = SessionWindow::openNew(context, patient->id);
        SessionEditor& editor = window->editor();
        for (const Mark& m :
             {Mark{"upper_trapezius", BodySide::Left, TwitchResponse::Multiple, 15, true},
              Mark{"upper_trapezius", BodySide::Right, TwitchResponse::Single, 15, true},
              Mark{"infraspinatus", BodySide::Left, TwitchResponse::Single, 20, false},
              Mark{"levator_scapulae", BodySide::Left, TwitchResponse::None, 25, true},
              Mark{"rhomboids", BodySide::Left, TwitchResponse::None, 10, false}})
            mark(editor, placement, m);
        fillForm(editor, "Left neck and shoulder-blade pain for 6 weeks after a house move; "
                         "headaches at the end of the working day.");
        editor.addPainAreas(
            {zoneArea("posterolateral_neck", BodySide::Left, PainType::Ache, 8, 1.7),
             zoneArea("medial_scapular_border", BodySide::Left, PainType::Ache, 6, 1.5),
             zoneArea("interscapular", BodySide::Left, PainType::Ache, 5, 0.7),
             zoneArea("temple", BodySide::Left, PainType::Ache, 5, 1.4)});
        window->resize(1500, 960);
        window->show();
        window->controller().sign(test::SigningPassword);
        earlierId = editor.session().id;
        window->close();
        clock.advanceSeconds(26 * 3600);
        auto amended =
            sessions.amend(earlierId, QStringLiteral("Patient phoned next day"),
                           QStringLiteral("Mild soreness only, no headache since. Bruise "
                                          "over left infraspinatus fading."),
                           user, test::SigningPassword);
        if (!amended.ok())
            std::fprintf(stderr, "amend failed: %s\n", qPrintable(amended.error().message));
    }

    // Today: a new session with the earlier one ghosted.
    clock.set(QDateTime(QDate(2026, 11, 24), QTime(10, 5), Qt::UTC));
    bool ok = true;
    SessionId todayId = 0;
    {
        // The same morning, started from last week's note instead: the copies in italics, the
        // first point's findings already recorded. Undone before closing, so nothing is kept.
        SessionWindow* window = SessionWindow::openNew(context, patient->id);
        window->resize(1500, 960);
        window->show();
        if (window->copyFromLastSession()) {
            const TriggerPoint first = window->editor().session().points.points().at(0);
            PointFindings found = first.findings;
            found.twitch = TwitchResponse::Single;
            found.painReproduced = true;
            window->editor().pointEditor().setFindings(first.key, found);
            window->view()->pointTable()->selectRow(0);
            ok = save(*window, QDir(outDir).filePath(QStringLiteral("session-copied.png"))) && ok;
        } else {
            ok = false;
        }
        window->editor().undoStack().setIndex(0);
        window->close();
    }
    {
        SessionWindow* window = SessionWindow::openNew(context, patient->id);
        SessionEditor& editor = window->editor();
        for (const Mark& m :
             {Mark{"upper_trapezius", BodySide::Left, TwitchResponse::Multiple, 15, true},
              Mark{"levator_scapulae", BodySide::Left, TwitchResponse::Single, 25, true},
              Mark{"infraspinatus", BodySide::Left, TwitchResponse::Single, 20, true},
              Mark{"infraspinatus", BodySide::Right, TwitchResponse::None, 20, false},
              Mark{"splenius_capitis", BodySide::Left, TwitchResponse::None, 20, true},
              Mark{"middle_trapezius", BodySide::Left, TwitchResponse::Single, 10, false},
              Mark{"multifidus", BodySide::Left, TwitchResponse::None, 40, false},
              Mark{"teres_minor", BodySide::Left, TwitchResponse::Single, 25, true},
              Mark{"suboccipitals", BodySide::Left, TwitchResponse::None, 20, true}})
            mark(editor, placement, m);
        fillForm(editor, "Review: neck pain 5/10 this morning, fewer headaches since last week.");
        editor.edit(SessionFields::PainBefore, [](Session& s) {
            s.painBefore = 5;
            s.painAfter = 2;
        });
        editor.addPainAreas(
            {zoneArea("posterolateral_neck", BodySide::Left, PainType::Ache, 6, 1.5),
             zoneArea("angle_of_neck", BodySide::Left, PainType::Ache, 5, 1.5),
             zoneArea("medial_scapular_border", BodySide::Left, PainType::Burning, 4, 1.3),
             zoneArea("temple", BodySide::Left, PainType::Ache, 3, 1.2),
             zoneArea("radial_forearm", BodySide::Left, PainType::PinsAndNeedles, 3, 1.0)});
        window->resize(1500, 960);
        window->show();
        window->controller().saveDraft();
        todayId = editor.session().id;
        window->view()->mapTabs()->setCurrentWidget(window->view()->painDrawing());
        {
            // Zoomed on the back of the neck and shoulder, as one shades there.
            BodyMapWidget& back = window->view()->bodyMap()->map(BodyView::Posterior);
            back.zoomAbout(back.toWidget(QPointF(0.42, 0.2)), 1.8);
            ok = save(*window, QDir(outDir).filePath(QStringLiteral("pain-drawing.png"))) && ok;
            back.fitToView();
        }
        window->view()->mapTabs()->setCurrentIndex(0);
        window->view()->pointTable()->selectRow(2);
        // The picker showing a muscle with a caution, as it is found by typing.
        if (auto* picker = window->findChild<MusclePicker*>())
            if (auto* search = picker->findChild<QLineEdit*>())
                search->setText(QStringLiteral("suboccip"));
        ok = save(*window, QDir(outDir).filePath(QStringLiteral("session-charting.png"))) && ok;
        window->close();
    }
    {
        SessionWindow* window = SessionWindow::openExisting(context, earlierId);
        window->resize(1500, 960);
        window->show();
        ok = save(*window, QDir(outDir).filePath(QStringLiteral("session-signed.png"))) && ok;
        window->close();
    }
    {
        CompareVisitsDialog compare(context, patient->id, patient->fullName());
        compare.compare(earlierId, todayId);
        compare.resize(1100, 820);
        compare.show();
        ok = save(compare, QDir(outDir).filePath(QStringLiteral("compare-visits.png"))) && ok;
    }
    {
        MainWindow window(context);
        window.resize(1280, 800);
        window.show();
        window.listPanel()->selectPatient(patient->id);
        ok = save(window, QDir(outDir).filePath(QStringLiteral("main-window.png"))) && ok;
        // Another patient's draft from the day before, left unsigned, beside today's.
        {
            const QDateTime today = clock.nowUtc();
            clock.set(today.addDays(-1).addSecs(5 * 3600));
            // One of the demo clinic's patients.
            if (auto started = sessions.startSession(PatientId(7), user); started.ok()) {
                started->presentingComplaint = QStringLiteral("Right lateral elbow pain");
                (void)sessions.saveDraft(*started, user);
            }
            clock.set(today.addSecs(7 * 3600)); // the end of today's list
        }
        if (auto* drafts = window.findChild<MyDraftsPanel*>()) {
            window.tabs()->setCurrentWidget(drafts);
            drafts->reload();
            ok = save(window, QDir(outDir).filePath(QStringLiteral("my-drafts.png"))) && ok;
        }
    }
    {
        // A new patient screened today (on an anticoagulant) but not yet consented: what a new
        // session opens on.
        Patient n;
        n.familyName = QStringLiteral("Adeyemi");
        n.givenName = QStringLiteral("Tolu");
        n.dateOfBirth = QDate(1979, 9, 9);
        auto newcomer = patients.create(n, user);
        Screening screening;
        screening.patientId = newcomer.ok() ? newcomer->id : 0;
        screening.answers = {ScreeningAnswer{QStringLiteral("anticoagulants"), true,
                                             QStringLiteral("Apixaban 5 mg twice daily")}};
        if (newcomer.ok() && services.consent().recordScreening(screening, user).ok()) {
            BeforeNeedlingDialog before(context, newcomer->id, newcomer->fullName());
            before.show();
            ok = save(before, QDir(outDir).filePath(QStringLiteral("before-needling.png"))) && ok;
        } else {
            ok = false;
        }
    }
    {
        // Earlier notes of some demo patients that a search for "elbow grip" finds.
        const std::array<std::pair<const char*, const char*>, 5> notes{{
            {"Lateral elbow pain, worse gripping a kettle; 6 weeks.",
             "Eccentric wrist extension, 3 x 15 daily"},
            {"Right elbow and forearm ache after a week of decorating.",
             "Grip strengthening with putty; avoid heavy gripping for a week"},
            {"Tennis elbow, second episode this year. Grip dynamometer 22 kg right, 38 kg left.",
             "Counterforce brace while at work"},
            {"Medial elbow pain after golf; pain on resisted wrist flexion.",
             "Golfer's elbow stretch, 3 x 30 s"},
            {"Neck pain at the desk.", "Chin tucks, 10 x 3 daily"},
        }};
        int day = 3;
        for (std::size_t i = 0; i < notes.size(); ++i) {
            Session s;
            s.patientId = PatientId(11 + 3 * i);
            s.treatedAt = clock.nowUtc().addDays(-day);
            day += 9;
            s.clinician = i % 2 ? QStringLiteral("Jo Park") : user.displayName;
            s.clinicianLogin = i % 2 ? QStringLiteral("jo") : user.login;
            s.presentingComplaint = QString::fromUtf8(notes[i].first);
            s.otherCare = {
                OtherCare{OtherCareKind::RehabExercises, QString::fromUtf8(notes[i].second), {}}};
            (void)services.sessionRepository().saveDraft(s, s.treatedAt);
        }
        NoteSearchDialog search(context);
        search.setScope(NoteSearchDialog::Scope::Everyone);
        search.searchEdit()->setText(QStringLiteral("elbow grip"));
        search.search();
        search.resize(1000, 560);
        search.show();
        ok = save(search, QDir(outDir).filePath(QStringLiteral("note-search.png"))) && ok;
    }
    {
        // Six weeks of care of one demo patient: pain before and after each signed visit.
        const PatientId treated = 7;
        const std::array<std::pair<int, int>, 6> scores{
            {{8, 5}, {7, 5}, {7, 4}, {5, 3}, {4, 2}, {3, 1}}};
        for (std::size_t week = 0; week < scores.size(); ++week) {
            Session s;
            s.patientId = treated;
            s.treatedAt = clock.nowUtc().addDays(-7 * int(scores.size() - week));
            s.clinician = user.displayName;
            s.clinicianLogin = user.login;
            s.painBefore = scores[week].first;
            s.painAfter = scores[week].second;
            // The right upper trapezius each week, its twitch fading as it settles.
            TriggerPoint trapezius(0, BodyView::Posterior, QStringLiteral("upper_trapezius"),
                                   BodySide::Right, QPointF(0.61, 0.17));
            trapezius.findings.setTwitch(week < 2   ? TwitchResponse::Multiple
                                         : week < 4 ? TwitchResponse::Single
                                                    : TwitchResponse::None);
            if (trapezius.findings.twitch == TwitchResponse::Multiple)
                trapezius.findings.setTwitchCount(4 - int(week));
            trapezius.findings.painReproduced = week < 4;
            trapezius.findings.referredPatternReproduced = week < 2;
            trapezius.findings.depthMm = 15;
            trapezius.findings.technique =
                week < 3 ? NeedlingTechnique::Pistoning : NeedlingTechnique::FastInFastOut;
            if (week == 0)
                trapezius.findings.notes = QStringLiteral("Headache reproduced behind the eye.");
            s.points.add(trapezius);
            auto stored = services.sessionRepository().saveDraft(s, s.treatedAt);
            if (stored.ok())
                (void)services.sessionRepository().markSigned(
                    stored->id, stored->rowVersion, s.clinician, s.treatedAt.addSecs(1800), 0, 0, 0,
                    user.accountId, QString());
        }
        // The Patient-Specific Functional Scale at the first visit, the third and the last.
        const std::array<std::array<int, 3>, 3> function{{{2, 3, 4}, {5, 5, 6}, {7, 8, 8}}};
        clock.advanceSeconds(-42 * 24 * 3600);
        for (std::size_t i = 0; i < function.size(); ++i) {
            (void)services.outcomes().record(
                treated, 0, QStringLiteral("psfs"),
                {{QStringLiteral("Driving more than half an hour"), function[i][0]},
                 {QStringLiteral("Working at the computer"), function[i][1]},
                 {QStringLiteral("Carrying the shopping"), function[i][2]}},
                user);
            clock.advanceSeconds(14 * 24 * 3600);
        }
        ProgressPanel progress(context);
        progress.resize(820, 760);
        progress.show();
        progress.showPatient(treated);
        ok = save(progress, QDir(outDir).filePath(QStringLiteral("progress-pain.png"))) && ok;
        if (argc > 3) {
            QDir().mkpath(QString::fromLocal8Bit(argv[3]));
            ok = progress
                     .exportPdf(QDir(QString::fromLocal8Bit(argv[3]))
                                    .filePath(QStringLiteral("progress-report.pdf")))
                     .ok()
                 && ok;
        }
        {
            LetterDialog letter(context, treated, 0);
            letter.resize(1180, 760);
            letter.show();
            ok = save(letter, QDir(outDir).filePath(QStringLiteral("letter-dialog.png"))) && ok;
            if (argc > 3) {
                const QString papers = QString::fromLocal8Bit(argv[3]);
                QDir().mkpath(papers);
                ok = letter.savePdfTo(QDir(papers).filePath(QStringLiteral("letter.pdf"))).ok()
                     && ok;
                auto history = services.sessions().history(treated, user);
                if (history.ok() && !history->empty()) {
                    auto sheet = SessionDocuments(context).aftercareFor(history->front().id);
                    ok = sheet.ok()
                         && DocumentRenderer(*sheet)
                                .exportPdf(
                                    QDir(papers).filePath(QStringLiteral("aftercare-sheet.pdf")))
                                .ok()
                         && ok;
                }
            }
        }
        MuscleHistoryDialog history(context, treated, QStringLiteral("upper_trapezius"),
                                    BodySide::Right);
        history.resize(980, 340);
        history.show();
        ok = save(history, QDir(outDir).filePath(QStringLiteral("muscle-history.png"))) && ok;
    }
    {
        // A made-up appointment book around the patients above.
        AppointmentService& book = services.appointments();
        std::vector<ClinicianId> staff;
        for (const char* name : {"Alex Morgan", "Jo Park", "Sam Okafor"})
            staff.push_back(
                book.addClinician(Clinician{0, QString::fromLatin1(name), {}, 0b0011111, true},
                                  user)
                    ->id);
        const QDate monday(2026, 11, 23);
        // Booked the Friday before: the book refuses bookings in the past.
        clock.set(QDateTime(monday.addDays(-3), QTime(17, 0), Qt::LocalTime).toUTC());
        int booked = 0;
        for (int day = 0; day < 5; ++day) {
            for (std::size_t c = 0; c < staff.size(); ++c) {
                QTime t(8, 30);
                for (int i = 0; i < 9; ++i) {
                    const int minutes = (i + day + int(c)) % 3 == 0 ? 60 : 30;
                    Appointment a;
                    a.patientId = 1 + (booked * 7) % 60;
                    a.clinicianId = staff[c];
                    a.start = QDateTime(monday.addDays(day), t, Qt::LocalTime).toUTC();
                    a.durationMinutes = minutes;
                    a.type = static_cast<AppointmentType>((booked + int(c)) % 4);
                    if ((booked % 11) != 5) { // a few gaps
                        if (auto made = book.book(a, user); !made) {
                            std::fprintf(stderr, "booking refused: %s\n",
                                         qPrintable(made.error().message));
                            ok = false;
                        }
                    }
                    ++booked;
                    t = t.addSecs((minutes + ((i % 3 == 1) ? 15 : 0)) * 60);
                }
            }
        }
        // Tuesday morning at the front desk: the first patients seen, some waiting, one late.
        const QDate tuesday(2026, 11, 24);
        clock.set(QDateTime(tuesday, QTime(9, 50), Qt::LocalTime).toUTC());
        if (auto today = book.day(tuesday, user)) {
            for (const Appointment& a : *today) {
                const QTime start = a.start.toLocalTime().time();
                std::vector<AppointmentStatus> steps;
                if (start < QTime(9, 0))
                    steps = {AppointmentStatus::Arrived, AppointmentStatus::InTreatment,
                             AppointmentStatus::Completed};
                else if (start < QTime(9, 40) && a.clinicianId != staff[1])
                    steps = {AppointmentStatus::Arrived, AppointmentStatus::InTreatment};
                else if (start < QTime(10, 0) && a.clinicianId != staff[1])
                    steps = {AppointmentStatus::Arrived};
                Appointment current = a;
                for (AppointmentStatus step : steps) {
                    if (auto moved = book.setStatus(current, step, {}, user))
                        current = *moved;
                }
            }
        }
        AppointmentsPage page(context);
        page.resize(1500, 800);
        page.show();
        page.splitter()->setSizes({1040, 460});
        page.book()->showDay(tuesday);
        page.book()->calendar()->setToday(tuesday);
        page.today()->reload();
        ok = save(page, QDir(outDir).filePath(QStringLiteral("appointments-day.png"))) && ok;
        page.book()->showWeek(staff[1], tuesday);
        ok = save(page, QDir(outDir).filePath(QStringLiteral("appointments-week.png"))) && ok;

        // The patient view's Appointments tab, for the front desk.
        UiContext desk = context;
        desk.user = User{QStringLiteral("desk"), QStringLiteral("Sam Reid"), StaffRole::FrontDesk};
        MainWindow window(desk);
        window.resize(1280, 800);
        window.show();
        window.listPanel()->selectPatient(8);
        ok = save(window, QDir(outDir).filePath(QStringLiteral("patient-appointments.png"))) && ok;

        if (argc > 3) {
            const QString papers = QString::fromLocal8Bit(argv[3]);
            QDir().mkpath(papers);
            const AppointmentDocuments documents(context);
            ok = documents
                     .exportDaySheetPdf(tuesday,
                                        QDir(papers).filePath(QStringLiteral("day-sheet.pdf")))
                     .ok()
                 && ok;
            if (auto upcoming = book.bookingsOf(8, clock.nowUtc(), user);
                upcoming && !upcoming->upcoming.empty())
                ok = documents
                         .exportCardPdf(
                             upcoming->upcoming.front().id,
                             QDir(papers).filePath(QStringLiteral("appointment-card.pdf")))
                         .ok()
                     && ok;
        }
    }
    if (argc > 3) {
        const QString dialogs = QString::fromLocal8Bit(argv[3]);
        QDir().mkpath(dialogs);
        ScreeningDialog screening(services.consent(), patient->id, patient->fullName(), user);
        screening.show();
        ok = save(screening, QDir(dialogs).filePath(QStringLiteral("screening.png"))) && ok;
        ConsentDialog consent(services.consent(), services.clinic(), patient->id,
                              patient->fullName(), user);
        consent.show();
        ok = save(consent, QDir(dialogs).filePath(QStringLiteral("consent.png"))) && ok;
        (void)services.appointments().addRoom(Room{0, QStringLiteral("Room 1"), true}, user);
        ClinicSettingsDialog settingsDialog(context);
        settingsDialog.show();
        ok = save(settingsDialog, QDir(dialogs).filePath(QStringLiteral("clinic-settings.png")))
             && ok;
        if (auto* tabs = settingsDialog.findChild<QTabWidget*>()) {
            tabs->setCurrentIndex(tabs->count() - 1);
            ok = save(settingsDialog,
                      QDir(dialogs).filePath(QStringLiteral("clinic-settings-book.png")))
                 && ok;
        }
        {
            // The admin's Backups tab after one backup, with the passphrase set.
            const User admin = test::clinicAdminUser();
            services.backups().setKeyLimits(BackupKey::Limits::minimumForTests());
            if (auto backup = services.backups().settings(admin)) {
                backup->folder = QDir(dialogs).filePath(QStringLiteral("backups"));
                ok = services.backups().saveSettings(*backup, admin).ok() && ok;
                ok = services.backups()
                         .setPassphrase(QStringLiteral("tarn heron lantern gate"),
                                        QStringLiteral("tarn heron lantern gate"), admin)
                         .ok()
                     && ok;
                ok = services.backups().backupNow(admin).ok() && ok;
            }
            UiContext adminContext = UiContext::of(services, settings, messages, admin);
            ClinicSettingsDialog adminDialog(adminContext);
            adminDialog.show();
            if (auto* tabs = adminDialog.findChild<QTabWidget*>()) {
                tabs->setCurrentIndex(tabs->count() - 1);
                ok = save(adminDialog,
                          QDir(dialogs).filePath(QStringLiteral("clinic-settings-backups.png")))
                     && ok;
            }
            // File > Restore from Backup…, listing that backup.
            RestoreBackupDialog restoreDialog(adminContext,
                                              QDir(dialogs).filePath(QStringLiteral("backups")));
            restoreDialog.show();
            ok = save(restoreDialog, QDir(dialogs).filePath(QStringLiteral("restore-backup.png")))
                 && ok;
            QDir(QDir(dialogs).filePath(QStringLiteral("backups"))).removeRecursively();
        }
        Appointment draft;
        draft.patientId = patient->id;
        draft.start = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::LocalTime).toUTC();
        if (auto clinicians = services.appointments().clinicians(user);
            clinicians && !clinicians->empty()) {
            draft.clinicianId = clinicians->front().id;
            AppointmentDialog booking(context, services.appointments(), *clinicians, draft);
            booking.show();
            ok = save(booking, QDir(dialogs).filePath(QStringLiteral("booking.png"))) && ok;
        }
        {
            // File > Import patients…: a practice system's export with one row that cannot be
            // registered and one that is the patient above, on each of the wizard's pages.
            const QString csv = QDir(dialogs).filePath(QStringLiteral("patient-list.csv"));
            QFile file(csv);
            if (file.open(QIODevice::WriteOnly)) {
                const QString text =
                    QStringLiteral("Nachname;Vorname;Geburtsdatum;Geschlecht;Telefon\r\n"
                                   "Okonkwo;Adaeze;14.02.1988;w;030 5550101\r\n"
                                   "Brennan;Aoife;31.02.1990;w;030 5550102\r\n")
                    + patient->familyName + QLatin1Char(';') + patient->givenName + QLatin1Char(';')
                    + patient->dateOfBirth.toString(QStringLiteral("dd.MM.yyyy"))
                    + QStringLiteral(";;030 5550103\r\n"
                                     "Lindqvist;Sven;03.09.1975;m;030 5550104\r\n");
                file.write(text.toLatin1());
                file.close();
            }
            ImportPatientsWizard wizard(context);
            wizard.show();
            ok = wizard.filePage()->openFile(csv) && ok;
            ok = save(wizard, QDir(dialogs).filePath(QStringLiteral("import-file.png"))) && ok;
            wizard.next();
            ok = save(wizard, QDir(dialogs).filePath(QStringLiteral("import-mapping.png"))) && ok;
            wizard.next();
            ok = save(wizard, QDir(dialogs).filePath(QStringLiteral("import-check.png"))) && ok;
            QFile::remove(csv);
        }
    }
    if (argc > 2) {
        const QString form = QString::fromLocal8Bit(argv[2]);
        ok = LeafletPrinter(context)
                 .exportPdfTo(patient->id, form, LeafletPrinter::Document::ConsentForm)
                 .ok()
             && ok;
    }
    return ok ? 0 : 1;
}
