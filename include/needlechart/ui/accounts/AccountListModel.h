#pragma once

#include "needlechart/domain/accounts/StaffAccount.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <vector>

namespace needlechart {

// The clinic's staff accounts as a table for the accounts dialog: name, login, roles,
// registration, needling authorisation (marked when it has run out or runs out soon) and
// whether the account can sign in now.
class AccountListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        LoginColumn,
        RolesColumn,
        RegistrationColumn,
        NeedlingColumn,
        StatusColumn,
        ColumnCount
    };

    explicit AccountListModel(QObject* parent = nullptr);

    // Replaces the rows; `nowUtc` decides which locks and authorisations are current.
    void setAccounts(std::vector<StaffAccount> accounts, const QDateTime& nowUtc);
    [[nodiscard]] const StaffAccount* accountAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    [[nodiscard]] QString statusText(const StaffAccount& account) const;
    [[nodiscard]] QString needlingText(const StaffAccount& account) const;

    std::vector<StaffAccount> m_accounts;
    QDateTime m_now;
};

} // namespace needlechart
