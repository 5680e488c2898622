#include "needlechart/domain/transfer/PatientImport.h"

#include "needlechart/domain/patients/PatientValidator.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <array>

namespace needlechart {
namespace {

using Field = PatientImport::Field;
using DateOrder = PatientImport::DateOrder;

// A heading or value folded for comparison: lower case, without spaces, dots, dashes,
// underscores and slashes ("E-Mail" and "e_mail" both give "email").
QString folded(const QString& text)
{
    QString out;
    for (const QChar c : text.toCaseFolded()) {
        if (!c.isSpace() && c != QLatin1Char('.') && c != QLatin1Char('-') && c != QLatin1Char('_')
            && c != QLatin1Char('/'))
            out.append(c);
    }
    return out;
}

const QHash<QString, Field>& headings()
{
    static const QHash<QString, Field> known = [] {
        QHash<QString, Field> map;
        const auto add = [&map](Field field, std::initializer_list<const char*> names) {
            for (const char* name : names)
                map.insert(folded(QString::fromUtf8(name)), field);
        };
        add(Field::FamilyName, {"family name", "surname", "last name", "lastname", "name",
                                "nachname", "familienname", "name des patienten"});
        add(Field::GivenName,
            {"given name", "first name", "firstname", "forename", "forenames", "vorname"});
        add(Field::PreferredName, {"preferred name", "known as", "nickname", "rufname"});
        add(Field::DateOfBirth, {"date of birth", "dob", "birth date", "birthdate", "born",
                                 "birthday", "geburtsdatum", "geboren", "geb"});
        add(Field::Sex, {"sex", "gender", "geschlecht"});
        add(Field::Phone, {"phone", "telephone", "tel", "mobile", "phone number", "cell", "telefon",
                           "telefonnummer", "handy", "mobil"});
        add(Field::Email, {"email", "email address", "mail", "emailadresse"});
        add(Field::Address,
            {"address", "home address", "postal address", "adresse", "anschrift", "wohnort"});
        add(Field::Referrer, {"gp", "referrer", "referred by", "doctor", "general practitioner",
                              "hausarzt", "überweiser", "zuweiser"});
        add(Field::Notes, {"notes", "note", "comments", "comment", "remarks", "bemerkung",
                           "bemerkungen", "notiz", "notizen", "hinweise"});
        return map;
    }();
    return known;
}

// The three numbers of a date written with / . or - between them, or nothing.
std::optional<std::array<QString, 3>> partsOf(const QString& text)
{
    static const QRegularExpression date(
        QStringLiteral(R"(^\s*(\d{1,4})\s*[/.\-]\s*(\d{1,2}|\d{4})\s*[/.\-]\s*(\d{1,4})\s*$)"));
    const QRegularExpressionMatch match = date.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return std::array<QString, 3>{match.captured(1), match.captured(2), match.captured(3)};
}

} // namespace

PatientImport::Field PatientImport::fieldForHeading(const QString& heading)
{
    return headings().value(folded(heading), Field::Ignore);
}

PatientImport::Mapping PatientImport::guessMapping(const CsvTable& table)
{
    Mapping mapping;
    if (table.rows().isEmpty())
        return mapping;
    const QStringList& first = table.rows().front().fields;
    int recognised = 0;
    for (const QString& heading : first) {
        const Field field = fieldForHeading(heading);
        // A heading names one field once: a second "Phone" column stays ignored.
        const bool taken = field != Field::Ignore && mapping.columns.contains(field);
        mapping.columns.append(taken ? Field::Ignore : field);
        if (field != Field::Ignore && !taken)
            ++recognised;
    }
    mapping.firstRowIsHeader = recognised >= 2;
    if (!mapping.firstRowIsHeader)
        mapping.columns = QList<Field>(first.size(), Field::Ignore);

    const qsizetype dateColumn = mapping.columns.indexOf(Field::DateOfBirth);
    if (dateColumn < 0)
        return mapping;
    for (qsizetype r = mapping.firstRowIsHeader ? 1 : 0; r < table.rows().size(); ++r) {
        const QStringList& fields = table.rows()[r].fields;
        if (dateColumn >= fields.size())
            continue;
        const auto parts = partsOf(fields[dateColumn]);
        if (!parts)
            continue;
        if ((*parts)[0].size() == 4) {
            mapping.dateOrder = DateOrder::YearMonthDay;
            break;
        }
        if ((*parts)[0].toInt() > 12) {
            mapping.dateOrder = DateOrder::DayMonthYear;
            break;
        }
        if ((*parts)[1].toInt() > 12) {
            mapping.dateOrder = DateOrder::MonthDayYear;
            break;
        }
    }
    return mapping;
}

std::optional<QDate> PatientImport::parseDate(const QString& text, DateOrder order)
{
    const auto parts = partsOf(text);
    if (!parts)
        return std::nullopt;
    const auto& [a, b, c] = *parts;
    const QString& year = order == DateOrder::YearMonthDay ? a : c;
    if (year.size() != 4)
        return std::nullopt;
    int day = 0;
    int month = 0;
    switch (order) {
    case DateOrder::DayMonthYear:
        day = a.toInt();
        month = b.toInt();
        break;
    case DateOrder::MonthDayYear:
        month = a.toInt();
        day = b.toInt();
        break;
    case DateOrder::YearMonthDay:
        month = b.toInt();
        day = c.toInt();
        break;
    }
    const QDate date(year.toInt(), month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<Sex> PatientImport::parseSex(const QString& text)
{
    static const QHash<QString, Sex> known = [] {
        QHash<QString, Sex> map;
        const auto add = [&map](Sex sex, std::initializer_list<const char*> names) {
            for (const char* name : names)
                map.insert(folded(QString::fromUtf8(name)), sex);
        };
        add(Sex::Female, {"f", "female", "woman", "w", "weiblich", "frau"});
        add(Sex::Male, {"m", "male", "man", "männlich", "maennlich", "mann"});
        add(Sex::Other, {"x", "other", "diverse", "divers", "d", "intersex", "non-binary"});
        add(Sex::NotStated,
            {"", "u", "unknown", "not stated", "not known", "unbekannt", "keine angabe"});
        return map;
    }();
    const auto found = known.constFind(folded(text));
    if (found == known.cend())
        return std::nullopt;
    return *found;
}

PatientImport::Candidate PatientImport::candidate(const CsvTable::Row& row, const Mapping& mapping,
                                                  QDate today)
{
    Candidate result;
    result.line = row.line;
    QList<FieldError> unreadable;
    for (qsizetype column = 0; column < mapping.columns.size(); ++column) {
        const QString value = column < row.fields.size() ? row.fields[column].trimmed() : QString();
        Patient& p = result.patient;
        switch (mapping.columns[column]) {
        case Field::Ignore: break;
        case Field::FamilyName: p.familyName = value; break;
        case Field::GivenName: p.givenName = value; break;
        case Field::PreferredName: p.preferredName = value; break;
        case Field::Phone: p.phone = value; break;
        case Field::Email: p.email = value; break;
        case Field::Address: p.address = value; break;
        case Field::Referrer: p.referrer = value; break;
        case Field::Notes: p.notes = value; break;
        case Field::DateOfBirth:
            if (const auto date = parseDate(value, mapping.dateOrder))
                p.dateOfBirth = *date;
            else if (!value.isEmpty())
                unreadable.append(
                    {PatientFields::DateOfBirth,
                     QCoreApplication::translate("PatientImport",
                                                 "\"%1\" is not a date in the order chosen for "
                                                 "this file (four-digit years).")
                         .arg(value)});
            break;
        case Field::Sex:
            if (const auto sex = parseSex(value))
                p.sex = *sex;
            else
                unreadable.append(
                    {PatientFields::Sex,
                     QCoreApplication::translate("PatientImport",
                                                 "\"%1\" is not a sex NeedleChart knows (female, "
                                                 "male, other or not stated).")
                         .arg(value)});
            break;
        }
    }
    result.errors = PatientValidator::validate(result.patient, today);
    // A date that could not be read is reported as that, not as a missing date of birth.
    for (const FieldError& error : unreadable) {
        result.errors.removeIf([&error](const FieldError& e) { return e.field == error.field; });
        result.errors.append(error);
    }
    return result;
}

} // namespace needlechart
