/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* bench-aict: one timed operation on one aict/1 file, for bench/run-bench.py.
 *
 *   bench-aict [--expect-valid] MODE FILE
 *
 * MODE is one of
 *   load      aict_dataset_new_from_file_full() then aict_dataset_validate(): the
 *             time of both (and of each), the number of records, the number
 *             of errors and warnings of the report;
 *   save      load (not timed), then aict_dataset_to_bytes() and
 *             aict_dataset_save_to_file() to a temporary file next to FILE
 *             (each timed; the temporary file is removed), and whether the
 *             saved bytes equal FILE's;
 *   jsonglib  read FILE into memory (timed apart), then
 *             json_parser_load_from_data() on it: json-glib's parser alone,
 *             with no model and no validation; counts the partnerships;
 *   read      read FILE into memory: the floor of every other mode.
 *
 * Each mode prints one JSON object on one line on stdout.  Times are taken
 * with the monotonic clock inside the process, so they leave out process
 * start-up and teardown (the dataset is freed after the clock stops; the
 * time to free it is reported apart as "free_s").  "peak_rss_kib" is the
 * process's own VmHWM, taken before anything is freed.
 *
 * The loads raise the limits that a large file breaks (file size, items
 * per array, values per document) and nothing else.  With --expect-valid,
 * load exits 1 if the report has any error or warning (they are printed on
 * stderr); the smoke test uses it. */

#include <aict/aict.h>
#include <json-glib/json-glib.h>

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

static double
now_s (void)
{
  return g_get_monotonic_time () / 1e6;
}

/* The high-water mark of the resident set of this process's own memory
 * (VmHWM, KiB), or -1.  getrusage()'s ru_maxrss is not used: Linux carries
 * it across exec(), so it is never below the RSS that the parent had when
 * it forked us (the driver's ~18 MB). */
static long
peak_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "\nVmHWM:")) == NULL)
    {
      struct rusage ru;

      if (getrusage (RUSAGE_SELF, &ru) != 0)
        return -1;
      return ru.ru_maxrss;
    }
  return strtol (line + strlen ("\nVmHWM:"), NULL, 10);
}

static G_GNUC_NORETURN void
die (const char *what,
     GError     *error)
{
  g_printerr ("bench-aict: %s: %s\n", what, error != NULL ? error->message : "failed");
  exit (2);
}

static gsize
file_size (const char *path)
{
  struct stat st;

  if (stat (path, &st) != 0)
    {
      g_printerr ("bench-aict: %s: %s\n", path, g_strerror (errno));
      exit (2);
    }
  return (gsize) st.st_size;
}

static AictLoadOptions *
make_options (gsize size)
{
  AictLoadOptions *options = aict_load_options_new ();

  if (size > aict_load_options_get_max_file_size (options))
    {
      aict_load_options_set_max_file_size (options, size);
      if (aict_load_options_get_max_file_size (options) < size)
        {
          g_printerr ("bench-aict: this libaict does not accept a max_file_size of %"
                      G_GSIZE_FORMAT " bytes\n", size);
          exit (2);
        }
    }
  /* Every byte is at least one value's worth: generous, never reached. */
  aict_load_options_set_max_items (options, G_MAXUINT);
  aict_load_options_set_max_values (options, G_MAXUINT);
  aict_load_options_set_validate (options, FALSE);

  return options;
}

static guint
n_items (GListModel *model)
{
  return g_list_model_get_n_items (model);
}

static void
print_counts (GString     *out,
              AictDataset *dataset)
{
  guint partnerships = n_items (aict_dataset_get_partnerships (dataset));
  guint budgets = n_items (aict_dataset_get_budgets (dataset));
  guint actors = n_items (aict_dataset_get_actors (dataset));

  g_string_append_printf (out,
                          ", \"records\": %u, \"partnerships\": %u, \"budgets\": %u, "
                          "\"actors\": %u, \"sources\": %u, \"persons\": %u, \"meetings\": %u",
                          partnerships, partnerships, budgets, actors,
                          n_items (aict_dataset_get_sources (dataset)),
                          n_items (aict_dataset_get_persons (dataset)),
                          n_items (aict_dataset_get_meetings (dataset)));
}

