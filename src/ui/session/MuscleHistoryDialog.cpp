#include "needlechart/ui/session/MuscleHistoryDialog.h"

#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/domain/session/PointPlace.h"
#include "needlechart/services/session/SessionService.h"
#include "needlechart/ui/common/UiContext.h"
#include "needlechart/ui/session/MuscleHistoryModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace needlechart {

MuscleHistoryDialog::MuscleHistoryDialog(UiContext& context, PatientId patientId, MuscleId muscleId,
                                         BodySide side, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_patientId(patientId),
      m_muscleId(std::move(muscleId)),
      m_side(side),
      m_model(new MuscleHistoryModel(this)),
      m_table(new QTableView(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("muscleHistoryDialog"));
    const QString place = PointPlace::name(m_muscleId, {}, m_context.sessions.catalogue());
    setWindowTitle(
        tr("History of %1, %2").arg(place, DisplayText::inSentence(bodySideLabel(m_side))));
    m_summary->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false); // Tab moves on; the arrows walk the cells
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Visits that needled this muscle"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 420);
    reload();
}

bool MuscleHistoryDialog::reload()
{
    auto visits = m_context.sessions.muscleHistory(m_patientId, m_muscleId, m_side, m_context.user);
    if (!visits) {
        m_model->setVisits({});
        m_summary->setText(tr("The history could not be read: %1").arg(visits.error().message));
        return false;
    }
    m_model->setVisits(std::move(*visits));
    const int count = m_model->visitCount();
    const QString place =
        tr("%1, %2").arg(PointPlace::name(m_muscleId, {}, m_context.sessions.catalogue()),
                         DisplayText::inSentence(bodySideLabel(m_side)));
    m_summary->setText(
        count == 0   ? tr("%1: not needled in any signed note yet.").arg(place)
        : count == 1 ? tr("%1: needled at 1 signed visit.").arg(place)
                     : tr("%1: needled at %2 signed visits, newest first.").arg(place).arg(count));
    m_table->resizeColumnsToContents();
    return true;
}

} // namespace needlechart
