#include "needlechart/ui/common/MessagePresenter.h"

namespace needlechart {

// Defined here so the vtable has one home instead of one copy per including file.
MessagePresenter::~MessagePresenter() = default;

} // namespace needlechart
