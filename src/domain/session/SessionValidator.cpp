#include "needlechart/domain/session/SessionValidator.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/domain/common/TextLimit.h"

#include <QLocale>

namespace needlechart {
namespace {

// Collects broken rules. Field keys and labels are built only for a value that breaks a rule:
// a draft is checked on every autosave, and nearly always everything is fine.
class Checker {
public:
    QList<FieldError> errors;

    void add(const QString& field, const QString& message) { errors.append({field, message}); }

    template <typename Field, typename What>
    void score(const std::optional<int>& value, Field field, What what)
    {
        if (value && (*value < 0 || *value > SessionValidator::MaxScore))
            add(field(), SessionValidator::tr("%1 must be from 0 to %2.")
                             .arg(what())
                             .arg(SessionValidator::MaxScore));
    }

    template <typename Field, typename What>
    void length(const QString& value, Field field, What what,
                int limit = SessionValidator::MaxTextLength)
    {
        if (value.size() > limit)
            add(field(), TextLimit::message(what(), limit, value.size()));
    }

    template <typename Field>
    void gauge(const std::optional<double>& value, Field field)
    {
        if (value
            && (*value < SessionValidator::MinGaugeMm || *value > SessionValidator::MaxGaugeMm))
            add(field(), SessionValidator::tr("Needle gauge must be from %1 to %2 mm.")
                             .arg(SessionValidator::MinGaugeMm, 0, 'f', 2)
                             .arg(SessionValidator::MaxGaugeMm, 0, 'f', 2));
    }

