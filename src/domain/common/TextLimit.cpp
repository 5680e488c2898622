#include "needlechart/domain/common/TextLimit.h"

namespace needlechart {

QString TextLimit::message(const QString& label, int limit, qsizetype length)
{
    //: %1 names the field ("The family name"), %2 is its limit, %3 the text's length.
    return tr("%1 can be at most %L2 characters (this one has %L3).")
        .arg(label)
        .arg(limit)
        .arg(length);
}

bool TextLimit::check(QList<FieldError>& errors, const QString& field, const QString& label,
                      const QString& value, int limit)
{
    if (value.size() <= limit)
        return false;
    errors.append({field, message(label, limit, value.size())});
    return true;
}

} // namespace needlechart
