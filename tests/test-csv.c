/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* CSV tables: the reader on bad input and its limits, both dialects,
 * formula escaping, the import's reports and atomicity, and the exact
 * round trip of the bundled dataset. */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <aict/aict.h>

#include "aict-csv-private.h"

static GPtrArray *
parse (const char     *data,
       gssize          len,
       AictCsvDialect  dialect,
       GError        **error)
{
  return _aict_csv_parse (data, len < 0 ? strlen (data) : (gsize) len, "t.csv",
                          dialect, NULL, error);
}

static void
test_reader_quoting (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  AictCsvRecord *r;
  AictCsvDialect detected;

  static const char french[] = "\xEF\xBB\xBF" "a;b\r\n\"x;\"\"y\"\"\n2\";\r\n\r\nz;w";

  records = _aict_csv_parse (french, sizeof french - 1, "t.csv",
                             AICT_CSV_DIALECT_AUTO, &detected, &error);
  g_assert_no_error (error);
  g_assert_cmpint (detected, ==, AICT_CSV_DIALECT_FRENCH);
  g_assert_cmpuint (records->len, ==, 3);
  r = records->pdata[1];
  g_assert_cmpuint (r->line, ==, 2);
  g_assert_cmpuint (r->n_cells, ==, 2);
  g_assert_cmpstr (r->cells[0], ==, "x;\"y\"\n2");
  g_assert_cmpstr (r->cells[1], ==, "");
  r = records->pdata[2];
  g_assert_cmpuint (r->line, ==, 5);
  g_assert_cmpstr (r->cells[1], ==, "w");
  g_clear_pointer (&records, g_ptr_array_unref);

  records = parse ("a,b\nc,d\n", -1, AICT_CSV_DIALECT_AUTO, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 2);
}

static void
check_bad (const char *data,
           gsize       len,
           int         code,
           const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = parse (data, (gssize) len, AICT_CSV_DIALECT_RFC4180, &error);

  g_assert_null (records);
  g_assert_error (error, AICT_ERROR, code);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not hold “%s”", error->message, expected);
}

static void
test_reader_bad (void)
{
  g_autofree char *big = NULL;
  GString *wide;

  check_bad ("a,b\n\"x,y\n", 9, AICT_ERROR_PARSE, "t.csv:2:1: the quoted cell");
  check_bad ("a,b\nx,\"y\"z\n", 11, AICT_ERROR_PARSE, "t.csv:2:2: text after the closing quote");
  check_bad ("a,b\nx,y\"z\n", 10, AICT_ERROR_PARSE, "t.csv:2:2: a quote inside");
  check_bad ("a,b\nx,y\0z\n", 10, AICT_ERROR_PARSE, "t.csv:2: character 4: a NUL byte");
  check_bad ("a,b\nx,\xC3\x28\n", 8, AICT_ERROR_PARSE, "t.csv:2: character 3: invalid UTF-8");
  check_bad ("a\rb\n", 4, AICT_ERROR_PARSE, "carriage return");

  /* 10 MB in one cell, quoted and not: refused at the limit. */
  big = g_malloc (10 * 1024 * 1024 + 8);
  memset (big, 'x', 10 * 1024 * 1024 + 8);
  memcpy (big, "a\n\"", 3);
  check_bad (big, 10 * 1024 * 1024 + 8, AICT_ERROR_LIMIT, "t.csv:2:1: a cell longer than 65536 bytes");
  big[2] = 'x';
  check_bad (big, 10 * 1024 * 1024 + 8, AICT_ERROR_LIMIT, "t.csv:2:1: a cell longer than 65536 bytes");

  /* A million columns. */
  wide = g_string_new ("a\n");
  for (guint i = 0; i < 1000000; i++)
    g_string_append (wide, "x,");
  check_bad (wide->str, wide->len, AICT_ERROR_LIMIT, "t.csv:2: more than 1024 columns");
  g_string_free (wide, TRUE);
}

static char *
write_file (const char *dir,
            const char *name,
            const char *text)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static AictDataset *
load_bundled (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("AICT_SOURCE_ROOT"), "data",
                                            "meeting-2016.json", NULL);
  g_autoptr(GError) error = NULL;
  AictDataset *dataset = aict_dataset_new_from_file (path, &error);

  g_assert_no_error (error);
  return dataset;
}