    template <typename Field>
    void needleLength(const std::optional<int>& value, Field field)
    {
        if (value
            && (*value < SessionValidator::MinLengthMm || *value > SessionValidator::MaxLengthMm))
            add(field(), SessionValidator::tr("Needle length must be from %1 to %2 mm.")
                             .arg(SessionValidator::MinLengthMm)
                             .arg(SessionValidator::MaxLengthMm));
    }
};

// A constant, as Checker's lazy arguments want.
auto is(const QString& text)
{
    return [text] { return text; };
}

bool blank(const QString& text)
{
    return text.trimmed().isEmpty();
}

// Each stimulator setting that is filled in is in range (whatever the technique: a value typed
// before the technique changed is kept, and must still make sense).
void checkStimulation(Checker& c, const ElectricalStimulation& e, qsizetype i)
{
    using namespace SessionFields;
    using E = ElectricalStimulation;
    const QLocale locale;
    if (e.frequencyHz && (*e.frequencyHz < E::MinFrequencyHz || *e.frequencyHz > E::MaxFrequencyHz))
        c.add(row(Points, i, FrequencyHz),
              SessionValidator::tr("Point %1: the frequency must be from %2 to %3 Hz.")
                  .arg(i + 1)
                  .arg(locale.toString(E::MinFrequencyHz))
                  .arg(locale.toString(E::MaxFrequencyHz)));
    if (e.pulseWidthUs
        && (*e.pulseWidthUs < E::MinPulseWidthUs || *e.pulseWidthUs > E::MaxPulseWidthUs))
        c.add(row(Points, i, PulseWidthUs),
              SessionValidator::tr("Point %1: the pulse width must be from %2 to %3 \u00b5s.")
                  .arg(i + 1)
                  .arg(E::MinPulseWidthUs)
                  .arg(E::MaxPulseWidthUs));
    if (e.intensityMa && (*e.intensityMa < E::MinIntensityMa || *e.intensityMa > E::MaxIntensityMa))
        c.add(row(Points, i, IntensityMa),
              SessionValidator::tr("Point %1: the intensity must be from %2 to %3 mA.")
                  .arg(i + 1)
                  .arg(locale.toString(E::MinIntensityMa))
                  .arg(locale.toString(E::MaxIntensityMa)));
}

void checkPoints(Checker& c, const Session& session, const MuscleCatalogue& catalogue)
{
    using namespace SessionFields;
    const QList<TriggerPoint>& points = session.points.points();
    for (qsizetype i = 0; i < points.size(); ++i) {
        const TriggerPoint& point = points.at(i);
        const PointFindings& f = point.findings;
        const auto key = [i](const QString& field) {
            return [i, field] { return row(Points, i, field); };
        };
        if (point.isOtherSite()) {
            if (blank(point.siteName))
                c.add(row(Points, i, PointMuscle),
                      SessionValidator::tr("Point %1: name the other site.").arg(i + 1));
            c.length(
                point.siteName, key(PointMuscle),
                [i] { return SessionValidator::tr("The name of point %1's site").arg(i + 1); },
                SessionValidator::MaxSiteNameLength);
        } else if (!catalogue.find(point.muscleId))
            c.add(row(Points, i, PointMuscle),
                  SessionValidator::tr("Point %1 is on a muscle that is not in the catalogue.")
                      .arg(i + 1));
        if (!(point.position.x() >= 0.0 && point.position.x() <= 1.0 && point.position.y() >= 0.0
              && point.position.y() <= 1.0))
            c.add(row(Points, i, PointMuscle),
                  SessionValidator::tr("Point %1 lies outside the body map.").arg(i + 1));
        if (f.twitch == TwitchResponse::Multiple
            && (f.twitchCount < PointFindings::MinMultipleTwitches
                || f.twitchCount > SessionValidator::MaxTwitches))
            c.add(row(Points, i, TwitchCount),
                  SessionValidator::tr(
                      "Point %1: a multiple twitch response needs a count from 2 to %2.")
                      .arg(i + 1)
                      .arg(SessionValidator::MaxTwitches));
        if (f.depthMm
            && (*f.depthMm < SessionValidator::MinDepthMm
                || *f.depthMm > SessionValidator::MaxDepthMm))
            c.add(row(Points, i, DepthMm),
                  SessionValidator::tr("Point %1: depth must be from %2 to %3 mm.")
                      .arg(i + 1)
                      .arg(SessionValidator::MinDepthMm)
                      .arg(SessionValidator::MaxDepthMm));
        if (f.retentionSeconds
            && (*f.retentionSeconds < 1
                || *f.retentionSeconds > SessionValidator::MaxRetentionSeconds))
            c.add(row(Points, i, RetentionSeconds),
                  SessionValidator::tr("Point %1: retention must be from 1 second to %2 minutes.")
                      .arg(i + 1)
                      .arg(SessionValidator::MaxRetentionSeconds / 60));
        checkStimulation(c, f.stimulation, i);
        c.gauge(f.needleGaugeMm, key(GaugeMm));
        c.needleLength(f.needleLengthMm, key(LengthMm));
        c.length(f.notes, key(Note),
                 [i] { return SessionValidator::tr("The notes on point %1").arg(i + 1); });
    }
}

void checkNeedles(Checker& c, const Session& session)
{
    using namespace SessionFields;
    for (qsizetype i = 0; i < session.needles.size(); ++i) {
        const NeedleUse& use = session.needles.at(i);
        if (use.inserted < 0 || use.inserted > SessionValidator::MaxNeedles)
            c.add(row(Needles, i, Inserted),
                  SessionValidator::tr("Needles inserted must be from 0 to %1.")
                      .arg(SessionValidator::MaxNeedles));
        if (use.removed < 0 || use.removed > SessionValidator::MaxNeedles)
            c.add(row(Needles, i, Removed),
                  SessionValidator::tr("Needles removed must be from 0 to %1.")
                      .arg(SessionValidator::MaxNeedles));
        c.gauge(use.gaugeMm, [i] { return row(Needles, i, GaugeMm); });
        c.needleLength(use.lengthMm, [i] { return row(Needles, i, LengthMm); });
        c.length(
            use.lot, [i] { return row(Needles, i, Lot); },
            [i] { return SessionValidator::tr("The lot number in needle row %1").arg(i + 1); },
            SessionValidator::MaxLotLength);
    }
}

// "copied from the last session", "from a template".
QString carriedText(CarriedFrom from)
{
    return DisplayText::inSentence(enumLabel(from));
}

void checkNeedlingForSigning(Checker& c, const Session& session)
{
    using namespace SessionFields;
    if (session.points.isEmpty())
        c.add(Points,
              SessionValidator::tr("Mark at least one needled trigger point on the body map."));

    const QList<TriggerPoint>& points = session.points.points();
    for (qsizetype i = 0; i < points.size(); ++i) {
        const PointFindings& f = points.at(i).findings;
        if (f.technique == NeedlingTechnique::Static && !f.retentionSeconds)
            c.add(row(Points, i, RetentionSeconds),
                  SessionValidator::tr(
                      "Point %1: enter how long the needle was left in (static technique).")
                      .arg(i + 1));
        if (f.isStimulated()) {
            if (!f.retentionSeconds)
                c.add(row(Points, i, RetentionSeconds),
                      SessionValidator::tr(
                          "Point %1: enter how long the stimulation ran, in seconds.")
                          .arg(i + 1));
            if (!f.stimulation.frequencyHz)
                c.add(row(Points, i, FrequencyHz),
                      SessionValidator::tr("Point %1: enter the stimulation frequency (Hz).")
                          .arg(i + 1));
            if (!f.stimulation.pulseWidthUs)
                c.add(
                    row(Points, i, PulseWidthUs),
                    SessionValidator::tr("Point %1: enter the pulse width (\u00b5s).").arg(i + 1));
            if (!f.stimulation.intensityMa)
                c.add(row(Points, i, IntensityMa),
                      SessionValidator::tr("Point %1: enter the stimulation intensity (mA).")
                          .arg(i + 1));
        }
    }

    if (session.needlesInserted() <= 0) {
        c.add(Needles, SessionValidator::tr("Record the needles used and how many were inserted."));
    } else if (!session.needleCountAccountedFor()) {
        c.add(
            NeedleCountNote,
            SessionValidator::tr(
                "%1 needles were inserted but %2 counted out. Find the missing needles, or explain "
                "the difference before signing: a needle not accounted for is an incident.")
                .arg(session.needlesInserted())
                .arg(session.needlesRemoved()));
    }
}

void checkPainDrawing(Checker& c, const Session& session)
{
    using namespace SessionFields;
    if (session.painAreas.size() > SessionValidator::MaxPainAreas) {
        c.add(PainDrawing, SessionValidator::tr("A pain drawing holds at most %1 shaded areas.")
                               .arg(SessionValidator::MaxPainAreas));
        return;
    }
    for (const PainArea& area : session.painAreas) {
        if (!area.isValid()) {
            c.add(PainDrawing,
                  SessionValidator::tr("A shaded area of the pain drawing is damaged: shade it "
                                       "again."));
            return;
        }
    }
}

} // namespace

QList<FieldError> SessionValidator::checkDraft(const Session& session,
                                               const MuscleCatalogue& catalogue)
{
    using namespace SessionFields;
    Checker c;
    c.score(session.painBefore, is(PainBefore), [] { return tr("Pain before"); });
    c.score(session.painAfter, is(PainAfter), [] { return tr("Pain after"); });
    c.score(session.soreness, is(Soreness), [] { return tr("Soreness"); });
    c.length(session.presentingComplaint, is(PresentingComplaint),
             [] { return tr("The presenting complaint"); });
    c.length(session.needleCountNote, is(NeedleCountNote),
             [] { return tr("The needle count note"); });
    c.length(session.notNeedledReason, is(NotNeedled),
             [] { return tr("The reason for not needling"); });
    c.length(
        session.bruisingSite, is(BruisingSite), [] { return tr("The bruising site"); },
        MaxBruisingSiteLength);
    c.length(session.advice, is(Advice), [] { return tr("The advice"); });
    c.length(
        session.followUp, is(FollowUp), [] { return tr("The follow-up"); }, MaxFollowUpLength);
    checkPoints(c, session, catalogue);
    checkPainDrawing(c, session);
    checkNeedles(c, session);
    for (qsizetype i = 0; i < session.otherCare.size(); ++i) {
        const OtherCare& care = session.otherCare.at(i);
        c.length(
            care.note, [i] { return row(Care, i, Note); },
            [&care] {
                return tr("The note on %1").arg(DisplayText::inSentence(enumLabel(care.kind)));
            });
    }
    for (qsizetype i = 0; i < session.adverseEvents.size(); ++i) {
        const AdverseEvent& event = session.adverseEvents.at(i);
        const auto what = [&event](const char* text) {
            return [&event, text] {
                return tr(text).arg(DisplayText::inSentence(enumLabel(event.kind)));
            };
        };
        c.length(
            event.description, [i] { return row(AdverseEvents, i, Description); },
            what(QT_TR_NOOP("The description of %1")));
        c.length(
            event.actionTaken, [i] { return row(AdverseEvents, i, ActionTaken); },
            what(QT_TR_NOOP("The action taken for %1")));
        c.length(
            event.followUp, [i] { return row(AdverseEvents, i, FollowUp); },
            what(QT_TR_NOOP("The follow-up of %1")));
    }
    return c.errors;
}

QList<FieldError> SessionValidator::checkForSigning(const Session& session,
                                                    const MuscleCatalogue& catalogue,
                                                    const QDateTime& nowUtc)
{
    using namespace SessionFields;
    Checker c;
    c.errors = checkDraft(session, catalogue);

    if (!session.treatedAt.isValid())
        c.add(TreatedAt, tr("Enter the date and time of treatment."));
    else if (session.treatedAt > nowUtc.addSecs(FutureToleranceSeconds))
        c.add(TreatedAt, tr("The time of treatment is in the future."));
    if (blank(session.clinician))
        c.add(Clinician, tr("The note has no treating clinician."));
    if (blank(session.presentingComplaint))
        c.add(PresentingComplaint, tr("Enter the presenting complaint."));
    if (session.positions.isEmpty())
        c.add(Position, tr("Choose the patient's position (one or more)."));
    if (!session.painBefore)
        c.add(PainBefore, tr("Enter the pain score before treatment (0 to 10)."));
    if (!session.painAfter)
        c.add(PainAfter, tr("Enter the pain score after treatment (0 to 10)."));
    if (session.notNeedled) {
        // A visit without needling: nothing needled may be on it, and it says why.
        if (blank(session.notNeedledReason))
            c.add(NotNeedled, tr("Say why no needling was done."));
        if (!session.points.isEmpty())
            c.add(Points, tr("Trigger points are marked on a note of a visit without needling: "
                             "remove them, or untick \"Not needled\"."));
        if (session.needlesInserted() > 0)
            c.add(Needles, tr("Needles are recorded on a note of a visit without needling: "
                              "remove them, or untick \"Not needled\"."));
    } else {
        checkNeedlingForSigning(c, session);
    }

    if (session.bruising != BruisingGrade::None && blank(session.bruisingSite))
        c.add(BruisingSite, tr("Say where the bruising is."));
    for (qsizetype i = 0; i < session.otherCare.size(); ++i) {
        if (blank(session.otherCare.at(i).note))
            c.add(row(Care, i, Note),
                  tr("Say what %1 was given.")
                      .arg(DisplayText::inSentence(enumLabel(session.otherCare.at(i).kind))));
    }
    for (qsizetype i = 0; i < session.adverseEvents.size(); ++i) {
        const AdverseEvent& event = session.adverseEvents.at(i);
        const QString name = enumLabel(event.kind);
        if (event.kind == AdverseEventKind::Other && blank(event.description))
            c.add(row(AdverseEvents, i, Description), tr("Describe the adverse event."));
        if (event.grade != AdverseEventGrade::Mild && blank(event.actionTaken))
            c.add(row(AdverseEvents, i, ActionTaken),
                  tr("%1 is graded %2: record the action taken.")
                      .arg(name, DisplayText::inSentence(enumLabel(event.grade))));
        if (event.isSerious() && blank(event.followUp))
            c.add(row(AdverseEvents, i, FollowUp),
                  tr("%1 is serious: record the follow-up arranged.").arg(name));
    }
    if (blank(session.advice))
        c.add(Advice, tr("Record the after-care advice given."));

    // Items copied from the last session or applied from a template are proposals until the
    // clinician makes them today's.
    const QList<TriggerPoint>& points = session.points.points();
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (points.at(i).isCarried())
            c.add(row(Points, i, PointMuscle),
                  tr("Point %1 is %2: record what you found there today, confirm it or remove "
                     "it.")
                      .arg(i + 1)
                      .arg(carriedText(points.at(i).carriedFrom)));
    }
    for (qsizetype i = 0; i < session.needles.size(); ++i) {
        if (session.needles.at(i).isCarried())
            c.add(row(Needles, i, Inserted),
                  tr("Needle row %1 is %2: count today's needles in it, confirm it or remove it.")
                      .arg(i + 1)
                      .arg(carriedText(session.needles.at(i).carriedFrom)));
    }
    for (qsizetype i = 0; i < session.otherCare.size(); ++i) {
        if (session.otherCare.at(i).isCarried())
            c.add(row(Care, i, Note),
                  tr("%1 is %2: say what was given today, confirm it or remove it.")
                      .arg(enumLabel(session.otherCare.at(i).kind),
                           carriedText(session.otherCare.at(i).carriedFrom)));
    }
    return c.errors;
}

QList<FieldError> SessionValidator::checkAmendment(const QString& reason, const QString& text)
{
    using namespace SessionFields;
    Checker c;
    if (blank(reason))
        c.add(Reason, tr("Give the reason for the amendment."));
    if (blank(text))
        c.add(Text, tr("Write the amendment."));
    c.length(reason, is(Reason), [] { return tr("The reason"); });
    c.length(text, is(Text), [] { return tr("The amendment"); });
    return c.errors;
}

} // namespace needlechart
