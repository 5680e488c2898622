#include "needlechart/ui/mainwindow/ServerStatusBanner.h"

#include "needlechart/services/common/ServerLink.h"

#include "common/Theme.h"

namespace needlechart {

ServerStatusBanner::ServerStatusBanner(ServerLink* link, const QString& databaseName,
                                       QWidget* parent)
    : QLabel(parent), m_databaseName(databaseName)
{
    setObjectName(QStringLiteral("serverStatusBanner"));
    setWordWrap(true);
    setMargin(8);
    setTextFormat(Qt::PlainText);
    // Amber in either palette (dark text on light amber, light text on dark amber).
    setStyleSheet(QStringLiteral("QLabel#serverStatusBanner { background: %1; color: %2; "
                                 "border-bottom: 1px solid %3; }")
                      .arg(Theme::name(Theme::Role::BannerBackground),
                           Theme::name(Theme::Role::BannerText),
                           Theme::name(Theme::Role::BannerBorder)));
    setAccessibleName(tr("Clinic server status"));
    setOnline(link ? link->isOnline() : true);
    if (link)
        connect(link, &ServerLink::onlineChanged, this, &ServerStatusBanner::setOnline);
}

void ServerStatusBanner::setOnline(bool online)
{
    const QString message =
        tr("The clinic server (%1) cannot be reached. NeedleChart keeps trying to reconnect. "
           "What is on screen stays as it is; nothing can be saved until the server is back.")
            .arg(m_databaseName);
    setText(online ? QString() : message);
    setAccessibleDescription(online ? QString() : message);
    setVisible(!online);
}

} // namespace needlechart
