#include "needlechart/domain/common/DisplayText.h"

#include <QCoreApplication>

namespace needlechart {
namespace {

// U+2066 LEFT-TO-RIGHT ISOLATE, U+2067 RIGHT-TO-LEFT ISOLATE, U+2068 FIRST STRONG ISOLATE.
bool opensIsolate(QChar c)
{
    return c.unicode() >= 0x2066 && c.unicode() <= 0x2068;
}

bool closesIsolate(QChar c)
{
    return c == DisplayText::PopDirectionalIsolate;
}

// True if `text` is one isolate from its first character to its last, nested ones matched.
bool isWholeIsolate(const QString& text)
{
    if (text.size() < 2 || text.front() != DisplayText::FirstStrongIsolate
        || !closesIsolate(text.back()))
        return false;
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (opensIsolate(c)) {
            ++depth;
        } else if (closesIsolate(c)) {
            if (--depth < 0)
                return false;
            if (depth == 0 && i != text.size() - 1)
                return false; // the first isolate closes before the end
        }
    }
    return depth == 0;
}

} // namespace

QString DisplayText::isolate(const QString& text)
{
    if (text.isEmpty() || isWholeIsolate(text))
        return text;
    QString result;
    result.reserve(text.size() + 2);
    result += FirstStrongIsolate;
    int open = 0;
    for (QChar c : text) {
        if (opensIsolate(c)) {
            ++open;
        } else if (closesIsolate(c)) {
            if (open == 0)
                continue; // would close the wrapper before its end
            --open;
        }
        result += c;
    }
    for (; open > 0; --open)
        result += PopDirectionalIsolate;
    result += PopDirectionalIsolate;
    return result;
}

QString DisplayText::withoutIsolates(const QString& text)
{
    QString result = text;
    result.removeIf([](QChar c) { return opensIsolate(c) || closesIsolate(c); });
    return result;
}

QString DisplayText::inSentence(const QString& label)
{
    //: Whether a label (a status, a side, a kind of care) is written in lower case inside a
    //: sentence in this language. Answer "lower case" (English, French) or "as written"
    //: (German: nouns keep their capital letter).
    static const char* const LowerCase = QT_TRANSLATE_NOOP("DisplayText", "lower case");
    const bool lower =
        QCoreApplication::translate("DisplayText", LowerCase) == QLatin1String(LowerCase);
    return lower ? label.toLower() : label;
}

} // namespace needlechart