static void
print_issues (AictReport *report,
              guint       max)
{
  GListModel *issues = aict_report_get_issues (report);
  guint n = g_list_model_get_n_items (issues);

  for (guint i = 0; i < n && i < max; i++)
    {
      g_autoptr(AictIssue) issue = g_list_model_get_item (issues, i);

      g_printerr ("bench-aict: %s: %s: %s: %s\n",
                  aict_issue_get_severity (issue) == AICT_SEVERITY_ERROR ? "error" : "warning",
                  aict_issue_get_code (issue),
                  aict_issue_get_path (issue),
                  aict_issue_get_message (issue));
    }
  if (n > max)
    g_printerr ("bench-aict: … and %u more issues\n", n - max);
}

static int
mode_load (const char *path,
           gboolean    expect_valid)
{
  gsize size = file_size (path);
  g_autoptr(AictLoadOptions) options = make_options (size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  AictDataset *dataset;
  AictReport *report;
  double t0, t1, t2, t3;
  guint n_errors, n_warnings;
  long rss;

  t0 = now_s ();
  dataset = aict_dataset_new_from_file_full (path, options, &error);
  if (dataset == NULL)
    die (path, error);
  t1 = now_s ();
  report = aict_dataset_validate (dataset);
  t2 = now_s ();
  rss = peak_rss_kib ();

  n_errors = aict_report_get_n_errors (report);
  n_warnings = aict_report_get_n_warnings (report);

  g_string_append_printf (out, "{\"mode\": \"load\", \"bytes\": %" G_GSIZE_FORMAT, size);
  print_counts (out, dataset);
  g_string_append_printf (out,
                          ", \"errors\": %u, \"warnings\": %u, \"time_s\": %.6f, "
                          "\"load_s\": %.6f, \"validate_s\": %.6f",
                          n_errors, n_warnings, t2 - t0, t1 - t0, t2 - t1);

  if (n_errors + n_warnings > 0)
    print_issues (report, 20);

  g_object_unref (report);
  g_object_unref (dataset);
  t3 = now_s ();
  g_string_append_printf (out, ", \"free_s\": %.6f, \"peak_rss_kib\": %ld}", t3 - t2, rss);
  puts (out->str);

  return expect_valid && n_errors + n_warnings > 0 ? 1 : 0;
}

/* Whether the files @a and @b hold the same bytes, read in chunks so as
 * not to add their size to the peak RSS; their sizes go to *len_a, *len_b. */
static gboolean
same_bytes (const char *a,
            const char *b,
            gsize      *len_a,
            gsize      *len_b)
{
  enum { CHUNK = 1 << 20 };
  g_autofree char *buf_a = g_malloc (CHUNK);
  g_autofree char *buf_b = g_malloc (CHUNK);
  FILE *fa = fopen (a, "rb");
  FILE *fb = fopen (b, "rb");
  gboolean equal = fa != NULL && fb != NULL;

  *len_a = *len_b = 0;
  while (fa != NULL && fb != NULL)
    {
      size_t na = fread (buf_a, 1, CHUNK, fa);
      size_t nb = fread (buf_b, 1, CHUNK, fb);

      *len_a += na;
      *len_b += nb;
      if (na != nb || memcmp (buf_a, buf_b, na) != 0)
        equal = FALSE;
      if (na == 0 || nb == 0)
        break;
    }
  /* Finish counting the sizes after a difference. */
  while (fa != NULL && !feof (fa) && !ferror (fa))
    *len_a += fread (buf_a, 1, CHUNK, fa);
  while (fb != NULL && !feof (fb) && !ferror (fb))
    *len_b += fread (buf_b, 1, CHUNK, fb);
  if (fa != NULL)
    fclose (fa);
  if (fb != NULL)
    fclose (fb);

  return equal && *len_a == *len_b;
}

static int
mode_save (const char *path)
{
  gsize size = file_size (path);
  g_autoptr(AictLoadOptions) options = make_options (size);
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmp = NULL;
  gsize original_len = 0, saved_len = 0;
  double t0, t1, t2, t3;
  gboolean equal;
  long rss;

  dataset = aict_dataset_new_from_file_full (path, options, &error);
  if (dataset == NULL)
    die (path, error);

  tmp = g_strdup_printf ("%s/.%s.bench-save-%d.json", dir, base, (int) getpid ());

  t0 = now_s ();
  bytes = aict_dataset_to_bytes (dataset, &error);
  if (bytes == NULL)
    die ("aict_dataset_to_bytes", error);
  t1 = now_s ();
  g_clear_pointer (&bytes, g_bytes_unref);
  t2 = now_s ();
  if (!aict_dataset_save_to_file (dataset, tmp, &error))
    die (tmp, error);
  t3 = now_s ();
  rss = peak_rss_kib ();

  equal = same_bytes (path, tmp, &original_len, &saved_len);
  unlink (tmp);

  g_string_append_printf (out, "{\"mode\": \"save\", \"bytes\": %" G_GSIZE_FORMAT, size);
  print_counts (out, dataset);
  g_string_append_printf (out,
                          ", \"time_s\": %.6f, \"to_bytes_s\": %.6f, \"save_to_file_s\": %.6f, "
                          "\"bytes_out\": %" G_GSIZE_FORMAT ", \"roundtrip_equal\": %s, "
                          "\"peak_rss_kib\": %ld}",
                          t3 - t2, t1 - t0, t3 - t2, saved_len, equal ? "true" : "false",
                          rss);
  puts (out->str);

  return 0;
}

static int
mode_jsonglib (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *data = NULL;
  JsonParser *parser;
  JsonNode *root;
  JsonNode *member;
  gsize length;
  guint records = 0;
  double t0, t1, t2, t3;
  long rss;

  t0 = now_s ();
  if (!g_file_get_contents (path, &data, &length, &error))
    die (path, error);
  t1 = now_s ();
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &error))
    die (path, error);
  root = json_parser_get_root (parser);
  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root) &&
      (member = json_object_get_member (json_node_get_object (root), "partnerships")) != NULL &&
      JSON_NODE_HOLDS_ARRAY (member))
    records = json_array_get_length (json_node_get_array (member));
  t2 = now_s ();
  rss = peak_rss_kib ();
  g_object_unref (parser);
  t3 = now_s ();

  g_string_append_printf (out,
                          "{\"mode\": \"jsonglib\", \"bytes\": %" G_GSIZE_FORMAT
                          ", \"records\": %u, \"time_s\": %.6f, \"read_s\": %.6f, "
                          "\"parse_s\": %.6f, \"free_s\": %.6f, \"peak_rss_kib\": %ld}",
                          length, records, t2 - t1, t1 - t0, t2 - t1, t3 - t2, rss);
  puts (out->str);

  return 0;
}

