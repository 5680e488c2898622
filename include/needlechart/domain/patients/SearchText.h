#pragma once

#include "needlechart/domain/patients/Patient.h"

#include <QString>
#include <QStringList>

namespace needlechart {

// How patient search sees text. Names are folded to lower case without accents
// ("Müller" -> "muller", "Ørsted" -> "orsted", "Straße" -> "strasse"); dates of birth and phone
// numbers become digit strings. The storage layer indexes the tokens and matches each query
// term as a prefix of some token, so search is "every word starts some field", in any order.
class SearchText {
public:
    // Bumped whenever the folding rules change: stored tokens are rebuilt when it differs.
    // 2: "+44" phone numbers are also indexed without the trunk zero.
    // 3: names are also indexed without their spaces ("mcdonald"), and Chinese, Japanese,
    //    Korean and Thai names as written, family and given name together ("李小龍").
    static constexpr int IndexVersion = 3;

    // Lower case, accents removed, special letters transliterated, punctuation kept.
    [[nodiscard]] static QString fold(const QString& text);
    // The distinct tokens under which a patient is found.
    [[nodiscard]] static QStringList patientTokens(const Patient& patient);
    // The folded words of free text, as tokens: "O'Brien's" -> {"o", "brien", "s", "obriens"}.
    [[nodiscard]] static QStringList words(const QString& text);
    // The prefix terms of what someone typed in the search box; empty means "everything"
    // unless matchesNothing().
    [[nodiscard]] static QStringList queryTerms(const QString& query);
    // True when something was typed but nothing in it can be searched for ("%", "');", an
    // emoji): no patient matches, rather than every patient.
    [[nodiscard]] static bool matchesNothing(const QString& query);
    // Key for sorting by name: folded "family given preferred".
    [[nodiscard]] static QString nameSortKey(const Patient& patient);
};

} // namespace needlechart
