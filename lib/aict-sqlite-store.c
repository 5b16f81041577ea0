/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include <sqlite3.h>

#include "aict-store-private.h"
#include "aict-codec-private.h"
#include "aict-dataset-private.h"
#include "aict-entity-private.h"
#include "aict-error.h"
#include "aict-i18n-private.h"
#include "aict-json-writer-private.h"
#include "aict-limits-private.h"
#include "aict-model-private.h"
#include "aict-partial-date.h"

/**
 * AictSqliteStore:
 *
 * A store in an SQLite database (the system libsqlite3), with the history
 * of every save: a revision has a number, a time, an author and a
 * message, and keeps the JSON of each object it added, modified or
 * removed, so any past revision loads back.
 *
 * The schema is made from the model's table of members: a table per
 * top-level type (source, actor, person, partnership, budget, meeting),
 * one column per scalar member, a side table per list of codes,
 * references or records (themes, countries, participants…) with
 * indexes on the codes and references, and foreign keys between them.
 * doc/store.md describes it.  The database is in WAL mode and every save
 * is one transaction: a crash leaves the last committed revision.
 *
 * A save writes only the objects that changed since the last revision:
 * while a dataset loaded from (or saved to) the store is edited, the
 * store follows its [signal@Aict.Dataset::changed] signal; any other
 * dataset is compared object by object with the last revision.
 *
 * Since: 0.2
 */

#define AICT_SQLITE_APPLICATION_ID 0x41494354 /* "AICT" */

/* One top-level type: its table and the prepared statements on it. */
typedef struct
{
  AictCollection collection;
  const AictTypeInfo *info;
  const char *member;           /* in the aict/1 document */
  sqlite3_stmt *insert;         /* the object's row */
  sqlite3_stmt *remove;
  sqlite3_stmt *lookup;         /* _position, _json by id */
  sqlite3_stmt *all;            /* id, _position, _json */
  sqlite3_stmt *ordered;        /* _json by _position */
  GPtrArray *side_inserts;      /* one per side table, NULL where none */
} Table;

static const struct
{
  AictCollection collection;
  const AictTypeInfo *info;
  const char *member;
} table_defs[] = {
  { AICT_COLLECTION_SOURCES, &_aict_source_info, "sources" },
  { AICT_COLLECTION_ACTORS, &_aict_actor_info, "actors" },
  { AICT_COLLECTION_PERSONS, &_aict_person_info, "persons" },
  { AICT_COLLECTION_PARTNERSHIPS, &_aict_partnership_info, "partnerships" },
  { AICT_COLLECTION_BUDGETS, &_aict_budget_info, "budgets" },
  { AICT_COLLECTION_MEETINGS, &_aict_meeting_info, "meetings" },
};

#define N_TABLES G_N_ELEMENTS (table_defs)
#define META_TYPE "dataset"

struct _AictSqliteStore
{
  GObject parent_instance;

  char *path;
  char *display;
  sqlite3 *db;
  Table tables[AICT_COLLECTION_N];

  /* The dataset whose edits are followed (weak), and what changed in it
   * since revision @tracked_head. */
  AictDataset *tracked;
  gulong changed_id;
  gulong notify_id;
  gint64 tracked_head;
  GHashTable *dirty[AICT_COLLECTION_N];   /* ids */
  gboolean all_dirty[AICT_COLLECTION_N];
  gboolean meta_dirty;
};

static void aict_sqlite_store_iface_init (AictStoreInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (AictSqliteStore, aict_sqlite_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (AICT_TYPE_STORE, aict_sqlite_store_iface_init))

/* Errors */

static gboolean
set_db_error (AictSqliteStore  *self,
              GError          **error)
{
  int code = sqlite3_extended_errcode (self->db);
  int primary = code & 0xff;
  int domain_code = (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) ? AICT_ERROR_CORRUPT
                                                                            : AICT_ERROR_IO;

  g_set_error (error, AICT_ERROR, domain_code, "%s: SQLite: %s", self->display,
               sqlite3_errmsg (self->db));
  return FALSE;
}

static gboolean
exec (AictSqliteStore  *self,
      const char       *sql,
      GError          **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return set_db_error (self, error);
  return TRUE;
}

static sqlite3_stmt *
prepare (AictSqliteStore  *self,
         const char       *sql,
         GError          **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      set_db_error (self, error);
      return NULL;
    }
  return stmt;
}

/* Steps @stmt to the end (a statement that returns no row), then resets it. */
static gboolean
run (AictSqliteStore  *self,
     sqlite3_stmt     *stmt,
     GError          **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return set_db_error (self, error);
  return TRUE;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text,
           gssize        length)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text64 (stmt, index, text, length >= 0 ? (sqlite3_uint64) length : strlen (text),
                         SQLITE_TRANSIENT, SQLITE_UTF8);
}

/* A SQL identifier, quoted. */
static void
append_ident (GString    *sql,
              const char *name)
{
  g_string_append_c (sql, '"');
  for (const char *p = name; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (sql, '"');
      g_string_append_c (sql, *p);
    }
  g_string_append_c (sql, '"');
}

/* The schema, from the tables of members */

typedef enum
{
  COLUMN_NONE,       /* not stored in a column (the id, view-only members) */
  COLUMN_TEXT,
  COLUMN_INTEGER,
  COLUMN_JSON,       /* JSON text of the member's value */
  COLUMN_SIDE,       /* a side table (lists of an entity) */
} ColumnKind;

static ColumnKind
column_kind (const AictFieldInfo *field,
             gboolean             entity)
{
  if (field->flags & AICT_FIELD_VIEW_ONLY)
    return COLUMN_NONE;

  switch (field->kind)
    {
    case AICT_FIELD_ID:
      return COLUMN_NONE;
    case AICT_FIELD_NOTES:
    case AICT_FIELD_TEXT:
    case AICT_FIELD_REF:
    case AICT_FIELD_CODE:
    case AICT_FIELD_TIME:
    case AICT_FIELD_ENUM:
    case AICT_FIELD_DATE:
      return COLUMN_TEXT;
    case AICT_FIELD_HUNDREDTHS:
      return COLUMN_INTEGER;
    case AICT_FIELD_REF_LIST:
    case AICT_FIELD_CODE_LIST:
    case AICT_FIELD_RECORD_LIST:
      return entity ? COLUMN_SIDE : COLUMN_JSON;
    case AICT_FIELD_AMOUNT:
    case AICT_FIELD_RECORD:
    case AICT_FIELD_ENTITY_LIST:
    case AICT_FIELD_SOURCES:
      return COLUMN_JSON;
    default:
      g_assert_not_reached ();
    }
}

/* The table a reference points into, when it can point into one only. */
static const char *
reference_target (guint ref_kinds)
{
  switch (ref_kinds)
    {
    case AICT_REFS_SOURCE: return "source";
    case AICT_REFS_ACTOR: return "actor";
    case AICT_REFS_PERSON: return "person";
    case AICT_REFS_PARTNERSHIP: return "partnership";
    case AICT_REFS_BUDGET: return "budget";
    case AICT_REFS_MEETING: return "meeting";
    default: return NULL;
    }
}

