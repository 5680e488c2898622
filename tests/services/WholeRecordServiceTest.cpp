// A patient's whole record (WholeRecordService) on both back ends: everything held about them
// gathered in one read (notes with amendments, consents with their leaflets, screenings,
// letters, who opened the record), packed as an archive that Info-ZIP's unzip reads, audited,
// and refused to those who may not read clinical notes.
#include "needlechart/services/transfer/WholeRecordService.h"

#include "needlechart/storage/audit/AuditRepository.h"
#include "needlechart/storage/consent/ConsentRepository.h"
#include "needlechart/storage/patients/PatientRepository.h"
#include "needlechart/storage/session/SessionRepository.h"

#include "ErrorText.h"
#include "ServicesTest.h"
#include "SessionSamples.h"
#include "SigningClinician.h"
#include "ZipTools.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace needlechart;
using test::describe;
using test::ZipTools;

namespace {

const QByteArray SomePdf = "%PDF-1.4\n% a stand-in: the renderer is the UI layer's\n";

class WholeRecordServiceTest : public test::ServicesTest {
protected:
    WholeRecordServiceTest() : ServicesTest(QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC)) {}

    void SetUp() override
    {
        fillDemoClinic(4, 23);
        auto ids = services.patientRepository().firstRegistered(4);
        ASSERT_TRUE(ids.ok());
        for (PatientId id : *ids) {
            auto history = services.sessionRepository().history(id);
            ASSERT_TRUE(history.ok());
            const auto found =
                std::find_if(history->cbegin(), history->cend(), [](const SessionSummary& s) {
                    return s.status == SessionStatus::Signed;
                });
            if (found != history->cend()) {
                patientId = id;
                signedId = found->id;
                break;
            }
        }
        ASSERT_GT(patientId, 0) << "the demo clinic has a signed note";
    }

    int exportRows()
    {
        AuditQuery query;
        query.action = AuditAction::Export;
        auto rows = services.auditRepository().find(query);
        EXPECT_TRUE(rows.ok());
        return int(std::count_if(rows->cbegin(), rows->cend(), [](const AuditEvent& row) {
            return row.detail == QStringLiteral("whole record");
        }));
    }

    PatientId patientId = 0;
    SessionId signedId = 0;
};

} // namespace

TEST_P(WholeRecordServiceTest, everything_held_about_the_patient_is_gathered)
{
    const User jo = test::signingClinician(services, StaffRole::Clinician, QStringLiteral("jpark"),
                                           QStringLiteral("Jo Park"));
    // Jo opens the notes, amends one and writes to the GP.
    ASSERT_TRUE(services.sessions().history(patientId, jo).ok());
    auto amended = services.sessions().amend(signedId, QStringLiteral("Side recorded wrongly"),
                                             QStringLiteral("Point 2 was on the left."), jo,
                                             test::SigningPassword);
    ASSERT_TRUE(amended.ok()) << describe(amended.error());
    auto letter =
        services.documents().compose(DocumentKind::ReferrerLetter, patientId, signedId, {}, jo);
    ASSERT_TRUE(letter.ok()) << describe(letter.error());
    ASSERT_TRUE(services.documents().keep(*letter, jo).ok());

    auto record = services.wholeRecord().gather(patientId, test::clinicianUser());
    ASSERT_TRUE(record.ok()) << describe(record.error());
    EXPECT_EQ(record->patient().id, patientId);
    auto history = services.sessionRepository().history(patientId);
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(record->notes.size(), qsizetype(history->size()));
    const auto note =
        std::find_if(record->notes.cbegin(), record->notes.cend(),
                     [this](const SessionRecord& n) { return n.session.id == signedId; });
    ASSERT_NE(note, record->notes.cend());
    ASSERT_EQ(note->session.amendments.size(), 1);
    EXPECT_EQ(note->session.amendments.front().text, QStringLiteral("Point 2 was on the left."));
    EXPECT_EQ(note->consent.has_value(), note->session.consentId > 0);

    const auto& consents = record->patientRecord().consents;
    ASSERT_FALSE(consents.isEmpty());
    for (const FhirConsent& given : consents) {
        EXPECT_EQ(given.leaflet.version, given.consent.leafletVersion);
        EXPECT_FALSE(given.leaflet.markdown.isEmpty()) << "the leaflet's text as given";
    }
    auto screenings = services.consentRepository().screenings(patientId);
    ASSERT_TRUE(screenings.ok());
    EXPECT_FALSE(screenings->empty());
    EXPECT_EQ(record->screenings, *screenings);

    ASSERT_EQ(record->letters.size(), 1u);
    EXPECT_EQ(record->letters.front().markdown, letter->markdown) << "with its text";

    EXPECT_TRUE(std::any_of(record->openings.cbegin(), record->openings.cend(),
                            [](const AuditEvent& e) { return e.login == QStringLiteral("jpark"); }))
        << "who opened the record";
    EXPECT_EQ(record->madeBy, QStringLiteral("Alex Morgan"));
    EXPECT_EQ(record->madeAtUtc, clock.nowUtc());
}

