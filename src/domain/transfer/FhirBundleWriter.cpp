#include "needlechart/domain/transfer/FhirBundleWriter.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/EnumText.h"
#include "needlechart/domain/transfer/FhirRecord.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QSet>
#include <QStringList>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace needlechart {

namespace {

// NeedleChart's namespace for name-based (version 5) UUIDs. Fixed for good: another namespace
// would give every resource ever exported a new id.
constexpr QUuid IdNamespace(0x6c3addd8, 0x6f42, 0x45af, 0x9e, 0x62, 0x02, 0xa9, 0x17, 0x25, 0xd0,
                            0x82);

const QString LocalBase = QStringLiteral("https://needlechart.org/fhir/");
const QString SnomedSystem = QStringLiteral("http://snomed.info/sct");
const QString LoincSystem = QStringLiteral("http://loinc.org");
const QString ObservationCategorySystem =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category");

// Our own code systems, for what no standard code is confirmed for (fhir-codes.md).
QString localSystem(const char* name)
{
    return LocalBase + QStringLiteral("CodeSystem/") + QLatin1String(name);
}

// Text as FHIR accepts it: no surrounding white space (an empty string is not a value in FHIR)
// and no control characters but tab and line breaks.
QString cleaned(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 || c == QLatin1Char('\t') || c == QLatin1Char('\n')
            || c == QLatin1Char('\r'))
            result.append(c);
    }
    return result.trimmed();
}

// Sets `key` to the text, or leaves it out when there is none (FHIR forbids empty strings).
void setText(QJsonObject& object, const QString& key, const QString& text)
{
    const QString value = cleaned(text);
    if (!value.isEmpty())
        object.insert(key, value);
}

// A FHIR dateTime (or instant) in UTC: "2024-03-05T09:30:00Z".
QString fhirDateTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

void setDateTime(QJsonObject& object, const QString& key, const QDateTime& time)
{
    if (time.isValid())
        object.insert(key, fhirDateTime(time));
}

QJsonObject coding(const QString& system, const QString& code, const QString& display)
{
    QJsonObject result{{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
    setText(result, QStringLiteral("display"), display);
    return result;
}

QJsonObject codeableConcept(const QJsonArray& codings, const QString& text)
{
    QJsonObject result;
    if (!codings.isEmpty())
        result.insert(QStringLiteral("coding"), codings);
    setText(result, QStringLiteral("text"), text);
    return result;
}

QJsonObject codeableConcept(const QJsonObject& oneCoding, const QString& text)
{
    return codeableConcept(QJsonArray{oneCoding}, text);
}

QJsonObject reference(const QString& fullUrl)
{
    return QJsonObject{{QStringLiteral("reference"), fullUrl}};
}

// A reference to a resource the export has, or a name alone where it has none.
QJsonObject referenceOrName(const QString& fullUrl, const QString& name)
{
    if (!fullUrl.isEmpty())
        return reference(fullUrl);
    QJsonObject result;
    setText(result, QStringLiteral("display"), name);
    return result;
}

QJsonArray annotationTexts(const QStringList& texts)
{
    QJsonArray notes;
    for (const QString& text : texts) {
        if (!cleaned(text).isEmpty())
            notes.append(QJsonObject{{QStringLiteral("text"), cleaned(text)}});
    }
    return notes;
}

// `text` ending in a full stop, unless it ends in a stop of its own.
QString sentence(const QString& text)
{
    if (text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('!'))
        || text.endsWith(QLatin1Char('?')))
        return text;
    return text + QLatin1Char('.');
}

QString millimetres(double value)
{
    return QString::number(value, 'f', 2);
}

QString needleSize(const std::optional<double>& gaugeMm, const std::optional<int>& lengthMm)
{
    if (gaugeMm && lengthMm)
        return millimetres(*gaugeMm) + QStringLiteral(" x ") + QString::number(*lengthMm)
               + QStringLiteral(" mm");
    if (gaugeMm)
        return millimetres(*gaugeMm) + QStringLiteral(" mm gauge");
    if (lengthMm)
        return QString::number(*lengthMm) + QStringLiteral(" mm long");
    return QStringLiteral("size not recorded");
}

QString genderCode(Sex sex)
{
    switch (sex) {
    case Sex::Female: return QStringLiteral("female");
    case Sex::Male: return QStringLiteral("male");
    case Sex::Other: return QStringLiteral("other");
    case Sex::NotStated: break;
    }
    return QStringLiteral("unknown");
}

QString appointmentStatusCode(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked: return QStringLiteral("booked");
    case AppointmentStatus::Arrived: return QStringLiteral("arrived");
    // Treatment has begun: FHIR's "checked-in" is the state in which the encounter may begin.
    case AppointmentStatus::InTreatment: return QStringLiteral("checked-in");
    case AppointmentStatus::Completed: return QStringLiteral("fulfilled");
    case AppointmentStatus::Cancelled: return QStringLiteral("cancelled");
    case AppointmentStatus::NoShow: return QStringLiteral("noshow");
    }
    return QStringLiteral("booked");
}

// The SNOMED CT qualifier of a side (fhir-codes.md: verified codes).
enum class Laterality { Left, Right, Both };

QJsonObject lateralityConcept(Laterality side)
{
    switch (side) {
    case Laterality::Left:
        return codeableConcept(
            coding(SnomedSystem, QStringLiteral("7771000"), QStringLiteral("Left")),
            QStringLiteral("Left"));
    case Laterality::Right:
        return codeableConcept(
            coding(SnomedSystem, QStringLiteral("24028007"), QStringLiteral("Right")),
            QStringLiteral("Right"));
    case Laterality::Both: break;
    }
    return codeableConcept(
        coding(SnomedSystem, QStringLiteral("51440002"), QStringLiteral("Right and left")),
        QStringLiteral("Both sides"));
}

QString lateralityKey(Laterality side)
{
    switch (side) {
    case Laterality::Left: return QStringLiteral("left");
    case Laterality::Right: return QStringLiteral("right");
    case Laterality::Both: break;
    }
    return QStringLiteral("both");
}

QString lateralityWords(Laterality side)
{
    return side == Laterality::Both ? QStringLiteral("both sides") : lateralityKey(side);
}

// One muscle (or other site) needled in a session, with the sides it was needled on.
struct NeedledSite {
    MuscleId muscleId;
    QString siteName; // an other site's name
    bool left = false;
    bool right = false;
};

