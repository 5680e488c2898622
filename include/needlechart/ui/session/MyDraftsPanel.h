#pragma once

#include "needlechart/domain/session/Session.h"
#include "needlechart/ui/common/UiContext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace needlechart {

class DraftListModel;

// "My drafts": the signed-in clinician's unsigned notes, oldest first, with their age; a note
// still unsigned after the clinic closed on the day of treatment is marked overdue (records are
// to be written the same day). Enter, a double-click or Open opens the note. It re-reads when a
// session changes anywhere (ChangeNotifier) and when shown.
class MyDraftsPanel : public QWidget {
    Q_OBJECT
public:
    explicit MyDraftsPanel(UiContext& context, QWidget* parent = nullptr);

    void reload();
    [[nodiscard]] DraftListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] QLabel* summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void openSessionRequested(needlechart::SessionId sessionId);
    // The list changed: how many drafts, and how many of them are overdue.
    void countsChanged(int drafts, int overdue);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void openCurrent();

    UiContext& m_context;
    DraftListModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
    QPushButton* m_open;
};

} // namespace needlechart
