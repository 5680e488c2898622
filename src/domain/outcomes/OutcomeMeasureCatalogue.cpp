#include "needlechart/domain/outcomes/OutcomeMeasureCatalogue.h"

#include <QFile>

namespace needlechart {

Result<OutcomeMeasureCatalogue> OutcomeMeasureCatalogue::fromJson(const QList<QByteArray>& files)
{
    OutcomeMeasureCatalogue catalogue;
    for (const QByteArray& file : files) {
        auto measure = OutcomeMeasure::fromJson(file);
        if (!measure)
            return measure.error();
        if (catalogue.find(measure->id)) {
            Error e;
            e.code = ErrorCode::Validation;
            e.message = OutcomeMeasure::tr("Two outcome measures have the id %1.").arg(measure->id);
            return e;
        }
        catalogue.m_measures.append(std::move(*measure));
    }
    return catalogue;
}

const OutcomeMeasureCatalogue& OutcomeMeasureCatalogue::builtIn()
{
    static const OutcomeMeasureCatalogue catalogue = [] {
        QList<QByteArray> files;
        for (const QString& name : {QStringLiteral("psfs.json"), QStringLiteral("nprs.json")}) {
            QFile file(QStringLiteral(":/outcomes/") + name);
            if (!file.open(QIODevice::ReadOnly))
                qFatal("built-in outcome measure %s is missing from the build",
                       qUtf8Printable(name));
            files.append(file.readAll());
        }
        Result<OutcomeMeasureCatalogue> parsed = fromJson(files);
        if (!parsed)
            qFatal("built-in outcome measures are invalid: %s",
                   qUtf8Printable(parsed.error().message));
        return std::move(parsed).value();
    }();
    return catalogue;
}

const OutcomeMeasure* OutcomeMeasureCatalogue::find(const QString& id) const
{
    for (const OutcomeMeasure& m : m_measures) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

} // namespace needlechart
