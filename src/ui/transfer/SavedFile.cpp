#include "transfer/SavedFile.h"

#include "needlechart/ui/common/MessagePresenter.h"
#include "needlechart/ui/common/UiContext.h"

#include <QDir>
#include <QSaveFile>

namespace needlechart {

bool SavedFile::write(UiContext& context, QWidget* parent, const QString& title,
                      const QString& path, const QByteArray& bytes)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        context.messages.warning(parent, title,
                                 tr("The file %1 could not be written: %2. Nothing was saved.")
                                     .arg(QDir::toNativeSeparators(path), out.errorString()));
        return false;
    }
    return true;
}

} // namespace needlechart