static gboolean
is_indexed (const AictFieldInfo *field)
{
  return field->kind == AICT_FIELD_REF || field->kind == AICT_FIELD_CODE ||
         field->kind == AICT_FIELD_ENUM || field->kind == AICT_FIELD_DATE;
}

static void
append_index (GString    *sql,
              const char *table,
              const char *column)
{
  g_autofree char *name = g_strdup_printf ("%s.%s", table, column);

  g_string_append (sql, "CREATE INDEX ");
  append_ident (sql, name);
  g_string_append (sql, " ON ");
  append_ident (sql, table);
  g_string_append (sql, " (");
  append_ident (sql, column);
  g_string_append (sql, ");\n");
}

static void
append_reference (GString             *sql,
                  const AictFieldInfo *field)
{
  const char *target = reference_target (field->ref_kinds);

  if (target == NULL)
    return;
  g_string_append (sql, " REFERENCES ");
  append_ident (sql, target);
  g_string_append (sql, " (\"id\") DEFERRABLE INITIALLY DEFERRED");
}

/* The columns of @info's members, after "(": ", name TYPE" each. */
static void
append_columns (GString            *sql,
                const AictTypeInfo *info,
                gboolean            entity)
{
  for (guint i = 0; i < info->n_fields; i++)
    {
      const AictFieldInfo *field = &info->fields[i];

      switch (column_kind (field, entity))
        {
        case COLUMN_TEXT:
          g_string_append (sql, ", ");
          append_ident (sql, field->name);
          g_string_append (sql, " TEXT");
          if (field->kind == AICT_FIELD_REF)
            append_reference (sql, field);
          break;
        case COLUMN_INTEGER:
          g_string_append (sql, ", ");
          append_ident (sql, field->name);
          g_string_append (sql, " INTEGER");
          break;
        case COLUMN_JSON:
          g_string_append (sql, ", ");
          append_ident (sql, field->name);
          g_string_append (sql, " TEXT");
          break;
        case COLUMN_NONE:
        case COLUMN_SIDE:
        default:
          break;
        }
    }
}

static void
append_column_indexes (GString            *sql,
                       const char         *table,
                       const AictTypeInfo *info,
                       gboolean            entity)
{
  for (guint i = 0; i < info->n_fields; i++)
    if (column_kind (&info->fields[i], entity) == COLUMN_TEXT && is_indexed (&info->fields[i]))
      append_index (sql, table, info->fields[i].name);
}

static char *
side_table_name (const AictTypeInfo  *info,
                 const AictFieldInfo *field)
{
  return g_strdup_printf ("%s_%s", info->name, field->name);
}

static void
append_side_table (GString             *sql,
                   const AictTypeInfo  *info,
                   const AictFieldInfo *field)
{
  g_autofree char *name = side_table_name (info, field);

  g_string_append (sql, "CREATE TABLE ");
  append_ident (sql, name);
  g_string_append (sql, " (\"_owner\" TEXT NOT NULL REFERENCES ");
  append_ident (sql, info->name);
  g_string_append (sql, " (\"id\") ON DELETE CASCADE, \"_position\" INTEGER NOT NULL");
  if (field->kind == AICT_FIELD_RECORD_LIST)
    append_columns (sql, field->record, FALSE);
  else
    {
      g_string_append (sql, ", \"value\" TEXT NOT NULL");
      if (field->kind == AICT_FIELD_REF_LIST)
        append_reference (sql, field);
    }
  g_string_append (sql, ", PRIMARY KEY (\"_owner\", \"_position\")) WITHOUT ROWID;\n");

  if (field->kind == AICT_FIELD_RECORD_LIST)
    append_column_indexes (sql, name, field->record, FALSE);
  else
    append_index (sql, name, "value");
}

static char *
schema_v1_sql (void)
{
  GString *sql = g_string_new (
    "CREATE TABLE \"revision\" (\"number\" INTEGER PRIMARY KEY, \"time\" TEXT NOT NULL,"
    " \"author\" TEXT, \"message\" TEXT, \"n_added\" INTEGER NOT NULL,"
    " \"n_modified\" INTEGER NOT NULL, \"n_removed\" INTEGER NOT NULL);\n"
    "CREATE TABLE \"history\" (\"revision\" INTEGER NOT NULL REFERENCES \"revision\" (\"number\"),"
    " \"type\" TEXT NOT NULL, \"id\" TEXT NOT NULL, \"position\" INTEGER, \"json\" TEXT,"
    " PRIMARY KEY (\"type\", \"id\", \"revision\")) WITHOUT ROWID;\n"
    "CREATE INDEX \"history.revision\" ON \"history\" (\"revision\");\n"
    "CREATE TABLE \"dataset\" (\"key\" INTEGER PRIMARY KEY CHECK (\"key\" = 1),"
    " \"json\" TEXT NOT NULL);\n");

  for (guint t = 0; t < N_TABLES; t++)
    {
      const AictTypeInfo *info = table_defs[t].info;

      g_string_append (sql, "CREATE TABLE ");
      append_ident (sql, info->name);
      g_string_append (sql, " (\"id\" TEXT PRIMARY KEY NOT NULL, \"_position\" INTEGER NOT NULL,"
                            " \"_json\" TEXT NOT NULL");
      append_columns (sql, info, TRUE);
      g_string_append (sql, ");\n");
      append_index (sql, info->name, "_position");
      append_column_indexes (sql, info->name, info, TRUE);

      for (guint i = 0; i < info->n_fields; i++)
        if (column_kind (&info->fields[i], TRUE) == COLUMN_SIDE)
          append_side_table (sql, info, &info->fields[i]);
    }

  return g_string_free (sql, FALSE);
}

/* The statement that inserts a row of @info's columns into @table, after
 * @n_lead leading columns. */
static char *
insert_sql (const char         *table,
            const char * const *lead,
            const AictTypeInfo *info,
            gboolean            entity)
{
  GString *sql = g_string_new ("INSERT INTO ");
  guint n = 0;

  append_ident (sql, table);
  g_string_append (sql, " (");
  for (guint i = 0; lead[i] != NULL; i++, n++)
    {
      if (n > 0)
        g_string_append (sql, ", ");
      append_ident (sql, lead[i]);
    }
  for (guint i = 0; info != NULL && i < info->n_fields; i++)
    {
      ColumnKind kind = column_kind (&info->fields[i], entity);

      if (kind == COLUMN_NONE || kind == COLUMN_SIDE)
        continue;
      g_string_append (sql, ", ");
      append_ident (sql, info->fields[i].name);
      n++;
    }
  g_string_append (sql, ") VALUES (");
  for (guint i = 0; i < n; i++)
    g_string_append (sql, i > 0 ? ", ?" : "?");
  g_string_append (sql, ")");

  return g_string_free (sql, FALSE);
}