// The needled sites of a session in the order first marked: a muscle needled on both sides is
// one site.
QList<NeedledSite> needledSites(const TriggerPointSet& points)
{
    QList<NeedledSite> sites;
    for (const TriggerPoint& point : points.points()) {
        auto same = [&point](const NeedledSite& site) {
            return site.muscleId == point.muscleId
                   && (!point.isOtherSite() || site.siteName == cleaned(point.siteName));
        };
        auto found = std::find_if(sites.begin(), sites.end(), same);
        if (found == sites.end()) {
            sites.append(NeedledSite{point.muscleId,
                                     point.isOtherSite() ? cleaned(point.siteName) : QString(),
                                     false, false});
            found = sites.end() - 1;
        }
        (point.side == BodySide::Left ? found->left : found->right) = true;
    }
    return sites;
}

// Builds one bundle: the record, the catalogue and the entries made so far. Lives for one call
// of FhirBundleWriter::bundle.
class BundleBuilder {
public:
    BundleBuilder(const FhirRecord& record, const MuscleCatalogue& catalogue)
        : m_record(record), m_catalogue(catalogue)
    {
        for (qsizetype i = 0; i < record.practitioners.size(); ++i) {
            const FhirPractitioner& practitioner = record.practitioners.at(i);
            if (!practitioner.login.isEmpty())
                m_byLogin.insert(practitioner.login, i);
            if (practitioner.accountId > 0)
                m_byAccount.insert(practitioner.accountId, i);
            if (practitioner.bookClinicianId > 0)
                m_byBookClinician.insert(practitioner.bookClinicianId, i);
            if (!cleaned(practitioner.name).isEmpty())
                m_byName.insert(cleaned(practitioner.name), i);
        }
    }

    QJsonObject bundle()
    {
        addOrganization();
        // A clinician listed twice (by the book and by the accounts, say) is one Practitioner.
        QSet<QString> practitioners;
        for (const FhirPractitioner& practitioner : m_record.practitioners) {
            if (!practitioners.contains(practitionerKey(practitioner))) {
                practitioners.insert(practitionerKey(practitioner));
                addPractitioner(practitioner);
            }
        }
        for (const FhirPatientRecord& patient : m_record.patients)
            addPatient(patient);

        QJsonObject result{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                           {QStringLiteral("type"), QStringLiteral("collection")},
                           {QStringLiteral("entry"), m_entries}};
        setDateTime(result, QStringLiteral("timestamp"), m_record.exportedAt);
        return result;
    }

private:
    // --- ids and references ---

    QString resourceId(const QString& type, const QString& localId) const
    {
        return QUuid::createUuidV5(IdNamespace, m_record.clinicId + QLatin1Char('/') + type
                                                    + QLatin1Char('/') + localId)
            .toString(QUuid::WithoutBraces);
    }

    QString fullUrl(const QString& type, const QString& localId) const
    {
        return QStringLiteral("urn:uuid:") + resourceId(type, localId);
    }

    // A business identifier of the clinic's own numbering of `kind` ("patient", "session").
    QJsonObject identifier(const QString& kind, const QString& value) const
    {
        const QString clinic = QString::fromLatin1(QUrl::toPercentEncoding(m_record.clinicId));
        return QJsonObject{{QStringLiteral("system"), QString(LocalBase + QStringLiteral("clinic/")
                                                              + clinic + QLatin1Char('/') + kind)},
                           {QStringLiteral("value"), value}};
    }

    QString leafletUri(int version) const
    {
        const QString clinic = QString::fromLatin1(QUrl::toPercentEncoding(m_record.clinicId));
        return LocalBase + QStringLiteral("clinic/") + clinic + QStringLiteral("/leaflet/")
               + QString::number(version);
    }

    // Adds `resource` as an entry with its type, id and fullUrl; returns the fullUrl.
    QString add(const QString& type, const QString& localId, QJsonObject resource)
    {
        resource.insert(QStringLiteral("resourceType"), type);
        resource.insert(QStringLiteral("id"), resourceId(type, localId));
        const QString url = fullUrl(type, localId);
        m_entries.append(
            QJsonObject{{QStringLiteral("fullUrl"), url}, {QStringLiteral("resource"), resource}});
        return url;
    }

    static QString practitionerKey(const FhirPractitioner& practitioner)
    {
        if (!practitioner.login.isEmpty())
            return practitioner.login;
        if (practitioner.accountId > 0)
            return QStringLiteral("account-") + QString::number(practitioner.accountId);
        if (practitioner.bookClinicianId > 0)
            return QStringLiteral("book-") + QString::number(practitioner.bookClinicianId);
        return QStringLiteral("name-") + cleaned(practitioner.name);
    }

    QString practitionerUrl(qsizetype index) const
    {
        if (index < 0)
            return {};
        return fullUrl(QStringLiteral("Practitioner"),
                       practitionerKey(m_record.practitioners.at(index)));
    }

    // The Practitioner of the first key that matches, or an empty string.
    QString practitionerFor(const QString& login, qint64 accountId, const QString& name) const
    {
        if (accountId > 0 && m_byAccount.contains(accountId))
            return practitionerUrl(m_byAccount.value(accountId));
        if (!login.isEmpty() && m_byLogin.contains(login))
            return practitionerUrl(m_byLogin.value(login));
        if (m_byName.contains(cleaned(name)))
            return practitionerUrl(m_byName.value(cleaned(name)));
        return {};
    }

    QString organizationUrl() const
    {
        return cleaned(m_record.clinicName).isEmpty()
                   ? QString()
                   : fullUrl(QStringLiteral("Organization"), QStringLiteral("clinic"));
    }

    // --- the clinic and its clinicians ---

    void addOrganization()
    {
        if (organizationUrl().isEmpty())
            return;
        QJsonObject organization{{QStringLiteral("active"), true}};
        if (!cleaned(m_record.clinicId).isEmpty()) {
            organization.insert(
                QStringLiteral("identifier"),
                QJsonArray{identifier(QStringLiteral("organization"), cleaned(m_record.clinicId))});
        }
        setText(organization, QStringLiteral("name"), m_record.clinicName);
        add(QStringLiteral("Organization"), QStringLiteral("clinic"), organization);
    }

