#pragma once

#include "needlechart/domain/common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace needlechart {

// How every text field's length limit is checked and told: one wording everywhere, naming the
// field, the limit and how long the text is ("The notes can be at most 4,000 characters (this
// one has 4,312)."). Lengths count UTF-16 code units, as QLineEdit::maxLength does, so a form
// that stops typing at the limit and the rule agree.
class TextLimit {
    Q_DECLARE_TR_FUNCTIONS(TextLimit)

public:
    // `label` names the field as a sentence starts with it ("The family name").
    [[nodiscard]] static QString message(const QString& label, int limit, qsizetype length);
    // Appends a FieldError for `field` when `value` is longer than `limit`; true if it did.
    static bool check(QList<FieldError>& errors, const QString& field, const QString& label,
                      const QString& value, int limit);
};

} // namespace needlechart