static void
round_trip (AictCsvDialect dialect)
{
  g_autoptr(AictDataset) dataset = load_bundled ();
  g_autoptr(AictDataset) back = NULL;
  g_autoptr(AictImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) a = NULL, b = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *dir = g_dir_make_tmp ("aict-csv-XXXXXX", &error);
  const char * const *names = aict_csv_get_table_names ();

  g_assert_no_error (error);
  g_assert_true (aict_dataset_export_csv (dataset, dir, dialect, AICT_CSV_FLAGS_PERSONAL, &error));
  g_assert_no_error (error);
  for (guint i = 0; names[i] != NULL; i++)
    if (!g_str_equal (names[i], "partnerships_wide"))
      g_ptr_array_add (paths, g_strconcat (dir, "/", names[i], ".csv", NULL));
  g_ptr_array_add (paths, NULL);
  back = aict_dataset_new_from_csv ((const char * const *) paths->pdata,
                                    AICT_CSV_DIALECT_AUTO, NULL, &result, &error);
  g_assert_no_error (error);
  a = aict_dataset_to_bytes (dataset, NULL);
  b = aict_dataset_to_bytes (back, NULL);
  g_assert_true (g_bytes_equal (a, b));
  g_assert_cmpuint (aict_import_result_count (result, AICT_IMPORT_CHANGE_ADDED), >, 100);

  /* Into the same dataset: everything unchanged. */
  g_clear_object (&result);
  g_clear_object (&back);
  back = aict_dataset_import_csv (dataset, (const char * const *) paths->pdata,
                                  AICT_CSV_DIALECT_AUTO, NULL, &result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (aict_import_result_count (result, AICT_IMPORT_CHANGE_ADDED), ==, 0);
  g_assert_cmpuint (aict_import_result_count (result, AICT_IMPORT_CHANGE_UPDATED), ==, 0);
  g_clear_pointer (&b, g_bytes_unref);
  b = aict_dataset_to_bytes (back, NULL);
  g_assert_true (g_bytes_equal (a, b));

  for (guint i = 0; i + 1 < paths->len; i++)
    g_unlink (paths->pdata[i]);
  {
    g_autofree char *wide = g_build_filename (dir, "partnerships_wide.csv", NULL);
    g_unlink (wide);
  }
  g_rmdir (dir);
}

static void
test_round_trip_rfc (void)
{
  round_trip (AICT_CSV_DIALECT_RFC4180);
}

static void
test_round_trip_french (void)
{
  round_trip (AICT_CSV_DIALECT_FRENCH);
}

static void
test_export_cells (void)
{
  g_autoptr(AictDataset) dataset = load_bundled ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) fr = aict_dataset_table_to_csv (dataset, "budgets", AICT_CSV_DIALECT_FRENCH,
                                                   AICT_CSV_FLAGS_NONE, &error);
  g_autoptr(GBytes) actors = aict_dataset_table_to_csv (dataset, "actors", AICT_CSV_DIALECT_RFC4180,
                                                       AICT_CSV_FLAGS_NONE, &error);
  g_autoptr(GBytes) none = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (fr, NULL), g_bytes_get_size (fr));
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF" "id;label;actor;"));
  g_assert_nonnull (strstr (text, "\r\n"));
  g_clear_pointer (&text, g_free);
  text = g_strndup (g_bytes_get_data (actors, NULL), g_bytes_get_size (actors));
  g_assert_true (g_str_has_prefix (text, "id,name,short_name,kind,country,subdivision,parent,website,notes\r\n"));

  none = aict_dataset_table_to_csv (dataset, "nope", AICT_CSV_DIALECT_RFC4180, 0, &error);
  g_assert_null (none);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_NOT_FOUND);

  g_assert_true (_aict_csv_is_escaped ("'=1"));
  g_assert_true (_aict_csv_is_escaped ("''@x"));
  g_assert_false (_aict_csv_is_escaped ("'a"));
  g_assert_false (_aict_csv_is_escaped ("=1"));
}

