#pragma once

#include "needlechart/domain/accounts/StaffRole.h"

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace needlechart {

// The set of roles one account holds. A single role converts to a set of one, so
// `User{login, name, StaffRole::Clinician}` reads as before.
class StaffRoles {
public:
    constexpr StaffRoles() = default;
    constexpr StaffRoles(StaffRole role) : m_bits(bit(role)) {} // NOLINT: a role is a set of one
    constexpr StaffRoles(std::initializer_list<StaffRole> roles)
    {
        for (StaffRole role : roles)
            m_bits |= bit(role);
    }

    [[nodiscard]] constexpr bool has(StaffRole role) const { return (m_bits & bit(role)) != 0; }
    [[nodiscard]] constexpr bool isEmpty() const { return m_bits == 0; }
    constexpr void insert(StaffRole role) { m_bits |= bit(role); }
    constexpr void remove(StaffRole role) { m_bits &= ~bit(role); }

    // Stored form: the roles' keys in the vocabulary's order, separated by spaces
    // ("clinician admin"). fromText refuses an unknown key.
    [[nodiscard]] QString toText() const;
    [[nodiscard]] static std::optional<StaffRoles> fromText(const QString& text);
    // For people: "Clinician, Admin".
    [[nodiscard]] QString labels() const;

    friend constexpr bool operator==(StaffRoles, StaffRoles) = default;

private:
    static constexpr unsigned bit(StaffRole role) { return 1u << unsigned(role); }
    unsigned m_bits = 0;
};

} // namespace needlechart
