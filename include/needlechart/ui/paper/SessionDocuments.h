#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/session/Session.h"
#include "needlechart/ui/common/UiContext.h"
#include "needlechart/ui/paper/DocumentRenderer.h"
#include "needlechart/ui/paper/SessionSummaryRenderer.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QWidget;

namespace needlechart {

// A treatment note on paper: its session summary (SessionSummaryRenderer) previewed, printed or
// written as PDF; the after-care advice sheet for the visit (DocumentRenderer), kept on the record
// as given once printed; and the print pack: the summary, the sheet and any letter written for
// the visit in one print job. Reads through the services (SessionService::record, so clinicians
// only, and the opening is recorded); what is printed or written is audited
// (AuditTrail::recordOutput), a preview is not. The interactive calls show failures through the
// context's MessagePresenter; the export returns them. Borrows the context.
class SessionDocuments {
    Q_DECLARE_TR_FUNCTIONS(SessionDocuments)

public:
    explicit SessionDocuments(UiContext& context);

    [[nodiscard]] Result<SessionSummaryContent> summaryFor(SessionId id) const;

    void previewSummary(SessionId id, QWidget* parent) const;
    void printSummary(SessionId id, QWidget* parent) const;
    // Asks where to save (a name from the patient's record number and the date), then writes it.
    void saveSummaryPdf(SessionId id, QWidget* parent) const;
    [[nodiscard]] Status exportSummaryPdf(SessionId id, const QString& path) const;

    // The current after-care sheet for the visit, filled in for its patient (not yet kept).
    [[nodiscard]] Result<DocumentContent> aftercareFor(SessionId id) const;
    // Prints the sheet and, once printed, keeps it on the record as given.
    void printAftercareSheet(SessionId id, QWidget* parent) const;

    // Everything a visit sends home, in order.
    struct Pack {
        SessionSummaryContent summary;
        DocumentContent sheet;
        std::vector<DocumentContent> letters; // written for this visit, as they were sent
    };
    [[nodiscard]] Result<Pack> packFor(SessionId id) const;
    static void paintPack(const Pack& pack, QPagedPaintDevice& device);
    // Prints the pack; the sheet in it is kept as given.
    void printPack(SessionId id, QWidget* parent) const;
    // The pack as one PDF; the sheet in it is kept as given (as a PDF).
    [[nodiscard]] Status exportPackPdf(SessionId id, const QString& path) const;

private:
    void show(SessionId id, bool print, QWidget* parent) const;
    [[nodiscard]] Result<PatientDocument> keepSheet(const DocumentContent& sheet,
                                                    DocumentDelivery delivery) const;

    UiContext& m_context;
};

} // namespace needlechart
