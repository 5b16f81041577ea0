/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* AictStore: URIs, the file store and the SQLite store (revisions, history,
 * cost of a save, hostile text, validation, schema versions).  The SQLite
 * file is also read directly, with libsqlite3, to see what a save wrote. */

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <aict/aict.h>

typedef struct
{
  char *dir;
  char *path;      /* the SQLite file */
  char *uri;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("aict-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "store.sqlite", NULL);
  f->uri = g_strconcat ("sqlite:", f->path, NULL);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->uri);
}

static AictDataset *
load_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "meeting-2016.json", NULL);
  AictDataset *dataset = aict_dataset_new_from_file (path, &error);

  g_assert_no_error (error);
  return dataset;
}

static GBytes *
bytes_of (AictDataset *dataset)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = aict_dataset_to_bytes (dataset, &error);

  g_assert_no_error (error);
  return bytes;
}

static void
assert_same_dataset (AictDataset *a,
                     AictDataset *b)
{
  g_autoptr(GBytes) ba = bytes_of (a);
  g_autoptr(GBytes) bb = bytes_of (b);

  g_assert_true (g_bytes_equal (ba, bb));
}

static sqlite3 *
open_raw (Fixture *f)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  return db;
}

static gint64
raw_int (sqlite3    *db,
         const char *sql,
         gint64      bound)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, bound);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