/* Schema versions and migrations.  Each step takes a database at version
 * N to N + 1 inside the caller's transaction; version 0 is an empty
 * database. */

typedef gboolean (*MigrationStep) (AictSqliteStore *self, GError **error);

static gboolean
migrate_0_to_1 (AictSqliteStore  *self,
                GError          **error)
{
  g_autofree char *sql = schema_v1_sql ();

  return exec (self, sql, error);
}

static const MigrationStep migrations[] = {
  migrate_0_to_1,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == AICT_SQLITE_STORE_SCHEMA_VERSION);

static gint64
query_int (AictSqliteStore *self,
           const char      *sql,
           gint64           fallback)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = fallback;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return fallback;
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static gboolean
migrate (AictSqliteStore  *self,
         GError          **error)
{
  gint64 version;
  gint64 n_tables;

  if (!exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  version = query_int (self, "PRAGMA user_version", -1);
  n_tables = query_int (self, "SELECT count(*) FROM sqlite_schema", -1);
  if (version < 0 || n_tables < 0)
    {
      set_db_error (self, error);
      goto fail;
    }
  if (version > AICT_SQLITE_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_FAILED,
                   _("%s: the store has schema version %d, newer than version %d, the "
                     "newest this libaict knows: open it with a newer libaict"),
                   self->display, (int) version, AICT_SQLITE_STORE_SCHEMA_VERSION);
      goto fail;
    }
  if ((version == 0 && n_tables > 0) ||
      (version > 0 && query_int (self, "PRAGMA application_id", 0) != AICT_SQLITE_APPLICATION_ID))
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_CORRUPT,
                   _("%s: this SQLite database is not an aict store"), self->display);
      goto fail;
    }

  for (gint64 v = version; v < AICT_SQLITE_STORE_SCHEMA_VERSION; v++)
    {
      g_autofree char *pragma = NULL;

      if (!migrations[v] (self, error))
        goto fail;
      pragma = g_strdup_printf ("PRAGMA user_version = %d; PRAGMA application_id = %d",
                                (int) v + 1, AICT_SQLITE_APPLICATION_ID);
      if (!exec (self, pragma, error))
        goto fail;
    }

  return exec (self, "COMMIT", error);

fail:
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static gboolean
prepare_tables (AictSqliteStore  *self,
                GError          **error)
{
  static const char * const lead[] = { "id", "_position", "_json", NULL };
  static const char * const side_lead[] = { "_owner", "_position", NULL };
  static const char * const value_lead[] = { "_owner", "_position", "value", NULL };

  for (guint t = 0; t < N_TABLES; t++)
    {
      Table *table = &self->tables[table_defs[t].collection];
      const AictTypeInfo *info = table_defs[t].info;
      g_autofree char *ident = NULL;
      g_autofree char *sql = NULL;
      GString *name = g_string_new (NULL);

      append_ident (name, info->name);
      ident = g_string_free (name, FALSE);

      table->collection = table_defs[t].collection;
      table->info = info;
      table->member = table_defs[t].member;

      sql = insert_sql (info->name, lead, info, TRUE);
      if ((table->insert = prepare (self, sql, error)) == NULL)
        return FALSE;
      g_clear_pointer (&sql, g_free);

      sql = g_strdup_printf ("DELETE FROM %s WHERE \"id\" = ?", ident);
      if ((table->remove = prepare (self, sql, error)) == NULL)
        return FALSE;
      g_clear_pointer (&sql, g_free);

      sql = g_strdup_printf ("SELECT \"_position\", \"_json\" FROM %s WHERE \"id\" = ?", ident);
      if ((table->lookup = prepare (self, sql, error)) == NULL)
        return FALSE;
      g_clear_pointer (&sql, g_free);

      sql = g_strdup_printf ("SELECT \"id\", \"_position\", \"_json\" FROM %s", ident);
      if ((table->all = prepare (self, sql, error)) == NULL)
        return FALSE;
      g_clear_pointer (&sql, g_free);

      sql = g_strdup_printf ("SELECT \"_json\" FROM %s ORDER BY \"_position\"", ident);
      if ((table->ordered = prepare (self, sql, error)) == NULL)
        return FALSE;
      g_clear_pointer (&sql, g_free);

      table->side_inserts = g_ptr_array_new_with_free_func (finalize_statement);
      for (guint i = 0; i < info->n_fields; i++)
        {
          const AictFieldInfo *field = &info->fields[i];
          g_autofree char *side = NULL;
          sqlite3_stmt *stmt = NULL;

          if (column_kind (field, TRUE) == COLUMN_SIDE)
            {
              side = side_table_name (info, field);
              sql = field->kind == AICT_FIELD_RECORD_LIST
                      ? insert_sql (side, side_lead, field->record, FALSE)
                      : insert_sql (side, value_lead, NULL, FALSE);
              stmt = prepare (self, sql, error);
              g_clear_pointer (&sql, g_free);
              if (stmt == NULL)
                return FALSE;
            }
          g_ptr_array_add (table->side_inserts, stmt);
        }
    }

  return TRUE;
}

/* Rows of objects */

static const char *
enum_nick (GType type,
           int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  g_type_class_unref (klass);   /* the type keeps its class */
  return ev != NULL ? ev->value_nick : NULL;
}

/* Binds the columns of @info's members of @instance from @index on;
 * gives the next index. */
static int
bind_columns (sqlite3_stmt       *stmt,
              int                 index,
              const AictTypeInfo *info,
              gpointer            instance,
              gboolean            entity)
{
  for (guint i = 0; i < info->n_fields; i++)
    {
      const AictFieldInfo *field = &info->fields[i];
      gpointer slot = AICT_FIELD_P (instance, field);
      ColumnKind kind = column_kind (field, entity);

      if (kind == COLUMN_NONE || kind == COLUMN_SIDE)
        continue;

      switch (field->kind)
        {
        case AICT_FIELD_NOTES:
          bind_text (stmt, index, _aict_entity_peek_notes (instance), -1);
          break;
        case AICT_FIELD_TEXT:
        case AICT_FIELD_REF:
        case AICT_FIELD_CODE:
        case AICT_FIELD_TIME:
          bind_text (stmt, index, *(char **) slot, -1);
          break;
        case AICT_FIELD_ENUM:
          bind_text (stmt, index, enum_nick (field->enum_type (), *(int *) slot), -1);
          break;
        case AICT_FIELD_DATE:
          {
            AictPartialDate *date = *(AictPartialDate **) slot;
            g_autofree char *text = date != NULL ? aict_partial_date_to_string (date) : NULL;

            bind_text (stmt, index, text, -1);
          }
          break;
        case AICT_FIELD_HUNDREDTHS:
          if (*(int *) slot < 0)
            sqlite3_bind_null (stmt, index);
          else
            sqlite3_bind_int (stmt, index, *(int *) slot);
          break;
        default:
          {
            g_autofree char *json = _aict_json_encode_member (info, field, instance);

            bind_text (stmt, index, json, -1);
          }
          break;
        }
      index++;
    }

  return index;
}

