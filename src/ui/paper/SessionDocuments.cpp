#include "needlechart/ui/paper/SessionDocuments.h"

#include "needlechart/domain/common/Clock.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/services/session/SessionService.h"
#include "needlechart/ui/common/MessagePresenter.h"
#include "needlechart/ui/paper/PrintDialogs.h"

#include <QDir>
#include <QStandardPaths>

#include <memory>

namespace needlechart {
namespace {

AuditTrail::Subject subjectOf(const SessionSummaryContent& content)
{
    return {content.record.patient.id, QStringLiteral("session-summary"),
            content.record.session.id};
}

} // namespace

SessionDocuments::SessionDocuments(UiContext& context) : m_context(context) {}

Result<SessionSummaryContent> SessionDocuments::summaryFor(SessionId id) const
{
    auto profile = m_context.clinic.profile();
    if (!profile)
        return profile.error();
    auto record = m_context.sessions.record(id, m_context.user);
    if (!record)
        return record.error();
    return SessionSummaryContent{*profile, std::move(*record), &m_context.sessions.catalogue(),
                                 m_context.sessions.clock().nowUtc(), m_context.user.displayName};
}

void SessionDocuments::show(SessionId id, bool print, QWidget* parent) const
{
    auto content = summaryFor(id);
    if (!content) {
        m_context.messages.warning(parent, tr("Cannot print the treatment note"),
                                   content.error().message);
        return;
    }
    const AuditTrail::Subject subject = subjectOf(*content);
    auto renderer = std::make_shared<SessionSummaryRenderer>(std::move(*content));
    const PrintDialogs::Painter paint = [renderer](QPagedPaintDevice& device) {
        renderer->render(device);
    };
    PrintDialogs::Paper paper;
    paper.documentName = renderer->title();
    if (!print) {
        PrintDialogs::preview(paint, paper, parent);
        return;
    }
    if (PrintDialogs::print(paint, paper, parent))
        m_context.audit.recordOutput(m_context.user, AuditAction::Print, subject);
}

void SessionDocuments::previewSummary(SessionId id, QWidget* parent) const
{
    show(id, false, parent);
}

void SessionDocuments::printSummary(SessionId id, QWidget* parent) const
{
    show(id, true, parent);
}

void SessionDocuments::saveSummaryPdf(SessionId id, QWidget* parent) const
{
    const std::optional<QString> path = m_context.messages.saveFileName(
        parent, tr("Save the treatment note as PDF"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("treatment-note-%1.pdf").arg(id)),
        tr("PDF files (*.pdf)"));
    if (!path || path->isEmpty())
        return;
    if (Status written = exportSummaryPdf(id, *path); !written.ok())
        m_context.messages.warning(parent, tr("Cannot save the treatment note"),
                                   written.error().message);
}

Status SessionDocuments::exportSummaryPdf(SessionId id, const QString& path) const
{
    auto content = summaryFor(id);
    if (!content)
        return content.error();
    const AuditTrail::Subject subject = subjectOf(*content);
    Status written = SessionSummaryRenderer(std::move(*content)).exportPdf(path);
    if (written.ok())
        m_context.audit.recordOutput(m_context.user, AuditAction::Export, subject,
                                     QStringLiteral("pdf"));
    return written;
}

} // namespace needlechart
