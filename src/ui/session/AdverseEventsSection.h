#pragma once

#include "session/SessionSection.h"

class QComboBox;
class QVBoxLayout;

namespace needlechart {

// Adverse events: picked from the quick list (bruising, bleeding, ... suspected pneumothorax,
// other), each graded mild / significant / serious with what happened, the action taken and
// the follow-up. A serious event is framed in red: it needs a follow-up and becomes an alert on
// the patient.
class AdverseEventsSection : public SessionSection {
    Q_OBJECT
public:
    explicit AdverseEventsSection(SessionEditor& editor, QWidget* parent = nullptr);

protected:
    void refreshFields() override;

private:
    void rebuildRows(qsizetype count);
    void editRow(qsizetype row, const QString& field,
                 const std::function<void(AdverseEvent&)>& change);

    QComboBox* m_pick;
    QVBoxLayout* m_rows;
    QList<QWidget*> m_rowWidgets;
};

} // namespace needlechart