static gboolean
insert_side_rows (AictSqliteStore  *self,
                  Table            *table,
                  const char       *id,
                  gpointer          instance,
                  GError          **error)
{
  const AictTypeInfo *info = table->info;

  for (guint i = 0; i < info->n_fields; i++)
    {
      const AictFieldInfo *field = &info->fields[i];
      sqlite3_stmt *stmt = g_ptr_array_index (table->side_inserts, i);

      if (stmt == NULL)
        continue;

      if (field->kind == AICT_FIELD_RECORD_LIST)
        {
          GPtrArray *records = field->peek (instance);

          for (guint r = 0; records != NULL && r < records->len; r++)
            {
              bind_text (stmt, 1, id, -1);
              sqlite3_bind_int64 (stmt, 2, r);
              bind_columns (stmt, 3, field->record, g_ptr_array_index (records, r), FALSE);
              if (!run (self, stmt, error))
                return FALSE;
            }
        }
      else
        {
          const char * const *values = *(const char * const **) AICT_FIELD_P (instance, field);

          for (guint v = 0; values != NULL && values[v] != NULL; v++)
            {
              bind_text (stmt, 1, id, -1);
              sqlite3_bind_int64 (stmt, 2, v);
              bind_text (stmt, 3, values[v], -1);
              if (!run (self, stmt, error))
                return FALSE;
            }
        }
    }

  return TRUE;
}

/* Tracking the edits of a dataset */

static int
collection_of (AictEntity *entity)
{
  for (guint t = 0; t < N_TABLES; t++)
    if (G_TYPE_CHECK_INSTANCE_TYPE (entity, table_defs[t].info->get_type ()))
      return table_defs[t].collection;
  return -1;
}

static void
on_dataset_changed (AictDataset     *dataset,
                    AictEntity      *entity,
                    AictSqliteStore *self)
{
  int collection = collection_of (entity);

  /* An agenda item, contribution or outcome: its meeting changed, which
   * one is not said, so the meetings are compared (there are few). */
  if (collection < 0)
    {
      self->all_dirty[AICT_COLLECTION_MEETINGS] = TRUE;
      return;
    }
  g_hash_table_add (self->dirty[collection], g_strdup (aict_entity_get_id (entity)));
}

static void
on_dataset_notify (AictDataset     *dataset,
                   GParamSpec      *pspec,
                   AictSqliteStore *self)
{
  self->meta_dirty = TRUE;
}

static void
untrack (AictSqliteStore *self)
{
  if (self->tracked != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->tracked);
      g_clear_signal_handler (&self->notify_id, self->tracked);
      g_object_remove_weak_pointer (G_OBJECT (self->tracked), (gpointer *) &self->tracked);
      self->tracked = NULL;
    }
}

static void
clear_dirty (AictSqliteStore *self)
{
  for (guint c = 0; c < AICT_COLLECTION_N; c++)
    {
      g_hash_table_remove_all (self->dirty[c]);
      self->all_dirty[c] = FALSE;
    }
  self->meta_dirty = FALSE;
}

static void
track (AictSqliteStore *self,
       AictDataset     *dataset,
       gint64           head)
{
  if (self->tracked != dataset)
    {
      untrack (self);
      self->tracked = dataset;
      g_object_add_weak_pointer (G_OBJECT (dataset), (gpointer *) &self->tracked);
      self->changed_id = g_signal_connect (dataset, "changed", G_CALLBACK (on_dataset_changed), self);
      self->notify_id = g_signal_connect (dataset, "notify", G_CALLBACK (on_dataset_notify), self);
    }
  clear_dirty (self);
  self->tracked_head = head;
}

/* Saving */

typedef enum
{
  CHANGE_ADDED,
  CHANGE_MODIFIED,
  CHANGE_REMOVED,
} ChangeKind;

typedef struct
{
  ChangeKind kind;
  Table *table;
  char *id;
  AictEntity *entity;   /* NULL when removed */
  gint64 position;
  char *json;
  gsize length;
} Change;

static void
change_free (gpointer data)
{
  Change *change = data;

  g_free (change->id);
  g_clear_object (&change->entity);
  g_free (change->json);
  g_free (change);
}

static void
add_change (GPtrArray  *changes,
            ChangeKind  kind,
            Table      *table,
            const char *id,
            AictEntity *entity,
            gint64      position,
            char       *json,
            gsize       length)
{
  Change *change = g_new0 (Change, 1);

  change->kind = kind;
  change->table = table;
  change->id = g_strdup (id);
  change->entity = entity != NULL ? g_object_ref (entity) : NULL;
  change->position = position;
  change->json = json;
  change->length = length;
  g_ptr_array_add (changes, change);
}

typedef struct
{
  gint64 position;
  char *json;
  gsize length;
} Stored;

static void
stored_free (gpointer data)
{
  Stored *stored = data;

  g_free (stored->json);
  g_free (stored);
}

static gboolean
lookup_stored (AictSqliteStore  *self,
               Table            *table,
               const char       *id,
               Stored           *out,
               gboolean         *found,
               GError          **error)
{
  int rc;

  bind_text (table->lookup, 1, id, -1);
  rc = sqlite3_step (table->lookup);
  *found = rc == SQLITE_ROW;
  if (*found)
    {
      out->position = sqlite3_column_int64 (table->lookup, 0);
      out->length = sqlite3_column_bytes (table->lookup, 1);
      out->json = g_strndup ((const char *) sqlite3_column_text (table->lookup, 1), out->length);
    }
  sqlite3_reset (table->lookup);
  sqlite3_clear_bindings (table->lookup);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return set_db_error (self, error);
  return TRUE;
}

static gboolean
same_json (const char *a,
           gsize       a_length,
           const char *b,
           gsize       b_length)
{
  return a_length == b_length && memcmp (a, b, a_length) == 0;
}

/* Every object of @table against the stored rows: the changes that make
 * the rows those of @dataset.  Positions only need to increase along the
 * collection: a kept object keeps its position when it still fits. */
static gboolean
diff_all (AictSqliteStore  *self,
          Table            *table,
          AictDataset      *dataset,
          GPtrArray        *changes,
          GError          **error)
{
  g_autoptr(GHashTable) stored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, stored_free);
  GPtrArray *items = _aict_dataset_get_items (dataset, table->collection);
  GHashTableIter iter;
  gpointer key, value;
  gint64 last = G_MININT64;
  int rc;

  while ((rc = sqlite3_step (table->all)) == SQLITE_ROW)
    {
      Stored *s = g_new0 (Stored, 1);

      s->position = sqlite3_column_int64 (table->all, 1);
      s->length = sqlite3_column_bytes (table->all, 2);
      s->json = g_strndup ((const char *) sqlite3_column_text (table->all, 2), s->length);
      g_hash_table_insert (stored, g_strdup ((const char *) sqlite3_column_text (table->all, 0)), s);
    }
  sqlite3_reset (table->all);
  if (rc != SQLITE_DONE)
    return set_db_error (self, error);

  for (guint i = 0; i < items->len; i++)
    {
      AictEntity *entity = g_ptr_array_index (items, i);
      const char *id = aict_entity_get_id (entity);
      Stored *s = g_hash_table_lookup (stored, id);
      gint64 position;
      gsize length;
      char *json = _aict_json_encode_object (table->info, entity, &length);

      if (s != NULL && s->position > last)
        position = s->position;
      else
        position = last == G_MININT64 ? 1 : last + 1;
      last = position;

      if (s == NULL)
        add_change (changes, CHANGE_ADDED, table, id, entity, position, json, length);
      else if (s->position != position || !same_json (s->json, s->length, json, length))
        add_change (changes, CHANGE_MODIFIED, table, id, entity, position, json, length);
      else
        g_free (json);

      if (s != NULL)
        g_hash_table_remove (stored, id);
    }

  g_hash_table_iter_init (&iter, stored);
  while (g_hash_table_iter_next (&iter, &key, &value))
    add_change (changes, CHANGE_REMOVED, table, key, NULL, 0, NULL, 0);

  return TRUE;
}

