#include "needlechart/ui/session/SessionView.h"

#include "needlechart/services/session/SessionChart.h"
#include "needlechart/ui/bodymap/BodyMapView.h"
#include "needlechart/ui/bodymap/BodyMapWidget.h"
#include "needlechart/ui/bodymap/MusclePicker.h"
#include "needlechart/ui/paindrawing/PainDrawingPanel.h"
#include "needlechart/ui/session/AmendmentsPanel.h"
#include "needlechart/ui/session/CarriedItemsBar.h"
#include "needlechart/ui/session/PointTableModel.h"
#include "needlechart/ui/session/SessionEditor.h"
#include "needlechart/ui/session/SessionHeader.h"

#include "common/Theme.h"
#include "session/AdverseEventsSection.h"
#include "session/AfterCareSection.h"
#include "session/NeedlesSection.h"
#include "session/PointTableDelegate.h"
#include "session/SessionDetailsSection.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace needlechart {

SessionView::SessionView(SessionEditor& editor, QWidget* parent)
    : QWidget(parent),
      m_editor(editor),
      m_header(new SessionHeader(this)),
      m_problems(new QListWidget(this)),
      m_clearanceActions(new QWidget(this)),
      m_carried(new CarriedItemsBar(this)),
      m_bodyMap(new BodyMapView(editor.pointEditor(), this)),
      m_picker(new MusclePicker(editor.pointEditor(), this)),
      m_pain(new PainDrawingPanel(this)),
      m_mapTabs(new QTabWidget(this)),
      m_pointModel(new PointTableModel(editor.pointEditor(), this)),
      m_pointTable(new QTableView(this)),
      m_amendments(new AmendmentsPanel(this)),
      m_papers(new QLabel(this)),
      m_delete(new QPushButton(tr("Dele&te draft\u2026"), this)),
      m_save(new QPushButton(tr("Sa&ve draft"), this)),
      m_sign(new QPushButton(tr("Si&gn note\u2026"), this)),
      m_followUp(new QPushButton(tr("&Book follow-up\u2026"), this)),
      m_nextBooking(new QLabel(this))
{
    setObjectName(QStringLiteral("sessionView"));
    m_problems->setObjectName(QStringLiteral("signingProblems"));
    m_problems->setAccessibleName(tr("What needs attention before signing"));
    m_problems->setStyleSheet(
        QStringLiteral("QListWidget { color: %1; background: %2; border: 1px solid %3; }")
            .arg(Theme::name(Theme::Role::AlertText), Theme::name(Theme::Role::AlertListBackground),
                 Theme::name(Theme::Role::AlertBorder)));
    m_problems->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_problems->hide();
    auto* recordScreening = new QPushButton(tr("Record screening\u2026"), m_clearanceActions);
    recordScreening->setObjectName(QStringLiteral("recordScreeningButton"));
    auto* recordConsent = new QPushButton(tr("Record consent\u2026"), m_clearanceActions);
    recordConsent->setObjectName(QStringLiteral("recordConsentButton"));
    auto* clearanceLayout = new QHBoxLayout(m_clearanceActions);
    clearanceLayout->setContentsMargins(0, 0, 0, 0);
    clearanceLayout->addWidget(recordScreening);
    clearanceLayout->addWidget(recordConsent);
    clearanceLayout->addStretch(1);
    m_clearanceActions->hide();
    connect(recordScreening, &QPushButton::clicked, this, &SessionView::screeningRequested);
    connect(recordConsent, &QPushButton::clicked, this, &SessionView::consentRequested);
    m_delete->setObjectName(QStringLiteral("deleteDraftButton"));
    m_save->setObjectName(QStringLiteral("saveDraftButton"));
    m_sign->setObjectName(QStringLiteral("signNoteButton"));
    m_sign->setToolTip(tr("Check the note and lock it. Later corrections are amendments."));

    m_pointTable->setObjectName(QStringLiteral("pointTable"));

    m_pointTable->setTabKeyNavigation(false); // Tab moves on; the arrows walk the cells
    m_pointTable->setModel(m_pointModel);
    m_pointTable->setItemDelegate(new PointTableDelegate(m_pointTable));
    m_pointTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pointTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pointTable->verticalHeader()->hide();
    m_pointTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A long muscle name ("Suboccipitals (rectus capitis ...)") is elided, with the whole name in
    // its tooltip, instead of pushing the findings off the screen; the column can be widened.
    m_pointTable->horizontalHeader()->setSectionResizeMode(PointTableModel::MuscleColumn,
                                                           QHeaderView::Interactive);
    m_pointTable->setColumnWidth(
        PointTableModel::MuscleColumn,
        m_pointTable->fontMetrics().horizontalAdvance(
            QStringLiteral("Extensor carpi radialis brevis (R)"))
            + 2 * m_pointTable->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12);
    m_pointTable->setTextElideMode(Qt::ElideRight);
    m_pointTable->setWordWrap(false);
    m_pointTable->horizontalHeader()->setStretchLastSection(true);
    m_pointTable->setEditTriggers(QAbstractItemView::DoubleClicked
                                  | QAbstractItemView::EditKeyPressed
                                  | QAbstractItemView::AnyKeyPressed);
    m_pointTable->setAccessibleName(tr("Trigger points of this session"));
    // The stimulator's columns are shown while a point is stimulated, and not otherwise: most
    // notes never use them, and the table is wide enough.
    auto showStimulationColumns = [this] {
        const bool shown = m_pointModel->anyStimulated();
        for (int column :
             {int(PointTableModel::FrequencyColumn), int(PointTableModel::PulseWidthColumn),
              int(PointTableModel::IntensityColumn)})
            m_pointTable->setColumnHidden(column, !shown);
    };
    connect(m_pointModel, &QAbstractItemModel::dataChanged, this, showStimulationColumns);
    connect(m_pointModel, &QAbstractItemModel::modelReset, this, showStimulationColumns);
    showStimulationColumns();

    m_sections = {new SessionDetailsSection(editor, this), new NeedlesSection(editor, this),
                  new AdverseEventsSection(editor, this), new AfterCareSection(editor, this)};
    auto* form = new QWidget;
    auto* formLayout = new QVBoxLayout(form);
    formLayout->addWidget(m_amendments);
    for (SessionSection* section : std::as_const(m_sections))
        formLayout->addWidget(section);
    // What was handed over or sent for this visit, kept beside the note (a signed note cannot
    // change): the after-care sheet with its version, letters with to whom.
    m_papers->setObjectName(QStringLiteral("papersGivenLabel"));
    m_papers->setWordWrap(true);
    m_papers->setTextFormat(Qt::PlainText);
    m_papers->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    formLayout->addWidget(m_papers);
    formLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("sessionFormScroll"));
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    // The muscle list is the keyboard path onto the map; kept short so the map stays large.
    // Beside it, in a tab of its own, the pain drawing: while that tab is shown, the map
    // shades instead of marking points.
    m_mapTabs->setObjectName(QStringLiteral("mapTabs"));
    m_mapTabs->addTab(m_picker, tr("Muscles"));
    m_mapTabs->addTab(m_pain, tr("&Pain drawing"));
    m_mapTabs->setMaximumHeight(fontMetrics().lineSpacing() * 14);
    auto* mapSide = new QWidget(this);
    auto* mapLayout = new QVBoxLayout(mapSide);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->addWidget(m_bodyMap, 1);
    mapLayout->addWidget(m_mapTabs);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_pointTable);
    right->addWidget(scroll);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 2);
    right->setChildrenCollapsible(false);
    m_pointTable->setMinimumHeight(m_pointTable->verticalHeader()->defaultSectionSize() * 4);
    // About ten rows of points, the rest for the form.
    right->setSizes({m_pointTable->verticalHeader()->defaultSectionSize() * 11, 600});

    auto* main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName(QStringLiteral("sessionSplitter"));
    main->addWidget(mapSide);
    main->addWidget(right);
    main->setStretchFactor(0, 5);
    main->setStretchFactor(1, 6);
    main->setChildrenCollapsible(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addWidget(m_followUp);
    buttons->addWidget(m_nextBooking, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_sign);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_problems);
    layout->addWidget(m_clearanceActions);
    layout->addWidget(m_carried);
    layout->addWidget(main, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &SessionView::saveRequested);
    connect(m_carried, &CarriedItemsBar::copyRequested, this,
            &SessionView::copyLastSessionRequested);
    connect(m_carried, &CarriedItemsBar::confirmAllRequested, this,
            &SessionView::confirmCarriedRequested);
    connect(m_carried, &CarriedItemsBar::removeUnconfirmedRequested, this,
            &SessionView::removeCarriedRequested);
    m_followUp->setObjectName(QStringLiteral("bookFollowUpButton"));
    m_nextBooking->setObjectName(QStringLiteral("nextBookingLabel"));
    m_nextBooking->setTextFormat(Qt::PlainText);
    m_nextBooking->setTextInteractionFlags(Qt::TextSelectableByMouse
                                           | Qt::TextSelectableByKeyboard);
    m_followUp->setToolTip(tr(
        "Book the follow-up this note recommends, at the next free time with the same clinician"));
    connect(m_followUp, &QPushButton::clicked, this, &SessionView::followUpRequested);
    connect(m_sign, &QPushButton::clicked, this, &SessionView::signRequested);
    connect(m_delete, &QPushButton::clicked, this, &SessionView::deleteRequested);
    connect(m_amendments, &AmendmentsPanel::addRequested, this, &SessionView::amendRequested);
    connect(&m_editor, &SessionEditor::changed, this, &SessionView::refresh);
    connect(&m_editor, &SessionEditor::saved, this, &SessionView::refresh);
    connect(m_problems, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { goToField(item->data(Qt::UserRole).toString()); });
    connect(m_problems, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { goToField(item->data(Qt::UserRole).toString()); });

    // The pain drawing: the tab decides what the map's mouse does, the panel what is shaded.
    auto applyTool = [this] {
        const bool painting = m_mapTabs->currentWidget() == m_pain && !m_editor.isReadOnly();
        m_bodyMap->setTool(painting ? m_pain->tool() : BodyMapWidget::Tool::Points);
    };
    connect(m_mapTabs, &QTabWidget::currentChanged, this, applyTool);
    connect(m_pain, &PainDrawingPanel::toolChanged, this, applyTool);
    connect(m_pain, &PainDrawingPanel::painTypeChanged, m_bodyMap, &BodyMapView::setPainType);
    connect(m_pain, &PainDrawingPanel::clearRequested, &m_editor, &SessionEditor::clearPainDrawing);
    connect(m_pain, &PainDrawingPanel::candidateActivated, this, [this](const MuscleId& muscle) {
        m_mapTabs->setCurrentWidget(m_picker);
        m_picker->findMuscle(muscle);
    });

    // Map and table select together.
    for (const BodyView view : {BodyView::Anterior, BodyView::Posterior}) {
        BodyMapWidget& map = m_bodyMap->map(view);
        connect(&map, &BodyMapWidget::selectionChanged, this, [this, &map] {
            if (const auto key = map.selectedPoint())
                selectPointInTable(*key);
        });
        connect(&map, &BodyMapWidget::hoverChanged, this, &SessionView::statusMessage);
        connect(&map, &BodyMapWidget::statusMessage, this, &SessionView::statusMessage);
        connect(&map, &BodyMapWidget::otherSiteRequested, this, &SessionView::otherSiteRequested);
        connect(&map, &BodyMapWidget::muscleHistoryRequested, this,
                &SessionView::muscleHistoryRequested);
        connect(&map, &BodyMapWidget::painShaded, this,
                [this](BodyView shaded, const QList<QList<QPointF>>& outlines) {
                    m_editor.addPainAreas(m_pain->areasFor(shaded, outlines));
                });
        connect(&map, &BodyMapWidget::painAreaEraseRequested, &m_editor,
                &SessionEditor::removePainArea);
    }
    connect(m_bodyMap, &BodyMapView::cautionRaised, this,
            [this](TriggerPointKey, const QString&, const QString& message) {
                Q_EMIT statusMessage(tr("Caution: %1").arg(message));
            });
    connect(m_pointTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const TriggerPointKey key = m_pointModel->keyAt(current.row());
                const TriggerPoint* point = m_editor.session().points.find(key);
                if (!point)
                    return;
                m_bodyMap->map(point->view).setSelectedPoint(key);
                if (!m_bodyMap->isSideBySide())
                    m_bodyMap->setCurrentView(point->view);
            });
    connect(m_pointModel, &QAbstractItemModel::modelReset, this, [this] {
        // A point just marked: select its row so its findings can be typed straight away.
        for (const BodyView view : {BodyView::Anterior, BodyView::Posterior}) {
            if (const auto key = m_bodyMap->map(view).selectedPoint())
                selectPointInTable(*key);
        }
    });
    refresh();
}

