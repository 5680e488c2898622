#include "needlechart/domain/transfer/FhirBundleWriter.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/outcomes/OutcomeMeasureCatalogue.h"
#include "needlechart/domain/transfer/FhirRecord.h"

#include "FhirValidator.h"
#include "SessionSamples.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

const QString ClinicId = QStringLiteral("5f0c2a53-1d7e-4a8e-9a43-3c1f0b7e2d11");
const QDateTime TreatedAt(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
const QDateTime DraftTreatedAt(QDate(2026, 3, 9), QTime(14, 0), Qt::UTC);
const QDateTime ExportedAt(QDate(2026, 3, 10), QTime(18, 0), Qt::UTC);

constexpr PatientId PatientKey = 42;
constexpr SessionId SignedId = 7;
constexpr SessionId DraftId = 8;
constexpr SessionId NotNeedledId = 9;

FhirPractitioner alexMorgan()
{
    FhirPractitioner practitioner;
    practitioner.login = QStringLiteral("amorgan");
    practitioner.name = QStringLiteral("Alex Morgan");
    practitioner.registrationNumber = QStringLiteral("PH012345");
    practitioner.needling = NeedlingAuthorisation{QStringLiteral("AACP roster"),
                                                  QStringLiteral("R-2291"), QDate(2027, 1, 31)};
    practitioner.accountId = 3;
    practitioner.bookClinicianId = 1;
    return practitioner;
}

// The rich sample note (upper trapezius and levator scapulae on the right, infraspinatus on the
// left, a mild and a serious adverse event), signed, with one amendment.
Session signedSession()
{
    Session session = test::richSession(PatientKey, TreatedAt);
    session.id = SignedId;
    session.status = SessionStatus::Signed;
    session.signedAt = TreatedAt.addSecs(3600);
    session.signedBy = QStringLiteral("Alex Morgan");
    session.signedByAccountId = 3;
    session.signedByRegistration = QStringLiteral("PH012345");
    session.consentId = 5;
    session.leafletVersion = 2;
    session.amendments = {Amendment{1, TreatedAt.addDays(1), QStringLiteral("Alex Morgan"),
                                    QStringLiteral("Wrong depth"),
                                    QStringLiteral("Levator scapulae depth was 12 mm."), 3}};
    return session;
}

// A draft that needled the upper trapezius on both sides and the scalenes (no verified SNOMED
// CT code) on the left.
Session draftSession()
{
    Session session;
    session.id = DraftId;
    session.patientId = PatientKey;
    session.treatedAt = DraftTreatedAt;
    session.clinician = QStringLiteral("Alex Morgan");
    session.clinicianLogin = QStringLiteral("amorgan");
    session.painBefore = 5;
    session.points.add(test::samplePoint("upper_trapezius", BodySide::Left, BodyView::Posterior,
                                         QPointF(0.4, 0.17)));
    session.points.add(test::samplePoint("upper_trapezius", BodySide::Right, BodyView::Posterior,
                                         QPointF(0.6, 0.17)));
    session.points.add(
        test::samplePoint("scalenes", BodySide::Left, BodyView::Anterior, QPointF(0.55, 0.12)));
    session.needles = {NeedleUse{0.30, 40, QString(), 3, 3}};
    return session;
}

Session notNeedledSession()
{
    Session session;
    session.id = NotNeedledId;
    session.patientId = PatientKey;
    session.status = SessionStatus::Signed;
    session.treatedAt = DraftTreatedAt.addDays(-3);
    session.clinician = QStringLiteral("Alex Morgan");
    session.clinicianLogin = QStringLiteral("amorgan");
    session.notNeedled = true;
    session.notNeedledReason = QStringLiteral("Patient preferred manual therapy today.");
    session.otherCare = {OtherCare{OtherCareKind::SoftTissue, QStringLiteral("Massage, 10 min")}};
    session.signedAt = session.treatedAt.addSecs(1800);
    session.signedBy = QStringLiteral("Alex Morgan");
    session.signedByAccountId = 3;
    return session;
}

FhirConsent consent(ConsentId id, int leafletVersion, const QDateTime& recordedAt)
{
    FhirConsent record;
    record.consent.id = id;
    record.consent.patientId = PatientKey;
    record.consent.recordedAt = recordedAt;
    record.consent.leafletVersion = leafletVersion;
    record.consent.scope = QStringLiteral("Neck and shoulders, course of 6 sessions");
    record.consent.signedName = QStringLiteral("Anna Müller");
    record.consent.clinician = QStringLiteral("Alex Morgan");
    record.leaflet.version = leafletVersion;
    record.leaflet.createdAt = recordedAt.addDays(-30);
    record.leaflet.createdBy = QStringLiteral("Alex Morgan");
    record.leaflet.markdown = QStringLiteral("# Dry needling\n\nVersion ")
                              + QString::number(leafletVersion) + QStringLiteral(" of the text.");
    return record;
}

Appointment appointment(AppointmentId id, const QDateTime& start, AppointmentStatus status)
{
    Appointment booking;
    booking.id = id;
    booking.patientId = PatientKey;
    booking.clinicianId = 1;
    booking.start = start;
    booking.durationMinutes = 45;
    booking.type = AppointmentType::DryNeedling;
    booking.status = status;
    if (status == AppointmentStatus::Cancelled)
        booking.cancelReason = QStringLiteral("Patient unwell");
    return booking;
}

OutcomeCompletion painRating(OutcomeCompletionId id, int pain)
{
    OutcomeCompletion completion;
    completion.id = id;
    completion.patientId = PatientKey;
    completion.sessionId = SignedId;
    completion.measureId = OutcomeMeasureCatalogue::PainRating;
    completion.measureVersion = 1;
    completion.completedAt = TreatedAt.addSecs(-600);
    completion.answers = {OutcomeAnswer{QStringLiteral("pain"), pain}};
    completion.score = pain;
    completion.recordedBy = QStringLiteral("Alex Morgan");
    completion.recordedByAccountId = 3;
    return completion;
}

FhirRecord sampleRecord(const QDateTime& exportedAt = ExportedAt)
{
    FhirPatientRecord patient;
    patient.patient.id = PatientKey;
    patient.patient.familyName = QStringLiteral("Müller");
    patient.patient.givenName = QStringLiteral("Anna");
    patient.patient.preferredName = QStringLiteral("Anni");
    patient.patient.dateOfBirth = QDate(1981, 3, 7);
    patient.patient.sex = Sex::Female;
    patient.patient.phone = QStringLiteral("0171 2345678");
    patient.patient.email = QStringLiteral("anna@example.org");
    patient.patient.address = QStringLiteral("Hauptstraße 1\n10115 Berlin");
    patient.sessions = {signedSession(), draftSession(), notNeedledSession()};

    FhirConsent withdrawn = consent(4, 1, TreatedAt.addDays(-60));
    withdrawn.consent.withdrawnAt = TreatedAt.addDays(-40);
    withdrawn.consent.withdrawnBy = QStringLiteral("Alex Morgan");
    withdrawn.consent.withdrawalNote = QStringLiteral("Wanted time to think");
    patient.consents = {withdrawn, consent(5, 2, TreatedAt.addDays(-7))};
    patient.appointments = {appointment(11, TreatedAt, AppointmentStatus::Completed),
                            appointment(12, TreatedAt.addDays(14), AppointmentStatus::Cancelled),
                            appointment(13, TreatedAt.addDays(21), AppointmentStatus::Booked)};
    OutcomeCompletion voided = painRating(22, 9);
    voided.voidedAt = TreatedAt;
    voided.voidedBy = QStringLiteral("Alex Morgan");
    voided.voidReason = QStringLiteral("Entered for the wrong patient");
    patient.outcomes = {painRating(21, 6), voided};

    FhirRecord record;
    record.clinicId = ClinicId;
    record.clinicName = QStringLiteral("Example Physiotherapy");
    record.exportedAt = exportedAt;
    record.patients = {patient};
    record.practitioners = {alexMorgan()};
    record.measures = OutcomeMeasureCatalogue::builtIn().all();
    return record;
}

QJsonObject sampleBundle()
{
    return FhirBundleWriter::bundle(sampleRecord(), MuscleCatalogue::builtIn());
}

QList<QJsonObject> resources(const QJsonObject& bundle, const QString& type)
{
    QList<QJsonObject> found;
    for (const QJsonValue& entry : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject resource = entry.toObject().value(QStringLiteral("resource")).toObject();
        if (resource.value(QStringLiteral("resourceType")).toString() == type)
            found.append(resource);
    }
    return found;
}

QString fullUrlOf(const QJsonObject& resource)
{
    return QStringLiteral("urn:uuid:") + resource.value(QStringLiteral("id")).toString();
}

// The resource of `type` whose identifier (in the clinic's `kind` numbering) is `value`.
QJsonObject byIdentifier(const QJsonObject& bundle, const QString& type, const QString& value)
{
    for (const QJsonObject& resource : resources(bundle, type)) {
        for (const QJsonValue& identifier :
             resource.value(QStringLiteral("identifier")).toArray()) {
            if (identifier.toObject().value(QStringLiteral("value")).toString() == value)
                return resource;
        }
    }
    ADD_FAILURE() << "no " << type.toStdString() << " with identifier " << value.toStdString();
    return {};
}

QString referenceOf(const QJsonObject& resource, const QString& key)
{
    return resource.value(key).toObject().value(QStringLiteral("reference")).toString();
}

QStringList codesOf(const QJsonObject& codeable, const QString& system)
{
    QStringList codes;
    for (const QJsonValue& coding : codeable.value(QStringLiteral("coding")).toArray()) {
        if (coding.toObject().value(QStringLiteral("system")).toString() == system)
            codes << coding.toObject().value(QStringLiteral("code")).toString();
    }
    return codes;
}

const QString Snomed = QStringLiteral("http://snomed.info/sct");

// Every "reference" anywhere below `value`.
void collectReferences(const QJsonValue& value, QStringList& references)
{
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectReferences(item, references);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("reference") && it.value().isString())
                references << it.value().toString();
            else
                collectReferences(it.value(), references);
        }
    }
}

