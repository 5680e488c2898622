#pragma once

#include <QLocale>

namespace needlechart::test {

// QLocale's default for one test (or one block of it), the previous default put back after:
// dates, numbers and the built-in muscle catalogue follow it.
class LocaleScope {
public:
    explicit LocaleScope(const QLocale& locale) { QLocale::setDefault(locale); }
    ~LocaleScope() { QLocale::setDefault(m_previous); }
    LocaleScope(const LocaleScope&) = delete;
    LocaleScope& operator=(const LocaleScope&) = delete;

private:
    QLocale m_previous;
};

} // namespace needlechart::test
