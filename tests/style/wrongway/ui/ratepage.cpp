// Planted: a page reaching a repository and QtSql directly.
#include "models/portfolio.h"
#include "models/storage/ticketrepository.h"
#include "ui/ratepage.h"
#include <QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QWidget>