    void addPractitioner(const FhirPractitioner& practitioner)
    {
        QJsonArray identifiers;
        if (!practitioner.login.isEmpty())
            identifiers.append(identifier(QStringLiteral("staff"), practitioner.login));
        if (!cleaned(practitioner.registrationNumber).isEmpty()) {
            identifiers.append(QJsonObject{
                {QStringLiteral("type"),
                 codeableConcept(QJsonArray(), QStringLiteral("Professional registration"))},
                {QStringLiteral("value"), cleaned(practitioner.registrationNumber)}});
        }
        QJsonObject resource{{QStringLiteral("active"), true}};
        if (!identifiers.isEmpty())
            resource.insert(QStringLiteral("identifier"), identifiers);
        if (!cleaned(practitioner.name).isEmpty()) {
            resource.insert(
                QStringLiteral("name"),
                QJsonArray{QJsonObject{{QStringLiteral("text"), cleaned(practitioner.name)}}});
        }
        const NeedlingAuthorisation& needling = practitioner.needling;
        if (needling.isRecorded()) {
            QJsonObject qualification{
                {QStringLiteral("code"),
                 codeableConcept(QJsonArray(),
                                 cleaned(needling.body).isEmpty()
                                     ? QStringLiteral("Dry needling authorisation")
                                     : QString(QStringLiteral("Dry needling authorisation: ")
                                               + cleaned(needling.body)))},
                {QStringLiteral("period"),
                 QJsonObject{{QStringLiteral("end"), needling.expiresOn.toString(Qt::ISODate)}}}};
            if (!cleaned(needling.number).isEmpty()) {
                qualification.insert(
                    QStringLiteral("identifier"),
                    QJsonArray{QJsonObject{{QStringLiteral("value"), cleaned(needling.number)}}});
            }
            resource.insert(QStringLiteral("qualification"), QJsonArray{qualification});
        }
        add(QStringLiteral("Practitioner"), practitionerKey(practitioner), resource);
    }

    // --- a patient and their records ---

    void addPatient(const FhirPatientRecord& record)
    {
        const Patient& patient = record.patient;
        const QString patientKey = QString::number(patient.id);
        QJsonObject resource{{QStringLiteral("identifier"),
                              QJsonArray{identifier(QStringLiteral("patient"), patientKey)}},
                             {QStringLiteral("active"), true},
                             {QStringLiteral("gender"), genderCode(patient.sex)}};
        QJsonArray names;
        QJsonObject official{{QStringLiteral("use"), QStringLiteral("official")}};
        setText(official, QStringLiteral("family"), patient.familyName);
        if (!cleaned(patient.givenName).isEmpty())
            official.insert(QStringLiteral("given"), QJsonArray{cleaned(patient.givenName)});
        if (official.size() > 1)
            names.append(official);
        if (!cleaned(patient.preferredName).isEmpty()) {
            names.append(
                QJsonObject{{QStringLiteral("use"), QStringLiteral("usual")},
                            {QStringLiteral("given"), QJsonArray{cleaned(patient.preferredName)}}});
        }
        if (!names.isEmpty())
            resource.insert(QStringLiteral("name"), names);
        QJsonArray telecom;
        if (!cleaned(patient.phone).isEmpty()) {
            telecom.append(QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")},
                                       {QStringLiteral("value"), cleaned(patient.phone)}});
        }
        if (!cleaned(patient.email).isEmpty()) {
            telecom.append(QJsonObject{{QStringLiteral("system"), QStringLiteral("email")},
                                       {QStringLiteral("value"), cleaned(patient.email)}});
        }
        if (!telecom.isEmpty())
            resource.insert(QStringLiteral("telecom"), telecom);
        if (patient.dateOfBirth.isValid())
            resource.insert(QStringLiteral("birthDate"), patient.dateOfBirth.toString(Qt::ISODate));
        if (!cleaned(patient.address).isEmpty()) {
            resource.insert(
                QStringLiteral("address"),
                QJsonArray{QJsonObject{{QStringLiteral("text"), cleaned(patient.address)}}});
        }
        if (!organizationUrl().isEmpty())
            resource.insert(QStringLiteral("managingOrganization"), reference(organizationUrl()));
        const QString patientUrl = add(QStringLiteral("Patient"), patientKey, resource);