static void
test_import_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = load_bundled ();
  g_autoptr(AictDataset) result_set = NULL;
  g_autoptr(AictImportResult) result = NULL;
  g_autofree char *dir = g_dir_make_tmp ("aict-csv-XXXXXX", NULL);
  g_autofree char *actors = write_file (dir, "actors.csv",
                                        "id,name,kind,,\n"
                                        "cd24,Dordogne (CD),departement\n"
                                        "new-1,\"=HYPERLINK(\"\"x\"\")\",commune,,\n"
                                        "'x,Bad id,commune\n");
  g_autofree char *budgets = write_file (dir, "budgets.csv",
                                         "id,actor,kind,currency,amount,approximate\n"
                                         "b-x,cd24,planned,EUR,12.5.1,maybe\n"
                                         "b-y,cd24,planned,EUR,1e5,true\n");
  g_autofree char *dup = write_file (dir, "persons.csv", "id,name,name\np1,A,B\n");
  g_autofree char *unknown = write_file (dir, "participants.csv",
                                         "partnership,actor,role,colour\n");
  const char *all[] = { budgets, dup, unknown, NULL };
  const char *one[] = { actors, NULL };
  g_autoptr(GBytes) before = aict_dataset_to_bytes (dataset, NULL);
  g_autoptr(GBytes) after = NULL;

  result_set = aict_dataset_import_csv (dataset, all, AICT_CSV_DIALECT_AUTO, NULL, &result, &error);
  g_assert_null (result_set);
  g_assert_null (result);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_SCHEMA);
  g_assert_nonnull (strstr (error->message, "persons.csv:1:name: the column appears twice"));
  g_assert_nonnull (strstr (error->message, "participants.csv:1: unknown columns for the table “participants”: “colour”"));
  g_clear_error (&error);

  {
    const char *b[] = { budgets, NULL };

    result_set = aict_dataset_import_csv (dataset, b, AICT_CSV_DIALECT_AUTO, NULL, &result, &error);
    g_assert_null (result_set);
    g_assert_nonnull (strstr (error->message, "budgets.csv:2:amount: not a number"));
    g_assert_nonnull (strstr (error->message, "budgets.csv:2:approximate: not true or false: “maybe”"));
    g_assert_nonnull (strstr (error->message, "budgets.csv:3:amount: not a number"));
    g_clear_error (&error);
  }

  /* The id "'x" is bad for the loader: mapped back to its row. */
  result_set = aict_dataset_import_csv (dataset, one, AICT_CSV_DIALECT_AUTO, NULL, &result, &error);
  g_assert_null (result_set);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "actors.csv:4:id:"));
  g_clear_error (&error);

  /* Nothing changed. */
  after = aict_dataset_to_bytes (dataset, NULL);
  g_assert_true (g_bytes_equal (before, after));

  g_clear_pointer (&actors, g_free);
  actors = write_file (dir, "actors.csv",
                       "id,name,kind\n"
                       "cd24,Dordogne (CD),departement\n"
                       "cd17,Conseil départemental de la Charente-Maritime,departement\n"
                       "new-1,\"'=HYPERLINK(\"\"x\"\")\",commune\n");
  one[0] = actors;
  result_set = aict_dataset_import_csv (dataset, one, AICT_CSV_DIALECT_AUTO, NULL, &result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (aict_import_result_get_n_items (result), ==, 3);
  g_assert_cmpint (aict_import_result_get_item_change (result, 0), ==, AICT_IMPORT_CHANGE_UPDATED);
  g_assert_cmpint (aict_import_result_get_item_change (result, 1), ==, AICT_IMPORT_CHANGE_UNCHANGED);
  g_assert_cmpint (aict_import_result_get_item_change (result, 2), ==, AICT_IMPORT_CHANGE_ADDED);
  g_assert_cmpstr (aict_import_result_get_item_id (result, 2), ==, "new-1");
  g_assert_cmpstr (aict_import_result_get_item_table (result, 2), ==, "actors");
  g_assert_cmpstr (aict_actor_get_name (aict_dataset_lookup_actor (result_set, "new-1")), ==,
                   "=HYPERLINK(\"x\")");
  g_assert_cmpstr (aict_actor_get_name (aict_dataset_lookup_actor (result_set, "cd24")), ==,
                   "Dordogne (CD)");
  /* The columns not in the file are kept. */
  g_assert_cmpstr (aict_actor_get_short_name (aict_dataset_lookup_actor (result_set, "cd24")), ==,
                   "Dordogne");

  g_unlink (actors);
  g_unlink (budgets);
  g_unlink (dup);
  g_unlink (unknown);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/reader/quoting", test_reader_quoting);
  g_test_add_func ("/csv/reader/bad", test_reader_bad);
  g_test_add_func ("/csv/export/cells", test_export_cells);
  g_test_add_func ("/csv/round-trip/rfc4180", test_round_trip_rfc);
  g_test_add_func ("/csv/round-trip/french", test_round_trip_french);
  g_test_add_func ("/csv/import/errors", test_import_errors);

  return g_test_run ();
}
