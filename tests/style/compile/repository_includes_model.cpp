// A repository (models/storage/) that includes a model above it: dd_storage has no models root.
#include "models/burndownloader.h"

int repositoryIncludesModel()
{
    return 0;
}
