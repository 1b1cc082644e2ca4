// Every include here goes the right way: the checker must not name this file.
#include "app/command.h"
#include "models/burndownloader.h"
#include "models/domain/calendar/businesscalendar.h"
#include "ui/mainwindow.h"
#include <QApplication>
#include <QString>
