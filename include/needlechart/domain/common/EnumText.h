#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace needlechart {

// One value of a closed vocabulary: the enum value, its stable storage key and its English
// label (translated through EnumText<E>::Context when shown).
template <typename E>
struct EnumEntry {
    E value;
    const char* key;
    const char* label;
};

// Specialise for each enum that is stored or shown:
//
//     template <> struct EnumText<Grade> {
//         static constexpr const char* Context = "Grade";
//         static constexpr std::array Entries{EnumEntry<Grade>{Grade::Mild, "mild", "Mild"}, ...};
//     };
//
// and the free functions below give keys, labels and the list of values, so no vocabulary
// needs its own switch statements. Keys are stored in the database: never rename one that has
// shipped.
template <typename E>
struct EnumText;

// Stable key of `value` ("fast-in-fast-out"); empty for a value missing from the table.
template <typename E>
[[nodiscard]] QString enumKey(E value)
{
    for (const auto& entry : EnumText<E>::Entries) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

template <typename E>
[[nodiscard]] std::optional<E> enumFromKey(const QString& key)
{
    for (const auto& entry : EnumText<E>::Entries) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

// Translated label for a person.
template <typename E>
[[nodiscard]] QString enumLabel(E value)
{
    for (const auto& entry : EnumText<E>::Entries) {
        if (entry.value == value)
            return QCoreApplication::translate(EnumText<E>::Context, entry.label);
    }
    return {};
}

// The English label, untranslated: for text that must not depend on the language of the
// workstation that wrote it (a search index).
template <typename E>
[[nodiscard]] QString enumSourceLabel(E value)
{
    for (const auto& entry : EnumText<E>::Entries) {
        if (entry.value == value)
            return QString::fromLatin1(entry.label);
    }
    return {};
}

// Every value, in the order a list offers them.
template <typename E>
[[nodiscard]] QList<E> enumValues()
{
    QList<E> values;
    values.reserve(qsizetype(EnumText<E>::Entries.size()));
    for (const auto& entry : EnumText<E>::Entries)
        values.append(entry.value);
    return values;
}

} // namespace needlechart
