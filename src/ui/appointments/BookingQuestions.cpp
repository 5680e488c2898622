#include "needlechart/ui/appointments/BookingQuestions.h"

#include "needlechart/ui/common/MessagePresenter.h"

namespace needlechart {

BookingQuestions::BookingQuestions(MessagePresenter& messages, QWidget* parent)
    : m_messages(messages), m_parent(parent)
{}

QString BookingQuestions::title(BookingConfirmation confirmation)
{
    switch (confirmation) {
    case BookingConfirmation::DoubleBooking: return tr("Double book?");
    case BookingConfirmation::InThePast: return tr("Book in the past?");
    }
    return {};
}

QString BookingQuestions::question(BookingConfirmation confirmation, const QString& why)
{
    switch (confirmation) {
    case BookingConfirmation::DoubleBooking:
        return tr("%1\n\nBook this appointment at the same time anyway?").arg(why);
    case BookingConfirmation::InThePast:
        return tr("%1\n\nBook it there anyway, for example to record a visit that took place?")
            .arg(why);
    }
    return why;
}

Result<Appointment> BookingQuestions::run(const Attempt& attempt,
                                          BookingConfirmations alreadyConfirmed)
{
    m_confirmed = alreadyConfirmed;
    m_declined = false;
    // Each confirmation is asked at most once, so this ends.
    for (;;) {
        Result<Appointment> result = attempt(m_confirmed);
        if (result)
            return result;
        const std::optional<BookingConfirmation> asked =
            BookingConfirmationText::askedBy(result.error());
        if (!asked || m_confirmed.testFlag(*asked))
            return result;
        if (!m_messages.question(m_parent, title(*asked),
                                 question(*asked, result.error().message))) {
            m_declined = true;
            return result;
        }
        m_confirmed |= *asked;
    }
}

} // namespace needlechart