typedef struct
{
  guint index;
  AictEntity *entity;   /* in the dataset, or NULL */
  const char *id;
} Dirty;

static int
compare_dirty (gconstpointer a,
               gconstpointer b)
{
  const Dirty *da = a;
  const Dirty *db = b;

  return da->index < db->index ? -1 : da->index > db->index;
}

/* Only the objects that were edited: FALSE with *fallback set when their
 * positions cannot be kept in order without moving others (diff_all()
 * then does it). */
static gboolean
diff_dirty (AictSqliteStore  *self,
            Table            *table,
            AictDataset      *dataset,
            GPtrArray        *changes,
            gboolean         *fallback,
            GError          **error)
{
  GHashTable *dirty = self->dirty[table->collection];
  GPtrArray *items = _aict_dataset_get_items (dataset, table->collection);
  g_autoptr(GArray) present = g_array_new (FALSE, FALSE, sizeof (Dirty));
  g_autoptr(GHashTable) assigned = g_hash_table_new (g_direct_hash, g_direct_equal);
  GHashTableIter iter;
  gpointer key;
  guint first_change = changes->len;

  *fallback = FALSE;

  g_hash_table_iter_init (&iter, dirty);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      AictEntity *entity = aict_dataset_lookup (dataset, key);
      Dirty d = { 0, NULL, key };
      guint index;

      if (entity != NULL && g_ptr_array_find (items, entity, &index))
        {
          d.entity = entity;
          d.index = index;
          g_array_append_val (present, d);
        }
      else
        {
          Stored s = { 0 };
          gboolean found;

          if (!lookup_stored (self, table, key, &s, &found, error))
            return FALSE;
          if (found)
            add_change (changes, CHANGE_REMOVED, table, key, NULL, 0, NULL, 0);
          g_free (s.json);
        }
    }

  g_array_sort (present, compare_dirty);
  for (guint k = 0; k < present->len; k++)
    {
      Dirty *d = &g_array_index (present, Dirty, k);
      Stored s = { 0 }, neighbour = { 0 };
      gboolean found, neighbour_found;
      gint64 prev = G_MININT64, next = G_MAXINT64, position;
      gsize length;
      char *json;

      if (d->index > 0)
        {
          AictEntity *before = g_ptr_array_index (items, d->index - 1);
          gpointer mine;

          if (g_hash_table_lookup_extended (assigned, before, NULL, &mine))
            prev = *(gint64 *) mine;
          else
            {
              if (!lookup_stored (self, table, aict_entity_get_id (before), &neighbour,
                                  &neighbour_found, error))
                return FALSE;
              g_clear_pointer (&neighbour.json, g_free);
              if (!neighbour_found)
                {
                  *fallback = TRUE;
                  break;
                }
              prev = neighbour.position;
            }
        }
      /* The first object after this one that is not edited bounds it. */
      for (guint j = d->index + 1; j < items->len; j++)
        {
          AictEntity *after = g_ptr_array_index (items, j);

          if (g_hash_table_contains (dirty, aict_entity_get_id (after)))
            continue;
          if (!lookup_stored (self, table, aict_entity_get_id (after), &neighbour,
                              &neighbour_found, error))
            return FALSE;
          g_clear_pointer (&neighbour.json, g_free);
          if (!neighbour_found)
            {
              *fallback = TRUE;
              break;
            }
          next = neighbour.position;
          break;
        }
      if (*fallback)
        break;

      if (!lookup_stored (self, table, d->id, &s, &found, error))
        return FALSE;

      if (found && s.position > prev && s.position < next)
        position = s.position;
      else if (next == G_MAXINT64)
        position = prev == G_MININT64 ? 1 : prev + 1;
      else if (prev != G_MININT64 && next - prev >= 2)
        position = prev + (next - prev) / 2;
      else
        {
          g_free (s.json);
          *fallback = TRUE;
          break;
        }

      json = _aict_json_encode_object (table->info, d->entity, &length);
      if (!found)
        add_change (changes, CHANGE_ADDED, table, d->id, d->entity, position, json, length);
      else if (s.position != position || !same_json (s.json, s.length, json, length))
        add_change (changes, CHANGE_MODIFIED, table, d->id, d->entity, position, json, length);
      else
        g_free (json);
      g_free (s.json);

      {
        gint64 *slot = g_new (gint64, 1);

        *slot = position;
        g_hash_table_insert (assigned, d->entity, slot);
      }
    }

  {
    GHashTableIter it;
    gpointer v;

    g_hash_table_iter_init (&it, assigned);
    while (g_hash_table_iter_next (&it, NULL, &v))
      g_free (v);
  }

  if (*fallback)
    g_ptr_array_remove_range (changes, first_change, changes->len - first_change);

  return TRUE;
}

static char *
meta_json (AictDataset *dataset,
           gsize       *length)
{
  AictJsonWriter *w = aict_json_writer_new (256);
  const char *members[] = { "title", "description", "language" };
  const char *values[] = {
    aict_dataset_get_title (dataset),
    aict_dataset_get_description (dataset),
    aict_dataset_get_language (dataset),
  };

  aict_json_writer_begin_object (w);
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    if (values[i] != NULL)
      aict_json_writer_member_string (w, members[i], values[i]);
  aict_json_writer_end_object (w);

  return aict_json_writer_free_to_string (w, length);
}

static char *
now_text (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.%fZ");
}

static gboolean
write_history (AictSqliteStore  *self,
               sqlite3_stmt     *stmt,
               gint64            revision,
               const char       *type,
               const char       *id,
               gint64            position,
               const char       *json,
               gsize             length,
               GError          **error)
{
  sqlite3_bind_int64 (stmt, 1, revision);
  bind_text (stmt, 2, type, -1);
  bind_text (stmt, 3, id, -1);
  if (json != NULL)
    sqlite3_bind_int64 (stmt, 4, position);
  else
    sqlite3_bind_null (stmt, 4);
  bind_text (stmt, 5, json, length);
  return run (self, stmt, error);
}

