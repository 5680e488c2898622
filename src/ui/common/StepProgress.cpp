#include "needlechart/ui/common/StepProgress.h"

#include <QApplication>

#include <algorithm>

namespace needlechart {

StepProgress::StepProgress(QWidget* parent, const QString& title, int steps, int showAfterMs)
    : m_dialog(parent), m_showAfterMs(showAfterMs)
{
    m_dialog.setWindowTitle(title);
    m_dialog.setObjectName(QStringLiteral("stepProgress"));
    m_dialog.setWindowModality(Qt::WindowModal);
    m_dialog.setCancelButton(nullptr);
    m_dialog.setRange(0, steps);
    m_dialog.setMinimumDuration(0);
    m_dialog.setAutoClose(false);
    m_dialog.setAutoReset(false);
    m_dialog.hide(); // QProgressDialog would otherwise show itself on a timer
    m_dialog.setMinimumWidth(m_dialog.fontMetrics().averageCharWidth() * 50);
    m_started.start();
}

void StepProgress::step(const QString& text)
{
    m_dialog.setLabelText(text);
    if (m_dialog.maximum() > 0)
        m_dialog.setValue(std::min(m_done, m_dialog.maximum()));
    ++m_done;
    if (!m_dialog.isVisible() && m_started.elapsed() >= m_showAfterMs)
        m_dialog.show();
    if (m_dialog.isVisible())
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

std::function<void(const QString&)> StepProgress::callback()
{
    return [this](const QString& text) { step(text); };
}

} // namespace needlechart
