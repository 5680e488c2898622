#pragma once

#include "needlechart/domain/appointments/Appointment.h"
#include "needlechart/domain/appointments/BookingConfirmation.h"
#include "needlechart/domain/common/Result.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace needlechart {

class MessagePresenter;

// Asks what the appointment book wants confirmed before a booking (a double booking, a time
// gone by) in the same words whether the booking comes from the dialog or from a drag in the
// book, and tries the booking again after each yes.
class BookingQuestions {
    Q_DECLARE_TR_FUNCTIONS(BookingQuestions)

public:
    using Attempt = std::function<Result<Appointment>(BookingConfirmations)>;

    BookingQuestions(MessagePresenter& messages, QWidget* parent);

    // What the attempt returns once nothing more needs confirming, or the refusal the person
    // answered no to (then declined() is true).
    [[nodiscard]] Result<Appointment> run(const Attempt& attempt,
                                          BookingConfirmations alreadyConfirmed = {});
    // What the person confirmed in the last run (to do the same again on redo).
    [[nodiscard]] BookingConfirmations confirmed() const { return m_confirmed; }
    [[nodiscard]] bool declined() const { return m_declined; }

    [[nodiscard]] static QString title(BookingConfirmation confirmation);
    [[nodiscard]] static QString question(BookingConfirmation confirmation, const QString& why);

private:
    MessagePresenter& m_messages;
    QWidget* m_parent;
    BookingConfirmations m_confirmed;
    bool m_declined = false;
};

} // namespace needlechart
