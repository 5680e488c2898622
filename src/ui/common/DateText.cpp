#include "needlechart/ui/common/DateText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace needlechart {

QString DateText::format(QDate date)
{
    if (!date.isValid())
        return {};
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString DateText::formatDateTime(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return time.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString DateText::formatTime(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return time.toLocalTime().toString(QStringLiteral("HH:mm"));
}

QDate DateText::parse(const QString& text)
{
    // Day-first with '/' or '.', or ISO year-first. Matched by pattern rather than by a list of
    // QDate formats so one- and two-digit days and months are accepted in any mix.
    static const QRegularExpression dayFirst(
        QStringLiteral(R"(^(\d{1,2})([/.\- ])(\d{1,2})\2(\d{4})$)"));
    // Eight digits typed without separators, as on a form's boxes: ddmmyyyy.
    static const QRegularExpression digitsOnly(QStringLiteral(R"(^(\d{2})(\d{2})(\d{4})$)"));
    static const QRegularExpression isoForm(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)"));

    const QString trimmed = text.trimmed();
    if (const auto match = dayFirst.match(trimmed); match.hasMatch()) {
        return QDate(match.captured(4).toInt(), match.captured(3).toInt(),
                     match.captured(1).toInt());
    }
    if (const auto match = digitsOnly.match(trimmed); match.hasMatch()) {
        return QDate(match.captured(3).toInt(), match.captured(2).toInt(),
                     match.captured(1).toInt());
    }
    if (const auto match = isoForm.match(trimmed); match.hasMatch()) {
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    }
    return {};
}

QString DateText::inputHint()
{
    return QCoreApplication::translate("DateText", "dd/mm/yyyy");
}

} // namespace needlechart
