#pragma once
// Planted violations for tst_layering: the domain reaching up into storage and QtGui.
#include "models/domain/calendar/businesscalendar.h"
#include "models/storage/database.h"
#include <QColor>
#include <QString>
