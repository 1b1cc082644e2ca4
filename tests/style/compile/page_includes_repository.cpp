// A page (ui/) that includes a repository: dd_ui has no storage root, so this must not compile.
#include "models/storage/calendarrepository.h"

int pageIncludesRepository()
{
    return 0;
}
