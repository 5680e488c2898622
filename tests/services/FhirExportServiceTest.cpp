// A patient's record and the whole clinic as FHIR R4 (FhirExportService) on both back ends: the
// demo clinic's made-up patients, with notes, consents, bookings and outcome scores, exported,
// checked by the independent validator, audited, refused to those who may not.
#include "needlechart/services/transfer/FhirExportService.h"

#include "needlechart/storage/audit/AuditRepository.h"
#include "needlechart/storage/clinic/ClinicRepository.h"
#include "needlechart/storage/patients/PatientRepository.h"

#include "ErrorText.h"
#include "FhirValidator.h"
#include "ServicesTest.h"
#include "SessionSamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace needlechart;
using test::describe;
using test::ValidatorRun;

namespace {

class FhirExportServiceTest : public test::ServicesTest {
protected:
    FhirExportServiceTest() : ServicesTest(QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC)) {}

    void SetUp() override { fillDemoClinic(6, 19); }

    PatientId firstPatient()
    {
        auto ids = services.patientRepository().firstRegistered(1);
        EXPECT_TRUE(ids.ok() && !ids->empty());
        return ids && !ids->empty() ? ids->front() : 0;
    }
    static QJsonObject parsed(const QByteArray& bytes)
    {
        return QJsonDocument::fromJson(bytes).object();
    }
    static int countOf(const QJsonObject& bundle, const QString& type)
    {
        int n = 0;
        for (const QJsonValue& entry : bundle.value(QStringLiteral("entry")).toArray())
            n += entry[QStringLiteral("resource")][QStringLiteral("resourceType")].toString()
                 == type;
        return n;
    }
    int exportRows(const QString& objectType)
    {
        AuditQuery query;
        query.action = AuditAction::Export;
        auto rows = services.auditRepository().find(query);
        EXPECT_TRUE(rows.ok());
        int n = 0;
        for (const AuditEvent& row : rows ? *rows : std::vector<AuditEvent>{})
            n += row.objectType == objectType && row.detail.startsWith(QStringLiteral("fhir"));
        return n;
    }
};

} // namespace

TEST_P(FhirExportServiceTest, a_patients_record_exports_as_a_valid_bundle_and_is_audited)
{
    const PatientId id = firstPatient();
    auto exported = services.fhirExport().exportPatient(id, test::clinicianUser());
    ASSERT_TRUE(exported.ok()) << describe(exported.error());
    const QJsonObject bundle = parsed(*exported);
    EXPECT_EQ(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
    EXPECT_EQ(countOf(bundle, QStringLiteral("Patient")), 1);
    EXPECT_GE(countOf(bundle, QStringLiteral("Encounter")), 1);
    EXPECT_GE(countOf(bundle, QStringLiteral("Consent")), 1);
    EXPECT_GE(countOf(bundle, QStringLiteral("Practitioner")), 1);
    EXPECT_EQ(exportRows(QStringLiteral("patient")), 1);

    const ValidatorRun run = test::validate(bundle);
    NEEDLECHART_REQUIRE_VALIDATOR(run);
    EXPECT_EQ(run.exitCode, 0) << run.output.toStdString();
}

TEST_P(FhirExportServiceTest, the_same_record_gets_the_same_ids_in_every_export)
{
    const PatientId id = firstPatient();
    auto first = services.fhirExport().exportPatient(id, test::clinicianUser());
    clock.advanceSeconds(3600);
    auto second = services.fhirExport().exportPatient(id, test::clinicianUser());
    ASSERT_TRUE(first.ok() && second.ok());
    QStringList firstUrls;
    QStringList secondUrls;
    for (const QJsonValue& entry : parsed(*first).value(QStringLiteral("entry")).toArray())
        firstUrls.append(entry[QStringLiteral("fullUrl")].toString());
    for (const QJsonValue& entry : parsed(*second).value(QStringLiteral("entry")).toArray())
        secondUrls.append(entry[QStringLiteral("fullUrl")].toString());
    EXPECT_FALSE(firstUrls.isEmpty());
    EXPECT_EQ(firstUrls, secondUrls);
}

TEST_P(FhirExportServiceTest, the_clinic_export_holds_every_patient_and_needs_an_admin)
{
    auto refused = services.fhirExport().exportClinic(test::clinicianUser());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotPermitted);

    int calls = 0;
    auto exported =
        services.fhirExport().exportClinic(test::clinicAdminUser(), [&calls](int, int total) {
            ++calls;
            return total == 6;
        });
    ASSERT_TRUE(exported.ok()) << describe(exported.error());
    EXPECT_GE(calls, 2);
    const QJsonObject bundle = parsed(*exported);
    EXPECT_EQ(countOf(bundle, QStringLiteral("Patient")), 6);
    EXPECT_EQ(exportRows(QStringLiteral("clinic")), 1);

    const ValidatorRun run = test::validate(bundle);
    NEEDLECHART_REQUIRE_VALIDATOR(run);
    EXPECT_EQ(run.exitCode, 0) << run.output.toStdString();
}

TEST_P(FhirExportServiceTest, the_front_desk_cannot_export_clinical_records)
{
    auto refused = services.fhirExport().exportPatient(firstPatient(), test::frontDeskUser());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(exportRows(QStringLiteral("patient")), 0);
}

TEST_P(FhirExportServiceTest, a_cancelled_clinic_export_makes_nothing_and_is_not_audited)
{
    auto cancelled =
        services.fhirExport().exportClinic(test::clinicAdminUser(), [](int, int) { return false; });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(exportRows(QStringLiteral("clinic")), 0);
}

TEST_P(FhirExportServiceTest, the_clinics_export_id_is_made_once_and_kept)
{
    auto first = services.clinicRepository().exportId();
    auto second = services.clinicRepository().exportId();
    ASSERT_TRUE(first.ok()) << describe(first.error());
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(first->size(), 32);
    EXPECT_EQ(*first, *second);
}

NEEDLECHART_ON_EVERY_BACKEND(FhirExportServiceTest);
