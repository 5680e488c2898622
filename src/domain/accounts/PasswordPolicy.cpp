#include "needlechart/domain/accounts/PasswordPolicy.h"

#include <QSet>

namespace needlechart {
namespace {

// Passwords of ten or more characters that people choose often: keyboard runs, counting,
// a word with digits, the product and clinic words a person at this desk would think of.
// Shorter ones are refused by length already. Compared in lower case.
const QSet<QString>& commonPasswords()
{
    static const QSet<QString> list = [] {
        QSet<QString> set;
        for (const char* word : {
                 "1234567890",     "0123456789",    "0987654321",      "9876543210",
                 "1234512345",     "1122334455",    "1111111111",      "0000000000",
                 "1212121212",     "1357924680",    "12345678910",     "123456789a",
                 "a123456789",     "123456789q",    "q123456789",      "123456789abc",
                 "abc1234567",     "abcdefghij",    "abcd123456",      "abcdef1234",
                 "qwertyuiop",     "qwerty1234",    "qwerty12345",     "1qaz2wsx3edc",
                 "1q2w3e4r5t",     "q1w2e3r4t5",    "zaq12wsxcde3",    "asdfghjkl1",
                 "asdfghjkl;",     "zxcvbnm123",    "qazwsxedcrfv",    "password12",
                 "password123",    "password1234",  "password!1",      "passw0rd123",
                 "p@ssw0rd123",    "p@ssword123",   "mypassword1",     "mypassword123",
                 "newpassword",    "newpassword1",  "changeme123",     "changemenow",
                 "letmein123",     "letmeinnow",    "welcome123",      "welcome1234",
                 "welcometo1",     "iloveyou123",   "iloveyou12",      "football123",
                 "baseball123",    "sunshine123",   "princess123",     "superman123",
                 "starwars123",    "trustno1234",   "administrator",   "admin12345",
                 "admin123456",    "adminadmin",    "administrator1",  "computer123",
                 "internet123",    "secret1234",    "monkey12345",     "dragon12345",
                 "liverpool1",     "chelsea123",    "arsenal123",      "manchester1",
                 "summer2024",     "summer2025",    "summer2026",      "winter2025",
                 "winter2026",     "spring2026",    "autumn2026",      "january2026",
                 "december2026",   "clinic1234",    "clinic12345",     "physio1234",
                 "physio12345",    "physiotherapy", "physiotherapist", "needling123",
                 "dryneedling",    "dryneedling1",  "needlechart",     "needlechart1",
                 "needlechart123", "reception1",    "reception123",    "frontdesk123",
                 "treatment1",     "patient123",    "healthcare1",
             })
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return list;
}

bool isOneCharacterRepeated(const QString& text)
{
    return !text.isEmpty() && text.count(text.front()) == text.size();
}

} // namespace

bool PasswordPolicy::isCommon(const QString& password)
{
    return commonPasswords().contains(password.toLower()) || isOneCharacterRepeated(password);
}

Status PasswordPolicy::check(const QString& password, const QString& login,
                             const QString& displayName)
{
    if (password.size() < MinimumLength)
        return Error{ErrorCode::Validation,
                     tr("A password needs at least %1 characters.").arg(MinimumLength),
                     {},
                     {}};
    if (isCommon(password))
        return Error{ErrorCode::Validation,
                     tr("That password is one that many people use. Choose another, such as "
                        "three or four unrelated words."),
                     {},
                     {}};
    const QString lowered = password.toLower();
    const QString compact = QString(displayName).remove(QLatin1Char(' ')).toLower();
    if ((!login.isEmpty() && lowered.contains(login.toLower()))
        || (!compact.isEmpty() && lowered.contains(compact)))
        return Error{ErrorCode::Validation,
                     tr("A password must not contain your login or your name."),
                     {},
                     {}};
    return {};
}

} // namespace needlechart
