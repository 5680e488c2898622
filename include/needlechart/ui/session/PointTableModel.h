#pragma once

#include "needlechart/domain/session/TriggerPoint.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace needlechart {

class TriggerPointEditor;

// The session's trigger points as a table beside the body map: one row per point, numbered as
// on the map, with what was found at it. Editing a cell calls TriggerPointEditor::setFindings,
// so it is undoable like every other edit; the table refreshes on the editor's changed().
// Enumerated columns take a key or a label in setData and offer their choices through
// ChoicesRole (for PointTableDelegate's combo boxes).
class PointTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        MuscleColumn,
        ActivityColumn,
        TwitchColumn,
        TwitchCountColumn,
        PainReproducedColumn,
        ReferredColumn,
        DepthColumn,
        TechniqueColumn,
        RetentionColumn,
        // The stimulator's settings, for electrical stimulation only (editable then).
        FrequencyColumn,
        PulseWidthColumn,
        IntensityColumn,
        GaugeColumn,
        LengthColumn,
        NotesColumn,
        ColumnCount
    };
    [[nodiscard]] static bool isStimulationColumn(int column)
    {
        return column == FrequencyColumn || column == PulseWidthColumn || column == IntensityColumn;
    }
    // Whether any point is stimulated (the view shows the stimulation columns only then).
    [[nodiscard]] bool anyStimulated() const;
    // For enumerated columns: the labels to choose from, in order (QStringList).
    static constexpr int ChoicesRole = Qt::UserRole + 1;
    // The point's key, in every column.
    static constexpr int KeyRole = Qt::UserRole + 2;

    explicit PointTableModel(TriggerPointEditor& editor, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // The row showing the point, or -1.
    [[nodiscard]] int rowOf(TriggerPointKey key) const;
    [[nodiscard]] TriggerPointKey keyAt(int row) const;

private:
    void onChanged();

    TriggerPointEditor& m_editor;
    int m_rows = 0;
};

} // namespace needlechart