TEST_P(WholeRecordServiceTest,
       the_archive_holds_a_read_me_the_pdf_and_the_fhir_bundle_and_is_audited)
{
    auto record = services.wholeRecord().gather(patientId, test::clinicianUser());
    ASSERT_TRUE(record.ok()) << describe(record.error());
    EXPECT_EQ(exportRows(), 0) << "gathering alone writes nothing out";
    auto archive = services.wholeRecord().archive(*record, SomePdf, test::clinicianUser());
    ASSERT_TRUE(archive.ok()) << describe(archive.error());
    EXPECT_EQ(exportRows(), 1);

    QTemporaryDir dir;
    const QString path = dir.filePath(WholeRecordService::suggestedFileName(*record));
    EXPECT_TRUE(path.endsWith(QStringLiteral("whole-record-%1-2026-12-04.zip").arg(patientId)));
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(*archive);
    out.close();
    EXPECT_TRUE(ZipTools::intact(path));
    EXPECT_EQ(ZipTools::names(path),
              QStringList({QStringLiteral("README.txt"), QStringLiteral("record.pdf"),
                           QStringLiteral("record-fhir.json")}));
    EXPECT_EQ(ZipTools::file(path, QStringLiteral("record.pdf")), SomePdf);
    const QJsonObject bundle =
        QJsonDocument::fromJson(ZipTools::file(path, QStringLiteral("record-fhir.json"))).object();
    EXPECT_EQ(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
    const QString readMe = QString::fromUtf8(ZipTools::file(path, QStringLiteral("README.txt")));
    EXPECT_TRUE(readMe.contains(record->patient().familyName)) << readMe.toStdString();
    EXPECT_TRUE(readMe.contains(QStringLiteral("Alex Morgan")));
}

TEST_P(WholeRecordServiceTest, the_front_desk_may_not_take_the_record_out)
{
    auto gathered = services.wholeRecord().gather(patientId, test::frontDeskUser());
    ASSERT_FALSE(gathered.ok());
    EXPECT_EQ(gathered.error().code, ErrorCode::NotPermitted);

    auto record = services.wholeRecord().gather(patientId, test::clinicianUser());
    ASSERT_TRUE(record.ok());
    auto packed = services.wholeRecord().archive(*record, SomePdf, test::frontDeskUser());
    ASSERT_FALSE(packed.ok());
    EXPECT_EQ(packed.error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(exportRows(), 0);
}

TEST_P(WholeRecordServiceTest, an_archive_without_its_pdf_is_refused_and_not_audited)
{
    auto record = services.wholeRecord().gather(patientId, test::clinicianUser());
    ASSERT_TRUE(record.ok());
    auto packed = services.wholeRecord().archive(*record, {}, test::clinicianUser());
    ASSERT_FALSE(packed.ok());
    EXPECT_EQ(exportRows(), 0);
}

NEEDLECHART_ON_EVERY_BACKEND(WholeRecordServiceTest);
