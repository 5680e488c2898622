#include "needlechart/ui/settings/AppSettings.h"

#include "needlechart/ui/patients/PatientListModel.h"

#include <QMetaType>
#include <QSettings>
#include <QVariant>

namespace needlechart {

namespace {

// A settings key with the type it holds and the value used while it is unset or unreadable.
template <typename T>
struct Key {
    QString name;
    T defaultValue;
};

// The one table of keys and defaults. Renaming a key loses what users saved under the old
// name: add a new key and read the old one once instead.
struct Keys {
    static inline const Key<QByteArray> MainWindowGeometry{QStringLiteral("mainWindow/geometry"),
                                                           {}};
    static inline const Key<QByteArray> MainWindowState{QStringLiteral("mainWindow/state"), {}};
    static inline const Key<QByteArray> MainSplitterState{QStringLiteral("mainWindow/splitter"),
                                                          {}};
    static inline const Key<int> PatientListSortColumn{QStringLiteral("patientList/sortColumn"),
                                                       PatientListModel::Name};
    static inline const Key<int> PatientListSortOrder{QStringLiteral("patientList/sortOrder"),
                                                      Qt::AscendingOrder};
    static inline const Key<QDate> LastDatabaseCheck{QStringLiteral("database/lastCheck"), {}};
    static inline const Key<QString> ClinicServer{QStringLiteral("database/clinicServer"), {}};
    static inline const Key<QString> Language{QStringLiteral("appearance/language"), {}};
    static inline const Key<QString> Appearance{QStringLiteral("appearance/palette"), {}};
    static inline const Key<QStringList> ImportFirstRow{QStringLiteral("patientImport/firstRow"),
                                                        {}};
    static inline const Key<QStringList> ImportColumns{QStringLiteral("patientImport/columns"), {}};
    static inline const Key<QString> ImportDateOrder{QStringLiteral("patientImport/dateOrder"), {}};
    static inline const Key<bool> ImportHeader{QStringLiteral("patientImport/firstRowIsHeader"),
                                               true};
};

template <typename T>
T read(const QSettings& settings, const Key<T>& key)
{
    QVariant value = settings.value(key.name);
    if (!value.isValid() || !value.convert(QMetaType::fromType<T>()))
        return key.defaultValue;
    return value.value<T>();
}

template <typename T>
void write(QSettings& settings, const Key<T>& key, const T& value)
{
    // A value already stored is not set again: QSettings would rewrite (and fsync) the file on
    // every quit, though the window was left as it was (docs/performance.md, section 3).
    QVariant stored = settings.value(key.name);
    if (stored.isValid() && stored.convert(QMetaType::fromType<T>()) && stored.value<T>() == value)
        return;
    settings.setValue(key.name, QVariant::fromValue(value));
}

} // namespace

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString& iniFilePath)
    : m_settings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

QByteArray AppSettings::mainWindowGeometry() const
{
    return read(*m_settings, Keys::MainWindowGeometry);
}

void AppSettings::setMainWindowGeometry(const QByteArray& geometry)
{
    write(*m_settings, Keys::MainWindowGeometry, geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return read(*m_settings, Keys::MainWindowState);
}

void AppSettings::setMainWindowState(const QByteArray& state)
{
    write(*m_settings, Keys::MainWindowState, state);
}

QByteArray AppSettings::mainSplitterState() const
{
    return read(*m_settings, Keys::MainSplitterState);
}

void AppSettings::setMainSplitterState(const QByteArray& state)
{
    write(*m_settings, Keys::MainSplitterState, state);
}

int AppSettings::patientListSortColumn() const
{
    const int column = read(*m_settings, Keys::PatientListSortColumn);
    if (column < 0 || column >= PatientListModel::ColumnCount)
        return Keys::PatientListSortColumn.defaultValue;
    return column;
}

void AppSettings::setPatientListSortColumn(int column)
{
    write(*m_settings, Keys::PatientListSortColumn, column);
}

Qt::SortOrder AppSettings::patientListSortOrder() const
{
    const int order = read(*m_settings, Keys::PatientListSortOrder);
    return order == Qt::DescendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void AppSettings::setPatientListSortOrder(Qt::SortOrder order)
{
    write(*m_settings, Keys::PatientListSortOrder, static_cast<int>(order));
}

std::optional<QDate> AppSettings::lastDatabaseCheck() const
{
    const QDate day = read(*m_settings, Keys::LastDatabaseCheck);
    return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
}

void AppSettings::setLastDatabaseCheck(const QDate& day)
{
    write(*m_settings, Keys::LastDatabaseCheck, day);
}

QString AppSettings::clinicServer() const
{
    return read(*m_settings, Keys::ClinicServer);
}

void AppSettings::setClinicServer(const QString& address)
{
    write(*m_settings, Keys::ClinicServer, address);
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::language() const
{
    return read(*m_settings, Keys::Language);
}

void AppSettings::setLanguage(const QString& code)
{
    write(*m_settings, Keys::Language, code);
}

QString AppSettings::appearance() const
{
    return read(*m_settings, Keys::Appearance);
}

void AppSettings::setAppearance(const QString& code)
{
    write(*m_settings, Keys::Appearance, code);
}

std::optional<AppSettings::RememberedImport> AppSettings::lastPatientImport() const
{
    RememberedImport remembered;
    remembered.firstRow = read(*m_settings, Keys::ImportFirstRow);
    const QStringList columns = read(*m_settings, Keys::ImportColumns);
    const auto order =
        enumFromKey<PatientImport::DateOrder>(read(*m_settings, Keys::ImportDateOrder));
    if (columns.isEmpty() || !order)
        return std::nullopt;
    for (const QString& key : columns) {
        const auto field = enumFromKey<PatientImport::Field>(key);
        if (!field)
            return std::nullopt;
        remembered.mapping.columns.append(*field);
    }
    remembered.mapping.dateOrder = *order;
    remembered.mapping.firstRowIsHeader = read(*m_settings, Keys::ImportHeader);
    return remembered;
}

void AppSettings::setLastPatientImport(const RememberedImport& remembered)
{
    QStringList columns;
    for (const PatientImport::Field field : remembered.mapping.columns)
        columns.append(enumKey(field));
    write(*m_settings, Keys::ImportFirstRow, remembered.firstRow);
    write(*m_settings, Keys::ImportColumns, columns);
    write(*m_settings, Keys::ImportDateOrder, enumKey(remembered.mapping.dateOrder));
    write(*m_settings, Keys::ImportHeader, remembered.mapping.firstRowIsHeader);
}

} // namespace needlechart
