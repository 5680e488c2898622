#include "needlechart/services/demo/DemoClinic.h"

#include "needlechart/domain/common/Clock.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/Transaction.h"
#include "needlechart/storage/patients/PatientRepository.h"

#include <spdlog/spdlog.h>

#include <array>
#include <random>

namespace needlechart {
namespace {

// Name lists for a clinic in a British city with a mixed population. Accents, apostrophes,
// hyphens and particles are there on purpose: search has to cope with them.
constexpr std::array FamilyNames = {
    u"Smith",
    u"Jones",
    u"Williams",
    u"Taylor",
    u"Brown",
    u"Davies",
    u"Evans",
    u"Wilson",
    u"Thomas",
    u"Johnson",
    u"Roberts",
    u"Robinson",
    u"Thompson",
    u"Wright",
    u"Walker",
    u"White",
    u"Edwards",
    u"Hughes",
    u"Green",
    u"Hall",
    u"Lewis",
    u"Harris",
    u"Clarke",
    u"Patel",
    u"Jackson",
    u"Wood",
    u"Turner",
    u"Martin",
    u"Cooper",
    u"Hill",
    u"Ward",
    u"Morris",
    u"Moore",
    u"Clark",
    u"Lee",
    u"King",
    u"Baker",
    u"Harrison",
    u"Morgan",
    u"Allen",
    u"James",
    u"Scott",
    u"Phillips",
    u"Watson",
    u"Parker",
    u"Price",
    u"Bennett",
    u"Young",
    u"Griffiths",
    u"Mitchell",
    u"Kelly",
    u"Cook",
    u"Carter",
    u"Richardson",
    u"Bailey",
    u"Collins",
    u"Bell",
    u"Shaw",
    u"Murphy",
    u"Miller",
    u"Cox",
    u"Khan",
    u"Marshall",
    u"Anderson",
    u"Simpson",
    u"Ellis",
    u"Adams",
    u"Singh",
    u"Begum",
    u"Wilkinson",
    u"Foster",
    u"Chapman",
    u"Powell",
    u"Webb",
    u"Rogers",
    u"Gray",
    u"Mason",
    u"Ali",
    u"Hunt",
    u"Hussain",
    u"Campbell",
    u"Matthews",
    u"Owen",
    u"Palmer",
    u"Holmes",
    u"Mills",
    u"Barnes",
    u"Knight",
    u"Lloyd",
    u"Butler",
    u"Russell",
    u"Fisher",
    u"Stevens",
    u"Jenkins",
    u"Murray",
    u"Dixon",
    u"O'Brien",
    u"O'Connor",
    u"McDonald",
    u"MacLeod",
    u"Müller",
    u"Schäfer",
    u"Nowak",
    u"Kowalski",
    u"Wiśniewska",
    u"Łukasik",
    u"García",
    u"Fernández",
    u"López",
    u"Martínez",
    u"Pérez",
    u"Sánchez",
    u"Dubois",
    u"Lefèvre",
    u"Girard",
    u"Rossi",
    u"Ferrari",
    u"Esposito",
    u"Søndergaard",
    u"Jørgensen",
    u"Nguyễn",
    u"Trần",
    u"Phạm",
    u"Öztürk",
    u"Yılmaz",
    u"Çelik",
    u"Kovács",
    u"Dvořák",
    u"Novák",
    u"Papadopoulos",
    u"Ó Súilleabháin",
    u"da Silva",
    u"Gonçalves",
    u"Ferreira",
    u"Santos",
    u"Chen",
    u"Wang",
    u"Zhang",
    u"Okafor",
    u"Adeyemi",
    u"Mensah",
    u"Boateng",
    u"Haddad",
    u"Mansour",
    u"Hernández",
    u"Smith-Jones",
    u"van der Berg",
    u"de Vries",
    u"Ahmed",
    u"Rahman",
    u"Mahmood",
};

// English place-name surnames, made from two parts ("Ash" + "worth"): the long tail that a
// real list of thousands of patients has beside the common names above.
constexpr std::array SurnameStarts = {
    u"Ash",  u"Brad",  u"Pem",  u"Hol",    u"Wood",   u"Black", u"Brook",  u"Hather",
    u"Whit", u"Thorn", u"Mar",  u"Lang",   u"Bar",    u"Fair",  u"Hart",   u"King",
    u"Staf", u"Crom",  u"Rad",  u"Wither", u"Ravens", u"Apple", u"Bright", u"Cold",
    u"Elm",  u"Fern",  u"Gold", u"Hazel",  u"Lid",    u"Stan",
};
constexpr std::array SurnameEnds = {
    u"worth", u"ton",  u"ley",   u"ford",   u"field",   u"by",    u"ham",
    u"well",  u"wick", u"stone", u"bury",   u"combe",   u"hurst", u"more",
    u"dale",  u"shaw", u"den",   u"cliffe", u"thwaite",
};

constexpr std::array FemaleNames = {
    u"Olivia", u"Amelia", u"Isla",    u"Ava",       u"Emily",      u"Sophie",    u"Grace",
    u"Mia",    u"Poppy",  u"Ella",    u"Charlotte", u"Jessica",    u"Lily",      u"Freya",
    u"Chloé",  u"Zoë",    u"Siobhán", u"Aoife",     u"Niamh",      u"Saoirse",   u"Renée",
    u"Mónica", u"Lucía",  u"María",   u"Inés",      u"Małgorzata", u"Agnieszka", u"Zofia",
    u"Ingrid", u"Astrid", u"Amélie",  u"Hélène",    u"Élodie",     u"Anaïs",     u"Fatima",
    u"Aisha",  u"Priya",  u"Ananya",  u"Mei",       u"Yuki",       u"Linh",      u"Ngozi",
    u"Ama",    u"Ayşe",   u"Zeynep",  u"Eleni",     u"Margaret",   u"Susan",     u"Patricia",
    u"Janet",  u"Helen",  u"Sarah",   u"Rachel",    u"Hannah",     u"Laura",     u"Katie",
    u"Joanne", u"Nicola", u"Karen",   u"Elizabeth", u"Catherine",  u"Anne",      u"Ruth",
    u"Eileen",
};

constexpr std::array MaleNames = {
    u"Oliver",   u"George",  u"Harry",   u"Noah",     u"Jack",        u"Leo",      u"Arthur",
    u"Muhammad", u"Oscar",   u"Charlie", u"Jacob",    u"Thomas",      u"James",    u"William",
    u"Daniel",   u"David",   u"Michael", u"Paul",     u"Andrew",      u"Mark",     u"Richard",
    u"Peter",    u"John",    u"Robert",  u"Stephen",  u"Christopher", u"Matthew",  u"Ian",
    u"Gareth",   u"Rhys",    u"Dylan",   u"Owen",     u"Seán",        u"Ciarán",   u"Pádraig",
    u"Eoin",     u"José",    u"Andrés",  u"Álvaro",   u"Łukasz",      u"Paweł",    u"Krzysztof",
    u"Jörg",     u"Jürgen",  u"Björn",   u"Søren",    u"Anders",      u"François", u"Jérôme",
    u"Benoît",   u"Raphaël", u"Luca",    u"Giovanni", u"Matteo",      u"Arjun",    u"Rohan",
    u"Omar",     u"Yusuf",   u"Hamza",   u"Tomás",    u"João",        u"Wei",      u"Hiroshi",
    u"Minh",     u"Đức",     u"Chidi",   u"Kwame",    u"Mehmet",      u"Emre",     u"Nikos",
    u"Ádám",
};

struct Nickname {
    const char16_t* given;
    const char16_t* preferred;
};
constexpr std::array Nicknames = {
    Nickname{u"Robert", u"Bob"},         Nickname{u"Catherine", u"Kate"},
    Nickname{u"Elizabeth", u"Liz"},      Nickname{u"Patricia", u"Pat"},
    Nickname{u"Michael", u"Mike"},       Nickname{u"Christopher", u"Chris"},
    Nickname{u"Thomas", u"Tom"},         Nickname{u"James", u"Jim"},
    Nickname{u"William", u"Bill"},       Nickname{u"David", u"Dave"},
    Nickname{u"Andrew", u"Andy"},        Nickname{u"Matthew", u"Matt"},
    Nickname{u"Stephen", u"Steve"},      Nickname{u"Margaret", u"Maggie"},
    Nickname{u"Susan", u"Sue"},          Nickname{u"Joanne", u"Jo"},
    Nickname{u"Nicola", u"Nicky"},       Nickname{u"Małgorzata", u"Gosia"},
    Nickname{u"Krzysztof", u"Krzysiek"}, Nickname{u"Muhammad", u"Mo"},
    Nickname{u"Alexander", u"Alex"},
};

constexpr std::array Streets = {
    u"Church", u"Station", u"Victoria", u"Park",  u"Mill",   u"Queen's", u"Albert",   u"Grange",
    u"Chapel", u"Manor",   u"Oakfield", u"Beech", u"Willow", u"Meadow",  u"Hawthorn", u"Cavendish",
};
constexpr std::array StreetKinds = {u"Road",  u"Street",   u"Lane",   u"Avenue",
                                    u"Close", u"Crescent", u"Terrace"};
constexpr std::array Towns = {
    u"Leeds LS6",      u"Leeds LS8",  u"Headingley LS6", u"Chapel Allerton LS7", u"Roundhay LS8",
    u"Horsforth LS18", u"Otley LS21", u"Pudsey LS28",    u"Morley LS27",         u"Harrogate HG1",
};
constexpr std::array Practices = {
    u"Hyde Park Surgery",   u"Shire View Medical Centre", u"Oakwood Lane Practice",
    u"Laurel Bank Surgery", u"Meanwood Group Practice",   u"Kirkstall Lane Medical Centre",
};
constexpr std::array AdminNotes = {
    u"Prefers morning appointments.",
    u"Needs a ground-floor room (uses a wheelchair).",
    u"Interpreter needed: Polish.",
    u"Contact through daughter (see phone number).",
    u"Insured: send invoices to the insurer, not the patient.",
    u"Hard of hearing; speak clearly, face to face.",
    u"Works shifts; call after 4 pm.",
    u"Student discount applies.",
};

// Phone number ranges Ofcom keeps free for drama and examples: realistic, never anybody's.
struct PhoneRange {
    const char16_t* prefix;
    int digitsAfter;
};
constexpr std::array PhoneRanges = {
    PhoneRange{u"07700 900", 3},  PhoneRange{u"07700 900", 3},  PhoneRange{u"07700 900", 3},
    PhoneRange{u"0113 496 0", 3}, PhoneRange{u"0114 496 0", 3}, PhoneRange{u"0115 496 0", 3},
    PhoneRange{u"0117 496 0", 3}, PhoneRange{u"0121 496 0", 3}, PhoneRange{u"0161 496 0", 3},
    PhoneRange{u"020 7946 0", 3}, PhoneRange{u"01632 960", 3},
};

QString str(const char16_t* text)
{
    return QString::fromUtf16(text);
}

template <typename Array>
QString pick(std::mt19937& rng, const Array& values)
{
    std::uniform_int_distribution<std::size_t> index(0, values.size() - 1);
    return str(values[index(rng)]);
}

bool chance(std::mt19937& rng, double probability)
{
    return std::bernoulli_distribution(probability)(rng);
}

int between(std::mt19937& rng, int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(rng);
}

QString asciiLower(const QString& text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128 && c.isLetter())
            out.append(c.toLower());
    }
    return out;
}

} // namespace

