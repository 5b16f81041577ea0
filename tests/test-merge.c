/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* AictMerge and aict_dataset_merge(): identical objects once with the
 * sources of every file, conflicts member by member, the rules that
 * settle them, references across files, the merged dataset valid. */

#include <locale.h>
#include <string.h>

#include <aict/aict.h>

static AictDataset *
load_merge (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "merge", name, NULL);
  AictDataset *dataset = aict_dataset_new_from_file (path, &error);

  g_assert_no_error (error);
  return dataset;
}

static AictDataset *
load_data (const char *json)
{
  g_autoptr(GError) error = NULL;
  AictDataset *dataset = aict_dataset_new_from_data (json, -1, &error);

  g_assert_no_error (error);
  return dataset;
}

/* A merge of fixtures by name, NULL-terminated. */
static AictMerge *
merge_files (const AictMergeOptions *options,
             const char             *first,
             ...)
{
  AictMerge *merge = aict_merge_new (options);
  va_list args;

  va_start (args, first);
  for (const char *name = first; name != NULL; name = va_arg (args, const char *))
    {
      g_autoptr(AictDataset) dataset = load_merge (name);

      aict_merge_add_dataset (merge, dataset, name);
    }
  va_end (args);

  return merge;
}

static const char *
status_nick (AictPartnershipStatus status)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (AICT_TYPE_PARTNERSHIP_STATUS);

  return g_enum_get_value (klass, status)->value_nick;
}

static char *
source_refs (AictEntity *entity)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < aict_entity_get_n_source_refs (entity); i++)
    {
      const AictSourceRef *ref = aict_entity_get_source_ref (entity, i);

      g_string_append_printf (out, "%s%s@%s", i > 0 ? " " : "", aict_source_ref_get_source (ref),
                              aict_source_ref_get_locator (ref) ? aict_source_ref_get_locator (ref) : "");
    }

  return g_string_free (out, FALSE);
}

