// Planted: a page reaching a repository and QtSql directly.
#include "ui/ratepage.h"
#include "models/portfolio.h"
#include "models/storage/ticketrepository.h"
#include <QSqlDatabase>
#include <QWidget>
#include <QtSql/QSqlQuery>
