#include "needlechart/domain/session/SignedContent.h"

#include "needlechart/domain/session/SessionTerms.h"

#include <QCryptographicHash>

#include <type_traits>

namespace needlechart {
namespace {

// Fields separated by the unit separator, records by the record separator: no text a person
// types can stand for either.
class Canonical {
public:
    Canonical& text(const QString& value)
    {
        m_hash.addData(value.toUtf8());
        return separate();
    }
    Canonical& number(qint64 value)
    {
        m_hash.addData(QByteArray::number(value));
        return separate();
    }
    Canonical& real(double value)
    {
        m_hash.addData(QByteArray::number(value, 'g', 17));
        return separate();
    }
    Canonical& flag(bool value) { return number(value ? 1 : 0); }
    Canonical& time(const QDateTime& value)
    {
        return text(value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs) : QString());
    }
    template <typename T>
    Canonical& maybe(const std::optional<T>& value)
    {
        if (!value)
            return text(QStringLiteral("-"));
        if constexpr (std::is_floating_point_v<T>)
            return real(*value);
        else
            return number(*value);
    }
    template <typename E>
    Canonical& key(E value)
    {
        return text(enumKey(value));
    }
    void endRecord() { m_hash.addData(QByteArrayView("\x1e", 1)); }
    [[nodiscard]] QByteArray result() const { return m_hash.result().toHex(); }

private:
    Canonical& separate()
    {
        m_hash.addData(QByteArrayView("\x1f", 1));
        return *this;
    }
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

} // namespace

QByteArray SignedContent::hashOf(const Session& n)
{
    Canonical c;
    c.number(n.id).number(n.patientId).time(n.treatedAt).text(n.clinician).text(n.clinicianLogin);
    c.text(n.presentingComplaint).text(patientPositionsKey(n.positions));
    c.maybe(n.painBefore).maybe(n.painAfter);
    c.endRecord();
    for (const TriggerPoint& p : n.points.points()) {
        const PointFindings& f = p.findings;
        c.text(bodyViewKey(p.view)).text(p.muscleId).text(bodySideKey(p.side));
        c.real(p.position.x()).real(p.position.y());
        c.key(f.activity).key(f.twitch).number(f.twitchCount).flag(f.painReproduced);
        c.flag(f.referredPatternReproduced).maybe(f.depthMm).key(f.technique);
        c.maybe(f.retentionSeconds).maybe(f.needleGaugeMm).maybe(f.needleLengthMm).text(f.notes);
        // Only other sites carry a name, so notes signed before there were any hash as they did.
        if (p.isOtherSite())
            c.text(p.siteName);
        // Only stimulated points carry the stimulator's settings, likewise.
        if (f.isStimulated())
            c.maybe(f.stimulation.frequencyHz)
                .maybe(f.stimulation.pulseWidthUs)
                .maybe(f.stimulation.intensityMa);
        c.endRecord();
    }
    for (const NeedleUse& u : n.needles) {
        c.maybe(u.gaugeMm).maybe(u.lengthMm).text(u.lot).number(u.inserted).number(u.removed);
        c.endRecord();
    }
    c.text(n.needleCountNote).maybe(n.soreness).key(n.bruising).text(n.bruisingSite);
    c.flag(n.tiredness);
    c.endRecord();
    for (const OtherCare& care : n.otherCare) {
        c.key(care.kind).text(care.note);
        c.endRecord();
    }
    for (const AdverseEvent& e : n.adverseEvents) {
        c.key(e.kind).key(e.grade).text(e.description).text(e.actionTaken).text(e.followUp);
        c.endRecord();
    }
    c.text(n.advice).text(n.followUp).time(n.signedAt).text(n.signedBy);
    c.number(n.consentId).number(n.leafletVersion).number(n.screeningId);
    c.number(n.signedByAccountId).text(n.signedByRegistration);
    // Only a visit without needling says so, so notes signed before it existed hash as they did.
    if (n.notNeedled) {
        c.endRecord();
        c.text(QStringLiteral("not-needled")).text(n.notNeedledReason);
    }
    // Likewise only a note with a pain drawing hashes one.
    if (!n.painAreas.isEmpty()) {
        c.endRecord();
        c.text(QStringLiteral("pain-drawing"));
        for (const PainArea& area : n.painAreas) {
            c.text(bodyViewKey(area.view)).key(area.type).number(area.intensity);
            for (const QPointF& p : area.outline)
                c.real(p.x()).real(p.y());
            c.endRecord();
        }
    }
    if (!n.acknowledgedPrecautions.isEmpty()) {
        c.endRecord();
        c.text(QStringLiteral("precautions-acknowledged"));
        for (const QString& key : n.acknowledgedPrecautions)
            c.text(key);
    }
    return c.result();
}

QByteArray SignedContent::hashOf(const Amendment& a)
{
    Canonical c;
    c.number(a.id).time(a.writtenAt).text(a.author).text(a.reason).text(a.text);
    c.number(a.authorAccountId);
    return c.result();
}

} // namespace needlechart
