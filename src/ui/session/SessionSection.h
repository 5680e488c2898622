#pragma once

#include "needlechart/domain/session/Session.h"

#include <QGroupBox>
#include <QHash>

#include <optional>

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace needlechart {

class SessionEditor;

// One titled part of the session form. A section shows the note held by the SessionEditor and
// turns every edit into an editor verb (so it is undoable and autosaved); it redraws in
// refresh() whenever the note changes, without echoing the change back. Sections register the
// widget behind each field key (SessionFields) so the window can take a person to a problem.
class SessionSection : public QGroupBox {
    Q_OBJECT
public:
    SessionSection(const QString& title, SessionEditor& editor, QWidget* parent = nullptr);

    // Redraws from the editor's note; makes the widgets read-only for a signed note.
    void refresh();
    // The widget behind `field` (or the closest registered prefix of it, so a row's field finds
    // the row), or null.
    [[nodiscard]] QWidget* widgetFor(const QString& field) const;

protected:
    [[nodiscard]] SessionEditor& editor() const { return m_editor; }
    [[nodiscard]] const Session& session() const;
    virtual void refreshFields() = 0;
    void registerField(const QString& field, QWidget* widget);

    // Common bindings: the widget edits the member through SessionEditor::edit. A text field
    // gets SessionValidator::MaxTextLength's character counter; a line stops at `limit`.
    void bindText(QPlainTextEdit* edit, const QString& field, QString Session::*member);
    void bindLine(QLineEdit* edit, const QString& field, QString Session::*member, int limit);
    // A 0..10 score; the spin box's lowest value (-1) means "not recorded".
    void bindScore(QSpinBox* spin, const QString& field, std::optional<int> Session::*member);
    static void configureScore(QSpinBox* spin);

    // Stops typing in `edit` at `limit` characters, the rule's limit for its field
    // (SessionValidator). A longer text stored before the limit is still shown whole (see
    // keepWhole); the rule names the field and its limit when the note is saved.
    static void limitLine(QLineEdit* edit, int limit);
    // Lifts `edit`'s limit as far as `text` needs, so showing it never cuts it.
    static void keepWhole(QLineEdit* edit, const QString& text);

    // Sets text only when it differs (keeps the cursor where a person is typing).
    static void showText(QPlainTextEdit* edit, const QString& text);
    static void showText(QLineEdit* edit, const QString& text);

private:
    void applyReadOnly(bool readOnly);
    // A read-only field takes the window's colour, so it does not look like it takes typing.
    static void showAsReadOnly(QWidget* field, bool readOnly);

    SessionEditor& m_editor;
    QHash<QString, QWidget*> m_fields;
    std::optional<bool> m_readOnly;
};

} // namespace needlechart