static gboolean
check_open (AictSqliteStore  *self,
            GError          **error)
{
  if (self->db != NULL)
    return TRUE;
  g_set_error (error, AICT_ERROR, AICT_ERROR_IO, _("%s: the store is closed"), self->display);
  return FALSE;
}

static guint
sqlite_store_save (AictStore     *store,
                   AictDataset   *dataset,
                   const char    *author,
                   const char    *message,
                   GCancellable  *cancellable,
                   GError       **error)
{
  AictSqliteStore *self = AICT_SQLITE_STORE (store);
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (change_free);
  g_autofree char *meta = NULL;
  g_autofree char *time = NULL;
  sqlite3_stmt *stmt = NULL;
  gsize meta_length;
  gboolean tracked, meta_changed = FALSE, meta_new = FALSE;
  gint64 head, revision;
  guint counts[3] = { 0, 0, 0 };

  if (!check_open (self, error))
    return 0;
  if (!_aict_store_check_valid (dataset, self->display, error))
    return 0;

  if (!exec (self, "BEGIN IMMEDIATE", error))
    return 0;

  head = query_int (self, "SELECT max(\"number\") FROM \"revision\"", 0);
  /* Only the edits are compared when they were followed since the last
   * revision, and nobody else saved since. */
  tracked = self->tracked == dataset && self->tracked_head == head;

  for (guint t = 0; t < N_TABLES; t++)
    {
      Table *table = &self->tables[table_defs[t].collection];
      gboolean fallback = TRUE;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto fail;
      if (tracked && !self->all_dirty[table->collection])
        {
          if (!diff_dirty (self, table, dataset, changes, &fallback, error))
            goto fail;
        }
      if (fallback && !diff_all (self, table, dataset, changes, error))
        goto fail;
    }

  meta = meta_json (dataset, &meta_length);
  if (!tracked || self->meta_dirty)
    {
      g_autofree char *stored = NULL;
      gsize stored_length = 0;

      if (sqlite3_prepare_v2 (self->db, "SELECT \"json\" FROM \"dataset\"", -1, &stmt, NULL) != SQLITE_OK)
        {
          set_db_error (self, error);
          goto fail;
        }
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          stored_length = sqlite3_column_bytes (stmt, 0);
          stored = g_strndup ((const char *) sqlite3_column_text (stmt, 0), stored_length);
        }
      g_clear_pointer (&stmt, sqlite3_finalize);
      meta_new = stored == NULL;
      meta_changed = meta_new || !same_json (stored, stored_length, meta, meta_length);
    }

  if (changes->len == 0 && !meta_changed)
    {
      exec (self, "ROLLBACK", NULL);
      track (self, dataset, head);
      return (guint) head;
    }

  for (guint i = 0; i < changes->len; i++)
    counts[((Change *) g_ptr_array_index (changes, i))->kind]++;
  if (meta_changed)
    counts[meta_new ? CHANGE_ADDED : CHANGE_MODIFIED]++;

  revision = head + 1;
  time = now_text ();
  if (sqlite3_prepare_v2 (self->db,
                          "INSERT INTO \"revision\" (\"number\", \"time\", \"author\", \"message\","
                          " \"n_added\", \"n_modified\", \"n_removed\") VALUES (?, ?, ?, ?, ?, ?, ?)",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      set_db_error (self, error);
      goto fail;
    }
  sqlite3_bind_int64 (stmt, 1, revision);
  bind_text (stmt, 2, time, -1);
  bind_text (stmt, 3, author, -1);
  bind_text (stmt, 4, message, -1);
  sqlite3_bind_int (stmt, 5, counts[CHANGE_ADDED]);
  sqlite3_bind_int (stmt, 6, counts[CHANGE_MODIFIED]);
  sqlite3_bind_int (stmt, 7, counts[CHANGE_REMOVED]);
  if (!run (self, stmt, error))
    goto fail;
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (sqlite3_prepare_v2 (self->db,
                          "INSERT INTO \"history\" (\"revision\", \"type\", \"id\", \"position\", \"json\")"
                          " VALUES (?, ?, ?, ?, ?)", -1, &stmt, NULL) != SQLITE_OK)
    {
      set_db_error (self, error);
      goto fail;
    }

  for (guint i = 0; i < changes->len; i++)
    {
      Change *change = g_ptr_array_index (changes, i);
      Table *table = change->table;

      if (change->kind != CHANGE_ADDED)
        {
          bind_text (table->remove, 1, change->id, -1);
          if (!run (self, table->remove, error))
            goto fail;
        }
      if (change->kind != CHANGE_REMOVED)
        {
          bind_text (table->insert, 1, change->id, -1);
          sqlite3_bind_int64 (table->insert, 2, change->position);
          bind_text (table->insert, 3, change->json, change->length);
          bind_columns (table->insert, 4, table->info, change->entity, TRUE);
          if (!run (self, table->insert, error))
            goto fail;
          if (!insert_side_rows (self, table, change->id, change->entity, error))
            goto fail;
        }
      if (!write_history (self, stmt, revision, table->info->name, change->id, change->position,
                          change->json, change->length, error))
        goto fail;
    }

  if (meta_changed)
    {
      sqlite3_stmt *upsert = NULL;

      if (sqlite3_prepare_v2 (self->db, "INSERT OR REPLACE INTO \"dataset\" (\"key\", \"json\") VALUES (1, ?)",
                              -1, &upsert, NULL) != SQLITE_OK)
        {
          set_db_error (self, error);
          goto fail;
        }
      bind_text (upsert, 1, meta, meta_length);
      if (!run (self, upsert, error))
        {
          sqlite3_finalize (upsert);
          goto fail;
        }
      sqlite3_finalize (upsert);
      if (!write_history (self, stmt, revision, META_TYPE, "", 0, meta, meta_length, error))
        goto fail;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto fail;
  if (!exec (self, "COMMIT", error))
    goto fail;

  /* A large save (an import) leaves a large WAL, which the next small
   * save would otherwise copy back into the database: do it now, while
   * the caller expects to wait.  Readers in other connections may keep
   * it from finishing; it is then done later, by SQLite. */
  if (changes->len >= 1000)
    sqlite3_wal_checkpoint_v2 (self->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);

  track (self, dataset, revision);
  return (guint) revision;

fail:
  g_clear_pointer (&stmt, sqlite3_finalize);
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  /* What was followed may now be out of step with the rows. */
  untrack (self);
  return 0;
}

/* Loading */

typedef struct
{
  GString *doc;
  gboolean open[AICT_COLLECTION_N];
} Document;

static void
document_begin (Document   *d,
                const char *meta,
                gsize       meta_length)
{
  const char *open_brace, *close_brace;

  memset (d, 0, sizeof *d);
  d->doc = g_string_sized_new (64 * 1024);
  g_string_append (d->doc, "{\n\"format\": \"" AICT_FORMAT_NAME "\"");

  /* The members of the stored {"title": …, …} object, between its braces. */
  if (meta != NULL && (open_brace = memchr (meta, '{', meta_length)) != NULL &&
      (close_brace = g_strrstr_len (meta, meta_length, "}")) != NULL && close_brace > open_brace)
    {
      const char *p = open_brace + 1;

      while (p < close_brace && g_ascii_isspace (*p))
        p++;
      if (p < close_brace)
        {
          g_string_append (d->doc, ",\n");
          g_string_append_len (d->doc, p, close_brace - p);
        }
    }
}

static void
document_add (Document       *d,
              AictCollection  collection,
              const char     *json,
              gsize           length)
{
  if (!d->open[collection])
    {
      g_string_append_printf (d->doc, ",\n\"%s\": [\n", table_defs[collection].member);
      d->open[collection] = TRUE;
    }
  else
    g_string_append (d->doc, ",\n");
  g_string_append_len (d->doc, json, length);
}

static void
document_close_collection (Document       *d,
                           AictCollection  collection)
{
  if (d->open[collection])
    g_string_append (d->doc, "\n]");
}

static AictDataset *
document_finish (AictSqliteStore  *self,
                 Document         *d,
                 GError          **error)
{
  g_autoptr(AictLoadOptions) options = aict_load_options_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;
  gsize length;
  AictDataset *dataset;

  g_string_append (d->doc, "\n}\n");
  length = d->doc->len;
  text = g_string_free (d->doc, FALSE);
  d->doc = NULL;

  /* The rows were written by libaict from a valid dataset: the limits
   * meant for files from anywhere do not apply, only the hard ones. */
  aict_load_options_set_max_file_size (options, AICT_HARD_MAX_FILE_SIZE);
  aict_load_options_set_max_items (options, G_MAXUINT);
  aict_load_options_set_max_values (options, G_MAXUINT);
  aict_load_options_set_max_members (options, G_MAXUINT);
  aict_load_options_set_max_string_length (options, AICT_HARD_MAX_FILE_SIZE);

  dataset = aict_dataset_new_from_data_full (text, length, options, &local_error);
  if (dataset == NULL)
    g_set_error (error, AICT_ERROR,
                 g_error_matches (local_error, AICT_ERROR, AICT_ERROR_LIMIT) ? AICT_ERROR_LIMIT
                                                                              : AICT_ERROR_CORRUPT,
                 _("%s: the stored objects do not make a dataset: %s"), self->display,
                 local_error->message);

  return dataset;
}

static gboolean
read_meta (AictSqliteStore  *self,
           char            **out,
           gsize            *length,
           GError          **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  *out = NULL;
  *length = 0;
  if (sqlite3_prepare_v2 (self->db, "SELECT \"json\" FROM \"dataset\"", -1, &stmt, NULL) != SQLITE_OK)
    return set_db_error (self, error);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *length = sqlite3_column_bytes (stmt, 0);
      *out = g_strndup ((const char *) sqlite3_column_text (stmt, 0), *length);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return set_db_error (self, error);
  return TRUE;
}

static AictDataset *
sqlite_store_load (AictStore     *store,
                   GCancellable  *cancellable,
                   GError       **error)
{
  AictSqliteStore *self = AICT_SQLITE_STORE (store);
  g_autofree char *meta = NULL;
  AictDataset *dataset;
  gsize meta_length;
  gint64 head;
  Document d;

  if (!check_open (self, error))
    return NULL;

  /* One read transaction: the rows of one revision. */
  if (!exec (self, "BEGIN", error))
    return NULL;
  head = query_int (self, "SELECT max(\"number\") FROM \"revision\"", 0);
  if (!read_meta (self, &meta, &meta_length, error))
    goto fail;

  document_begin (&d, meta, meta_length);
  for (guint t = 0; t < N_TABLES; t++)
    {
      Table *table = &self->tables[table_defs[t].collection];
      int rc;

      while ((rc = sqlite3_step (table->ordered)) == SQLITE_ROW)
        document_add (&d, table->collection, (const char *) sqlite3_column_text (table->ordered, 0),
                      sqlite3_column_bytes (table->ordered, 0));
      sqlite3_reset (table->ordered);
      if (rc != SQLITE_DONE)
        {
          set_db_error (self, error);
          g_string_free (d.doc, TRUE);
          goto fail;
        }
      document_close_collection (&d, table->collection);
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          g_string_free (d.doc, TRUE);
          goto fail;
        }
    }
  exec (self, "COMMIT", NULL);

  dataset = document_finish (self, &d, error);
  if (dataset != NULL)
    track (self, dataset, head);
  return dataset;

fail:
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  return NULL;
}

