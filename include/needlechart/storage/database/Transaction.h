#pragma once

#include "needlechart/domain/common/Result.h"

namespace needlechart {

class Database;

// RAII transaction: begins on construction, rolls back on destruction unless commit()
// succeeded. Nested transactions become savepoints, so a service can call repository code that
// opens its own Transaction. Check ok() after construction: beginning can fail (locked file).
class Transaction {
public:
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    [[nodiscard]] Status begun() const { return m_beginStatus; }
    [[nodiscard]] Status commit();
    // Roll back now instead of at destruction.
    void rollback();

private:
    Database& m_database;
    Status m_beginStatus;
    int m_level = 0; // 1 for the outermost transaction, >1 for savepoints
    bool m_active = false;
};

} // namespace needlechart
