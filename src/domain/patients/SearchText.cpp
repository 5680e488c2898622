#include "needlechart/domain/patients/SearchText.h"

#include <QRegularExpression>

#include <algorithm>

namespace needlechart {
namespace {

// Letters that Unicode decomposition leaves alone but that people type without the accent.
QString transliterate(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: // ß
    case 0x1E9E: // ẞ
        return QStringLiteral("ss");
    case 0x00E6: // æ
    case 0x00C6: // Æ
        return QStringLiteral("ae");
    case 0x0153: // œ
    case 0x0152: // Œ
        return QStringLiteral("oe");
    case 0x00F8: // ø
    case 0x00D8: // Ø
        return QStringLiteral("o");
    case 0x0142: // ł
    case 0x0141: // Ł
        return QStringLiteral("l");
    case 0x0111: // đ
    case 0x0110: // Đ
    case 0x00F0: // ð
    case 0x00D0: // Ð
        return QStringLiteral("d");
    case 0x00FE: // þ
    case 0x00DE: // Þ
        return QStringLiteral("th");
    case 0x0131: // dotless ı
        return QStringLiteral("i");
    default: return {};
    }
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// "o'brien" -> {"o", "brien", "obrien"}; "smith-jones" -> {"smith", "jones", "smithjones"}.
void addWordTokens(QStringList& tokens, const QString& foldedWord)
{
    QString joined;
    QString part;
    auto flush = [&]() {
        if (!part.isEmpty())
            tokens.append(part);
        part.clear();
    };
    for (QChar c : foldedWord) {
        if (isWordChar(c)) {
            part.append(c);
            joined.append(c);
        } else {
            flush();
        }
    }
    flush();
    if (!joined.isEmpty())
        tokens.append(joined);
}

QString lettersOnly(const QString& folded)
{
    QString letters;
    for (QChar c : folded) {
        if (isWordChar(c))
            letters.append(c);
    }
    return letters;
}

// "mc donald-smythe iii" -> also "mcdonaldsmytheiii", "donaldsmytheiii", "smytheiii": a name
// typed without its spaces ("mcdonald", "vanderberg") is found too.
void addNameTokens(QStringList& tokens, const QString& name)
{
    const QStringList words = SearchText::fold(name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words)
        addWordTokens(tokens, word);
    for (qsizetype first = 0; first + 1 < words.size(); ++first) {
        const QString joined = lettersOnly(words.mid(first).join(QString()));
        if (!joined.isEmpty())
            tokens.append(joined);
    }
}

bool isWrittenWithoutSpaces(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Thai: return true;
    default: return false;
    }
}

// Chinese, Japanese, Korean and Thai names are written without spaces between family and
// given name ("李小龍" for 李 and 小龍): the whole name is a token, and so is every part of it
// from any character on, so that "小龍" and "龍" find it too.
void addUnspacedNameTokens(QStringList& tokens, const Patient& patient)
{
    constexpr qsizetype LongestIndexed = 24;
    const QString family = lettersOnly(SearchText::fold(patient.familyName));
    const QString given = lettersOnly(SearchText::fold(patient.givenName));
    for (const QString& whole : {QString(family + given), QString(given + family)}) {
        if (!std::any_of(whole.cbegin(), whole.cend(), isWrittenWithoutSpaces))
            continue;
        const QString name = whole.left(LongestIndexed);
        for (qsizetype from = 0; from < name.size(); ++from) {
            if (name.at(from).isLowSurrogate())
                continue;
            tokens.append(name.mid(from));
        }
    }
}

QString digitsOnly(const QString& text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
    }
    return digits;
}

bool isNumberWord(const QString& word)
{
    bool anyDigit = false;
    for (QChar c : word) {
        if (c.isDigit() && c.unicode() < 128)
            anyDigit = true;
        else if (!QStringLiteral("+-./()").contains(c))
            return false;
    }
    return anyDigit;
}

// "12/3/1984" -> "12031984" (day first, as the dd/mm/yyyy tokens); "1984-03-12" -> "19840312".
// Partial dates ("12/03") become the digits typed so far, zero-padded per part.
QString dateWordToDigits(const QString& word)
{
    static const QRegularExpression isoPattern(
        QStringLiteral(R"(^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$)"));
    static const QRegularExpression dayFirstPattern(
        QStringLiteral(R"(^(\d{1,2})[./-](\d{1,2})(?:[./-](\d{0,4}))?$)"));
    auto pad = [](const QString& part) {
        return part.size() == 1 ? QLatin1Char('0') + part : part;
    };
    if (auto m = isoPattern.match(word); m.hasMatch())
        return m.captured(1) + pad(m.captured(2)) + pad(m.captured(3));
    if (auto m = dayFirstPattern.match(word); m.hasMatch())
        return pad(m.captured(1)) + pad(m.captured(2)) + m.captured(3);
    return {};
}

} // namespace