raw_text (sqlite3    *db,
          const char *sql,
          const char *bound)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, bound, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strndup ((const char *) sqlite3_column_text (stmt, 0), sqlite3_column_bytes (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

/* The JSON view writes absent members as null and empty lists as []; aict/1
 * leaves them out (but for the lists it always has, which go both ways). */
static void
strip_nulls (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      for (GList *l = members; l != NULL; l = l->next)
        {
          JsonNode *child = json_object_get_member (object, l->data);

          if (JSON_NODE_HOLDS_NULL (child) ||
              (JSON_NODE_HOLDS_ARRAY (child) && json_array_get_length (json_node_get_array (child)) == 0))
            json_object_remove_member (object, l->data);
          else
            strip_nulls (child);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        strip_nulls (json_array_get_element (array, i));
    }
}

static guint
save (AictStore   *store,
      AictDataset *dataset,
      const char  *message)
{
  g_autoptr(GError) error = NULL;
  guint revision = aict_store_save (store, dataset, "Tester", message, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (revision, >, 0);
  return revision;
}

/* URIs */

static void
test_uri (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = g_build_filename (f->dir, "d.json", NULL);
  g_autofree char *file_uri = g_strconcat ("file:", json, NULL);
  g_autofree char *file_uri2 = g_strconcat ("file://", json, NULL);
  g_autofree char *sqlite_uri2 = g_strconcat ("sqlite://", f->path, NULL);
  AictStore *store;

  store = aict_store_open (json, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (AICT_IS_FILE_STORE (store));
  g_assert_cmpstr (aict_file_store_get_path (AICT_FILE_STORE (store)), ==, json);
  g_object_unref (store);

  store = aict_store_open (file_uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (aict_file_store_get_path (AICT_FILE_STORE (store)), ==, json);
  g_object_unref (store);

  store = aict_store_open (file_uri2, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (aict_file_store_get_path (AICT_FILE_STORE (store)), ==, json);
  g_object_unref (store);

  store = aict_store_open (f->uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (AICT_IS_SQLITE_STORE (store));
  g_assert_cmpstr (aict_sqlite_store_get_path (AICT_SQLITE_STORE (store)), ==, f->path);
  g_assert_true (aict_store_close (store, &error));
  g_assert_no_error (error);
  g_object_unref (store);

  store = aict_store_open (sqlite_uri2, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (aict_sqlite_store_get_path (AICT_SQLITE_STORE (store)), ==, f->path);
  g_object_unref (store);

  store = aict_store_open ("postgresql://db.example/aict", NULL, &error);
  g_assert_null (store);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "PostgreSQL"));
  g_clear_error (&error);

  g_assert_null (aict_store_open ("sqlite:", NULL, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  g_assert_null (aict_store_open ("sqlite://relative/x", NULL, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  g_assert_null (aict_store_open ("", NULL, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  g_assert_true (aict_store_is_store_uri ("sqlite:x"));
  g_assert_true (aict_store_is_store_uri ("file:x"));
  g_assert_false (aict_store_is_store_uri ("x.json"));
  g_assert_false (aict_store_is_store_uri ("./sqlite:x"));
}

/* The file store */

static void
test_file_store (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = g_build_filename (f->dir, "d.json", NULL);
  g_autoptr(AictStore) store = aict_store_open (json, NULL, &error);
  g_autoptr(AictDataset) dataset = load_bundled ();
  g_autoptr(AictDataset) back = NULL;
  g_autoptr(GListModel) revisions = NULL;
  g_autoptr(AictRevision) revision = NULL;

  g_assert_no_error (error);
  revisions = aict_store_list_revisions (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (revisions), ==, 0);
  g_clear_object (&revisions);

  g_assert_cmpuint (aict_store_save (store, dataset, "A", "M", NULL, &error), ==, 1);
  g_assert_no_error (error);
  back = aict_store_load (store, NULL, &error);
  g_assert_no_error (error);
  assert_same_dataset (dataset, back);
  g_clear_object (&back);

  back = aict_store_load_revision (store, 1, NULL, &error);
  g_assert_no_error (error);
  assert_same_dataset (dataset, back);
  g_assert_null (aict_store_load_revision (store, 2, NULL, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  revisions = aict_store_list_revisions (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (revisions), ==, 1);
  revision = g_list_model_get_item (revisions, 0);
  g_assert_cmpuint (aict_revision_get_number (revision), ==, 1);
  g_assert_nonnull (aict_revision_get_time (revision));
  g_assert_true (aict_store_close (store, &error));
}

/* SQLite: the bundled dataset, byte for byte */

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AictStore) store = aict_store_open (f->uri, NULL, &error);
  g_autoptr(AictDataset) dataset = load_bundled ();
  g_autoptr(AictDataset) back = NULL;
  g_autoptr(AictStore) again = NULL;
  GListModel *partnerships = aict_dataset_get_partnerships (dataset);
  sqlite3 *db;

  g_assert_no_error (error);
  g_assert_cmpuint (save (store, dataset, "import"), ==, 1);
  /* Nothing changed: no new revision. */
  g_assert_cmpuint (save (store, dataset, "again"), ==, 1);
  back = aict_store_load (store, NULL, &error);
  g_assert_no_error (error);
  assert_same_dataset (dataset, back);
  g_clear_object (&back);
  g_assert_true (aict_store_close (store, &error));
  g_assert_no_error (error);

  /* After a reopen, from the history as well as from the tables. */
  again = aict_store_open (f->uri, NULL, &error);
  g_assert_no_error (error);
  back = aict_store_load (again, NULL, &error);
  g_assert_no_error (error);
  assert_same_dataset (dataset, back);
  g_clear_object (&back);
  back = aict_store_load_revision (again, 1, NULL, &error);
  g_assert_no_error (error);
  assert_same_dataset (dataset, back);

  /* The history keeps what aict_entity_to_json() gives, less the null
   * members and empty lists the view has for absent ones: the object as in a file. */
  db = open_raw (f);
  for (guint i = 0; i < g_list_model_get_n_items (partnerships); i++)
    {
      g_autoptr(AictEntity) entity = g_list_model_get_item (partnerships, i);
      g_autofree char *expected = aict_entity_to_json (entity, AICT_ENTITY_JSON_NONE);
      g_autofree char *stored = raw_text (db, "SELECT json FROM history WHERE type = 'partnership' "
                                              "AND id = ?", aict_entity_get_id (entity));

      g_autoptr(JsonNode) view = json_from_string (expected, NULL);
      g_autoptr(JsonNode) kept = json_from_string (stored, NULL);

      g_assert_nonnull (kept);
      strip_nulls (view);
      strip_nulls (kept);
      g_assert_true (json_node_equal (view, kept));
    }
  /* The schema: WAL, version 1, one row per participant indexed by actor. */
  g_assert_cmpint (raw_int (db, "PRAGMA user_version", 0), ==, AICT_SQLITE_STORE_SCHEMA_VERSION);
  {
    g_autofree char *mode = raw_text (db, "PRAGMA journal_mode", NULL);
    g_autofree char *index = raw_text (db, "SELECT name FROM sqlite_schema WHERE type = 'index' "
                                           "AND name = ?", "partnership_participants.actor");

    g_assert_cmpstr (mode, ==, "wal");
    g_assert_cmpstr (index, ==, "partnership_participants.actor");
  }
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM partnership", 0), ==,
                   g_list_model_get_n_items (partnerships));
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM partnership_participants", 0), >,
                   g_list_model_get_n_items (partnerships));
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM pragma_foreign_key_check", 0), ==, 0);
  sqlite3_close (db);
}

/* SQLite: a scripted series of edits and the revisions it makes */

static void
test_revisions (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AictStore) store = aict_store_open (f->uri, NULL, &error);
  g_autoptr(AictDataset) imported = load_bundled ();
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(GPtrArray) snapshots = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(GListModel) revisions = NULL;
  g_autoptr(AictPartnership) first = NULL;
  g_autoptr(AictSource) source = NULL;
  static const guint expected[][3] = {
    /* added, modified, removed */
    { 0, 0, 0 },      /* revision 1: checked apart */
    { 0, 1, 0 },
    { 1, 0, 0 },
    { 0, 2, 0 },
    { 0, 0, 1 },
    { 0, 1, 0 },
  };
  guint n_objects = 1;   /* the dataset's own members */

  g_assert_no_error (error);
  g_assert_cmpuint (save (store, imported, "import"), ==, 1);
  g_ptr_array_add (snapshots, bytes_of (imported));
  for (guint c = 0; c < 6; c++)
    {
      GListModel *lists[] = {
        aict_dataset_get_sources (imported), aict_dataset_get_actors (imported),
        aict_dataset_get_persons (imported), aict_dataset_get_partnerships (imported),
        aict_dataset_get_budgets (imported), aict_dataset_get_meetings (imported),
      };
      n_objects += g_list_model_get_n_items (lists[c]);
    }

  dataset = aict_store_load (store, NULL, &error);
  g_assert_no_error (error);

  /* 2: one partnership retitled */
  first = g_list_model_get_item (aict_dataset_get_partnerships (dataset), 0);
  aict_partnership_set_title (first, "Nouveau titre");
  g_assert_cmpuint (save (store, dataset, "retitle"), ==, 2);
  g_ptr_array_add (snapshots, bytes_of (dataset));

  /* 3: a source added */
  source = aict_source_new ("src-new", "x");
  aict_source_set_title (source, "Une source ajoutée");
  g_assert_true (aict_dataset_add (dataset, AICT_ENTITY (source), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (save (store, dataset, "add source"), ==, 3);
  g_ptr_array_add (snapshots, bytes_of (dataset));

  /* 4: the dataset's title and the partnership's notes */
  aict_dataset_set_title (dataset, "Titre du jeu de données");
  aict_entity_set_notes (AICT_ENTITY (first), "Des notes");
  g_assert_cmpuint (save (store, dataset, "title and notes"), ==, 4);
  g_ptr_array_add (snapshots, bytes_of (dataset));

  /* 5: the source removed again */
  g_assert_true (aict_dataset_remove (dataset, "src-new"));
  g_assert_cmpuint (save (store, dataset, "remove source"), ==, 5);
  g_ptr_array_add (snapshots, bytes_of (dataset));

  /* 6: an edit in a dataset the store did not follow (loaded from bytes):
   * compared object by object, the same one change. */
  {
    g_autoptr(GBytes) bytes = bytes_of (dataset);
    g_autoptr(AictDataset) other = aict_dataset_new_from_bytes (bytes, &error);
    g_autoptr(AictPartnership) p = NULL;

    g_assert_no_error (error);
    p = g_list_model_get_item (aict_dataset_get_partnerships (other), 1);
    aict_partnership_set_title (p, "Autre titre");
    g_assert_cmpuint (save (store, other, "untracked"), ==, 6);
    g_ptr_array_add (snapshots, bytes_of (other));
  }

  revisions = aict_store_list_revisions (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (revisions), ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(AictRevision) revision = g_list_model_get_item (revisions, i);
      g_autoptr(AictDataset) past = aict_store_load_revision (store, i + 1, NULL, &error);
      g_autoptr(GBytes) bytes = NULL;

      g_assert_no_error (error);
      bytes = bytes_of (past);
      g_assert_true (g_bytes_equal (bytes, g_ptr_array_index (snapshots, i)));
      g_assert_cmpuint (aict_revision_get_number (revision), ==, i + 1);
      g_assert_cmpstr (aict_revision_get_author (revision), ==, "Tester");
      g_assert_nonnull (aict_revision_get_time (revision));
      if (i == 0)
        {
          g_assert_cmpuint (aict_revision_get_n_added (revision), ==, n_objects);
          g_assert_cmpstr (aict_revision_get_message (revision), ==, "import");
          continue;
        }
      g_assert_cmpuint (aict_revision_get_n_added (revision), ==, expected[i][0]);
      g_assert_cmpuint (aict_revision_get_n_modified (revision), ==, expected[i][1]);
      g_assert_cmpuint (aict_revision_get_n_removed (revision), ==, expected[i][2]);
    }

  g_assert_null (aict_store_load_revision (store, 7, NULL, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (aict_store_load_revision (store, 0, NULL, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

/* SQLite: one changed object among thousands writes its rows only */

static AictDataset *
grown_dataset (guint n)
{
  g_autoptr(AictDataset) base = load_bundled ();
  g_autoptr(GBytes) bytes = bytes_of (base);
  g_autoptr(AictPartnership) model = g_list_model_get_item (aict_dataset_get_partnerships (base), 0);
  g_autofree char *one = aict_entity_to_json (AICT_ENTITY (model), AICT_ENTITY_JSON_NONE);
  g_autofree char *needle = g_strdup_printf ("\"id\": \"%s\"", aict_entity_get_id (AICT_ENTITY (model)));
  g_autoptr(GString) doc = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  const char *text = g_bytes_get_data (bytes, NULL);
  const char *at = strstr (text, "\"partnerships\": [\n");
  AictDataset *dataset;

  g_assert_nonnull (at);
  at += strlen ("\"partnerships\": [\n");
  g_string_append_len (doc, text, at - text);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("\"id\": \"gen-%u\"", i);
      g_autoptr(GString) copy = g_string_new (one);

      g_string_replace (copy, needle, id, 1);
      g_string_append (doc, copy->str);
      g_string_append (doc, ",\n");
    }
  g_string_append (doc, at);

  dataset = aict_dataset_new_from_data (doc->str, doc->len, &error);
  g_assert_no_error (error);
  return dataset;
}

static void
test_one_object (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AictStore) store = aict_store_open (f->uri, NULL, &error);
  g_autoptr(AictDataset) dataset = grown_dataset (3000);
  g_autoptr(AictDataset) loaded = NULL;
  g_autoptr(AictPartnership) p = NULL;
  sqlite3 *db;
  int before;

  g_assert_no_error (error);
  save (store, dataset, "import");
  db = open_raw (f);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM history WHERE revision = 1", 0), >, 3000);

  /* Followed edits of the dataset that was saved. */
  p = aict_dataset_lookup_partnership (dataset, "gen-1500");
  g_object_ref (p);
  aict_partnership_set_title (p, "Changé");
  before = sqlite3_total_changes (db);
  g_assert_cmpuint (save (store, dataset, "one"), ==, 2);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM history WHERE revision = ?", 2), ==, 1);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM partnership WHERE title = 'Changé'", 0), ==, 1);
  g_assert_cmpint (sqlite3_total_changes (db), ==, before);   /* this connection wrote nothing */
  g_clear_object (&p);

  /* A dataset loaded from the store. */
  loaded = aict_store_load (store, NULL, &error);
  g_assert_no_error (error);
  p = g_object_ref (aict_dataset_lookup_partnership (loaded, "gen-10"));
  aict_partnership_set_title (p, "Changé aussi");
  g_assert_cmpuint (save (store, loaded, "two"), ==, 3);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM history WHERE revision = ?", 3), ==, 1);
  g_clear_object (&p);

  /* One removed and one added: two rows, and the order kept. */
  g_assert_true (aict_dataset_remove (loaded, "gen-20"));
  {
    g_autoptr(AictSource) source = aict_source_new ("src-x", "Source X");

    g_assert_true (aict_dataset_add (loaded, AICT_ENTITY (source), &error));
  }
  g_assert_cmpuint (save (store, loaded, "three"), ==, 4);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM history WHERE revision = ?", 4), ==, 2);
  {
    g_autoptr(AictDataset) back = aict_store_load (store, NULL, &error);

    g_assert_no_error (error);
    assert_same_dataset (loaded, back);
  }
  sqlite3_close (db);
}

/* SQLite: hostile text, verbatim */

static void
test_hostile_text (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AictStore) store = aict_store_open (f->uri, NULL, &error);
  g_autoptr(AictDataset) dataset = load_bundled ();
  g_autoptr(AictDataset) back = NULL;
  g_autoptr(GString) unicode = g_string_new (NULL);
  g_autoptr(GString) big = g_string_new (NULL);
  const char *hostile = "O'Brien \"quoted\" \\back\\slash\\ '; DROP TABLE partnership; -- \t\n"
                        "); DELETE FROM revision; /* */ %s %n ?1 :name @x $y";
  GListModel *partnerships = aict_dataset_get_partnerships (dataset);
  g_autoptr(AictPartnership) p0 = g_list_model_get_item (partnerships, 0);
  g_autoptr(AictPartnership) p1 = g_list_model_get_item (partnerships, 1);
  g_autoptr(AictPartnership) p2 = g_list_model_get_item (partnerships, 2);
  g_autofree char *stored = NULL;
  sqlite3 *db;

  g_assert_no_error (error);
  /* Printable ASCII, then every scalar value from U+00A0 to U+10FFFF but
   * the surrogates and the noncharacters (a sample past U+0800): control
   * characters are refused by the validator, noncharacters by the reader. */
  for (gunichar c = 0x20; c <= 0x10FFFF; c += (c < 0x800 ? 1 : 97))
    if ((c < 0x7F || c >= 0xA0) && (c < 0xD800 || c > 0xDFFF) &&
        (c < 0xFDD0 || c > 0xFDEF) && (c & 0xFFFE) != 0xFFFE)
      g_string_append_unichar (unicode, c);
  g_string_append_unichar (unicode, 0x10FFFD);
  while (big->len < 64 * 1024 - 8)
    g_string_append (big, "'\"\\; é");

  aict_partnership_set_title (p0, hostile);
  aict_entity_set_notes (AICT_ENTITY (p1), unicode->str);
  aict_entity_set_notes (AICT_ENTITY (p2), big->str);
  aict_dataset_set_description (dataset, hostile);

  save (store, dataset, hostile);
  back = aict_store_load (store, NULL, &error);
  g_assert_no_error (error);
  assert_same_dataset (dataset, back);
  g_assert_cmpstr (aict_partnership_get_title (aict_dataset_lookup_partnership (back, aict_entity_get_id (AICT_ENTITY (p0)))), ==, hostile);
  g_assert_cmpstr (aict_entity_get_notes (AICT_ENTITY (aict_dataset_lookup_partnership (back, aict_entity_get_id (AICT_ENTITY (p1))))), ==, unicode->str);

  /* The columns hold the text itself. */
  db = open_raw (f);
  stored = raw_text (db, "SELECT title FROM partnership WHERE id = ?", aict_entity_get_id (AICT_ENTITY (p0)));
  g_assert_cmpstr (stored, ==, hostile);
  g_clear_pointer (&stored, g_free);
  stored = raw_text (db, "SELECT notes FROM partnership WHERE id = ?", aict_entity_get_id (AICT_ENTITY (p2)));
  g_assert_cmpstr (stored, ==, big->str);
  g_clear_pointer (&stored, g_free);
  stored = raw_text (db, "SELECT message FROM revision WHERE number = 1 AND ? IS NOT NULL", "");
  g_assert_cmpstr (stored, ==, hostile);
  sqlite3_close (db);

  {
    g_autoptr(GListModel) revisions = aict_store_list_revisions (store, &error);
    g_autoptr(AictRevision) revision = g_list_model_get_item (revisions, 0);

    g_assert_cmpstr (aict_revision_get_message (revision), ==, hostile);
  }
}

/* SQLite: a dataset with validation errors is refused */

static void
test_invalid (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AictStore) store = aict_store_open (f->uri, NULL, &error);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "invalid",
                                                 "reference-unresolved-participant.json", NULL);
  g_autoptr(AictDataset) invalid = aict_dataset_new_from_file (path, &error);
  g_autoptr(AictDataset) dataset = load_bundled ();
  g_autoptr(GListModel) revisions = NULL;
  g_autoptr(AictStore) file_store = NULL;
  g_autoptr(AictReport) report = NULL;
  g_autofree char *json = g_build_filename (f->dir, "invalid.json", NULL);

  g_assert_no_error (error);
  g_assert_cmpuint (aict_store_save (store, invalid, "A", "M", NULL, &error), ==, 0);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_SCHEMA);
  g_assert_nonnull (strstr (error->message, "reference-unresolved"));
  g_assert_nonnull (strstr (error->message, "$.partnerships[0].participants[2].actor"));
  g_clear_error (&error);

  /* Nor an edit that breaks a valid dataset in the store. */
  save (store, dataset, "import");
  {
    g_autoptr(AictBudget) budget = g_list_model_get_item (aict_dataset_get_budgets (dataset), 0);

    aict_budget_set_actor_id (budget, "nobody-at-all");
  }
  report = aict_dataset_validate (dataset);
  g_assert_cmpuint (aict_report_get_n_errors (report), >, 0);
  g_assert_cmpuint (aict_store_save (store, dataset, "A", "M", NULL, &error), ==, 0);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_SCHEMA);
  g_assert_nonnull (strstr (error->message, "reference-unresolved"));
  g_clear_error (&error);
  revisions = aict_store_list_revisions (store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (revisions), ==, 1);

  file_store = aict_store_open (json, NULL, &error);
  g_assert_cmpuint (aict_store_save (file_store, invalid, "A", "M", NULL, &error), ==, 0);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_SCHEMA);
  g_assert_false (g_file_test (json, G_FILE_TEST_EXISTS));
}

/* SQLite: schema versions */

static void
test_schema_version (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *other = g_build_filename (f->dir, "other.sqlite", NULL);
  g_autofree char *other_uri = g_strconcat ("sqlite:", other, NULL);
  g_autofree char *future = g_strdup_printf ("PRAGMA user_version = %d",
                                             AICT_SQLITE_STORE_SCHEMA_VERSION + 1);
  g_autofree char *message = NULL;
  AictStore *store;
  sqlite3 *db;

  /* A version-1 store, made here, opens again as it is. */
  store = aict_store_open (f->uri, NULL, &error);
  g_assert_no_error (error);
  g_object_unref (store);
  db = open_raw (f);
  g_assert_cmpint (raw_int (db, "PRAGMA user_version", 0), ==, 1);
  g_assert_cmpint (raw_int (db, "PRAGMA application_id", 0), ==, 0x41494354);
  g_assert_cmpint (sqlite3_exec (db, future, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  /* A newer version is refused, naming both. */
  store = aict_store_open (f->uri, NULL, &error);
  g_assert_null (store);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_FAILED);
  message = g_strdup_printf ("schema version %d, newer than version %d",
                             AICT_SQLITE_STORE_SCHEMA_VERSION + 1, AICT_SQLITE_STORE_SCHEMA_VERSION);
  g_assert_nonnull (strstr (error->message, message));
  g_clear_error (&error);

  /* Another application's database is not taken over. */
  g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_null (aict_store_open (other_uri, NULL, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_CORRUPT);
  g_clear_error (&error);
}

static void
test_closed (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AictStore) store = aict_store_open (f->uri, NULL, &error);
  g_autoptr(AictDataset) dataset = aict_dataset_new ();
  g_autoptr(AictDataset) empty = NULL;

  g_assert_no_error (error);
  /* An empty store loads as an empty dataset. */
  empty = aict_store_load (store, NULL, &error);
  g_assert_no_error (error);
  assert_same_dataset (dataset, empty);

  g_assert_true (aict_store_close (store, &error));
  g_assert_true (aict_store_close (store, &error));
  g_assert_null (aict_store_load (store, NULL, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_IO);
  g_clear_error (&error);
  g_assert_cmpuint (aict_store_save (store, dataset, NULL, NULL, NULL, &error), ==, 0);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_IO);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add ("/store/" path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("uri", test_uri);
  ADD ("file", test_file_store);
  ADD ("sqlite/round-trip", test_round_trip);
  ADD ("sqlite/revisions", test_revisions);
  ADD ("sqlite/one-object", test_one_object);
  ADD ("sqlite/hostile-text", test_hostile_text);
  ADD ("sqlite/invalid", test_invalid);
  ADD ("sqlite/schema-version", test_schema_version);
  ADD ("sqlite/closed", test_closed);
#undef ADD

  return g_test_run ();
}