static AictDataset *
sqlite_store_load_revision (AictStore     *store,
                            guint          revision,
                            GCancellable  *cancellable,
                            GError       **error)
{
  AictSqliteStore *self = AICT_SQLITE_STORE (store);
  GPtrArray *rows[AICT_COLLECTION_N] = { NULL };
  AictDataset *dataset = NULL;
  g_autofree char *meta = NULL;
  gsize meta_length = 0;
  sqlite3_stmt *stmt = NULL;
  gboolean exists;
  Document d;
  int rc;

  if (!check_open (self, error))
    return NULL;
  if (!exec (self, "BEGIN", error))
    return NULL;

  if (sqlite3_prepare_v2 (self->db, "SELECT 1 FROM \"revision\" WHERE \"number\" = ?", -1, &stmt,
                          NULL) != SQLITE_OK)
    {
      set_db_error (self, error);
      goto fail;
    }
  sqlite3_bind_int64 (stmt, 1, revision);
  exists = sqlite3_step (stmt) == SQLITE_ROW;
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (!exists)
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_NOT_FOUND,
                   _("%s: the store has no revision %u"), self->display, revision);
      goto fail;
    }

  /* The last row of each object up to @revision, unless it says removed. */
  if (sqlite3_prepare_v2 (self->db,
                          "SELECT h.\"type\", h.\"json\" FROM \"history\" AS h"
                          " JOIN (SELECT \"type\", \"id\", max(\"revision\") AS r FROM \"history\""
                          "       WHERE \"revision\" <= ?1 GROUP BY \"type\", \"id\") AS m"
                          " ON h.\"type\" = m.\"type\" AND h.\"id\" = m.\"id\" AND h.\"revision\" = m.r"
                          " WHERE h.\"json\" IS NOT NULL ORDER BY h.\"type\", h.\"position\"",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      set_db_error (self, error);
      goto fail;
    }
  sqlite3_bind_int64 (stmt, 1, revision);
  for (guint c = 0; c < AICT_COLLECTION_N; c++)
    rows[c] = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *type = (const char *) sqlite3_column_text (stmt, 0);
      const char *json = (const char *) sqlite3_column_text (stmt, 1);
      gsize length = sqlite3_column_bytes (stmt, 1);
      gboolean known = FALSE;

      if (g_strcmp0 (type, META_TYPE) == 0)
        {
          g_free (meta);
          meta = g_strndup (json, length);
          meta_length = length;
          continue;
        }
      for (guint t = 0; t < N_TABLES; t++)
        if (g_strcmp0 (type, table_defs[t].info->name) == 0)
          {
            g_ptr_array_add (rows[table_defs[t].collection], g_bytes_new (json, length));
            known = TRUE;
          }
      if (!known)
        {
          g_autofree char *escaped = g_strescape (type, NULL);

          g_set_error (error, AICT_ERROR, AICT_ERROR_CORRUPT,
                       _("%s: the history has a row of an unknown type “%s”"), self->display, escaped);
          goto fail;
        }
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (rc != SQLITE_DONE)
    {
      set_db_error (self, error);
      goto fail;
    }
  exec (self, "COMMIT", NULL);

  document_begin (&d, meta, meta_length);
  for (guint t = 0; t < N_TABLES; t++)
    {
      AictCollection c = table_defs[t].collection;

      for (guint i = 0; i < rows[c]->len; i++)
        {
          gsize length;
          const char *json = g_bytes_get_data (g_ptr_array_index (rows[c], i), &length);

          document_add (&d, c, json, length);
        }
      document_close_collection (&d, c);
    }

  dataset = document_finish (self, &d, error);
  for (guint c = 0; c < AICT_COLLECTION_N; c++)
    g_ptr_array_unref (rows[c]);
  return dataset;

fail:
  g_clear_pointer (&stmt, sqlite3_finalize);
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  for (guint c = 0; c < AICT_COLLECTION_N; c++)
    g_clear_pointer (&rows[c], g_ptr_array_unref);
  return NULL;
}

