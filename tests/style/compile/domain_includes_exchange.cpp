// Domain code that includes an import format: dd_domain sees only the domain root.
#include "models/exchange/csv/csvreader.h"

int domainIncludesExchange()
{
    return 0;
}
