#include "needlechart/domain/outcomes/OutcomeMeasure.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace needlechart {
namespace {

constexpr int MostItems = 100;

Error invalid(const QString& message, const QString& field = {})
{
    Error e;
    e.code = ErrorCode::Validation;
    e.message = message;
    if (!field.isEmpty())
        e.fieldErrors.append(FieldError{field, message});
    return e;
}

} // namespace

Result<OutcomeMeasure> OutcomeMeasure::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(
            tr("The outcome measure is not valid JSON: %1").arg(parseError.errorString()));
    const QJsonObject o = document.object();

    OutcomeMeasure m;
    m.id = o.value(QStringLiteral("id")).toString().trimmed();
    m.name = o.value(QStringLiteral("name")).toString().trimmed();
    m.version = o.value(QStringLiteral("version")).toInt(1);
    m.licence = o.value(QStringLiteral("licence")).toString();
    m.reference = o.value(QStringLiteral("reference")).toString();
    m.patientNamedItems = o.value(QStringLiteral("patientNamedItems")).toBool(false);
    m.minItems = o.value(QStringLiteral("minItems")).toInt(1);
    m.maxItems = o.value(QStringLiteral("maxItems")).toInt(1);
    const QJsonObject scale = o.value(QStringLiteral("scale")).toObject();
    m.scale.min = scale.value(QStringLiteral("min")).toInt(0);
    m.scale.max = scale.value(QStringLiteral("max")).toInt(0);
    m.scale.minLabel = scale.value(QStringLiteral("minLabel")).toString();
    m.scale.maxLabel = scale.value(QStringLiteral("maxLabel")).toString();
    const QString scoring = o.value(QStringLiteral("scoring")).toString();
    m.higherIsBetter = o.value(QStringLiteral("higherIsBetter")).toBool(true);
    const QJsonObject mcid = o.value(QStringLiteral("mcid")).toObject();
    m.mcid = mcid.value(QStringLiteral("value")).toDouble(0);
    m.mcidSource = mcid.value(QStringLiteral("source")).toString();

    if (m.id.isEmpty() || m.name.isEmpty())
        return invalid(tr("An outcome measure needs an id and a name."));
    if (scoring == QLatin1String("sum"))
        m.scoring = OutcomeScoring::Sum;
    else if (scoring == QLatin1String("mean"))
        m.scoring = OutcomeScoring::Mean;
    else
        return invalid(tr("%1: scoring must be \"sum\" or \"mean\".").arg(m.id));
    if (m.scale.min >= m.scale.max)
        return invalid(tr("%1: the scale's minimum must be below its maximum.").arg(m.id));
    if (m.mcid < 0 || (m.mcid > 0 && m.mcidSource.trimmed().isEmpty()))
        return invalid(
            tr("%1: a minimal clinically important difference needs its source.").arg(m.id));

    const QJsonArray items = o.value(QStringLiteral("items")).toArray();
    QSet<QString> keys;
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        OutcomeItem parsed{item.value(QStringLiteral("key")).toString().trimmed(),
                           item.value(QStringLiteral("text")).toString().trimmed()};
        if (parsed.key.isEmpty() || parsed.text.isEmpty() || keys.contains(parsed.key))
            return invalid(tr("%1: every item needs a key of its own and a text.").arg(m.id));
        keys.insert(parsed.key);
        m.items.append(parsed);
    }
    if (m.patientNamedItems) {
        if (!m.items.isEmpty() || m.minItems < 1 || m.minItems > m.maxItems
            || m.maxItems > MostItems)
            return invalid(tr("%1: a patient-specific measure names from minItems to maxItems "
                              "activities and lists no items.")
                               .arg(m.id));
    } else {
        if (m.items.isEmpty() || m.items.size() > MostItems)
            return invalid(tr("%1: a questionnaire needs its items.").arg(m.id));
        m.minItems = int(m.items.size());
        m.maxItems = int(m.items.size());
    }
    return m;
}

Result<double> OutcomeMeasure::score(const QList<OutcomeAnswer>& answers) const
{
    const QString answersField = QStringLiteral("answers");
    if (patientNamedItems) {
        if (answers.size() < minItems || answers.size() > maxItems)
            return invalid(tr("Rate from %1 to %2 activities.").arg(minItems).arg(maxItems),
                           answersField);
        QSet<QString> named;
        for (const OutcomeAnswer& a : answers) {
            const QString activity = a.item.trimmed().toCaseFolded();
            if (activity.isEmpty())
                return invalid(tr("Name each activity the patient rates."), answersField);
            if (named.contains(activity))
                return invalid(tr("Each activity is rated once."), answersField);
            named.insert(activity);
        }
    } else {
        if (answers.size() != items.size())
            return invalid(tr("Answer every question (%1 of %2 answered).")
                               .arg(answers.size())
                               .arg(items.size()),
                           answersField);
        QSet<QString> answered;
        for (const OutcomeAnswer& a : answers) {
            const bool known = std::any_of(items.cbegin(), items.cend(),
                                           [&a](const OutcomeItem& i) { return i.key == a.item; });
            if (!known || answered.contains(a.item))
                return invalid(tr("Answer every question once."), answersField);
            answered.insert(a.item);
        }
    }
    double total = 0;
    for (const OutcomeAnswer& a : answers) {
        if (!scale.contains(a.value))
            return invalid(tr("Each answer is from %1 to %2.").arg(scale.min).arg(scale.max),
                           answersField);
        total += a.value;
    }
    return scoring == OutcomeScoring::Mean ? total / double(answers.size()) : total;
}

double OutcomeMeasure::lowestScore() const
{
    return scoring == OutcomeScoring::Mean ? scale.min : double(scale.min) * minItems;
}

double OutcomeMeasure::highestScore() const
{
    return scoring == OutcomeScoring::Mean ? scale.max : double(scale.max) * maxItems;
}

} // namespace needlechart
