#pragma once

#include <QLabel>

namespace needlechart {

class ServerLink;

// The strip across the top of the main window while the clinic server cannot be reached: what
// happened, that NeedleChart keeps trying, and that what is on screen stays until it can be
// saved. Hidden while online, and always on a clinic file (no link).
class ServerStatusBanner : public QLabel {
    Q_OBJECT
public:
    explicit ServerStatusBanner(ServerLink* link, const QString& databaseName,
                                QWidget* parent = nullptr);

    // What the banner says while offline (also its accessible description).
    void setOnline(bool online);

private:
    QString m_databaseName;
};

} // namespace needlechart
