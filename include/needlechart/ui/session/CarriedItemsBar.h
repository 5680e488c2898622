#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;

namespace needlechart {

struct Session;

// A strip above the session's map and form about starting from the last session. On a draft
// with nothing needled yet and an earlier note to start from, it offers "Start from the last
// session"; while copied items are still proposals (CarryForward), it counts them and offers to
// confirm them all as done today or to remove them. Hidden otherwise. It only asks: the session
// window does the work, as undoable edits.
class CarriedItemsBar : public QWidget {
    Q_OBJECT
public:
    explicit CarriedItemsBar(QWidget* parent = nullptr);

    // `lastNote` is when the note that could be copied was treated (null if there is none).
    void showFor(const Session& session, bool readOnly, QDate lastNote);

    [[nodiscard]] QLabel* textLabel() const { return m_text; }
    [[nodiscard]] QPushButton* copyButton() const { return m_copy; }
    [[nodiscard]] QPushButton* confirmButton() const { return m_confirm; }
    [[nodiscard]] QPushButton* removeButton() const { return m_remove; }

Q_SIGNALS:
    void copyRequested();
    void confirmAllRequested();
    void removeUnconfirmedRequested();

private:
    QLabel* m_text;
    QPushButton* m_copy;
    QPushButton* m_confirm;
    QPushButton* m_remove;
};

} // namespace needlechart
