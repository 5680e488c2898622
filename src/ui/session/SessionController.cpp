#include "needlechart/ui/session/SessionController.h"

#include "needlechart/services/session/SessionService.h"
#include "needlechart/ui/common/DateText.h"
#include "needlechart/ui/session/SessionEditor.h"

#include <QLocale>
#include <QTime>

namespace needlechart {

SessionController::SessionController(SessionService& service, SessionEditor& editor, User user,
                                     QObject* parent)
    : QObject(parent), m_service(service), m_editor(editor), m_user(std::move(user))
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(DefaultAutosaveDelayMs);
    connect(&m_editor, &SessionEditor::changed, this, [this] {
        if (!m_editor.isReadOnly())
            m_autosave.start();
        recheckProblems();
    });
    connect(&m_autosave, &QTimer::timeout, this, [this] { saveDraft(); });
}

bool SessionController::saveDraft()
{
    m_autosave.stop();
    if (m_editor.isReadOnly())
        return true;
    if (!m_editor.hasUnsavedChanges()) // includes a new note nobody has typed in yet
        return true;
    auto saved = m_service.saveDraft(m_editor.session(), m_user);
    if (!saved) {
        const Error& error = saved.error();
        if (error.code == ErrorCode::Validation) {
            listProblems(error.fieldErrors);
            Q_EMIT status(tr("Draft not saved: %1").arg(error.message));
        } else {
            Q_EMIT status(tr("Draft not saved."));
            Q_EMIT failed(tr("Could not save the draft"), error.message);
        }
        return false;
    }
    m_editor.adoptSaved(*saved);
    Q_EMIT status(tr("Draft saved at %1.").arg(DateText::formatTime(saved->updatedAt)));
    return true;
}

bool SessionController::signingRefused(const Error& error)
{
    if (error.code == ErrorCode::Validation) {
        listProblems(error.fieldErrors);
        Q_EMIT status(error.message);
    } else {
        Q_EMIT failed(tr("Could not sign the note"), error.message);
    }
    return false;
}

void SessionController::listProblems(const QList<FieldError>& problems)
{
    m_showingProblems = !problems.isEmpty();
    Q_EMIT problemsFound(problems);
}

void SessionController::recheckProblems()
{
    if (!m_showingProblems)
        return;
    if (m_editor.isReadOnly()) {
        listProblems({});
        return;
    }
    Status ready = m_service.checkSignable(m_editor.session(), m_user);
    if (ready.ok())
        listProblems({});
    else if (ready.error().code == ErrorCode::Validation)
        listProblems(ready.error().fieldErrors);
    // Anything else (a lost server) is said when the person next saves or signs.
}

bool SessionController::checkSignable()
{
    if (Status ready = m_service.checkSignable(m_editor.session(), m_user); !ready)
        return signingRefused(ready.error());
    listProblems({});
    return true;
}

bool SessionController::sign(const QString& password)
{
    m_autosave.stop();
    auto note = m_service.sign(m_editor.session(), m_user, password);
    if (!note)
        return signingRefused(note.error());
    m_editor.adoptSaved(*note);
    listProblems({});
    Q_EMIT status(tr("Signed and locked. Corrections from now on are amendments."));
    Q_EMIT signedNote();
    return true;
}

Error SessionController::amend(const QString& reason, const QString& text, const QString& password,
                               bool* ok)
{
    auto amended = m_service.amend(m_editor.session().id, reason, text, m_user, password);
    *ok = amended.ok();
    if (!amended)
        return amended.error();
    m_editor.adoptSaved(*amended);
    Q_EMIT status(tr("Amendment added."));
    return {};
}

bool SessionController::deleteDraft()
{
    m_autosave.stop();
    if (!m_editor.session().isStored()) {
        Q_EMIT deleted();
        return true;
    }
    Status removed = m_service.deleteDraft(m_editor.session().id, m_user);
    if (!removed.ok()) {
        Q_EMIT failed(tr("Could not delete the draft"), removed.error().message);
        return false;
    }
    Q_EMIT deleted();
    return true;
}

} // namespace needlechart
