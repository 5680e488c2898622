#pragma once

#include "needlechart/services/common/ChangeEvent.h"

#include <QObject>

namespace needlechart {

// The one place that announces data changes. Services emit after a transaction commits; item
// models and views connect to changed() and refresh what they show. Owned by the application
// and passed by reference, never reached through a global.
class ChangeNotifier : public QObject {
    Q_OBJECT
public:
    explicit ChangeNotifier(QObject* parent = nullptr);

    void notify(const ChangeEvent& event);

Q_SIGNALS:
    void changed(const needlechart::ChangeEvent& event);
};

} // namespace needlechart
