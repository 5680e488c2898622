#pragma once

#include "needlechart/domain/common/Error.h"
#include "needlechart/domain/common/User.h"

#include <QObject>
#include <QTimer>

namespace needlechart {

class SessionEditor;
class SessionService;

// What the session window does with the note: saves drafts (on request and by itself a few
// seconds after each change, so a crash loses at most that much typing), signs, amends and
// deletes, each through the SessionService with the window's user. Holds no widgets; the
// window shows what it reports.
class SessionController : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultAutosaveDelayMs = 3000;

    SessionController(SessionService& service, SessionEditor& editor, User user,
                      QObject* parent = nullptr);

    [[nodiscard]] const User& user() const { return m_user; }
    // How long after the last change a draft saves itself.
    void setAutosaveDelay(int milliseconds) { m_autosave.setInterval(milliseconds); }
    [[nodiscard]] bool isAutosavePending() const { return m_autosave.isActive(); }

    // Saves the draft if it has unsaved changes (or was never saved). True if it is saved now.
    bool saveDraft();
    // Whether the note can be signed now, before anyone is asked to confirm: on refusal,
    // problemsFound() lists every problem (and an empty list clears it when there is none).
    bool checkSignable();
    // Checks and signs the note with the signer's `password` (typed again). On refusal,
    // problemsFound() lists every problem.
    bool sign(const QString& password);
    // Appends an amendment to the signed note, the author's `password` typed again. Returns
    // the errors (empty on success).
    [[nodiscard]] Error amend(const QString& reason, const QString& text, const QString& password,
                              bool* ok);
    // Deletes the draft (never asks; the window confirms first).
    bool deleteDraft();
    // While a list of problems is shown, checks the note again and lists what is still wrong
    // (quietly: no message box), so a field filled in or a consent recorded leaves the list at
    // once. Called after every edit and by the window when consent or screening change.
    void recheckProblems();
    [[nodiscard]] bool isShowingProblems() const { return m_showingProblems; }

Q_SIGNALS:
    // For the status bar: "Draft saved at 10:42", "Could not save: ...".
    void status(const QString& message);
    // A save or sign failed with something a person must see.
    void failed(const QString& title, const QString& message);
    // Signing was refused: each problem names its field (SessionFields).
    void problemsFound(const QList<needlechart::FieldError>& problems);
    void signedNote();
    void deleted();

private:
    // Says why signing was refused (problemsFound for what the note lacks); false.
    bool signingRefused(const Error& error);
    void listProblems(const QList<FieldError>& problems);
    SessionService& m_service;
    SessionEditor& m_editor;
    User m_user;
    QTimer m_autosave;
    bool m_showingProblems = false;
};

} // namespace needlechart
