#pragma once

#include <QString>
#include <QStringList>

class QSqlQuery;

namespace needlechart {

// The search terms of a token index (patient search, note search) bound to a statement: each
// term t is the key range [t, t + U+10FFFF), which holds every token that starts with t in binary
// (UTF-8) order, bound as :lo0/:hi0 .. :lo3/:hi3, with :use1 .. :use3 saying which of the
// other slots hold a term (the first always does). A statement need not use every name: binding
// an absent one is harmless.
class PrefixTerms {
public:
    static constexpr int MaxTerms = 4;

    // The upper end of the range for `term`.
    [[nodiscard]] static QString upperBound(const QString& term);
    // Binds the first MaxTerms of `terms`; unused slots get an empty range and :useN = 0.
    static void bind(QSqlQuery& query, const QStringList& terms);
};

} // namespace needlechart