void SessionView::showPatient(const Patient& patient, QDate today)
{
    m_header->showPatient(patient, today);
}

void SessionView::showChart(const SessionChart& chart)
{
    m_bodyMap->setHistory(chart.previousPoints);
    m_bodyMap->setEarlierPainDrawing(chart.previousPainAreas);
    m_bodyMap->setHeatMap(chart.needlingCounts);
    m_header->showAlerts(chart);
    m_lastSignedNote = chart.lastSignedTreatedAt.isValid()
                           ? chart.lastSignedTreatedAt.toLocalTime().date()
                           : QDate();
    m_carried->showFor(m_editor.session(), m_editor.isReadOnly(), m_lastSignedNote);
}

void SessionView::showProblems(const QList<FieldError>& problems)
{
    m_problems->clear();
    bool wantsClearance = false;
    for (const FieldError& problem : problems) {
        auto* item = new QListWidgetItem(problem.message, m_problems);
        item->setData(Qt::UserRole, problem.field);
        wantsClearance = wantsClearance || problem.field == SessionFields::Consent
                         || problem.field == SessionFields::Screening;
    }
    m_problems->setVisible(!problems.isEmpty());
    m_clearanceActions->setVisible(wantsClearance);
}

QWidget* SessionView::widgetFor(const QString& field) const
{
    if (field.startsWith(SessionFields::Points))
        return m_pointTable;
    for (SessionSection* section : m_sections) {
        if (QWidget* widget = section->widgetFor(field))
            return widget;
    }
    return nullptr;
}

