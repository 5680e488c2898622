#pragma once

#include <QJsonObject>

namespace needlechart {

class MuscleCatalogue;
struct FhirRecord;

// Turns a FhirRecord into a FHIR R4 Bundle of type "collection": what another system needs to
// read a clinic's dry needling records. Pure: no database, no clock, no log (the bundle holds
// names and clinical text, so nothing of it may reach a log line).
//
// What becomes what:
//   clinic                -> Organization (when the record names it)
//   clinician             -> Practitioner (registration as identifier, needling authorisation
//                            as qualification)
//   patient               -> Patient
//   session note          -> Encounter (class AMB), the needling Procedure (code "tdn" of our
//                            own code system: SNOMED CT has no confirmed concept for it), one
//                            Procedure per other care given, Observations of the pain before and
//                            after (LOINC 72514-3), of soreness after, and one per trigger point,
//                            an AdverseEvent per adverse event (suspectEntity: the Procedure), and
//                            for a signed note a Provenance carrying the signature
//   consent               -> Consent
//   booking               -> Appointment
//   outcome completion    -> Observation (the score; each answer a component)
//
// Drafts and signed notes: a signed note is final (Encounter "finished", Procedure "completed",
// Observations "final", with a Provenance); a draft may still change, so it is exported as
// work in progress (Encounter and Procedure "in-progress", Observations "preliminary"), and a
// visit without needling is a Procedure "not-done" with the reason.
//
// Ids: each resource's id is a name-based (version 5) UUID under a fixed NeedleChart namespace
// of "<clinicId>/<resource type>/<local id>" (the local id is the database id, or a path under
// it such as "12/point/3"), its entry's fullUrl is "urn:uuid:" and that id, and references use
// the fullUrl. So the same record has the same id in every export of the clinic, and a receiving
// system can update rather than duplicate. Business identifiers (Patient.identifier and the
// like) use the system "https://needlechart.org/fhir/clinic/<clinicId>/<kind>".
//
// Laterality: R4 has no element for the side of a body site (the bodySite extension is R5), so
// each muscle needled is one Procedure.bodySite: the muscle's SNOMED CT concept where the
// catalogue has a verified code (text only otherwise), with the side in its text ("Trapezius -
// upper fibres, right"). The coded side (SNOMED CT 7771000 left, 24028007 right, 51440002 both)
// is in a BodyStructure (location: the muscle, locationQualifier: the side), one per patient,
// muscle and side, which the Procedure names through the core extension
// procedure-targetBodyStructure. Rejected: the side as a second coding of the muscle's concept
// (the codings of one concept must mean the same thing); the side as a bodySite entry of its
// own (with two muscles on different sides, nothing says which side goes with which); a
// post-coordinated expression as the code (many validators and terminology servers refuse them).
// A muscle the catalogue marks as not bilateral has no side.
//
// Consent: status "active", or "inactive" once withdrawn (the withdrawal ends provision.period);
// a consent declined is recorded as provision "deny". R4 requires a policy or a policy rule
// (invariant ppc-1): policy.uri names the leaflet version given
// (".../clinic/<clinicId>/leaflet/<version>"), and sourceAttachment carries that version's text
// with the version in its title. The witness and the withdrawal's note have no place in an R4
// Consent and are not exported.
//
// Fixed words of the export (note texts, code displays) are English whatever the workstation's
// language, so a receiving system reads the same from every workstation; muscle names come from
// the catalogue given.
class FhirBundleWriter {
public:
    [[nodiscard]] static QJsonObject bundle(const FhirRecord& record,
                                            const MuscleCatalogue& catalogue);
};

} // namespace needlechart
