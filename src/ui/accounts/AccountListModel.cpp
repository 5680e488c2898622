#include "needlechart/ui/accounts/AccountListModel.h"

#include "needlechart/ui/common/DateText.h"

#include "common/Theme.h"

#include <QBrush>
#include <QLocale>

namespace needlechart {

AccountListModel::AccountListModel(QObject* parent) : QAbstractTableModel(parent) {}

void AccountListModel::setAccounts(std::vector<StaffAccount> accounts, const QDateTime& nowUtc)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    m_now = nowUtc;
    endResetModel();
}

const StaffAccount* AccountListModel::accountAt(int row) const
{
    if (row < 0 || row >= int(m_accounts.size()))
        return nullptr;
    return &m_accounts[std::size_t(row)];
}

int AccountListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountListModel::statusText(const StaffAccount& a) const
{
    if (!a.active)
        return tr("Deactivated");
    if (a.isLockedAt(m_now))
        return tr("Locked until %1").arg(DateText::formatTime(a.lockedUntil));
    if (a.mustChangePassword)
        return tr("Active, temporary password");
    return tr("Active");
}

QString AccountListModel::needlingText(const StaffAccount& a) const
{
    if (!a.needling.isRecorded())
        return a.roles.has(StaffRole::Clinician) ? tr("none recorded") : QString();
    const QDate today = m_now.toLocalTime().date();
    const QString until = DateText::format(a.needling.expiresOn);
    if (!a.needling.isCurrentOn(today))
        return tr("ran out %1").arg(until);
    return tr("until %1").arg(until);
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const
{
    const StaffAccount* a = accountAt(index.row());
    if (!a)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: return a->displayName;
        case LoginColumn: return a->login;
        case RolesColumn: return a->roles.labels();
        case RegistrationColumn: return a->registrationNumber;
        case NeedlingColumn: return needlingText(*a);
        case StatusColumn: return statusText(*a);
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (!a->active)
            return QBrush(Theme::color(Theme::Role::FadedText));
        const QDate today = m_now.toLocalTime().date();
        if (index.column() == NeedlingColumn && a->roles.has(StaffRole::Clinician)
            && (!a->needling.isCurrentOn(today) || a->needling.runsOutSoon(today)))
            return QBrush(Theme::color(Theme::Role::CautionText));
        if (index.column() == StatusColumn && a->isLockedAt(m_now))
            return QBrush(Theme::color(Theme::Role::CautionText));
    }
    if (role == Qt::ToolTipRole && index.column() == NeedlingColumn && a->needling.isRecorded())
        return tr("%1, %2").arg(a->needling.body, a->needling.number);
    return {};
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case LoginColumn: return tr("Login");
    case RolesColumn: return tr("Roles");
    case RegistrationColumn: return tr("Registration");
    case NeedlingColumn: return tr("Needling authorisation");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

} // namespace needlechart
