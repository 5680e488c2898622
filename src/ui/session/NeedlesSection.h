#pragma once

#include "session/SessionSection.h"

#include <QList>

class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace needlechart {

// The needles used: one row per kind (gauge, length, lot) with how many went in and how many
// were counted out, the running totals, and the note that explains a difference. The totals
// turn red while the counts differ, because a needle not counted out may still be in the
// patient; signing is refused until they match or the difference is explained.
class NeedlesSection : public SessionSection {
    Q_OBJECT
public:
    explicit NeedlesSection(SessionEditor& editor, QWidget* parent = nullptr);

    // Common needle sizes offered in the rows (mm).
    [[nodiscard]] static QList<double> standardGauges();
    [[nodiscard]] static QList<int> standardLengths();

protected:
    void refreshFields() override;

private:
    void rebuildRows(qsizetype count);
    void editRow(qsizetype row, const std::function<void(NeedleUse&)>& change);

    QGridLayout* m_rows;
    QPushButton* m_add;
    QLabel* m_totals;
    QPlainTextEdit* m_countNote;
    qsizetype m_rowCount = -1;
};

} // namespace needlechart
