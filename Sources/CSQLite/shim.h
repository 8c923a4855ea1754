// The system SQLite (Debian's libsqlite3-dev), for the explorer's state store.
#include <sqlite3.h>
