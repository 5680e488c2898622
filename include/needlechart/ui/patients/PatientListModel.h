#pragma once

#include "needlechart/domain/common/Error.h"
#include "needlechart/domain/common/User.h"
#include "needlechart/domain/patients/Patient.h"
#include "needlechart/domain/patients/PatientQuery.h"
#include "needlechart/domain/patients/PatientSummary.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <optional>
#include <vector>

namespace needlechart {

class ChangeNotifier;
class PatientService;

// The patient list: one row per patient matching the search text, in the order the database
// sorts them. Rows arrive a page at a time (canFetchMore/fetchMore) so a clinic with tens of
// thousands of patients opens as fast as one with ten; only the loaded rows are held.
//
// Invariants: the loaded rows are the first rowCount() rows of the current query's result;
// totalCount() is how many rows the whole result has. Any committed patient change announced by
// the ChangeNotifier resets the model and reloads as many rows as were loaded before, so a
// scrolled view keeps its place. Does not own the service or the notifier; both must outlive it.
class PatientListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, DateOfBirth, Phone, LastVisit, ColumnCount };
    enum Role { PatientIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;
    // totalCount() while a deferred count is pending (see setCountDelay).
    static constexpr int CountPending = -1;

    // Loads the first page at once, sorted by name. `countDelayMs` is as for setCountDelay and
    // applies to this first load too: with a delay, a full first page is shown without waiting
    // for the count of the whole list.
    // Reads as `user`.
    PatientListModel(PatientService& service, User user, ChangeNotifier& notifier,
                     int countDelayMs = 0, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Re-queries in the database's order for `column`; a no-op if that order is already shown.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Filters by what was typed (passed to the storage as is); reloads if it changed.
    void setSearchText(const QString& text);
    [[nodiscard]] QString searchText() const { return m_query.searchText; }
    // How many patients the search matches, loaded or not; CountPending while a deferred count
    // has not run yet.
    [[nodiscard]] int totalCount() const { return m_totalCount; }
    // With a delay > 0, a reload whose first page is full does not count at once: the count
    // (the costly query for a broad search) runs once no reload came for `ms`, so typing in
    // the search box costs one query per key. 0 (the default) counts during the reload.
    void setCountDelay(int ms);
    // If a deferred count is pending, waits the whole delay again from now. The list calls it
    // when it is first painted, so the count never runs before the first page is on screen,
    // however slowly the window comes up.
    void restartCountDelay();
    // The patient on `row`, or 0 if there is no such row.
    [[nodiscard]] PatientId patientIdAt(int row) const;
    // The row holding `id` among the loaded rows, or -1.
    [[nodiscard]] int rowOfPatient(PatientId id) const;
    // Fetches pages until `id` is loaded, the result is exhausted or `maxRows` rows are loaded;
    // its row, or -1. The cap keeps one lookup from pulling a whole large clinic into memory.
    int fetchUntilLoaded(PatientId id, int maxRows);
    // Reads the current query again (resetting the model).
    void reload();
    // The error of the last reload, if it failed (nothing once a reload succeeds). The first
    // load runs in the constructor, before anyone can connect to loadFailed: a window asks here.
    [[nodiscard]] const std::optional<Error>& lastLoadError() const { return m_lastLoadError; }

Q_SIGNALS:
    // After every reload (search, sort, data change) with the new totalCount(), and again when
    // a deferred count arrives.
    void totalCountChanged(int count);
    // A query failed; after a failed reload the model is empty, after a failed fetchMore it
    // keeps the rows it had.
    void loadFailed(const needlechart::Error& error);

private:
    [[nodiscard]] QVariant displayText(const PatientSummary& row, int column) const;
    void reloadKeeping(int rowsToLoad);
    void countNow();

    PatientService& m_service;
    User m_user;
    PatientQuery m_query;
    std::vector<PatientSummary> m_rows;
    int m_totalCount = 0;
    QTimer* m_countTimer = nullptr; // owned as a child; runs countNow() after the delay
    // Set when a page came back short or failed: stops the view asking for more forever.
    bool m_exhausted = false;
    std::optional<Error> m_lastLoadError;
};

} // namespace needlechart
