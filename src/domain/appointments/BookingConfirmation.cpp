#include "needlechart/domain/appointments/BookingConfirmation.h"

namespace needlechart::BookingConfirmationText {

QString key(BookingConfirmation confirmation)
{
    switch (confirmation) {
    case BookingConfirmation::DoubleBooking: return QStringLiteral("double-booking");
    case BookingConfirmation::InThePast: return QStringLiteral("in-the-past");
    }
    return {};
}

std::optional<BookingConfirmation> askedBy(const Error& error)
{
    if (error.code != ErrorCode::NeedsConfirmation)
        return std::nullopt;
    for (BookingConfirmation c :
         {BookingConfirmation::DoubleBooking, BookingConfirmation::InThePast})
        if (error.detail == key(c))
            return c;
    return std::nullopt;
}

Error refusal(BookingConfirmation confirmation, const QString& why)
{
    return Error{ErrorCode::NeedsConfirmation, why, key(confirmation), {}};
}

} // namespace needlechart::BookingConfirmationText