void SessionView::goToField(const QString& field)
{
    if (field.startsWith(SessionFields::Points + QLatin1Char('/'))) {
        const int row = field.section(QLatin1Char('/'), 1, 1).toInt();
        m_pointTable->selectRow(row);
        m_pointTable->setFocus();
        return;
    }
    if (field == SessionFields::Screening) {
        Q_EMIT screeningRequested();
        return;
    }
    if (field == SessionFields::Consent) {
        Q_EMIT consentRequested();
        return;
    }
    if (field == SessionFields::Points) {
        m_bodyMap->setFocus();
        return;
    }
    if (QWidget* widget = widgetFor(field)) {
        for (QWidget* w = widget->parentWidget(); w; w = w->parentWidget()) {
            if (auto* scroll = qobject_cast<QScrollArea*>(w)) {
                scroll->ensureWidgetVisible(widget);
                break;
            }
        }
        widget->setFocus(Qt::OtherFocusReason);
    }
}

void SessionView::selectPointInTable(int key)
{
    const int row = m_pointModel->rowOf(key);
    if (row >= 0 && m_pointTable->currentIndex().row() != row)
        m_pointTable->selectRow(row);
}

void SessionView::refresh()
{
    const Session& session = m_editor.session();
    for (SessionSection* section : std::as_const(m_sections))
        section->refresh();
    m_header->showNote(session);
    m_amendments->showNote(session);
    const bool draft = !session.isSigned();
    m_save->setVisible(draft);
    m_sign->setVisible(draft);
    m_delete->setVisible(draft);
    // A signed note keeps its pain drawing on show; there is nothing left to mark.
    m_mapTabs->setTabVisible(m_mapTabs->indexOf(m_picker), draft);
    m_bodyMap->setPainDrawing(session.painAreas);
    m_pain->showDrawing(session.painAreas, m_editor.isReadOnly());
    if (!draft)
        m_bodyMap->setTool(BodyMapWidget::Tool::Points);
    m_carried->showFor(session, m_editor.isReadOnly(), m_lastSignedNote);
}

void SessionView::showNextBooking(const QString& text)
{
    m_nextBooking->setText(text);
    m_nextBooking->setAccessibleName(text);
}

void SessionView::showPapers(const QStringList& lines)
{
    m_papers->setText(lines.isEmpty()
                          ? tr("Papers given: none yet (Session \u25b8 Print after-care advice "
                               "sheet\u2026).")
                          : tr("Papers given:\n%1").arg(lines.join(QLatin1Char('\n'))));
}

} // namespace needlechart
