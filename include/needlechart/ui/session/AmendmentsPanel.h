#pragma once

#include "needlechart/domain/session/Session.h"

#include <QGroupBox>

class QPushButton;
class QVBoxLayout;

namespace needlechart {

// The amendments under a signed note, oldest first, each with its author, time and reason,
// and the button that adds one. Hidden for drafts, which are still edited directly.
class AmendmentsPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit AmendmentsPanel(QWidget* parent = nullptr);

    void showNote(const Session& session);
    [[nodiscard]] QPushButton* addButton() const { return m_add; }

Q_SIGNALS:
    void addRequested();

private:
    QVBoxLayout* m_list;
    QPushButton* m_add;
    QList<QWidget*> m_items;
};

} // namespace needlechart
