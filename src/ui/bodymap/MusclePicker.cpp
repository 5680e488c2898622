#include "needlechart/ui/bodymap/MusclePicker.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/ui/bodymap/BodyMapArtwork.h"
#include "needlechart/ui/bodymap/MuscleListModel.h"
#include "needlechart/ui/bodymap/TriggerPointEditor.h"

#include "common/Theme.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace needlechart {
namespace {

bool isEnter(const QKeyEvent* key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
           && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

} // namespace

MusclePicker::MusclePicker(TriggerPointEditor& editor, QWidget* parent)
    : MusclePicker(editor, MuscleCatalogue::builtIn(), parent)
{}

MusclePicker::MusclePicker(TriggerPointEditor& editor, const MuscleCatalogue& catalogue,
                           QWidget* parent)
    : QWidget(parent),
      m_editor(editor),
      m_catalogue(catalogue),
      m_placement(catalogue, BodyMapArtwork::builtIn(BodyView::Anterior),
                  BodyMapArtwork::builtIn(BodyView::Posterior)),
      m_model(new MuscleListModel(catalogue, this)),
      m_search(new QLineEdit(this)),
      m_list(new QListView(this)),
      m_caution(new QLabel(this)),
      m_left(new QRadioButton(tr("&Left"), this)),
      m_right(new QRadioButton(tr("&Right"), this)),
      m_sides(new QButtonGroup(this)),
      m_mark(new QPushButton(tr("&Mark point"), this)),
      m_status(new QLabel(this))
{
    setAccessibleName(tr("Muscle picker"));
    setAccessibleDescription(
        tr("Mark a trigger point from the keyboard: find a muscle, choose the side, "
           "press Enter."));

    m_search->setPlaceholderText(tr("Find a muscle: type hams, SCM, calf…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find a muscle"));
    m_search->setAccessibleDescription(
        tr("Type part of a muscle's name, group or a short name such as hams or "
           "SCM. Press Down to move into the list of matches."));

    m_list->setModel(m_model);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 5);
    // A long name is elided (the tooltip has it whole) rather than scrolled sideways.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Matching muscles"));
    m_list->setAccessibleDescription(tr("Press Enter to mark a point on the selected muscle."));

    m_caution->setWordWrap(true);
    m_caution->setTextFormat(Qt::PlainText);
    m_caution->setAccessibleName(tr("Needling caution"));
    m_caution->setStyleSheet(Theme::labelStyleSheet(Theme::Role::CautionText, true));
    m_caution->hide();

    m_sides->addButton(m_left);
    m_sides->addButton(m_right);
    m_left->setAccessibleName(tr("Left side"));
    m_left->setAccessibleDescription(tr("The patient's left"));
    m_right->setAccessibleName(tr("Right side"));
    m_right->setAccessibleDescription(tr("The patient's right"));

    m_mark->setAccessibleName(tr("Mark point"));
    m_mark->setAccessibleDescription(
        tr("Marks a trigger point at the centre of the selected muscle on the "
           "chosen side."));
    m_mark->setAutoDefault(false);

    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Marking status"));
    m_status->setObjectName(QStringLiteral("musclePickerStatus"));

    // The list on the left, as tall as the picker allows; beside it, top to bottom, the side and
    // Mark point, what was just marked, and the selected muscle's caution, all wrapping in the
    // width beside the list so nothing is cut off.
    auto* sideRow = new QHBoxLayout;
    sideRow->addWidget(m_left);
    sideRow->addWidget(m_right);
    sideRow->addStretch();
    sideRow->addWidget(m_mark);