QJsonObject sessionProcedure(const QJsonObject& bundle, SessionId id)
{
    return byIdentifier(bundle, QStringLiteral("Procedure"), QString::number(id));
}

// The bodySite of `procedure` whose text starts with `name`.
QJsonObject bodySite(const QJsonObject& procedure, const QString& name)
{
    for (const QJsonValue& site : procedure.value(QStringLiteral("bodySite")).toArray()) {
        if (site.toObject().value(QStringLiteral("text")).toString().startsWith(name))
            return site.toObject();
    }
    ADD_FAILURE() << "no body site " << name.toStdString();
    return {};
}

// The BodyStructures `procedure` names through the targetBodyStructure extension.
QList<QJsonObject> targetStructures(const QJsonObject& bundle, const QJsonObject& procedure)
{
    QSet<QString> urls;
    for (const QJsonValue& extension : procedure.value(QStringLiteral("extension")).toArray()) {
        const QJsonObject object = extension.toObject();
        if (object.value(QStringLiteral("url")).toString()
            == QLatin1String(
                "http://hl7.org/fhir/StructureDefinition/procedure-targetBodyStructure"))
            urls.insert(referenceOf(object, QStringLiteral("valueReference")));
    }
    QList<QJsonObject> found;
    for (const QJsonObject& structure : resources(bundle, QStringLiteral("BodyStructure"))) {
        if (urls.contains(fullUrlOf(structure)))
            found.append(structure);
    }
    return found;
}

