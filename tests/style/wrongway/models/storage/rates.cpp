// Planted: storage must not include models/ (a loader) or widgets.
#include "models/burndownloader.h"
#include "models/storage/database.h"
#include <QSqlQuery>
#include <QWidget>