static void
test_merge_members (void)
{
  g_autoptr(AictMerge) merge = merge_files (NULL, "member-a.json", "member-b.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(AictReport) report = NULL;
  g_autofree char *refs = NULL;
  AictDataset *merged;
  AictMeeting *meeting;

  g_assert_true (aict_merge_run (merge, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (aict_merge_get_n_conflicts (merge), ==, 0);
  merged = aict_merge_get_dataset (merge);
  g_assert_nonnull (merged);

  /* Each file alone has unresolved references; together, none. */
  report = aict_dataset_validate (merged);
  g_assert_cmpuint (aict_report_get_n_errors (report), ==, 0);
  g_assert_cmpuint (aict_report_get_n_warnings (report), ==, 0);

  g_assert_cmpstr (aict_dataset_get_title (merged), ==, "Réseau régional — fichier du membre A");
  g_assert_cmpuint (g_list_model_get_n_items (aict_dataset_get_sources (merged)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (aict_dataset_get_actors (merged)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (aict_dataset_get_partnerships (merged)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (aict_dataset_get_meetings (merged)), ==, 1);

  /* The actor both files hold, once, with the sources of both. */
  refs = source_refs (AICT_ENTITY (aict_dataset_lookup_actor (merged, "cd33")));
  g_assert_cmpstr (refs, ==, "cr-a@ cr-b@");
  g_assert_nonnull (aict_dataset_lookup_actor (merged, "larache"));

  /* One meeting, its agenda item once, the outcomes of both files. */
  meeting = aict_dataset_lookup_meeting (merged, "m2024");
  g_assert_cmpuint (g_list_model_get_n_items (aict_meeting_get_agenda (meeting)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (aict_meeting_get_outcomes (meeting)), ==, 2);
  g_assert_nonnull (aict_meeting_lookup_outcome (meeting, "m2024-o1"));
  g_assert_nonnull (aict_meeting_lookup_outcome (meeting, "m2024-o2"));
}

/* diff(a, merge(a, b)) is b's additions; merging a file with itself
 * changes nothing. */
static void
test_merge_diff (void)
{
  g_autoptr(AictDataset) a = load_merge ("member-a.json");
  g_autoptr(AictDataset) b = load_merge ("member-b.json");
  g_autoptr(GPtrArray) datasets = g_ptr_array_new ();
  g_autoptr(AictDataset) merged = NULL;
  g_autoptr(AictDataset) self_merged = NULL;
  g_autoptr(AictDiff) diff = NULL;
  g_autoptr(AictDiff) self_diff = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (datasets, a);
  g_ptr_array_add (datasets, b);
  merged = aict_dataset_merge (datasets, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  diff = aict_dataset_diff (a, merged);
  /* b's source, actor, partnership and outcome, and cr-b cited for cd33. */
  for (guint i = 0; i < aict_diff_get_n_entries (diff); i++)
    {
      AictDiffEntry *entry = aict_diff_get_entry (diff, i);

      if (aict_diff_entry_get_kind (entry) == AICT_DIFF_CHANGED)
        {
          g_assert_cmpstr (aict_diff_entry_get_id (entry), ==, "cd33");
          g_assert_cmpuint (aict_diff_entry_get_n_changes (entry), ==, 1);
          g_assert_cmpstr (aict_diff_entry_get_change_path (entry, 0), ==, "sources");
          continue;
        }
      g_assert_cmpint (aict_diff_entry_get_kind (entry), ==, AICT_DIFF_ADDED);
    }
  g_assert_cmpuint (aict_diff_count (diff, AICT_DIFF_ADDED, NULL), ==, 4);
  g_assert_cmpuint (aict_diff_count (diff, AICT_DIFF_REMOVED, NULL), ==, 0);
  g_assert_nonnull (aict_dataset_lookup_source (merged, "cr-b"));
  g_assert_nonnull (aict_dataset_lookup_partnership (merged, "p-dordogne-larache"));

  g_ptr_array_set_size (datasets, 0);
  g_ptr_array_add (datasets, a);
  g_ptr_array_add (datasets, a);
  self_merged = aict_dataset_merge (datasets, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  self_diff = aict_dataset_diff (a, self_merged);
  g_assert_true (aict_diff_is_empty (self_diff));
}

static void
test_merge_refuse (void)
{
  g_autoptr(AictMerge) merge = merge_files (NULL, "member-a.json", "member-b.json", "conflict.json", NULL);
  g_autoptr(GError) error = NULL;
  AictMergeConflict *conflict;

  g_assert_false (aict_merge_run (merge, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "partnership \"p-gironde-larache\", title"));
  g_assert_nonnull (strstr (error->message, "member-a.json"));
  g_assert_nonnull (strstr (error->message, "conflict.json"));
  g_assert_null (aict_merge_get_dataset (merge));

  g_assert_cmpuint (aict_merge_get_n_conflicts (merge), ==, 2);
  g_assert_cmpuint (aict_merge_get_n_unresolved (merge), ==, 2);
  conflict = aict_merge_get_conflict (merge, 0);
  g_assert_cmpstr (aict_merge_conflict_get_type_name (conflict), ==, "partnership");
  g_assert_cmpstr (aict_merge_conflict_get_id (conflict), ==, "p-gironde-larache");
  g_assert_cmpstr (aict_merge_conflict_get_path (conflict), ==, "title");
  g_assert_cmpstr (aict_merge_conflict_get_first_file (conflict), ==, "member-a.json");
  g_assert_cmpstr (aict_merge_conflict_get_first_value (conflict), ==, "\"Coopération Gironde – Larache\"");
  g_assert_cmpstr (aict_merge_conflict_get_other_file (conflict), ==, "conflict.json");
  g_assert_cmpstr (aict_merge_conflict_get_other_value (conflict), ==,
                   "\"Coopération Gironde – Province de Larache\"");
  g_assert_false (aict_merge_conflict_get_resolved (conflict));
  g_assert_null (aict_merge_conflict_get_chosen_file (conflict));
  conflict = aict_merge_get_conflict (merge, 1);
  g_assert_cmpstr (aict_merge_conflict_get_path (conflict), ==, "status");
  g_assert_cmpstr (aict_merge_conflict_get_first_value (conflict), ==, "\"active\"");
  g_assert_cmpstr (aict_merge_conflict_get_other_value (conflict), ==, "\"slowed\"");
}

static void
check_prefer (AictMergeRule  rule,
              guint          file,
              const char    *chosen,
              const char    *status,
              const char    *refs)
{
  g_autoptr(AictMergeOptions) options = aict_merge_options_new ();
  g_autoptr(AictMerge) merge = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AictReport) report = NULL;
  g_autofree char *got_refs = NULL;
  g_autofree char *json = NULL;
  AictPartnership *partnership;

  aict_merge_options_set_rule (options, rule);
  aict_merge_options_set_preferred_file (options, file);
  g_assert_cmpint (aict_merge_options_get_rule (options), ==, rule);
  g_assert_cmpuint (aict_merge_options_get_preferred_file (options), ==, file);
  merge = merge_files (options, "member-a.json", "member-b.json", "conflict.json", NULL);

  g_assert_true (aict_merge_run (merge, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (aict_merge_get_n_conflicts (merge), ==, 2);
  g_assert_cmpuint (aict_merge_get_n_unresolved (merge), ==, 0);
  for (guint i = 0; i < 2; i++)
    {
      AictMergeConflict *conflict = aict_merge_get_conflict (merge, i);

      g_assert_true (aict_merge_conflict_get_resolved (conflict));
      g_assert_cmpstr (aict_merge_conflict_get_chosen_file (conflict), ==, chosen);
    }

  partnership = aict_dataset_lookup_partnership (aict_merge_get_dataset (merge), "p-gironde-larache");
  g_assert_cmpstr (status_nick (aict_partnership_get_status (partnership)), ==, status);
  /* Only the sources of the version kept. */
  got_refs = source_refs (AICT_ENTITY (partnership));
  g_assert_cmpstr (got_refs, ==, refs);

  report = aict_dataset_validate (aict_merge_get_dataset (merge));
  g_assert_cmpuint (aict_report_get_n_errors (report), ==, 0);

  json = aict_merge_to_json (merge);
  g_assert_nonnull (strstr (json, "\"resolved\": true"));
  g_assert_null (strstr (json, "\"resolved\": false"));
}

static void
test_merge_prefer (void)
{
  check_prefer (AICT_MERGE_PREFER_FILE, 0, "member-a.json", "active", "cr-a@p. 2");
  check_prefer (AICT_MERGE_PREFER_FILE, 2, "conflict.json", "slowed", "cr-c@");
  /* cr-c (2024-06-01) is more recent than cr-a (2023-01-15). */
  check_prefer (AICT_MERGE_PREFER_NEWER, 0, "conflict.json", "slowed", "cr-c@");
}

static void
test_merge_unsettled (void)
{
  g_autoptr(AictDataset) a = load_data (
    "{\"format\": \"aict/1\", \"sources\": [{\"id\": \"s\", \"title\": \"S\", \"date\": \"2016\"}],"
    " \"actors\": [{\"id\": \"x\", \"name\": \"X\", \"kind\": \"commune\", \"sources\": [{\"source\": \"s\"}]}]}");
  g_autoptr(AictDataset) b = load_data (
    "{\"format\": \"aict/1\", \"sources\": [{\"id\": \"s\", \"title\": \"S\", \"date\": \"2016\"}],"
    " \"actors\": [{\"id\": \"x\", \"name\": \"X2\", \"kind\": \"commune\", \"sources\": [{\"source\": \"s\"}]}]}");
  g_autoptr(AictDataset) c = load_data (
    "{\"format\": \"aict/1\", \"sources\": [{\"id\": \"x\", \"title\": \"X\"}]}");
  g_autoptr(AictMergeOptions) options = aict_merge_options_new ();
  g_autoptr(GError) error = NULL;

  /* Sources of the same date: neither version is more recent. */
  {
    g_autoptr(AictMerge) merge = NULL;

    aict_merge_options_set_rule (options, AICT_MERGE_PREFER_NEWER);
    merge = aict_merge_new (options);
    aict_merge_add_dataset (merge, a, NULL);
    aict_merge_add_dataset (merge, b, NULL);
    g_assert_false (aict_merge_run (merge, &error));
    g_assert_error (error, AICT_ERROR, AICT_ERROR_CONFLICT);
    g_assert_nonnull (strstr (error->message, "#1"));
    g_assert_nonnull (strstr (error->message, "#2"));
    g_clear_error (&error);
    g_assert_cmpuint (aict_merge_get_n_unresolved (merge), ==, 1);
  }

  /* The preferred file does not hold the object. */
  {
    g_autoptr(AictMerge) merge = NULL;
    g_autoptr(AictDataset) empty = aict_dataset_new ();

    aict_merge_options_set_rule (options, AICT_MERGE_PREFER_FILE);
    aict_merge_options_set_preferred_file (options, 2);
    merge = aict_merge_new (options);
    aict_merge_add_dataset (merge, a, "a");
    aict_merge_add_dataset (merge, b, "b");
    aict_merge_add_dataset (merge, empty, "empty");
    g_assert_false (aict_merge_run (merge, &error));
    g_assert_error (error, AICT_ERROR, AICT_ERROR_CONFLICT);
    g_clear_error (&error);
  }

  /* A file number out of range. */
  {
    g_autoptr(AictMerge) merge = NULL;

    aict_merge_options_set_preferred_file (options, 5);
    merge = aict_merge_new (options);
    aict_merge_add_dataset (merge, a, "a");
    g_assert_false (aict_merge_run (merge, &error));
    g_assert_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT);
    g_clear_error (&error);
  }

  /* One id, two types: a conflict of the whole object. */
  {
    g_autoptr(AictMerge) merge = aict_merge_new (NULL);
    AictMergeConflict *conflict;

    aict_merge_add_dataset (merge, a, "a");
    aict_merge_add_dataset (merge, c, "c");
    g_assert_false (aict_merge_run (merge, &error));
    g_assert_error (error, AICT_ERROR, AICT_ERROR_CONFLICT);
    g_assert_nonnull (strstr (error->message, "the whole object"));
    g_clear_error (&error);
    g_assert_cmpuint (aict_merge_get_n_conflicts (merge), ==, 1);
    conflict = aict_merge_get_conflict (merge, 0);
    g_assert_cmpstr (aict_merge_conflict_get_path (conflict), ==, "");
    g_assert_cmpstr (aict_merge_conflict_get_type_name (conflict), ==, "actor");
    g_assert_true (g_str_has_prefix (aict_merge_conflict_get_first_value (conflict), "{\"id\": \"x\""));
  }

  /* ... settled by a file: the version kept lands in its collection. */
  {
    g_autoptr(AictMerge) merge = NULL;

    aict_merge_options_set_preferred_file (options, 1);
    merge = aict_merge_new (options);
    aict_merge_add_dataset (merge, a, "a");
    aict_merge_add_dataset (merge, c, "c");
    g_assert_true (aict_merge_run (merge, &error));
    g_assert_no_error (error);
    g_assert_null (aict_dataset_lookup_actor (aict_merge_get_dataset (merge), "x"));
    g_assert_nonnull (aict_dataset_lookup_source (aict_merge_get_dataset (merge), "x"));
  }
}

/* The merged dataset is loaded with the limits of the options. */
static void
test_merge_limits (void)
{
  g_autoptr(AictMergeOptions) options = aict_merge_options_new ();
  g_autoptr(AictMergeOptions) copy = NULL;
  g_autoptr(AictLoadOptions) load_options = aict_load_options_new ();
  g_autoptr(AictMerge) merge = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (aict_merge_options_get_load_options (options));
  aict_load_options_set_max_file_size (load_options, 1000);
  aict_merge_options_set_load_options (options, load_options);
  copy = aict_merge_options_copy (options);
  g_assert_cmpuint (aict_load_options_get_max_file_size (aict_merge_options_get_load_options (copy)),
                    ==, 1000);

  merge = merge_files (copy, "member-a.json", "member-b.json", NULL);
  g_assert_false (aict_merge_run (merge, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_LIMIT);
  g_assert_null (aict_merge_get_dataset (merge));

  aict_merge_options_set_load_options (options, NULL);
  g_assert_null (aict_merge_options_get_load_options (options));
}

static void
test_merge_json (void)
{
  g_autoptr(AictMerge) merge = merge_files (NULL, "member-a.json", "conflict.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  JsonObject *root, *conflict;

  g_assert_false (aict_merge_run (merge, &error));
  g_clear_error (&error);
  json = aict_merge_to_json (merge);
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_false (json_object_get_boolean_member (root, "merged"));
  g_assert_cmpint (json_object_get_int_member (root, "n_conflicts"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (root, "n_unresolved"), ==, 2);
  conflict = json_array_get_object_element (json_object_get_array_member (root, "conflicts"), 1);
  g_assert_cmpstr (json_object_get_string_member (conflict, "path"), ==, "status");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (conflict, "first"), "value"),
                   ==, "active");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (conflict, "other"), "file"),
                   ==, "conflict.json");
  g_assert_true (json_object_get_null_member (conflict, "chosen"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aict/merge/members", test_merge_members);
  g_test_add_func ("/aict/merge/diff", test_merge_diff);
  g_test_add_func ("/aict/merge/refuse", test_merge_refuse);
  g_test_add_func ("/aict/merge/prefer", test_merge_prefer);
  g_test_add_func ("/aict/merge/unsettled", test_merge_unsettled);
  g_test_add_func ("/aict/merge/limits", test_merge_limits);
  g_test_add_func ("/aict/merge/json", test_merge_json);

  return g_test_run ();
}