QJsonObject structureFor(const QList<QJsonObject>& structures, const QString& name)
{
    for (const QJsonObject& structure : structures) {
        if (structure.value(QStringLiteral("location"))
                .toObject()
                .value(QStringLiteral("text"))
                .toString()
                .startsWith(name))
            return structure;
    }
    ADD_FAILURE() << "no body structure for " << name.toStdString();
    return {};
}

TEST(FhirBundleWriterTest, the_same_records_get_the_same_ids_in_every_export)
{
    const MuscleCatalogue& catalogue = MuscleCatalogue::builtIn();
    const QJsonObject first = FhirBundleWriter::bundle(sampleRecord(ExportedAt), catalogue);
    const QJsonObject second =
        FhirBundleWriter::bundle(sampleRecord(ExportedAt.addDays(30)), catalogue);
    EXPECT_NE(first.value(QStringLiteral("timestamp")), second.value(QStringLiteral("timestamp")));
    EXPECT_EQ(first.value(QStringLiteral("entry")), second.value(QStringLiteral("entry")))
        << "nothing but the export's time may differ between two exports of the same records";

    QSet<QString> urls;
    for (const QJsonValue& entry : first.value(QStringLiteral("entry")).toArray()) {
        const QString url = entry.toObject().value(QStringLiteral("fullUrl")).toString();
        const QJsonObject resource = entry.toObject().value(QStringLiteral("resource")).toObject();
        EXPECT_EQ(url, fullUrlOf(resource)) << "the fullUrl is the id as a URN";
        EXPECT_FALSE(urls.contains(url)) << url.toStdString() << " is used twice";
        urls.insert(url);
    }
    EXPECT_GT(urls.size(), 20);

    // Another clinic's records never share an id with this one's.
    FhirRecord otherClinic = sampleRecord();
    otherClinic.clinicId = QStringLiteral("another-installation");
    const QJsonObject other = FhirBundleWriter::bundle(otherClinic, catalogue);
    for (const QJsonValue& entry : other.value(QStringLiteral("entry")).toArray())
        EXPECT_FALSE(urls.contains(entry.toObject().value(QStringLiteral("fullUrl")).toString()));
}

