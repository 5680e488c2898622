#pragma once

#include "needlechart/domain/appointments/Appointment.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/ui/common/UiContext.h"
#include "needlechart/ui/paper/DaySheetRenderer.h"
#include "needlechart/ui/paper/PrintDialogs.h"

#include <QCoreApplication>
#include <QDate>

class QWidget;

namespace needlechart {

class AppointmentCardRenderer;

// The appointment book on paper and in other calendars: the patient's appointment card and the
// front desk's day sheet (print preview, print, PDF), and iCalendar files for one booking (the
// patient's copy) or a list of them (the clinic's). Reads through the services; every failure is
// shown through the context's MessagePresenter by the interactive calls and returned by the
// export ones. What is printed or written is audited (AuditTrail::recordOutput); a preview is
// not. Borrows the context.
class AppointmentDocuments {
    Q_DECLARE_TR_FUNCTIONS(AppointmentDocuments)

public:
    explicit AppointmentDocuments(UiContext& context);

    [[nodiscard]] Result<DaySheetContent> daySheetFor(QDate day) const;
    [[nodiscard]] Result<AppointmentCardRenderer> cardFor(AppointmentId id) const;

    void previewCard(AppointmentId id, QWidget* parent) const;
    void printCard(AppointmentId id, QWidget* parent) const;
    void previewDaySheet(QDate day, QWidget* parent) const;
    void printDaySheet(QDate day, QWidget* parent) const;
    // Asks where to save, then writes the patient's .ics for the booking.
    void saveIcs(AppointmentId id, QWidget* parent) const;

    [[nodiscard]] Status exportCardPdf(AppointmentId id, const QString& path) const;
    [[nodiscard]] Status exportDaySheetPdf(QDate day, const QString& path) const;
    [[nodiscard]] Status exportPatientIcs(AppointmentId id, const QString& path) const;
    // The clinic's calendar file for these bookings (names every patient).
    [[nodiscard]] Status exportClinicIcs(const std::vector<Appointment>& appointments,
                                         const QString& path) const;

private:
    // One booking with its names, and the clinic it is at.
    struct Booking {
        ClinicProfile clinic;
        AppointmentEntry entry;
    };
    [[nodiscard]] Result<Booking> bookingFor(AppointmentId id) const;
    [[nodiscard]] static AuditTrail::Subject cardSubject(const Booking& booking);
    [[nodiscard]] static AuditTrail::Subject daySheetSubject();
    // `written` passed through; an audited Export row first if it is ok.
    [[nodiscard]] Status exported(Status written, const AuditTrail::Subject& subject,
                                  const QString& detail) const;
    // A document ready for the print dialogs: what paints it, and on what paper.
    struct Paper {
        PrintDialogs::Painter paint;
        PrintDialogs::Paper paper;
        AuditTrail::Subject subject; // for the Print row
        QString detail;
    };
    [[nodiscard]] Result<Paper> cardPaper(AppointmentId id) const;
    [[nodiscard]] Result<Paper> daySheetPaper(QDate day) const;
    // Opens the print (or preview) dialog, or says why it cannot (`failure` as the title).
    void show(const Result<Paper>& paper, bool print, const QString& failure,
              QWidget* parent) const;

    UiContext& m_context;
};

} // namespace needlechart