static GListModel *
sqlite_store_list_revisions (AictStore  *store,
                             GError    **error)
{
  AictSqliteStore *self = AICT_SQLITE_STORE (store);
  g_autoptr(GListStore) list = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (!check_open (self, error))
    return NULL;
  if (sqlite3_prepare_v2 (self->db,
                          "SELECT \"number\", \"time\", \"author\", \"message\", \"n_added\","
                          " \"n_modified\", \"n_removed\" FROM \"revision\" ORDER BY \"number\"",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      set_db_error (self, error);
      return NULL;
    }

  list = g_list_store_new (AICT_TYPE_REVISION);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GDateTime) time = NULL;
      g_autoptr(AictRevision) revision = NULL;
      const char *text = (const char *) sqlite3_column_text (stmt, 1);

      if (text != NULL)
        time = g_date_time_new_from_iso8601 (text, NULL);
      revision = _aict_revision_new ((guint) sqlite3_column_int64 (stmt, 0), time,
                                     (const char *) sqlite3_column_text (stmt, 2),
                                     (const char *) sqlite3_column_text (stmt, 3),
                                     (guint) sqlite3_column_int (stmt, 4),
                                     (guint) sqlite3_column_int (stmt, 5),
                                     (guint) sqlite3_column_int (stmt, 6));
      g_list_store_append (list, revision);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      set_db_error (self, error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&list));
}

static void
finalize_statements (AictSqliteStore *self)
{
  for (guint c = 0; c < AICT_COLLECTION_N; c++)
    {
      Table *table = &self->tables[c];

      g_clear_pointer (&table->insert, sqlite3_finalize);
      g_clear_pointer (&table->remove, sqlite3_finalize);
      g_clear_pointer (&table->lookup, sqlite3_finalize);
      g_clear_pointer (&table->all, sqlite3_finalize);
      g_clear_pointer (&table->ordered, sqlite3_finalize);
      g_clear_pointer (&table->side_inserts, g_ptr_array_unref);
    }
}

static gboolean
sqlite_store_close (AictStore  *store,
                    GError    **error)
{
  AictSqliteStore *self = AICT_SQLITE_STORE (store);

  untrack (self);
  if (self->db == NULL)
    return TRUE;

  finalize_statements (self);
  if (sqlite3_close (self->db) != SQLITE_OK)
    {
      set_db_error (self, error);
      sqlite3_close_v2 (self->db);
      self->db = NULL;
      return FALSE;
    }
  self->db = NULL;

  return TRUE;
}

static void
aict_sqlite_store_iface_init (AictStoreInterface *iface)
{
  iface->load = sqlite_store_load;
  iface->load_revision = sqlite_store_load_revision;
  iface->save = sqlite_store_save;
  iface->list_revisions = sqlite_store_list_revisions;
  iface->close = sqlite_store_close;
}

static void
aict_sqlite_store_finalize (GObject *object)
{
  AictSqliteStore *self = AICT_SQLITE_STORE (object);

  sqlite_store_close (AICT_STORE (self), NULL);
  for (guint c = 0; c < AICT_COLLECTION_N; c++)
    g_clear_pointer (&self->dirty[c], g_hash_table_unref);
  g_free (self->path);
  g_free (self->display);

  G_OBJECT_CLASS (aict_sqlite_store_parent_class)->finalize (object);
}

static void
aict_sqlite_store_class_init (AictSqliteStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = aict_sqlite_store_finalize;
}

static void
aict_sqlite_store_init (AictSqliteStore *self)
{
  for (guint c = 0; c < AICT_COLLECTION_N; c++)
    self->dirty[c] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * aict_sqlite_store_new:
 * @path: (type filename): the database file, created if missing
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Opens the SQLite store at @path: creates the file and the schema if
 * the file does not exist, migrates an older schema, and refuses a
 * schema newer than %AICT_SQLITE_STORE_SCHEMA_VERSION or a database that
 * is not an aict store.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 *
 * Since: 0.2
 */
AictSqliteStore *
aict_sqlite_store_new (const char    *path,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(AictSqliteStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  self = g_object_new (AICT_TYPE_SQLITE_STORE, NULL);
  self->path = g_strdup (path);
  self->display = g_filename_display_name (path);

  if (sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    {
      if (self->db == NULL)
        {
          g_set_error (error, AICT_ERROR, AICT_ERROR_IO, "%s: SQLite: out of memory", self->display);
          return NULL;
        }
      set_db_error (self, error);
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 10000);

  /* WAL: readers never block the writer, and a crash at any point leaves
   * the last committed transaction.  NORMAL synchronisation in WAL mode
   * loses no committed transaction when the process dies; a power cut
   * may lose the last ones, never corrupt the database. */
  if (!exec (self, "PRAGMA foreign_keys = ON", error) ||
      !exec (self, "PRAGMA journal_mode = WAL", error) ||
      !exec (self, "PRAGMA synchronous = NORMAL", error) ||
      /* 64 MiB of page cache: an import writes into a dozen indexes. */
      !exec (self, "PRAGMA cache_size = -65536", error) ||
      !migrate (self, error) ||
      !prepare_tables (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * aict_sqlite_store_get_path:
 * @self: an [class@Aict.SqliteStore]
 *
 * Gets the path of the database file.
 *
 * Returns: (type filename): the path
 *
 * Since: 0.2
 */
const char *
aict_sqlite_store_get_path (AictSqliteStore *self)
{
  g_return_val_if_fail (AICT_IS_SQLITE_STORE (self), NULL);
  return self->path;
}