TEST(FhirBundleWriterTest, a_verified_muscle_is_coded_in_snomed_ct_and_an_unverified_one_is_text)
{
    const QJsonObject bundle = sampleBundle();
    const QJsonObject procedure = sessionProcedure(bundle, SignedId);

    const QJsonObject trapezius = bodySite(procedure, QStringLiteral("Trapezius"));
    EXPECT_EQ(codesOf(trapezius, Snomed), QStringList{QStringLiteral("31764008")});
    EXPECT_TRUE(
        trapezius.value(QStringLiteral("text")).toString().endsWith(QLatin1String(", right")))
        << trapezius.value(QStringLiteral("text")).toString().toStdString();
    EXPECT_EQ(trapezius.value(QStringLiteral("coding")).toArray().size(), 1)
        << "the side is never a second coding of the muscle";

    const QJsonObject levator = bodySite(procedure, QStringLiteral("Levator scapulae"));
    EXPECT_FALSE(levator.contains(QStringLiteral("coding")))
        << "levator scapulae has no verified SNOMED CT code";
    EXPECT_EQ(levator.value(QStringLiteral("text")).toString(),
              QStringLiteral("Levator scapulae, right"));

    const QJsonObject infraspinatus = bodySite(procedure, QStringLiteral("Infraspinatus"));
    EXPECT_EQ(codesOf(infraspinatus, Snomed), QStringList{QStringLiteral("72573008")});
    EXPECT_EQ(infraspinatus.value(QStringLiteral("text")).toString(),
              QStringLiteral("Infraspinatus, left"));
}

