// Planted: storage must not include models/ (a loader) or widgets.
#include "models/storage/database.h"
#include "models/burndownloader.h"
#include <QSqlQuery>
#include <QWidget>
