#pragma once

#include "needlechart/domain/patients/Patient.h"
#include "needlechart/domain/session/Session.h"
#include "needlechart/domain/session/SessionSummary.h"
#include "needlechart/ui/common/UiContext.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;

namespace needlechart {

class BodyMapPicture;

// Two of a patient's visits side by side: for each, a session chosen from their history, its
// body map (points and pain drawing, front and back) and its scores; below, what changed
// (VisitComparison): pain before and after, the sites needled both times or only once.
// Opens on the two newest visits. Each note shown is read through the SessionService, so it
// is audited as opened, and a failure is said instead of showing a map that is not the note.
class CompareVisitsDialog : public QDialog {
    Q_OBJECT
public:
    CompareVisitsDialog(UiContext& context, PatientId patientId, const QString& patientName,
                        QWidget* parent = nullptr);

    // Shows these two visits (ids from the patient's history). False if either is not one.
    bool compare(SessionId left, SessionId right);

    [[nodiscard]] QComboBox* leftCombo() const { return m_leftCombo; }
    [[nodiscard]] QComboBox* rightCombo() const { return m_rightCombo; }
    [[nodiscard]] BodyMapPicture* leftPicture() const { return m_leftPicture; }
    [[nodiscard]] BodyMapPicture* rightPicture() const { return m_rightPicture; }
    [[nodiscard]] QLabel* leftScores() const { return m_leftScores; }
    [[nodiscard]] QLabel* rightScores() const { return m_rightScores; }
    [[nodiscard]] QLabel* changes() const { return m_changes; }

private:
    void load();
    void showSide(QComboBox* combo, BodyMapPicture* picture, QLabel* scores,
                  std::optional<Session>& shown);
    void showChanges();

    UiContext& m_context;
    PatientId m_patientId;
    std::vector<SessionSummary> m_history;
    QComboBox* m_leftCombo;
    QComboBox* m_rightCombo;
    BodyMapPicture* m_leftPicture;
    BodyMapPicture* m_rightPicture;
    QLabel* m_leftScores;
    QLabel* m_rightScores;
    QLabel* m_changes;
    std::optional<Session> m_left;
    std::optional<Session> m_right;
};

} // namespace needlechart
