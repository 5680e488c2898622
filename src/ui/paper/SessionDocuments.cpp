#include "needlechart/ui/paper/SessionDocuments.h"

#include "needlechart/domain/common/Clock.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/services/documents/DocumentService.h"
#include "needlechart/services/session/SessionService.h"
#include "needlechart/ui/common/MessagePresenter.h"
#include "needlechart/ui/paper/PrintDialogs.h"

#include "paper/PagedTextPrinter.h"

#include <QDir>
#include <QPagedPaintDevice>
#include <QPainter>
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
    auto papers = m_context.documents.documentsOfSession(id, m_context.user);
    if (!papers)
        return papers.error();
    return SessionSummaryContent{*profile,
                                 std::move(*record),
                                 &m_context.sessions.catalogue(),
                                 m_context.sessions.clock().nowUtc(),
                                 m_context.user.displayName,
                                 std::move(*papers)};
}

Result<DocumentContent> SessionDocuments::aftercareFor(SessionId id) const
{
    auto record = m_context.sessions.record(id, m_context.user);
    if (!record)
        return record.error();
    auto profile = m_context.clinic.profile();
    if (!profile)
        return profile.error();
    auto sheet = m_context.documents.compose(DocumentKind::AftercareAdvice, record->patient.id, id,
                                             {}, m_context.user);
    if (!sheet)
        return sheet.error();
    return DocumentContent{*profile, std::move(*sheet), record->patient.fullName()};
}

Result<SessionDocuments::Pack> SessionDocuments::packFor(SessionId id) const
{
    auto summary = summaryFor(id);
    if (!summary)
        return summary.error();
    auto sheet = aftercareFor(id);
    if (!sheet)
        return sheet.error();
    Pack pack{std::move(*summary), std::move(*sheet), {}};
    // The summary in the pack lists the sheet printed with it (kept once the print went).
    PatientDocument given = pack.sheet.document;
    given.createdAt = m_context.sessions.clock().nowUtc();
    pack.summary.papers.push_back(given);
    // The letters already written for this visit go in as they were sent.
    for (const PatientDocument& paper : pack.summary.papers) {
        if (!isLetter(paper.kind) || paper.id <= 0)
            continue;
        auto letter = m_context.documents.document(paper.id, m_context.user);
        if (!letter)
            return letter.error();
        pack.letters.push_back(
            DocumentContent{pack.summary.clinic, std::move(*letter), pack.sheet.patientName});
    }
    return pack;
}

void SessionDocuments::paintPack(const Pack& pack, QPagedPaintDevice& device)
{
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    SessionSummaryRenderer(pack.summary).render(device, painter);
    device.newPage();
    DocumentRenderer(pack.sheet).render(device, painter);
    for (const DocumentContent& letter : pack.letters) {
        device.newPage();
        DocumentRenderer(letter).render(device, painter);
    }
}

Result<PatientDocument> SessionDocuments::keepSheet(const DocumentContent& sheet,
                                                    DocumentDelivery delivery) const
{
    PatientDocument given = sheet.document;
    given.delivery = delivery;
    return m_context.documents.keep(given, m_context.user);
}

void SessionDocuments::printAftercareSheet(SessionId id, QWidget* parent) const
{
    auto sheet = aftercareFor(id);
    if (!sheet) {
        m_context.messages.warning(parent, tr("Cannot print the after-care advice sheet"),
                                   sheet.error().message);
        return;
    }
    auto renderer = std::make_shared<DocumentRenderer>(*sheet);
    PrintDialogs::Paper paper;
    paper.documentName = renderer->title();
    if (!PrintDialogs::print([renderer](QPagedPaintDevice& device) { renderer->render(device); },
                             paper, parent))
        return;
    if (auto kept = keepSheet(*sheet, DocumentDelivery::Printed); !kept)
        m_context.messages.warning(
            parent, tr("The sheet was printed but not recorded"),
            tr("%1\n\nThe note does not show that the sheet was given: print it again once the "
               "problem is solved, or write it in an amendment.")
                .arg(kept.error().message));
}

void SessionDocuments::printPack(SessionId id, QWidget* parent) const
{
    auto pack = packFor(id);
    if (!pack) {
        m_context.messages.warning(parent, tr("Cannot print the visit's papers"),
                                   pack.error().message);
        return;
    }
    auto shared = std::make_shared<Pack>(std::move(*pack));
    PrintDialogs::Paper paper;
    paper.documentName = SessionSummaryRenderer(shared->summary).title();
    if (!PrintDialogs::print([shared](QPagedPaintDevice& device) { paintPack(*shared, device); },
                             paper, parent))
        return;
    m_context.audit.recordOutput(m_context.user, AuditAction::Print, subjectOf(shared->summary),
                                 QStringLiteral("print-pack"));
    if (auto kept = keepSheet(shared->sheet, DocumentDelivery::Printed); !kept)
        m_context.messages.warning(parent,
                                   tr("The papers were printed but the sheet was not recorded"),
                                   kept.error().message);
}

Status SessionDocuments::exportPackPdf(SessionId id, const QString& path) const
{
    auto pack = packFor(id);
    if (!pack)
        return pack.error();
    const QString title = SessionSummaryRenderer(pack->summary).title();
    Status written =
        PagedTextPrinter::exportPdf(path, QPageSize::A4, title, [&pack](QPagedPaintDevice& device) {
            paintPack(*pack, device);
        });
    if (!written)
        return written;
    m_context.audit.recordOutput(m_context.user, AuditAction::Export, subjectOf(pack->summary),
                                 QStringLiteral("print-pack"));
    if (auto kept = keepSheet(pack->sheet, DocumentDelivery::Pdf); !kept)
        return kept.error();
    return {};
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
    const bool printed = print ? PrintDialogs::print(paint, paper, parent)
                               : PrintDialogs::preview(paint, paper, parent);
    if (printed)
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