TEST(FhirBundleWriterTest, the_side_is_coded_in_a_body_structure_of_the_muscle)
{
    const QJsonObject bundle = sampleBundle();
    const QJsonObject procedure = sessionProcedure(bundle, SignedId);
    const QList<QJsonObject> structures = targetStructures(bundle, procedure);
    ASSERT_EQ(structures.size(), 3) << "one for each muscle and side needled";

    const QJsonObject patient = resources(bundle, QStringLiteral("Patient")).value(0);
    auto sideOf = [](const QJsonObject& structure) {
        return codesOf(
            structure.value(QStringLiteral("locationQualifier")).toArray().at(0).toObject(),
            Snomed);
    };
    const QJsonObject trapezius = structureFor(structures, QStringLiteral("Trapezius"));
    EXPECT_EQ(codesOf(trapezius.value(QStringLiteral("location")).toObject(), Snomed),
              QStringList{QStringLiteral("31764008")});
    EXPECT_EQ(sideOf(trapezius), QStringList{QStringLiteral("24028007")}) << "right";
    EXPECT_EQ(referenceOf(trapezius, QStringLiteral("patient")), fullUrlOf(patient));

    const QJsonObject levator = structureFor(structures, QStringLiteral("Levator scapulae"));
    EXPECT_FALSE(
        levator.value(QStringLiteral("location")).toObject().contains(QStringLiteral("coding")));
    EXPECT_EQ(sideOf(levator), QStringList{QStringLiteral("24028007")}) << "right";
    EXPECT_EQ(sideOf(structureFor(structures, QStringLiteral("Infraspinatus"))),
              QStringList{QStringLiteral("7771000")})
        << "left";

    // A muscle needled on both sides in one session is one site, both sides.
    const QJsonObject draft = sessionProcedure(bundle, DraftId);
    const QList<QJsonObject> draftStructures = targetStructures(bundle, draft);
    ASSERT_EQ(draftStructures.size(), 2);
    EXPECT_EQ(sideOf(structureFor(draftStructures, QStringLiteral("Trapezius"))),
              QStringList{QStringLiteral("51440002")});
    EXPECT_TRUE(bodySite(draft, QStringLiteral("Trapezius"))
                    .value(QStringLiteral("text"))
                    .toString()
                    .endsWith(QLatin1String(", both sides")));
    EXPECT_FALSE(bodySite(draft, QStringLiteral("Scalenes")).contains(QStringLiteral("coding")));
}