static int
mode_read (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length;
  double t0, t1;
  guint64 sum = 0;

  t0 = now_s ();
  if (!g_file_get_contents (path, &data, &length, &error))
    die (path, error);
  t1 = now_s ();
  /* Touch the data so that nothing can be optimised away (not timed). */
  for (gsize i = 0; i < length; i += 4096)
    sum += (guchar) data[i];

  printf ("{\"mode\": \"read\", \"bytes\": %" G_GSIZE_FORMAT ", \"records\": 0, "
          "\"time_s\": %.6f, \"checksum\": %" G_GUINT64_FORMAT ", \"peak_rss_kib\": %ld}\n",
          length, t1 - t0, sum, peak_rss_kib ());

  return 0;
}

static G_GNUC_NORETURN void
usage (void)
{
  g_printerr ("usage: bench-aict [--expect-valid] load|save|jsonglib|read FILE\n");
  exit (2);
}

int
main (int   argc,
      char *argv[])
{
  gboolean expect_valid = FALSE;
  const char *mode, *path;
  int i = 1;

  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");    /* the JSON lines use %f */

  if (i < argc && strcmp (argv[i], "--expect-valid") == 0)
    {
      expect_valid = TRUE;
      i++;
    }
  if (argc - i != 2)
    usage ();
  mode = argv[i];
  path = argv[i + 1];

  if (strcmp (mode, "load") == 0)
    return mode_load (path, expect_valid);
  if (strcmp (mode, "save") == 0)
    return mode_save (path);
  if (strcmp (mode, "jsonglib") == 0)
    return mode_jsonglib (path);
  if (strcmp (mode, "read") == 0)
    return mode_read (path);
  usage ();
}
