#pragma once

#include "needlechart/domain/common/Error.h"

#include <QFlags>
#include <QString>

namespace needlechart {

// What a booking may do only once the person booking has confirmed it, the same whether they
// book in the dialog or drag a booking in the book: share a clinician's or room's time with
// another booking, or start at a time already gone by (a visit recorded afterwards). The book
// refuses such a booking with ErrorCode::NeedsConfirmation naming the confirmation in the
// error's detail; the person is asked, and the booking is tried again with it.
enum class BookingConfirmation {
    DoubleBooking = 0x1,
    InThePast = 0x2,
};
Q_DECLARE_FLAGS(BookingConfirmations, BookingConfirmation)
Q_DECLARE_OPERATORS_FOR_FLAGS(BookingConfirmations)

namespace BookingConfirmationText {
// The stable key carried in Error::detail.
[[nodiscard]] QString key(BookingConfirmation confirmation);
// The confirmation a refusal asks for, if it asks for one.
[[nodiscard]] std::optional<BookingConfirmation> askedBy(const Error& error);
// The refusal asking for `confirmation`, saying why.
[[nodiscard]] Error refusal(BookingConfirmation confirmation, const QString& why);
} // namespace BookingConfirmationText

} // namespace needlechart
