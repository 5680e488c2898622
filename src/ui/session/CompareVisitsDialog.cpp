#include "needlechart/ui/session/CompareVisitsDialog.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/session/PointPlace.h"
#include "needlechart/domain/session/VisitComparison.h"
#include "needlechart/services/session/SessionService.h"
#include "needlechart/ui/bodymap/BodyMapPicture.h"
#include "needlechart/ui/common/DateText.h"
#include "needlechart/ui/common/MessagePresenter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace needlechart {
namespace {

QString score(std::optional<int> value)
{
    return value ? QString::number(*value) : CompareVisitsDialog::tr("not scored");
}

QString sitesText(const QList<NeedledSite>& sites)
{
    const MuscleCatalogue& catalogue = MuscleCatalogue::builtIn();
    QStringList names;
    for (const NeedledSite& site : sites)
        names << PointPlace::name(site.muscleId, site.siteName, catalogue) + QLatin1Char(' ')
                     + bodySideKey(site.side);
    return names.join(QStringLiteral(", "));
}

// "7 → 4 (3 less)": a change of a 0..10 score, said in words as well as by its sign.
QString changeText(std::optional<int> earlier, std::optional<int> later)
{
    if (!earlier || !later)
        return CompareVisitsDialog::tr("%1 \u2192 %2").arg(score(earlier), score(later));
    const int delta = *later - *earlier;
    const QString change = delta < 0   ? CompareVisitsDialog::tr("%1 less").arg(-delta)
                           : delta > 0 ? CompareVisitsDialog::tr("%1 more").arg(delta)
                                       : CompareVisitsDialog::tr("no change");
    return CompareVisitsDialog::tr("%1 \u2192 %2 (%3)").arg(*earlier).arg(*later).arg(change);
}

} // namespace