    auto* beside = new QVBoxLayout;
    beside->addLayout(sideRow);
    beside->addWidget(m_status);
    beside->addWidget(m_caution);
    beside->addStretch();

    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(beside, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addLayout(listRow, 1);

    setTabOrder(m_search, m_list);
    setTabOrder(m_list, m_left);
    setTabOrder(m_left, m_right);
    setTabOrder(m_right, m_mark);

    for (QObject* watched : {static_cast<QObject*>(m_search), static_cast<QObject*>(m_list),
                             static_cast<QObject*>(m_left), static_cast<QObject*>(m_right)})
        watched->installEventFilter(this);

    // Each key typed makes the best match current, so Enter in the search box marks it.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setFilterText(text);
        selectRow(0);
        // Nothing found is said, with the way to chart a place the catalogue does not name.
        if (m_model->rowCount() == 0)
            m_status->setText(tr("No muscle matches \"%1\". To chart a place the list does not "
                                 "name, right-click it on the map and choose \"Mark another "
                                 "site here\".")
                                  .arg(text.trimmed()));
        else if (m_sayingNoMatch)
            m_status->clear();
        m_sayingNoMatch = m_model->rowCount() == 0;
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex&, const QModelIndex&) { updateForSelection(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateForSelection(); });
    connect(m_list, &QListView::doubleClicked, this, [this](const QModelIndex&) { markPoint(); });
    connect(m_mark, &QPushButton::clicked, this, [this] { markPoint(); });

    selectRow(0);
}

MuscleId MusclePicker::currentMuscle() const
{
    const Muscle* muscle = m_model->muscleAt(m_list->currentIndex().row());
    return muscle ? muscle->id : MuscleId();
}

std::optional<BodySide> MusclePicker::side() const
{
    if (m_left->isChecked())
        return BodySide::Left;
    if (m_right->isChecked())
        return BodySide::Right;
    return std::nullopt;
}

void MusclePicker::setSide(BodySide side)
{
    (side == BodySide::Left ? m_left : m_right)->setChecked(true);
}

void MusclePicker::clearSide()
{
    // An exclusive group keeps one button checked; unchecking both needs it off for a moment.
    m_sides->setExclusive(false);
    m_left->setChecked(false);
    m_right->setChecked(false);
    m_sides->setExclusive(true);
}

void MusclePicker::findMuscle(const MuscleId& muscle)
{
    const Muscle* found = m_catalogue.find(muscle);
    if (!found)
        return;
    m_search->setText(found->name);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (const Muscle* m = m_model->muscleAt(row); m && m->id == muscle) {
            selectRow(row);
            break;
        }
    }
    m_left->setFocus();
}

std::optional<TriggerPointKey> MusclePicker::markPoint()
{
    const Muscle* muscle = m_catalogue.find(currentMuscle());
    if (!muscle) {
        m_status->setText(tr("Choose a muscle first."));
        m_search->setFocus();
        return std::nullopt;
    }
    const std::optional<BodySide> chosen = side();
    if (!chosen) {
        m_status->setText(tr("Choose the left or right side first."));
        m_left->setFocus();
        return std::nullopt;
    }
    const Result<PlacedPoint> placed = m_placement.place(muscle->id, *chosen);
    if (!placed) {
        m_status->setText(placed.error().message);
        return std::nullopt;
    }
    const TriggerPointKey key =
        m_editor.addPoint(placed->view, muscle->id, *chosen, placed->position);
    // The side is chosen afresh for every point: carried over, it marks the wrong side.
    clearSide();
    m_status->setText(tr("Marked %1, %2 side, %3 view. Choose the side for the next point.")
                          .arg(muscle->name, bodySideLabel(*chosen), bodyViewLabel(placed->view)));
    Q_EMIT pointPlaced(key);
    return key;
}

bool MusclePicker::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (isEnter(key)) {
            markPoint();
            return true;
        }
        if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)
            && m_model->rowCount() > 0) {
            // The first Down lands on the best match, already current.
            if (!m_list->currentIndex().isValid())
                selectRow(0);
            m_list->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MusclePicker::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        updateForSelection();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}

void MusclePicker::updateForSelection()
{
    const Muscle* muscle = m_model->muscleAt(m_list->currentIndex().row());
    m_mark->setEnabled(muscle != nullptr);
    if (muscle && muscle->hasCaution()) {
        m_caution->setText(tr("Caution: %1").arg(muscle->caution));
        m_caution->setAccessibleDescription(muscle->caution);
        m_caution->show();
    } else {
        m_caution->clear();
        m_caution->setAccessibleDescription(QString());
        m_caution->hide();
    }
}

} // namespace needlechart
