#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/documents/DocumentKind.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTextBrowser;

namespace needlechart {

struct UiContext;

// The "Letters and sheets" tab of ClinicSettingsDialog: the clinic's template for each kind of
// document (the after-care advice sheet, the letter to the GP or referrer, the discharge summary)
// in Markdown beside a preview, with the fields it may use. Saving a changed text stores a new
// version of that kind (DocumentService::saveTemplate, admins); a misspelt field is refused.
class DocumentTemplatesPage : public QWidget {
    Q_OBJECT
public:
    explicit DocumentTemplatesPage(UiContext& context, QWidget* parent = nullptr);

    // Shows the current template of the kind chosen.
    void load();
    [[nodiscard]] Status save();

    [[nodiscard]] QComboBox* kindBox() const { return m_kind; }
    [[nodiscard]] QPlainTextEdit* templateEdit() const { return m_text; }
    [[nodiscard]] QLabel* versionLabel() const { return m_version; }

Q_SIGNALS:
    void problemChanged(const QString& message);

private:
    [[nodiscard]] DocumentKind kind() const;

    UiContext& m_context;
    QComboBox* m_kind;
    QPlainTextEdit* m_text;
    QTextBrowser* m_preview;
    QLabel* m_fields;
    QLabel* m_version;
};

} // namespace needlechart