QString SearchText::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing)
            continue; // the accents that NFKD split off
        if (const QString t = transliterate(c); !t.isEmpty()) {
            folded += t;
            continue;
        }
        if (c.isSpace())
            folded += QLatin1Char(' ');
        else
            folded += c;
    }
    return folded.toCaseFolded();
}

QStringList SearchText::patientTokens(const Patient& patient)
{
    QStringList tokens;
    addNameTokens(tokens, patient.familyName);
    addNameTokens(tokens, patient.givenName);
    addNameTokens(tokens, patient.preferredName);
    addUnspacedNameTokens(tokens, patient);

    if (patient.dateOfBirth.isValid()) {
        tokens.append(patient.dateOfBirth.toString(QStringLiteral("yyyyMMdd")));
        tokens.append(patient.dateOfBirth.toString(QStringLiteral("ddMMyyyy")));
    }

    const QString phone = digitsOnly(patient.phone);
    if (!phone.isEmpty()) {
        tokens.append(phone);
        // Found under the national form too: "+44 7700 900123" also as "07700900123".
        QString national = phone;
        if (patient.phone.trimmed().startsWith(QLatin1Char('+'))
            && phone.startsWith(QStringLiteral("44"))) {
            national = QLatin1Char('0') + phone.mid(2);
            tokens.append(national);
        }
        // ... and "07700 900123" (or "+44 7700 900123") also as "7700900123", for those who skip
        // the trunk zero.
        if (national.startsWith(QLatin1Char('0')) && national.size() > 1)
            tokens.append(national.mid(1));
    }

    tokens.removeDuplicates();
    return tokens;
}

QStringList SearchText::words(const QString& text)
{
    QStringList tokens;
    addNameTokens(tokens, text);
    tokens.removeDuplicates();
    return tokens;
}

QStringList SearchText::queryTerms(const QString& query)
{
    // Consecutive numeric words belong together: "07700 900123", "12 03 1984".
    QStringList words;
    QString pendingDigits;
    bool pendingInternational = false;
    // A UK number typed internationally ("+44 7700 900123") is searched in its national form,
    // which every stored UK number has as a token (see patientTokens), however it was entered.
    auto flushDigits = [&]() {
        if (pendingInternational && pendingDigits.startsWith(QStringLiteral("44")))
            pendingDigits = QLatin1Char('0') + pendingDigits.mid(2);
        if (!pendingDigits.isEmpty())
            words.append(pendingDigits);
        pendingDigits.clear();
        pendingInternational = false;
    };
    for (const QString& word :
         query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (isNumberWord(word)) {
            // A date written with separators ("14/05/1971") is a term of its own: gluing it to
            // a phone number typed after it would match nothing.
            if (const QString asDate = dateWordToDigits(word); !asDate.isEmpty()) {
                flushDigits();
                words.append(asDate);
                continue;
            }
            if (pendingDigits.isEmpty())
                pendingInternational = word.startsWith(QLatin1Char('+'));
            pendingDigits += digitsOnly(word);
            continue;
        }
        flushDigits();
        QStringList parts;
        const QString folded = fold(word);
        QString part;
        for (QChar c : folded) {
            if (isWordChar(c)) {
                part.append(c);
            } else if (!part.isEmpty()) {
                words.append(part);
                part.clear();
            }
        }
        if (!part.isEmpty())
            words.append(part);
    }
    flushDigits();

    // A term that is a prefix of another adds nothing: whatever token the longer one starts,
    // the shorter starts too. Longest first, so the most selective term leads the query.
    words.removeDuplicates();
    std::sort(words.begin(), words.end(), [](const QString& a, const QString& b) {
        return a.size() > b.size() || (a.size() == b.size() && a < b);
    });
    QStringList terms;
    for (const QString& w : words) {
        const bool redundant = std::any_of(terms.cbegin(), terms.cend(),
                                           [&w](const QString& t) { return t.startsWith(w); });
        if (!redundant)
            terms.append(w);
    }
    return terms;
}

bool SearchText::matchesNothing(const QString& query)
{
    return !query.trimmed().isEmpty() && queryTerms(query).isEmpty();
}

QString SearchText::nameSortKey(const Patient& patient)
{
    return fold(patient.familyName).trimmed() + QLatin1Char(' ') + fold(patient.givenName).trimmed()
           + QLatin1Char(' ') + fold(patient.preferredName).trimmed();
}

} // namespace needlechart
