#include "transfer/WholeRecordFlow.h"

#include "needlechart/services/transfer/WholeRecordService.h"
#include "needlechart/ui/common/MessagePresenter.h"
#include "needlechart/ui/paper/WholeRecordRenderer.h"

#include "transfer/SavedFile.h"

#include <QCursor>
#include <QDir>
#include <QGuiApplication>

namespace needlechart {

bool WholeRecordFlow::exportRecord(UiContext& context, QWidget* parent, PatientId patientId)
{
    const QString title = tr("Export Whole Record");
    auto record = context.wholeRecord.gather(patientId, context.user);
    if (!record) {
        context.messages.warning(parent, title, record.error().message);
        return false;
    }
    const std::optional<QString> path = context.messages.saveFileName(
        parent, title, QDir::home().filePath(WholeRecordService::suggestedFileName(*record)),
        tr("ZIP archives (*.zip)"));
    if (!path)
        return false;

    QGuiApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
    const QByteArray pdf = WholeRecordRenderer(*record).pdf();
    auto archive = context.wholeRecord.archive(*record, pdf, context.user);
    QGuiApplication::restoreOverrideCursor();
    if (!archive) {
        context.messages.warning(parent, title, archive.error().message);
        return false;
    }
    return SavedFile::write(context, parent, title, *path, *archive);
}

} // namespace needlechart
