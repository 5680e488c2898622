#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/session/Session.h"
#include "needlechart/ui/common/UiContext.h"
#include "needlechart/ui/paper/SessionSummaryRenderer.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace needlechart {

// A treatment note on paper: its session summary (SessionSummaryRenderer) previewed, printed or
// written as PDF. Reads through the services (SessionService::record, so clinicians only, and
// the opening is recorded); what is printed or written is audited (AuditTrail::recordOutput), a
// preview is not. The interactive calls show failures through the context's MessagePresenter;
// the export returns them. Borrows the context.
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

private:
    void show(SessionId id, bool print, QWidget* parent) const;

    UiContext& m_context;
};

} // namespace needlechart