CompareVisitsDialog::CompareVisitsDialog(UiContext& context, PatientId patientId,
                                         const QString& patientName, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_patientId(patientId),
      m_leftCombo(new QComboBox(this)),
      m_rightCombo(new QComboBox(this)),
      m_leftPicture(new BodyMapPicture(this)),
      m_rightPicture(new BodyMapPicture(this)),
      m_leftScores(new QLabel(this)),
      m_rightScores(new QLabel(this)),
      m_changes(new QLabel(this))
{
    setObjectName(QStringLiteral("compareVisitsDialog"));
    setWindowTitle(tr("Compare visits \u2014 %1").arg(patientName));
    m_leftCombo->setObjectName(QStringLiteral("leftVisitCombo"));
    m_rightCombo->setObjectName(QStringLiteral("rightVisitCombo"));
    m_leftCombo->setAccessibleName(tr("First visit"));
    m_rightCombo->setAccessibleName(tr("Second visit"));
    m_leftPicture->setObjectName(QStringLiteral("leftVisitMap"));
    m_rightPicture->setObjectName(QStringLiteral("rightVisitMap"));
    m_leftScores->setObjectName(QStringLiteral("leftVisitScores"));
    m_rightScores->setObjectName(QStringLiteral("rightVisitScores"));
    m_changes->setObjectName(QStringLiteral("visitChanges"));
    for (QLabel* label : {m_leftScores, m_rightScores, m_changes}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto* grid = new QGridLayout;
    grid->addWidget(m_leftCombo, 0, 0);
    grid->addWidget(m_rightCombo, 0, 1);
    grid->addWidget(m_leftPicture, 1, 0);
    grid->addWidget(m_rightPicture, 1, 1);
    grid->addWidget(m_leftScores, 2, 0, Qt::AlignTop);
    grid->addWidget(m_rightScores, 2, 1, Qt::AlignTop);
    grid->setRowStretch(1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid, 1);
    layout->addWidget(m_changes);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(980, 760);

    load();
    connect(m_leftCombo, &QComboBox::currentIndexChanged, this, [this] {
        showSide(m_leftCombo, m_leftPicture, m_leftScores, m_left);
        showChanges();
    });
    connect(m_rightCombo, &QComboBox::currentIndexChanged, this, [this] {
        showSide(m_rightCombo, m_rightPicture, m_rightScores, m_right);
        showChanges();
    });
}

void CompareVisitsDialog::load()
{
    auto history = m_context.sessions.history(m_patientId, m_context.user);
    if (!history) {
        m_context.messages.warning(this, tr("Compare visits"), history.error().message);
        return;
    }
    // Oldest on the left, as a course of care reads.
    m_history.assign(history->rbegin(), history->rend());
    for (QComboBox* combo : {m_leftCombo, m_rightCombo}) {
        const QSignalBlocker quiet(combo);
        combo->clear();
        for (const SessionSummary& s : m_history) {
            QString text =
                tr("%1 \u2014 %2").arg(DateText::formatDateTime(s.treatedAt), s.clinician);
            if (s.status == SessionStatus::Draft)
                text += tr(" (draft)");
            combo->addItem(text, s.id);
        }
    }
    const auto count = qsizetype(m_history.size());
    if (count == 0) {
        m_changes->setText(tr("This patient has no sessions to compare yet."));
        return;
    }
    compare(m_history.at(std::size_t(std::max<qsizetype>(0, count - 2))).id, m_history.back().id);
}

bool CompareVisitsDialog::compare(SessionId left, SessionId right)
{
    const int leftIndex = m_leftCombo->findData(left);
    const int rightIndex = m_rightCombo->findData(right);
    if (leftIndex < 0 || rightIndex < 0)
        return false;
    {
        const QSignalBlocker quietLeft(m_leftCombo);
        const QSignalBlocker quietRight(m_rightCombo);
        m_leftCombo->setCurrentIndex(leftIndex);
        m_rightCombo->setCurrentIndex(rightIndex);
    }
    showSide(m_leftCombo, m_leftPicture, m_leftScores, m_left);
    showSide(m_rightCombo, m_rightPicture, m_rightScores, m_right);
    showChanges();
    return true;
}

void CompareVisitsDialog::showSide(QComboBox* combo, BodyMapPicture* picture, QLabel* scores,
                                   std::optional<Session>& shown)
{
    shown.reset();
    picture->clear();
    const SessionId id = combo->currentData().toLongLong();
    if (id <= 0) {
        scores->clear();
        return;
    }
    auto note = m_context.sessions.get(id, m_context.user);
    if (!note) {
        scores->setText(tr("This note could not be read: %1").arg(note.error().message));
        return;
    }
    shown = std::move(*note);
    picture->showVisit(shown->points, shown->painAreas);
    QStringList lines;
    lines << tr("Pain before %1, after %2").arg(score(shown->painBefore), score(shown->painAfter));
    if (shown->notNeedled)
        lines << tr("Not needled");
    else
        lines << (shown->points.size() == 1 ? tr("1 point needled")
                                            : tr("%1 points needled").arg(shown->points.size()));
    if (!shown->painAreas.isEmpty())
        lines << (shown->painAreas.size() == 1
                      ? tr("Pain drawing: 1 area")
                      : tr("Pain drawing: %1 areas").arg(shown->painAreas.size()));
    if (shown->soreness)
        lines << tr("Soreness after: %1").arg(*shown->soreness);
    scores->setText(lines.join(QLatin1Char('\n')));
}

void CompareVisitsDialog::showChanges()
{
    if (!m_left || !m_right) {
        m_changes->clear();
        return;
    }
    if (m_left->id == m_right->id) {
        m_changes->setText(tr("The same visit is shown twice: choose another on one side."));
        return;
    }
    const VisitComparison c = VisitComparison::of(*m_left, *m_right);
    QStringList lines;
    lines
        << tr("Pain before treatment: %1").arg(changeText(c.painBeforeEarlier, c.painBeforeLater));
    lines << tr("Pain after treatment: %1").arg(changeText(c.painAfterEarlier, c.painAfterLater));
    if (!c.needledBoth.isEmpty())
        lines << tr("Needled both times: %1").arg(sitesText(c.needledBoth));
    if (!c.onlyEarlier.isEmpty())
        lines << tr("Only the earlier visit: %1").arg(sitesText(c.onlyEarlier));
    if (!c.onlyLater.isEmpty())
        lines << tr("Only the later visit: %1").arg(sitesText(c.onlyLater));
    m_changes->setText(lines.join(QLatin1Char('\n')));
}

} // namespace needlechart