std::vector<Patient> DemoClinic::generatePatients(int count, quint32 seed, QDate today)
{
    std::mt19937 rng(seed);
    std::vector<Patient> patients;
    patients.reserve(std::size_t(std::max(0, count)));
    for (int i = 0; i < count; ++i) {
        Patient p;
        const bool female = chance(rng, 0.55); // physiotherapy lists lean female
        p.sex = chance(rng, 0.04) ? Sex::NotStated : (female ? Sex::Female : Sex::Male);
        p.familyName = chance(rng, 0.6) ? pick(rng, FamilyNames)
                                        : pick(rng, SurnameStarts) + pick(rng, SurnameEnds);
        p.givenName = female ? pick(rng, FemaleNames) : pick(rng, MaleNames);
        for (const Nickname& n : Nicknames) {
            if (str(n.given) == p.givenName && chance(rng, 0.5))
                p.preferredName = str(n.preferred);
        }

        // Ages 16 to 90, most between 25 and 65.
        const int age = chance(rng, 0.75) ? between(rng, 25, 65) : between(rng, 16, 90);
        p.dateOfBirth = today.addYears(-age).addDays(-between(rng, 0, 364));

        const PhoneRange& range =
            PhoneRanges[std::size_t(between(rng, 0, int(PhoneRanges.size()) - 1))];
        QString phone = str(range.prefix)
                        + QString::number(between(rng, 0, 999))
                              .rightJustified(range.digitsAfter, QLatin1Char('0'));
        if (phone.startsWith(QStringLiteral("07")) && chance(rng, 0.2))
            phone = QStringLiteral("+44 ") + phone.mid(1);
        p.phone = phone;

        if (chance(rng, 0.6)) {
            const QString domain =
                chance(rng, 0.5) ? QStringLiteral("example.com") : QStringLiteral("example.org");
            p.email = asciiLower(p.givenName) + QLatin1Char('.') + asciiLower(p.familyName)
                      + QString::number(between(rng, 1, 99)) + QLatin1Char('@') + domain;
        }
        p.address = QString::number(between(rng, 1, 180)) + QLatin1Char(' ') + pick(rng, Streets)
                    + QLatin1Char(' ') + pick(rng, StreetKinds) + QStringLiteral("\n")
                    + pick(rng, Towns) + QLatin1Char(' ') + QString::number(between(rng, 1, 9))
                    + QChar(u'A' + between(rng, 0, 25)) + QChar(u'A' + between(rng, 0, 25));
        if (chance(rng, 0.55))
            p.referrer = QStringLiteral("Dr ") + pick(rng, FamilyNames) + QStringLiteral(", ")
                         + pick(rng, Practices);
        else if (chance(rng, 0.5))
            p.referrer = QStringLiteral("Self-referred");
        if (chance(rng, 0.2))
            p.notes = pick(rng, AdminNotes);
        if (chance(rng, 0.7))
            p.lastVisitOn = today.addDays(-between(rng, 1, 730));
        patients.push_back(std::move(p));
    }
    return patients;
}

Result<int> DemoClinic::populate(Database& database, PatientRepository& repository, int count,
                                 quint32 seed, const QDateTime& nowUtc)
{
    const std::vector<Patient> patients =
        generatePatients(count, seed, nowUtc.toLocalTime().date());
    Transaction tx(database);
    if (!tx.begun().ok())
        return tx.begun().error();
    for (const Patient& p : patients) {
        auto created = repository.create(p, nowUtc);
        if (!created.ok())
            return created.error();
    }
    if (Status committed = tx.commit(); !committed.ok())
        return committed.error();
    spdlog::info("demo clinic: {} patients generated (seed {})", patients.size(), seed);
    return int(patients.size());
}

Result<int> DemoClinic::populate(ClinicServices& services, int count, quint32 seed)
{
    return populate(services.database(), services.patientRepository(), count, seed,
                    services.clock().nowUtc());
}

} // namespace needlechart