TEST(FhirBundleWriterTest, pain_before_and_after_are_loinc_72514_3_observations)
{
    const QJsonObject bundle = sampleBundle();
    const QString encounter =
        fullUrlOf(byIdentifier(bundle, QStringLiteral("Encounter"), QString::number(SignedId)));
    QList<int> scores;
    for (const QJsonObject& observation : resources(bundle, QStringLiteral("Observation"))) {
        const QJsonObject code = observation.value(QStringLiteral("code")).toObject();
        if (!codesOf(code, QStringLiteral("http://loinc.org")).contains(QLatin1String("72514-3")))
            continue;
        if (referenceOf(observation, QStringLiteral("encounter")) != encounter)
            continue;
        EXPECT_TRUE(observation.value(QStringLiteral("valueInteger")).isDouble());
        EXPECT_EQ(observation.value(QStringLiteral("status")).toString(), QStringLiteral("final"));
        EXPECT_EQ(observation.value(QStringLiteral("effectiveDateTime")).toString(),
                  QStringLiteral("2026-03-02T09:30:00Z"));
        EXPECT_EQ(
            codesOf(observation.value(QStringLiteral("category")).toArray().at(0).toObject(),
                    QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category")),
            QStringList{QStringLiteral("survey")});
        scores << observation.value(QStringLiteral("valueInteger")).toInt();
        const QString text = code.value(QStringLiteral("text")).toString();
        EXPECT_TRUE(
            text.contains(scores.size() == 1 ? QLatin1String("before") : QLatin1String("after")))
            << text.toStdString();
    }
    EXPECT_EQ(scores, (QList<int>{7, 3}));
}

TEST(FhirBundleWriterTest, a_consent_names_the_leaflet_version_it_was_given_with)
{
    const QJsonObject bundle = sampleBundle();
    const QJsonObject given = byIdentifier(bundle, QStringLiteral("Consent"), QStringLiteral("5"));
    EXPECT_EQ(given.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    const QString policy = given.value(QStringLiteral("policy"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QStringLiteral("uri"))
                               .toString();
    EXPECT_TRUE(policy.endsWith(QLatin1String("/leaflet/2"))) << policy.toStdString();
    const QJsonObject attachment = given.value(QStringLiteral("sourceAttachment")).toObject();
    EXPECT_TRUE(
        attachment.value(QStringLiteral("title")).toString().endsWith(QLatin1String("version 2")));
    EXPECT_EQ(QString::fromUtf8(QByteArray::fromBase64(
                  attachment.value(QStringLiteral("data")).toString().toLatin1())),
              QStringLiteral("# Dry needling\n\nVersion 2 of the text."));
    EXPECT_EQ(codesOf(given.value(QStringLiteral("scope")).toObject(),
                      QStringLiteral("http://terminology.hl7.org/CodeSystem/consentscope")),
              QStringList{QStringLiteral("treatment")});
    EXPECT_EQ(codesOf(given.value(QStringLiteral("category")).toArray().at(0).toObject(),
                      QStringLiteral("http://loinc.org")),
              QStringList{QStringLiteral("59284-0")});
    EXPECT_EQ(given.value(QStringLiteral("provision"))
                  .toObject()
                  .value(QStringLiteral("type"))
                  .toString(),
              QStringLiteral("permit"));

    const QJsonObject withdrawn =
        byIdentifier(bundle, QStringLiteral("Consent"), QStringLiteral("4"));
    EXPECT_EQ(withdrawn.value(QStringLiteral("status")).toString(), QStringLiteral("inactive"));
    EXPECT_TRUE(withdrawn.value(QStringLiteral("policy"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("uri"))
                    .toString()
                    .endsWith(QLatin1String("/leaflet/1")));
    EXPECT_EQ(withdrawn.value(QStringLiteral("provision"))
                  .toObject()
                  .value(QStringLiteral("period"))
                  .toObject()
                  .value(QStringLiteral("end"))
                  .toString(),
              QStringLiteral("2026-01-21T09:30:00Z"));
}

TEST(FhirBundleWriterTest, an_adverse_event_points_at_the_procedure_it_followed)
{
    const QJsonObject bundle = sampleBundle();
    const QString procedure = fullUrlOf(sessionProcedure(bundle, SignedId));
    const QList<QJsonObject> events = resources(bundle, QStringLiteral("AdverseEvent"));
    ASSERT_EQ(events.size(), 2);
    for (const QJsonObject& event : events) {
        EXPECT_EQ(event.value(QStringLiteral("actuality")).toString(), QStringLiteral("actual"));
        EXPECT_EQ(
            referenceOf(event.value(QStringLiteral("suspectEntity")).toArray().at(0).toObject(),
                        QStringLiteral("instance")),
            procedure);
    }
    const QString severity =
        QStringLiteral("http://terminology.hl7.org/CodeSystem/adverse-event-severity");
    EXPECT_EQ(codesOf(events.at(0).value(QStringLiteral("severity")).toObject(), severity),
              QStringList{QStringLiteral("mild")});
    EXPECT_EQ(codesOf(events.at(1).value(QStringLiteral("severity")).toObject(), severity),
              QStringList{QStringLiteral("severe")});
    EXPECT_EQ(codesOf(events.at(1).value(QStringLiteral("event")).toObject(), Snomed),
              QStringList{QStringLiteral("398665005")})
        << "fainting is coded as vasovagal syncope";
    EXPECT_TRUE(codesOf(events.at(0).value(QStringLiteral("event")).toObject(), Snomed).isEmpty())
        << "bruising has no verified SNOMED CT code";
}

TEST(FhirBundleWriterTest, a_draft_is_work_in_progress_and_a_signed_note_is_final)
{
    const QJsonObject bundle = sampleBundle();
    auto statusOf = [&bundle](const QString& type, SessionId id) -> QString {
        return byIdentifier(bundle, type, QString::number(id))
            .value(QStringLiteral("status"))
            .toString();
    };
    EXPECT_EQ(statusOf(QStringLiteral("Encounter"), SignedId), QStringLiteral("finished"));
    EXPECT_EQ(statusOf(QStringLiteral("Procedure"), SignedId), QStringLiteral("completed"));
    EXPECT_EQ(statusOf(QStringLiteral("Encounter"), DraftId), QStringLiteral("in-progress"));
    EXPECT_EQ(statusOf(QStringLiteral("Procedure"), DraftId), QStringLiteral("in-progress"));
    EXPECT_EQ(statusOf(QStringLiteral("Procedure"), NotNeedledId), QStringLiteral("not-done"));

    const QString draftEncounter =
        fullUrlOf(byIdentifier(bundle, QStringLiteral("Encounter"), QString::number(DraftId)));
    int draftObservations = 0;
    for (const QJsonObject& observation : resources(bundle, QStringLiteral("Observation"))) {
        if (referenceOf(observation, QStringLiteral("encounter")) == draftEncounter) {
            ++draftObservations;
            EXPECT_EQ(observation.value(QStringLiteral("status")).toString(),
                      QStringLiteral("preliminary"));
        }
    }
    EXPECT_EQ(draftObservations, 4) << "the pain before and three trigger points";

    // Only signed notes carry a signature.
    QSet<QString> signedTargets;
    for (const QJsonObject& provenance : resources(bundle, QStringLiteral("Provenance"))) {
        for (const QJsonValue& target : provenance.value(QStringLiteral("target")).toArray())
            signedTargets.insert(target.toObject().value(QStringLiteral("reference")).toString());
    }
    EXPECT_TRUE(signedTargets.contains(
        fullUrlOf(byIdentifier(bundle, QStringLiteral("Encounter"), QString::number(SignedId)))));
    EXPECT_FALSE(signedTargets.contains(draftEncounter));
}

TEST(FhirBundleWriterTest, every_reference_resolves_to_an_entry_of_the_bundle)
{
    const QJsonObject bundle = sampleBundle();
    QSet<QString> urls;
    for (const QJsonValue& entry : bundle.value(QStringLiteral("entry")).toArray())
        urls.insert(entry.toObject().value(QStringLiteral("fullUrl")).toString());
    QStringList references;
    collectReferences(bundle, references);
    EXPECT_GT(references.size(), 50);
    for (const QString& reference : references)
        EXPECT_TRUE(urls.contains(reference)) << reference.toStdString() << " resolves to nothing";

    // The clinician is a Practitioner with the registration and the needling authorisation.
    const QJsonObject practitioner = resources(bundle, QStringLiteral("Practitioner")).value(0);
    EXPECT_EQ(referenceOf(sessionProcedure(bundle, SignedId)
                              .value(QStringLiteral("performer"))
                              .toArray()
                              .at(0)
                              .toObject(),
                          QStringLiteral("actor")),
              fullUrlOf(practitioner));
    EXPECT_TRUE(QJsonDocument(practitioner).toJson().contains("PH012345"));
    EXPECT_TRUE(practitioner.contains(QStringLiteral("qualification")));
}

// --- the independent validator (scripts/fhir-validator.sh) ---

using test::validate;
using test::ValidatorRun;

TEST(FhirBundleWriterTest, the_bundle_passes_an_independent_fhir_r4_validator)
{
    const ValidatorRun run = validate(sampleBundle());
    NEEDLECHART_REQUIRE_VALIDATOR(run);
    EXPECT_EQ(run.exitCode, 0) << run.output.toStdString();
}

// A record with little in it: no clinic name, a patient with a name alone, a clinician the
// export does not list, a site the catalogue does not name, a measure it has no definition of.
// Names stand where references cannot, and nothing empty is written.
TEST(FhirBundleWriterTest, a_sparse_record_passes_the_validator_too)
{
    FhirPatientRecord patient;
    patient.patient.id = 3;
    patient.patient.familyName = QStringLiteral("Okafor");

    Session draft;
    draft.id = 30;
    draft.patientId = 3;
    draft.clinician = QStringLiteral("Locum Physio");
    draft.clinicianLogin = QStringLiteral("locum");
    TriggerPoint scar(0, BodyView::Anterior, OtherSiteId, BodySide::Right, QPointF(0.4, 0.7));
    scar.siteName = QStringLiteral("  Scar, right knee ");
    draft.points.add(scar);
    draft.points.add(test::samplePoint("no_longer_catalogued", BodySide::Left, BodyView::Posterior,
                                       QPointF(0.3, 0.3)));
    draft.adverseEvents = {AdverseEvent{AdverseEventKind::SuspectedPneumothorax,
                                        AdverseEventGrade::Serious, QString(), QString(),
                                        QString()}};
    Session signedVisit = draft;
    signedVisit.id = 31;
    signedVisit.status = SessionStatus::Signed;
    signedVisit.treatedAt = TreatedAt;
    signedVisit.signedAt = TreatedAt;
    signedVisit.signedBy = QStringLiteral("Locum Physio");
    patient.sessions = {draft, signedVisit};

    FhirConsent verbal;
    verbal.consent.id = 30;
    verbal.consent.patientId = 3;
    verbal.consent.decision = ConsentDecision::Declined;
    verbal.consent.form = ConsentForm::Verbal;
    verbal.consent.leafletVersion = 1;
    patient.consents = {verbal};
    Appointment booking = appointment(30, TreatedAt, AppointmentStatus::InTreatment);
    booking.clinicianId = 99;
    patient.appointments = {booking};
    OutcomeCompletion completion = painRating(30, 4);
    completion.measureId = QStringLiteral("unknown-measure");
    completion.sessionId = 999;
    patient.outcomes = {completion};

    FhirRecord record;
    record.clinicId = QStringLiteral("clinic with spaces/and a slash");
    record.exportedAt = ExportedAt;
    record.patients = {patient};
    const QJsonObject bundle = FhirBundleWriter::bundle(record, MuscleCatalogue::builtIn());

    const QJsonObject procedure = sessionProcedure(bundle, 31);
    EXPECT_EQ(bodySite(procedure, QStringLiteral("Scar")).value(QStringLiteral("text")).toString(),
              QStringLiteral("Scar, right knee (other site), right"));
    EXPECT_EQ(targetStructures(bundle, procedure).size(), 2);
    EXPECT_EQ(procedure.value(QStringLiteral("performer"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("actor"))
                  .toObject()
                  .value(QStringLiteral("display"))
                  .toString(),
              QStringLiteral("Locum Physio"));
    EXPECT_EQ(byIdentifier(bundle, QStringLiteral("Consent"), QStringLiteral("30"))
                  .value(QStringLiteral("provision"))
                  .toObject()
                  .value(QStringLiteral("type"))
                  .toString(),
              QStringLiteral("deny"))
        << "a consent declined";

    const ValidatorRun run = validate(bundle);
    NEEDLECHART_REQUIRE_VALIDATOR(run);
    EXPECT_EQ(run.exitCode, 0) << run.output.toStdString();
}

TEST(FhirBundleWriterTest, the_validator_rejects_a_broken_bundle)
{
    // Proves the validator is not passing everything: a Patient with a gender FHIR does not
    // know and an Observation without its required status.
    QJsonObject bundle = sampleBundle();
    QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QJsonObject entry = entries.at(i).toObject();
        QJsonObject resource = entry.value(QStringLiteral("resource")).toObject();
        const QString type = resource.value(QStringLiteral("resourceType")).toString();
        if (type == QLatin1String("Patient"))
            resource.insert(QStringLiteral("gender"), QStringLiteral("x"));
        else if (type == QLatin1String("Observation"))
            resource.remove(QStringLiteral("status"));
        else
            continue;
        entry.insert(QStringLiteral("resource"), resource);
        entries.replace(i, entry);
    }
    bundle.insert(QStringLiteral("entry"), entries);

    const ValidatorRun run = validate(bundle);
    NEEDLECHART_REQUIRE_VALIDATOR(run);
    EXPECT_EQ(run.exitCode, 1) << run.output.toStdString();
    EXPECT_TRUE(run.output.contains(QLatin1String("Patient.gender"))) << run.output.toStdString();
    EXPECT_TRUE(run.output.contains(QLatin1String("Observation.status")))
        << run.output.toStdString();
}

TEST(FhirBundleWriterTest, the_validator_rejects_a_reference_to_nothing)
{
    QJsonObject bundle = sampleBundle();
    QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    QJsonObject entry = entries.last().toObject();
    QJsonObject resource = entry.value(QStringLiteral("resource")).toObject();
    resource.insert(QStringLiteral("subject"),
                    QJsonObject{{QStringLiteral("reference"),
                                 QStringLiteral("urn:uuid:00000000-0000-5000-8000-000000000000")}});
    entry.insert(QStringLiteral("resource"), resource);
    entries.replace(entries.size() - 1, entry);
    bundle.insert(QStringLiteral("entry"), entries);

    const ValidatorRun run = validate(bundle);
    NEEDLECHART_REQUIRE_VALIDATOR(run);
    EXPECT_EQ(run.exitCode, 1) << run.output.toStdString();
    EXPECT_TRUE(run.output.contains(QLatin1String("urn:uuid:00000000-0000-5000-8000-000000000000")))
        << run.output.toStdString();
}

} // namespace
} // namespace needlechart