        QSet<SessionId> sessions;
        for (const Session& session : record.sessions) {
            addSession(patient, patientUrl, session);
            sessions.insert(session.id);
        }
        for (const FhirConsent& consent : record.consents)
            addConsent(patientUrl, consent);
        for (const Appointment& appointment : record.appointments)
            addAppointment(patientUrl, appointment);
        for (const OutcomeCompletion& completion : record.outcomes)
            addOutcome(patientUrl, sessions, completion);
    }

    // --- a session ---

    // What each session's resources share.
    struct SessionContext {
        const Session& session;
        QString key; // the session's local id
        QString patientUrl;
        QString encounterUrl;
        QString practitionerUrl; // empty when the clinician is not in the export
    };

    void addSession(const Patient& patient, const QString& patientUrl, const Session& session)
    {
        const QString key = QString::number(session.id);
        const SessionContext context{session, key, patientUrl,
                                     fullUrl(QStringLiteral("Encounter"), key),
                                     practitionerFor(session.clinicianLogin, 0, session.clinician)};

        QJsonObject participant{
            {QStringLiteral("type"),
             QJsonArray{codeableConcept(
                 coding(
                     QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ParticipationType"),
                     QStringLiteral("PPRF"), QStringLiteral("primary performer")),
                 QString())}},
            {QStringLiteral("individual"),
             referenceOrName(context.practitionerUrl, session.clinician)}};
        QJsonObject encounter{
            {QStringLiteral("identifier"), QJsonArray{identifier(QStringLiteral("session"), key)}},
            {QStringLiteral("status"),
             session.isSigned() ? QStringLiteral("finished") : QStringLiteral("in-progress")},
            {QStringLiteral("class"),
             coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActCode"),
                    QStringLiteral("AMB"), QStringLiteral("ambulatory"))},
            {QStringLiteral("subject"), reference(patientUrl)}};
        if (!participant.value(QStringLiteral("individual")).toObject().isEmpty())
            encounter.insert(QStringLiteral("participant"), QJsonArray{participant});
        if (session.treatedAt.isValid()) {
            encounter.insert(
                QStringLiteral("period"),
                QJsonObject{{QStringLiteral("start"), fhirDateTime(session.treatedAt)}});
        }
        if (!cleaned(session.presentingComplaint).isEmpty()) {
            encounter.insert(
                QStringLiteral("reasonCode"),
                QJsonArray{codeableConcept(QJsonArray(), session.presentingComplaint)});
        }
        if (!organizationUrl().isEmpty())
            encounter.insert(QStringLiteral("serviceProvider"), reference(organizationUrl()));
        add(QStringLiteral("Encounter"), key, encounter);

        const QString procedureUrl = addNeedling(patient, context);
        addPain(context, QStringLiteral("pain-before"), session.painBefore,
                QStringLiteral("Pain before treatment (0-10)"));
        addPain(context, QStringLiteral("pain-after"), session.painAfter,
                QStringLiteral("Pain after treatment (0-10)"));
        addSoreness(context);
        addTriggerPoints(context);
        addOtherCare(context);
        for (qsizetype i = 0; i < session.adverseEvents.size(); ++i)
            addAdverseEvent(context, procedureUrl, i);
        if (session.isSigned())
            addSignature(context, procedureUrl);
    }

    // The treating clinician as Procedure.performer, if the note names one.
    static void setPerformer(QJsonObject& procedure, const SessionContext& context)
    {
        const QJsonObject actor =
            referenceOrName(context.practitionerUrl, context.session.clinician);
        if (!actor.isEmpty()) {
            procedure.insert(QStringLiteral("performer"),
                             QJsonArray{QJsonObject{{QStringLiteral("actor"), actor}}});
        }
    }

    QJsonObject subjectAndEncounter(const SessionContext& context) const
    {
        QJsonObject fields{{QStringLiteral("subject"), reference(context.patientUrl)},
                           {QStringLiteral("encounter"), reference(context.encounterUrl)}};
        return fields;
    }

    QString observationStatus(const Session& session) const
    {
        return session.isSigned() ? QStringLiteral("final") : QStringLiteral("preliminary");
    }

    // The concept of a muscle or other site, the side in its text; sets `location` to the
    // concept of the muscle alone (for a BodyStructure).
    QJsonObject siteConcept(const NeedledSite& site, std::optional<Laterality>& side,
                            QJsonObject& location) const
    {
        const bool otherSite = site.muscleId == OtherSiteId;
        const Muscle* muscle = otherSite ? nullptr : m_catalogue.find(site.muscleId);
        const QString name = otherSite ? QString(site.siteName + QStringLiteral(" (other site)"))
                             : muscle  ? muscle->name
                                       : site.muscleId;
        QJsonArray codings;
        if (muscle && muscle->hasSnomedCode())
            codings.append(coding(SnomedSystem, muscle->snomedCode, muscle->snomedTerm));
        side.reset();
        if (!muscle || muscle->bilateral) {
            side = site.left && site.right ? Laterality::Both
                   : site.left             ? Laterality::Left
                                           : Laterality::Right;
        }
        location = codeableConcept(codings, name);
        return codeableConcept(
            codings, side ? QString(name + QStringLiteral(", ") + lateralityWords(*side)) : name);
    }

    // The BodyStructure of a muscle on one side of the patient; returns its fullUrl.
    QString addBodyStructure(const Patient& patient, const QString& patientUrl,
                             const NeedledSite& site, Laterality side, const QJsonObject& location,
                             const QString& description)
    {
        const QString siteKey = site.muscleId == OtherSiteId
                                    ? QString(OtherSiteId + QLatin1Char(':') + site.siteName)
                                    : site.muscleId;
        const QString key = QString::number(patient.id) + QLatin1Char('/') + siteKey
                            + QLatin1Char('/') + lateralityKey(side);
        const QString url = fullUrl(QStringLiteral("BodyStructure"), key);
        if (m_bodyStructures.contains(url))
            return url;
        m_bodyStructures.insert(url);
        QJsonObject structure{
            {QStringLiteral("active"), true},
            {QStringLiteral("location"), location},
            {QStringLiteral("locationQualifier"), QJsonArray{lateralityConcept(side)}},
            {QStringLiteral("patient"), reference(patientUrl)}};
        setText(structure, QStringLiteral("description"), description);
        return add(QStringLiteral("BodyStructure"), key, structure);
    }

    QString pointText(int number, const TriggerPoint& point) const
    {
        const PointFindings& f = point.findings;
        const Muscle* muscle = point.isOtherSite() ? nullptr : m_catalogue.find(point.muscleId);
        QString place = point.isOtherSite()
                            ? QString(cleaned(point.siteName) + QStringLiteral(" (other site)"))
                        : muscle ? muscle->name
                                 : point.muscleId;
        if (!muscle || muscle->bilateral)
            place +=
                point.side == BodySide::Left ? QStringLiteral(", left") : QStringLiteral(", right");
        QStringList parts;
        parts << (f.activity == PointActivity::Active ? QStringLiteral("active")
                                                      : QStringLiteral("latent"));
        if (f.twitch == TwitchResponse::Multiple)
            parts << QStringLiteral("local twitch responses: ") + QString::number(f.twitchCount);
        else if (f.twitch == TwitchResponse::Single)
            parts << QStringLiteral("local twitch response: 1");
        else
            parts << QStringLiteral("no local twitch response");
        if (f.painReproduced)
            parts << QStringLiteral("familiar pain reproduced");
        if (f.referredPatternReproduced)
            parts << QStringLiteral("referral pattern reproduced");
        parts << QStringLiteral("technique: ") + enumSourceLabel(f.technique);
        if (f.depthMm)
            parts << QStringLiteral("depth ") + QString::number(*f.depthMm) + QStringLiteral(" mm");
        if (f.needleGaugeMm || f.needleLengthMm)
            parts << QStringLiteral("needle ") + needleSize(f.needleGaugeMm, f.needleLengthMm);
        if (f.retentionSeconds)
            parts << QStringLiteral("retained ") + QString::number(*f.retentionSeconds)
                         + QStringLiteral(" s");
        if (f.isStimulated()) {
            const ElectricalStimulation& s = f.stimulation;
            QStringList settings;
            if (s.frequencyHz)
                settings << QString::number(*s.frequencyHz) + QStringLiteral(" Hz");
            if (s.pulseWidthUs)
                settings << QString::number(*s.pulseWidthUs) + QStringLiteral(" µs");
            if (s.intensityMa)
                settings << QString::number(*s.intensityMa) + QStringLiteral(" mA");
            if (!settings.isEmpty())
                parts << QStringLiteral("stimulation ") + settings.join(QStringLiteral(", "));
        }
        if (!cleaned(f.notes).isEmpty())
            parts << cleaned(f.notes);
        return sentence(QStringLiteral("Point ") + QString::number(number) + QStringLiteral(", ")
                        + place + QStringLiteral(": ") + parts.join(QStringLiteral("; ")));
    }

    QString needlesText(const Session& session) const
    {
        QStringList rows;
        for (const NeedleUse& use : session.needles) {
            QString row = needleSize(use.gaugeMm, use.lengthMm);
            if (!cleaned(use.lot).isEmpty())
                row += QStringLiteral(", lot ") + cleaned(use.lot);
            row += QStringLiteral(": ") + QString::number(use.inserted) + QStringLiteral(" in, ")
                   + QString::number(use.removed) + QStringLiteral(" out");
            rows << row;
        }
        QString text = QStringLiteral("Needles: ") + rows.join(QStringLiteral("; "))
                       + QStringLiteral(". Total ") + QString::number(session.needlesInserted())
                       + QStringLiteral(" in, ") + QString::number(session.needlesRemoved())
                       + QStringLiteral(" out.");
        if (!cleaned(session.needleCountNote).isEmpty())
            text += QStringLiteral(" Count: ") + sentence(cleaned(session.needleCountNote));
        return text;
    }

    QString afterTreatmentText(const Session& session) const
    {
        QStringList parts;
        if (session.soreness)
            parts << QStringLiteral("soreness ") + QString::number(*session.soreness)
                         + QStringLiteral("/10");
        if (session.bruising != BruisingGrade::None) {
            QString bruising = QStringLiteral("bruising: ") + enumSourceLabel(session.bruising);
            if (!cleaned(session.bruisingSite).isEmpty())
                bruising += QStringLiteral(" (") + cleaned(session.bruisingSite) + QLatin1Char(')');
            parts << bruising;
        }
        if (session.tiredness)
            parts << QStringLiteral("tiredness or drowsiness reported");
        if (parts.isEmpty())
            return {};
        return QStringLiteral("After treatment: ") + parts.join(QStringLiteral("; "))
               + QLatin1Char('.');
    }

    QJsonObject needlingCode() const
    {
        return codeableConcept(coding(localSystem("procedure"), QStringLiteral("tdn"),
                                      QStringLiteral("Trigger point dry needling")),
                               QStringLiteral("Trigger point dry needling"));
    }

    // The needling Procedure of a session (one for every session: "not-done" for a visit without
    // needling); returns its fullUrl.
    QString addNeedling(const Patient& patient, const SessionContext& context)
    {
        const Session& session = context.session;
        QJsonObject procedure = subjectAndEncounter(context);
        procedure.insert(QStringLiteral("identifier"),
                         QJsonArray{identifier(QStringLiteral("session"), context.key)});
        procedure.insert(QStringLiteral("code"), needlingCode());
        if (session.notNeedled) {
            procedure.insert(QStringLiteral("status"), QStringLiteral("not-done"));
            if (!cleaned(session.notNeedledReason).isEmpty()) {
                procedure.insert(QStringLiteral("statusReason"),
                                 codeableConcept(QJsonArray(), session.notNeedledReason));
            }
        } else {
            procedure.insert(QStringLiteral("status"), session.isSigned()
                                                           ? QStringLiteral("completed")
                                                           : QStringLiteral("in-progress"));
        }
        setDateTime(procedure, QStringLiteral("performedDateTime"), session.treatedAt);
        setPerformer(procedure, context);

        QJsonArray bodySites;
        QJsonArray targets;
        if (!session.notNeedled) {
            for (const NeedledSite& site : needledSites(session.points)) {
                std::optional<Laterality> side;
                QJsonObject location;
                const QJsonObject bodySite = siteConcept(site, side, location);
                bodySites.append(bodySite);
                if (side) {
                    const QString url =
                        addBodyStructure(patient, context.patientUrl, site, *side, location,
                                         bodySite.value(QStringLiteral("text")).toString());
                    targets.append(
                        QJsonObject{{QStringLiteral("url"),
                                     QStringLiteral("http://hl7.org/fhir/StructureDefinition/"
                                                    "procedure-targetBodyStructure")},
                                    {QStringLiteral("valueReference"), reference(url)}});
                }
            }
        }
        if (!bodySites.isEmpty())
            procedure.insert(QStringLiteral("bodySite"), bodySites);
        if (!targets.isEmpty())
            procedure.insert(QStringLiteral("extension"), targets);

        QJsonArray complications;
        for (const AdverseEvent& event : session.adverseEvents)
            complications.append(adverseEventConcept(event));
        if (!complications.isEmpty())
            procedure.insert(QStringLiteral("complication"), complications);
        if (!cleaned(session.followUp).isEmpty()) {
            procedure.insert(QStringLiteral("followUp"),
                             QJsonArray{codeableConcept(QJsonArray(), session.followUp)});
        }

        QStringList texts;
        QStringList positions;
        for (const PatientPosition position : session.positions)
            positions << enumSourceLabel(position);
        if (!positions.isEmpty())
            texts << QStringLiteral("Position: ") + positions.join(QStringLiteral(", "))
                         + QLatin1Char('.');
        for (const TriggerPoint& point : session.points.points())
            texts << pointText(session.points.numberOf(point.key), point);
        if (!session.needles.isEmpty())
            texts << needlesText(session);
        texts << afterTreatmentText(session);
        for (qsizetype i = 0; i < session.adverseEvents.size(); ++i) {
            const AdverseEvent& event = session.adverseEvents.at(i);
            QStringList parts;
            if (!cleaned(event.actionTaken).isEmpty())
                parts << QStringLiteral("action taken: ") + cleaned(event.actionTaken);
            if (!cleaned(event.followUp).isEmpty())
                parts << QStringLiteral("follow-up: ") + cleaned(event.followUp);
            if (!parts.isEmpty()) {
                texts << sentence(QStringLiteral("Adverse event ") + QString::number(i + 1)
                                  + QStringLiteral(" (") + enumSourceLabel(event.kind)
                                  + QStringLiteral(", ") + enumSourceLabel(event.grade).toLower()
                                  + QStringLiteral("): ") + parts.join(QStringLiteral("; ")));
            }
        }
        if (!cleaned(session.advice).isEmpty())
            texts << sentence(QStringLiteral("Advice given: ") + cleaned(session.advice));
        QJsonArray notes = annotationTexts(texts);
        for (const Amendment& amendment : session.amendments)
            notes.append(amendmentNote(amendment));
        if (!notes.isEmpty())
            procedure.insert(QStringLiteral("note"), notes);
        return add(QStringLiteral("Procedure"), context.key, procedure);
    }

    // An amendment as an annotation of the note it corrects: who, when, why and what.
    QJsonObject amendmentNote(const Amendment& amendment) const
    {
        QString text = QStringLiteral("Amendment");
        if (!cleaned(amendment.reason).isEmpty())
            text += QStringLiteral(" (") + cleaned(amendment.reason) + QLatin1Char(')');
        text += QStringLiteral(": ") + cleaned(amendment.text);
        QJsonObject note{{QStringLiteral("text"), text}};
        const QString author =
            practitionerFor(QString(), amendment.authorAccountId, amendment.author);
        if (!author.isEmpty())
            note.insert(QStringLiteral("authorReference"), reference(author));
        else
            setText(note, QStringLiteral("authorString"), amendment.author);
        setDateTime(note, QStringLiteral("time"), amendment.writtenAt);
        return note;
    }

    QJsonObject surveyCategory() const
    {
        return codeableConcept(
            coding(ObservationCategorySystem, QStringLiteral("survey"), QStringLiteral("Survey")),
            QString());
    }

    void addPain(const SessionContext& context, const QString& which,
                 const std::optional<int>& score, const QString& text)
    {
        if (!score)
            return;
        QJsonObject observation = subjectAndEncounter(context);
        observation.insert(QStringLiteral("status"), observationStatus(context.session));
        observation.insert(QStringLiteral("category"), QJsonArray{surveyCategory()});
        observation.insert(
            QStringLiteral("code"),
            codeableConcept(
                coding(LoincSystem, QStringLiteral("72514-3"),
                       QStringLiteral(
                           "Pain severity - 0-10 verbal numeric rating [Score] - Reported")),
                text));
        setDateTime(observation, QStringLiteral("effectiveDateTime"), context.session.treatedAt);
        observation.insert(QStringLiteral("valueInteger"), *score);
        add(QStringLiteral("Observation"), context.key + QLatin1Char('/') + which, observation);
    }

    void addSoreness(const SessionContext& context)
    {
        if (!context.session.soreness)
            return;
        QJsonObject observation = subjectAndEncounter(context);
        observation.insert(QStringLiteral("status"), observationStatus(context.session));
        observation.insert(QStringLiteral("category"), QJsonArray{surveyCategory()});
        observation.insert(QStringLiteral("code"),
                           codeableConcept(coding(localSystem("observation"),
                                                  QStringLiteral("post-needling-soreness"),
                                                  QStringLiteral("Post-needling soreness (0-10)")),
                                           QStringLiteral("Soreness after treatment (0-10)")));
        setDateTime(observation, QStringLiteral("effectiveDateTime"), context.session.treatedAt);
        observation.insert(QStringLiteral("valueInteger"), *context.session.soreness);
        add(QStringLiteral("Observation"), context.key + QStringLiteral("/soreness"), observation);
    }

    static QJsonObject component(const QJsonObject& code, const QString& valueKey,
                                 const QJsonValue& value)
    {
        return QJsonObject{{QStringLiteral("code"), code}, {valueKey, value}};
    }

    // One exam Observation per trigger point: where, active or latent, the twitch response and
    // whether the pain was reproduced. The side is in the body site's text: an Observation has
    // one bodySite and no reference to a BodyStructure in R4.
    void addTriggerPoints(const SessionContext& context)
    {
        const Session& session = context.session;
        if (session.notNeedled)
            return;
        const QString system = localSystem("observation");
        for (const TriggerPoint& point : session.points.points()) {
            const int number = session.points.numberOf(point.key);
            NeedledSite site{point.muscleId,
                             point.isOtherSite() ? cleaned(point.siteName) : QString(),
                             point.side == BodySide::Left, point.side == BodySide::Right};
            std::optional<Laterality> side;
            QJsonObject location;
            const QJsonObject bodySite = siteConcept(site, side, location);

            const PointFindings& f = point.findings;
            QJsonArray components{
                component(codeableConcept(coding(system, QStringLiteral("trigger-point-activity"),
                                                 QStringLiteral("Trigger point activity")),
                                          QString()),
                          QStringLiteral("valueCodeableConcept"),
                          codeableConcept(coding(localSystem("trigger-point-activity"),
                                                 enumKey(f.activity), enumSourceLabel(f.activity)),
                                          QString())),
                component(codeableConcept(coding(system, QStringLiteral("local-twitch-response"),
                                                 QStringLiteral("Local twitch response")),
                                          QString()),
                          QStringLiteral("valueCodeableConcept"),
                          codeableConcept(coding(localSystem("twitch-response"), enumKey(f.twitch),
                                                 enumSourceLabel(f.twitch)),
                                          QString())),
                component(codeableConcept(coding(system, QStringLiteral("familiar-pain-reproduced"),
                                                 QStringLiteral("Familiar pain reproduced")),
                                          QString()),
                          QStringLiteral("valueBoolean"), f.painReproduced),
                component(
                    codeableConcept(coding(system, QStringLiteral("referral-pattern-reproduced"),
                                           QStringLiteral("Referral pattern reproduced")),
                                    QString()),
                    QStringLiteral("valueBoolean"), f.referredPatternReproduced)};
            if (f.twitch != TwitchResponse::None) {
                components.append(
                    component(codeableConcept(coding(system, QStringLiteral("local-twitch-count"),
                                                     QStringLiteral("Local twitch responses seen")),
                                              QString()),
                              QStringLiteral("valueInteger"),
                              f.twitch == TwitchResponse::Multiple ? f.twitchCount : 1));
            }

            QJsonObject observation = subjectAndEncounter(context);
            observation.insert(QStringLiteral("status"), observationStatus(session));
            observation.insert(
                QStringLiteral("category"),
                QJsonArray{codeableConcept(coding(ObservationCategorySystem, QStringLiteral("exam"),
                                                  QStringLiteral("Exam")),
                                           QString())});
            observation.insert(QStringLiteral("code"),
                               codeableConcept(coding(system, QStringLiteral("trigger-point"),
                                                      QStringLiteral("Myofascial trigger point")),
                                               QStringLiteral("Myofascial trigger point")));
            setDateTime(observation, QStringLiteral("effectiveDateTime"), session.treatedAt);
            if (!context.practitionerUrl.isEmpty()) {
                observation.insert(QStringLiteral("performer"),
                                   QJsonArray{reference(context.practitionerUrl)});
            }
            observation.insert(QStringLiteral("bodySite"), bodySite);
            observation.insert(QStringLiteral("component"), components);
            if (!cleaned(f.notes).isEmpty()) {
                observation.insert(
                    QStringLiteral("note"),
                    QJsonArray{QJsonObject{{QStringLiteral("text"), cleaned(f.notes)}}});
            }
            add(QStringLiteral("Observation"),
                context.key + QStringLiteral("/point/") + QString::number(number), observation);
        }
    }

    // Care given beside needling, each a Procedure of its own.
    void addOtherCare(const SessionContext& context)
    {
        const Session& session = context.session;
        for (qsizetype i = 0; i < session.otherCare.size(); ++i) {
            const OtherCare& care = session.otherCare.at(i);
            QJsonObject procedure = subjectAndEncounter(context);
            procedure.insert(QStringLiteral("status"), session.isSigned()
                                                           ? QStringLiteral("completed")
                                                           : QStringLiteral("in-progress"));
            procedure.insert(QStringLiteral("code"),
                             codeableConcept(coding(localSystem("other-care"), enumKey(care.kind),
                                                    enumSourceLabel(care.kind)),
                                             enumSourceLabel(care.kind)));
            setDateTime(procedure, QStringLiteral("performedDateTime"), session.treatedAt);
            setPerformer(procedure, context);
            const QJsonArray notes = annotationTexts({care.note});
            if (!notes.isEmpty())
                procedure.insert(QStringLiteral("note"), notes);
            add(QStringLiteral("Procedure"),
                context.key + QStringLiteral("/care/") + QString::number(i + 1), procedure);
        }
    }

    // What happened: SNOMED CT where fhir-codes.md has a verified code for the very thing (a
    // suspected pneumothorax is not a pneumothorax, so it keeps our own code), our own code
    // always, and the clinician's description as the text.
    QJsonObject adverseEventConcept(const AdverseEvent& event) const
    {
        QJsonArray codings;
        if (event.kind == AdverseEventKind::Fainting) {
            codings.append(coding(SnomedSystem, QStringLiteral("398665005"),
                                  QStringLiteral("Vasovagal syncope")));
        }
        codings.append(
            coding(localSystem("adverse-event"), enumKey(event.kind), enumSourceLabel(event.kind)));
        return codeableConcept(codings, cleaned(event.description).isEmpty()
                                            ? enumSourceLabel(event.kind)
                                            : event.description);
    }

    void addAdverseEvent(const SessionContext& context, const QString& procedureUrl,
                         qsizetype index)
    {
        const Session& session = context.session;
        const AdverseEvent& event = session.adverseEvents.at(index);
        // Grading after White et al. onto FHIR's severity (required binding) and seriousness.
        const QString severity = event.grade == AdverseEventGrade::Mild ? QStringLiteral("mild")
                                 : event.grade == AdverseEventGrade::Significant
                                     ? QStringLiteral("moderate")
                                     : QStringLiteral("severe");
        const QString seriousness =
            event.isSerious() ? QStringLiteral("Serious") : QStringLiteral("Non-serious");
        QJsonObject resource = subjectAndEncounter(context);
        resource.insert(QStringLiteral("actuality"), QStringLiteral("actual"));
        resource.insert(QStringLiteral("event"), adverseEventConcept(event));
        setDateTime(resource, QStringLiteral("date"), session.treatedAt);
        resource.insert(
            QStringLiteral("severity"),
            codeableConcept(
                coding(
                    QStringLiteral("http://terminology.hl7.org/CodeSystem/adverse-event-severity"),
                    severity, severity.left(1).toUpper() + severity.mid(1)),
                enumSourceLabel(event.grade)));
        resource.insert(
            QStringLiteral("seriousness"),
            codeableConcept(
                coding(QStringLiteral(
                           "http://terminology.hl7.org/CodeSystem/adverse-event-seriousness"),
                       seriousness, seriousness),
                QString()));
        if (!context.practitionerUrl.isEmpty())
            resource.insert(QStringLiteral("recorder"), reference(context.practitionerUrl));
        if (!session.notNeedled) {
            resource.insert(
                QStringLiteral("suspectEntity"),
                QJsonArray{QJsonObject{{QStringLiteral("instance"), reference(procedureUrl)}}});
        }
        add(QStringLiteral("AdverseEvent"),
            context.key + QLatin1Char('/') + QString::number(index + 1), resource);
    }

    // Who signed the note and when, as a Provenance of its Encounter and Procedure.
    void addSignature(const SessionContext& context, const QString& procedureUrl)
    {
        const Session& session = context.session;
        if (!session.signedAt.isValid())
            return;
        const QString signer =
            practitionerFor(QString(), session.signedByAccountId, session.signedBy);
        const QJsonObject who = referenceOrName(signer, session.signedBy);
        if (who.isEmpty())
            return; // a signature names its signer
        QJsonObject provenance{
            {QStringLiteral("target"),
             QJsonArray{reference(context.encounterUrl), reference(procedureUrl)}},
            {QStringLiteral("recorded"), fhirDateTime(session.signedAt)},
            {QStringLiteral("agent"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("type"),
                  codeableConcept(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/"
                                                        "provenance-participant-type"),
                                         QStringLiteral("author"), QStringLiteral("Author")),
                                  QString())},
                 {QStringLiteral("who"), who}}}},
            {QStringLiteral("signature"),
             QJsonArray{QJsonObject{{QStringLiteral("type"),
                                     QJsonArray{coding(QStringLiteral("urn:iso-astm:E1762-95:2013"),
                                                       QStringLiteral("1.2.840.10065.1.12.1.1"),
                                                       QStringLiteral("Author's Signature"))}},
                                    {QStringLiteral("when"), fhirDateTime(session.signedAt)},
                                    {QStringLiteral("who"), who}}}}};
        add(QStringLiteral("Provenance"), context.key + QStringLiteral("/signature"), provenance);
    }

    // --- consent, bookings and outcomes ---

    void addConsent(const QString& patientUrl, const FhirConsent& record)
    {
        const Consent& consent = record.consent;
        const int version = consent.leafletVersion;
        const QString versionText =
            QStringLiteral("Dry needling information leaflet, version ") + QString::number(version);

        QJsonArray performers{reference(patientUrl)};
        const QString clinician = practitionerFor(QString(), 0, consent.clinician);
        if (!clinician.isEmpty())
            performers.append(reference(clinician));

        QJsonObject attachment{{QStringLiteral("title"), versionText}};
        if (record.leaflet.version == version && !record.leaflet.markdown.isEmpty()) {
            attachment.insert(QStringLiteral("contentType"), QStringLiteral("text/markdown"));
            attachment.insert(QStringLiteral("data"),
                              QString::fromLatin1(record.leaflet.markdown.toUtf8().toBase64()));
            setDateTime(attachment, QStringLiteral("creation"), record.leaflet.createdAt);
        }

        QJsonObject period;
        setDateTime(period, QStringLiteral("start"), consent.recordedAt);
        setDateTime(period, QStringLiteral("end"), consent.withdrawnAt);
        QJsonObject provision{
            {QStringLiteral("type"), consent.decision == ConsentDecision::Given
                                         ? QStringLiteral("permit")
                                         : QStringLiteral("deny")},
            {QStringLiteral("code"),
             QJsonArray{codeableConcept(coding(localSystem("procedure"), QStringLiteral("tdn"),
                                               QStringLiteral("Trigger point dry needling")),
                                        cleaned(consent.scope).isEmpty()
                                            ? QStringLiteral("Trigger point dry needling")
                                            : QString(QStringLiteral("Trigger point dry needling: ")
                                                      + cleaned(consent.scope)))}}};
        if (!period.isEmpty())
            provision.insert(QStringLiteral("period"), period);

        QJsonObject resource{
            {QStringLiteral("identifier"),
             QJsonArray{identifier(QStringLiteral("consent"), QString::number(consent.id))}},
            {QStringLiteral("status"),
             consent.isWithdrawn() ? QStringLiteral("inactive") : QStringLiteral("active")},
            {QStringLiteral("scope"),
             codeableConcept(
                 coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/consentscope"),
                        QStringLiteral("treatment"), QStringLiteral("Treatment")),
                 QString())},
            {QStringLiteral("category"),
             QJsonArray{codeableConcept(coding(LoincSystem, QStringLiteral("59284-0"),
                                               QStringLiteral("Patient Consent")),
                                        QString()),
                        codeableConcept(
                            coding(localSystem("consent-form"), enumKey(consent.form),
                                   enumSourceLabel(consent.form)),
                            QString(enumSourceLabel(consent.form) + QStringLiteral(" consent")))}},
            {QStringLiteral("patient"), reference(patientUrl)},
            {QStringLiteral("performer"), performers},
            {QStringLiteral("sourceAttachment"), attachment},
            {QStringLiteral("policy"),
             QJsonArray{QJsonObject{{QStringLiteral("uri"), leafletUri(version)}}}},
            {QStringLiteral("provision"), provision}};
        setDateTime(resource, QStringLiteral("dateTime"), consent.recordedAt);
        if (!organizationUrl().isEmpty()) {
            resource.insert(QStringLiteral("organization"),
                            QJsonArray{reference(organizationUrl())});
        }
        add(QStringLiteral("Consent"), QString::number(consent.id), resource);
    }

    void addAppointment(const QString& patientUrl, const Appointment& appointment)
    {
        QJsonArray participants{
            QJsonObject{{QStringLiteral("actor"), reference(patientUrl)},
                        {QStringLiteral("required"), QStringLiteral("required")},
                        {QStringLiteral("status"), QStringLiteral("accepted")}}};
        if (m_byBookClinician.contains(appointment.clinicianId)) {
            participants.append(QJsonObject{
                {QStringLiteral("actor"),
                 reference(practitionerUrl(m_byBookClinician.value(appointment.clinicianId)))},
                {QStringLiteral("required"), QStringLiteral("required")},
                {QStringLiteral("status"), QStringLiteral("accepted")}});
        }
        QJsonObject resource{
            {QStringLiteral("identifier"), QJsonArray{identifier(QStringLiteral("appointment"),
                                                                 QString::number(appointment.id))}},
            {QStringLiteral("status"), appointmentStatusCode(appointment.status)},
            {QStringLiteral("serviceType"),
             QJsonArray{
                 codeableConcept(coding(localSystem("appointment-type"), enumKey(appointment.type),
                                        enumSourceLabel(appointment.type)),
                                 enumSourceLabel(appointment.type))}},
            {QStringLiteral("minutesDuration"), appointment.durationMinutes},
            {QStringLiteral("participant"), participants}};
        // Start and end together or neither (invariant app-2).
        if (appointment.start.isValid()) {
            resource.insert(QStringLiteral("start"), fhirDateTime(appointment.start));
            resource.insert(QStringLiteral("end"), fhirDateTime(appointment.end()));
        }
        if (appointment.status == AppointmentStatus::Cancelled
            && !cleaned(appointment.cancelReason).isEmpty()) {
            resource.insert(QStringLiteral("cancelationReason"),
                            codeableConcept(QJsonArray(), appointment.cancelReason));
        }
        setText(resource, QStringLiteral("comment"), appointment.note);
        add(QStringLiteral("Appointment"), QString::number(appointment.id), resource);
    }

    const OutcomeMeasure* measure(const QString& id) const
    {
        for (const OutcomeMeasure& measure : m_record.measures) {
            if (measure.id == id)
                return &measure;
        }
        return nullptr;
    }

    void addOutcome(const QString& patientUrl, const QSet<SessionId>& sessions,
                    const OutcomeCompletion& completion)
    {
        const OutcomeMeasure* definition = measure(completion.measureId);
        const QString name = definition && !cleaned(definition->name).isEmpty()
                                 ? cleaned(definition->name)
                                 : completion.measureId;
        QJsonArray components;
        for (const OutcomeAnswer& answer : completion.answers) {
            QString itemText = answer.item;
            QJsonArray codings;
            if (definition && !definition->patientNamedItems) {
                for (const OutcomeItem& item : definition->items) {
                    if (item.key == answer.item)
                        itemText = item.text;
                }
                codings.append(coding(localSystem("outcome-item"),
                                      completion.measureId + QLatin1Char('.') + answer.item,
                                      itemText));
            }
            components.append(component(codeableConcept(codings, itemText),
                                        QStringLiteral("valueInteger"), answer.value));
        }

        QJsonObject observation{
            {QStringLiteral("identifier"),
             QJsonArray{identifier(QStringLiteral("outcome"), QString::number(completion.id))}},
            {QStringLiteral("status"),
             completion.isVoided() ? QStringLiteral("entered-in-error") : QStringLiteral("final")},
            {QStringLiteral("category"), QJsonArray{surveyCategory()}},
            {QStringLiteral("code"),
             codeableConcept(coding(localSystem("outcome-measure"), completion.measureId, name),
                             QString(name + QStringLiteral(" (version ")
                                     + QString::number(completion.measureVersion)
                                     + QLatin1Char(')')))},
            {QStringLiteral("subject"), reference(patientUrl)},
            {QStringLiteral("valueQuantity"),
             QJsonObject{{QStringLiteral("value"), completion.score},
                         {QStringLiteral("unit"), QStringLiteral("score")},
                         {QStringLiteral("system"), QStringLiteral("http://unitsofmeasure.org")},
                         {QStringLiteral("code"), QStringLiteral("{score}")}}}};
        if (completion.sessionId > 0 && sessions.contains(completion.sessionId)) {
            observation.insert(QStringLiteral("encounter"),
                               reference(fullUrl(QStringLiteral("Encounter"),
                                                 QString::number(completion.sessionId))));
        }
        setDateTime(observation, QStringLiteral("effectiveDateTime"), completion.completedAt);
        const QString recorder =
            practitionerFor(QString(), completion.recordedByAccountId, completion.recordedBy);
        if (!recorder.isEmpty())
            observation.insert(QStringLiteral("performer"), QJsonArray{reference(recorder)});
        if (!components.isEmpty())
            observation.insert(QStringLiteral("component"), components);
        if (completion.isVoided()) {
            observation.insert(QStringLiteral("note"),
                               annotationTexts({QStringLiteral("Entered in error: ")
                                                + cleaned(completion.voidReason)}));
        }
        add(QStringLiteral("Observation"),
            QStringLiteral("outcome/") + QString::number(completion.id), observation);
    }

    const FhirRecord& m_record;
    const MuscleCatalogue& m_catalogue;
    QJsonArray m_entries;
    QSet<QString> m_bodyStructures; // fullUrls of the BodyStructures added
    QHash<QString, qsizetype> m_byLogin;
    QHash<qint64, qsizetype> m_byAccount;
    QHash<qint64, qsizetype> m_byBookClinician;
    QHash<QString, qsizetype> m_byName;
};

} // namespace

QJsonObject FhirBundleWriter::bundle(const FhirRecord& record, const MuscleCatalogue& catalogue)
{
    return BundleBuilder(record, catalogue).bundle();
}

} // namespace needlechart
