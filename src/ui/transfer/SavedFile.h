#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QWidget;

namespace needlechart {

struct UiContext;

// Writes an export to the file the user chose, whole or not at all (QSaveFile: a failed write
// leaves an earlier file of that name as it was), and says in a box what went wrong.
class SavedFile {
    Q_DECLARE_TR_FUNCTIONS(SavedFile)

public:
    // True when the file was written; `title` heads the box.
    static bool write(UiContext& context, QWidget* parent, const QString& title,
                      const QString& path, const QByteArray& bytes);
};

} // namespace needlechart
