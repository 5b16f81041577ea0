/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* aict_dataset_diff(): objects added, removed and changed, member by
 * member, in the order of the datasets; its JSON. */

#include <locale.h>
#include <string.h>

#include <aict/aict.h>

static AictDataset *
load_fixture (const char *dir,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, dir, name, NULL);
  AictDataset *dataset = aict_dataset_new_from_file (path, &error);

  g_assert_no_error (error);
  return dataset;
}

static AictDataset *
load_merge (const char *name)
{
  return load_fixture ("data/merge", name);
}

static AictDataset *
load_data (const char *json)
{
  g_autoptr(GError) error = NULL;
  AictDataset *dataset = aict_dataset_new_from_data (json, -1, &error);

  g_assert_no_error (error);
  return dataset;
}

/* "kind type id [meeting]" of each entry, joined by "; ". */
static char *
summarise (AictDiff *diff)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GEnumClass) klass = g_type_class_ref (AICT_TYPE_DIFF_KIND);

  for (guint i = 0; i < aict_diff_get_n_entries (diff); i++)
    {
      AictDiffEntry *entry = aict_diff_get_entry (diff, i);

      if (i > 0)
        g_string_append (out, "; ");
      g_string_append_printf (out, "%s %s %s",
                              g_enum_get_value (klass, aict_diff_entry_get_kind (entry))->value_nick,
                              aict_diff_entry_get_type_name (entry),
                              aict_diff_entry_get_id (entry) ? aict_diff_entry_get_id (entry) : "-");
      if (aict_diff_entry_get_meeting_id (entry) != NULL)
        g_string_append_printf (out, " in %s", aict_diff_entry_get_meeting_id (entry));
      for (guint j = 0; j < aict_diff_entry_get_n_changes (entry); j++)
        g_string_append_printf (out, " [%s: %s -> %s]", aict_diff_entry_get_change_path (entry, j),
                                aict_diff_entry_get_change_old_value (entry, j),
                                aict_diff_entry_get_change_new_value (entry, j));
    }

  return g_string_free (out, FALSE);
}

static void
test_diff_self (void)
{
  const char * const merge_files[] = { "before.json", "after.json", "member-a.json", "member-b.json",
                                       "conflict.json" };

  for (guint i = 0; i < G_N_ELEMENTS (merge_files); i++)
    {
      g_autoptr(AictDataset) dataset = load_merge (merge_files[i]);
      g_autoptr(AictDataset) again = load_merge (merge_files[i]);
      g_autoptr(AictDiff) self_diff = aict_dataset_diff (dataset, dataset);
      g_autoptr(AictDiff) diff = aict_dataset_diff (dataset, again);

      g_assert_true (aict_diff_is_empty (self_diff));
      g_assert_true (aict_diff_is_empty (diff));
      g_assert_cmpuint (aict_diff_get_n_entries (diff), ==, 0);
    }

  {
    g_autoptr(AictDataset) a = load_fixture ("../data", "meeting-2016.json");
    g_autoptr(AictDataset) b = load_fixture ("../data", "meeting-2016.json");
    g_autoptr(AictDiff) diff = aict_dataset_diff (a, b);
    g_autofree char *json = aict_diff_to_json (diff);

    g_assert_true (aict_diff_is_empty (diff));
    g_assert_nonnull (strstr (json, "\"identical\": true"));
  }
}

static void
test_diff_meetings (void)
{
  g_autoptr(AictDataset) before = load_merge ("before.json");
  g_autoptr(AictDataset) after = load_merge ("after.json");
  g_autoptr(AictDiff) diff = aict_dataset_diff (before, after);
  g_autoptr(AictDiff) reverse = aict_dataset_diff (after, before);
  g_autofree char *text = summarise (diff);
  g_autofree char *reverse_text = summarise (reverse);
  AictDiffEntry *entry;

  g_assert_cmpstr (text, ==,
                   "removed actor cmc; "
                   "changed partnership p-larache [status: \"active\" -> \"slowed\"]; "
                   "changed partnership p-kindia [status: \"active\" -> \"ended\"] "
                   "[end: null -> \"2024-06-30\"]; "
                   "changed partnership p-ziguinchor [status: \"planned\" -> \"active\"]; "
                   "added partnership p-larache-2; "
                   "added outcome m2024-o2 in m2024; "
                   "added meeting m2024b; "
                   "added outcome m2024b-o1 in m2024b");
  g_assert_cmpstr (reverse_text, ==,
                   "added actor cmc; "
                   "changed partnership p-larache [status: \"slowed\" -> \"active\"]; "
                   "changed partnership p-kindia [status: \"ended\" -> \"active\"] "
                   "[end: \"2024-06-30\" -> null]; "
                   "changed partnership p-ziguinchor [status: \"active\" -> \"planned\"]; "
                   "removed partnership p-larache-2; "
                   "removed outcome m2024-o2 in m2024; "
                   "removed meeting m2024b; "
                   "removed outcome m2024b-o1 in m2024b");

  g_assert_false (aict_diff_is_empty (diff));
  g_assert_cmpuint (aict_diff_count (diff, AICT_DIFF_CHANGED, "partnership"), ==, 3);
  g_assert_cmpuint (aict_diff_count (diff, AICT_DIFF_ADDED, NULL), ==, 4);
  g_assert_cmpuint (aict_diff_count (diff, AICT_DIFF_ADDED, "outcome"), ==, 2);
  g_assert_cmpuint (aict_diff_count (diff, AICT_DIFF_REMOVED, "actor"), ==, 1);
  g_assert_cmpuint (aict_diff_count (diff, AICT_DIFF_REMOVED, "partnership"), ==, 0);

  entry = aict_diff_get_entry (diff, 0);
  g_assert_true (aict_diff_entry_get_old_entity (entry) ==
                 AICT_ENTITY (aict_dataset_lookup_actor (before, "cmc")));
  g_assert_null (aict_diff_entry_get_new_entity (entry));
  entry = aict_diff_get_entry (diff, 1);
  g_assert_true (aict_diff_entry_get_new_entity (entry) ==
                 AICT_ENTITY (aict_dataset_lookup_partnership (after, "p-larache")));
  g_assert_true (aict_diff_entry_get_old_entity (entry) ==
                 AICT_ENTITY (aict_dataset_lookup_partnership (before, "p-larache")));
}

static void
test_diff_api_changes (void)
{
  g_autoptr(AictDataset) old_dataset = load_merge ("before.json");
  g_autoptr(AictDataset) new_dataset = load_merge ("before.json");
  g_autoptr(AictDiff) diff = NULL;
  g_autofree char *text = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  aict_dataset_set_title (new_dataset, "Réseau\u00a0régional, 2024");
  aict_partnership_set_status (aict_dataset_lookup_partnership (new_dataset, "p-kindia"),
                               AICT_PARTNERSHIP_STATUS_DORMANT);
  {
    g_autoptr(AictSourceRef) ref = aict_source_ref_new_full ("cr-x", "p. 4");

    aict_entity_add_source_ref (AICT_ENTITY (aict_dataset_lookup_actor (new_dataset, "cd33")), ref);
  }
  g_assert_true (aict_dataset_remove (new_dataset, "cmc"));

  diff = aict_dataset_diff (old_dataset, new_dataset);
  text = summarise (diff);
  g_assert_cmpstr (text, ==,
                   "changed dataset - [title: \"Réseau régional\" -> \"Réseau\u00a0régional, 2024\"]; "
                   "changed actor cd33 [sources: [] -> [{\"source\": \"cr-x\", \"locator\": \"p. 4\"}]]; "
                   "removed actor cmc; "
                   "changed partnership p-kindia [status: \"active\" -> \"dormant\"]");

  /* The same datasets give the same diff, byte for byte. */
  {
    g_autoptr(AictDiff) again = aict_dataset_diff (old_dataset, new_dataset);

    first = aict_diff_to_json (diff);
    second = aict_diff_to_json (again);
    g_assert_cmpstr (first, ==, second);
  }
}

static void
test_diff_paths (void)
{
  g_autoptr(AictDataset) a = load_data (
    "{\"format\": \"aict/1\", \"actors\": ["
    " {\"id\": \"x\", \"name\": \"X\", \"kind\": \"commune\", \"country\": \"FR\"},"
    " {\"id\": \"y\", \"name\": \"Y\", \"kind\": \"commune\", \"country\": \"SN\"}],"
    " \"partnerships\": [{\"id\": \"p\", \"title\": \"P\", \"status\": \"active\","
    "  \"participants\": [{\"actor\": \"x\", \"role\": \"lead\"}, {\"actor\": \"y\", \"role\": \"partner\"}],"
    "  \"countries\": [\"SN\"]}],"
    " \"meetings\": [{\"id\": \"m\", \"title\": \"M\", \"date\": \"2024\","
    "  \"place\": {\"locality\": \"Bordeaux\"},"
    "  \"agenda\": [{\"id\": \"m-1\", \"title\": \"One\"}],"
    "  \"contributions\": [{\"id\": \"m-c1\", \"actor\": \"x\", \"summary\": \"Hello\"}]}]}");
  g_autoptr(AictDataset) b = load_data (
    "{\"format\": \"aict/1\", \"actors\": ["
    " {\"id\": \"x\", \"name\": \"X\", \"kind\": \"commune\", \"country\": \"FR\"},"
    " {\"id\": \"y\", \"name\": \"Y\", \"kind\": \"commune\", \"country\": \"SN\"}],"
    " \"partnerships\": [{\"id\": \"p\", \"title\": \"P\", \"status\": \"active\","
    "  \"participants\": [{\"actor\": \"x\", \"role\": \"lead\"}, {\"actor\": \"y\", \"role\": \"operator\"}],"
    "  \"countries\": [\"SN\", \"ML\"]}],"
    " \"meetings\": [{\"id\": \"m\", \"title\": \"M\", \"date\": \"2024\","
    "  \"place\": {\"locality\": \"Pessac\"},"
    "  \"agenda\": [{\"id\": \"m-1\", \"title\": \"One\\t\"}],"
    "  \"contributions\": [{\"id\": \"m-c1\", \"actor\": \"x\", \"summary\": \"Hello\"}]}]}");
  g_autoptr(AictDiff) diff = aict_dataset_diff (a, b);
  g_autofree char *text = summarise (diff);
  g_autofree char *json = aict_diff_to_json (diff);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  g_assert_cmpstr (text, ==,
                   "changed partnership p [participants[1].role: \"partner\" -> \"operator\"] "
                   "[countries: [\"SN\"] -> [\"SN\", \"ML\"]]; "
                   "changed meeting m [place.locality: \"Bordeaux\" -> \"Pessac\"]; "
                   "changed agenda_item m-1 in m [title: \"One\" -> \"One\\t\"]");

  /* Valid JSON whatever the data: the tab is escaped. */
  g_assert_null (strchr (json, '\t'));
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_false (json_object_get_boolean_member (root, "identical"));
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "counts"),
                                               "changed"), ==, 3);
  {
    JsonArray *entries = json_object_get_array_member (root, "entries");
    JsonObject *last = json_array_get_object_element (entries, 2);
    JsonObject *member = json_array_get_object_element (json_object_get_array_member (last, "members"), 0);

    g_assert_cmpstr (json_object_get_string_member (last, "meeting"), ==, "m");
    g_assert_cmpstr (json_object_get_string_member (member, "new"), ==, "One\t");
  }
}

/* An object whose id moved to another collection is removed there and
 * added here; a repeated id matches in order. */
static void
test_diff_types (void)
{
  g_autoptr(AictDataset) a = load_data (
    "{\"format\": \"aict/1\", \"sources\": [{\"id\": \"z\", \"title\": \"Z\"}],"
    " \"actors\": [{\"id\": \"d\", \"name\": \"D1\", \"kind\": \"commune\"},"
    "  {\"id\": \"d\", \"name\": \"D2\", \"kind\": \"commune\"}]}");
  g_autoptr(AictDataset) b = load_data (
    "{\"format\": \"aict/1\","
    " \"actors\": [{\"id\": \"z\", \"name\": \"Z\", \"kind\": \"commune\"},"
    "  {\"id\": \"d\", \"name\": \"D1\", \"kind\": \"commune\"},"
    "  {\"id\": \"d\", \"name\": \"D3\", \"kind\": \"commune\"}]}");
  g_autoptr(AictDiff) diff = aict_dataset_diff (a, b);
  g_autofree char *text = summarise (diff);

  g_assert_cmpstr (text, ==,
                   "removed source z; "
                   "changed actor d [name: \"D2\" -> \"D3\"]; "
                   "added actor z");
}

/* Every valid fixture (every kind of member) against a second load of
 * itself: nothing; then with one budget amount edited: that member. */
static void
test_diff_fixtures (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "valid", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(AictDataset) a = NULL;
      g_autoptr(AictDataset) b = NULL;
      g_autoptr(AictDiff) diff = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      a = load_fixture ("data/valid", name);
      b = load_fixture ("data/valid", name);
      diff = aict_dataset_diff (a, b);
      g_assert_true (aict_diff_is_empty (diff));
      n++;
    }
  g_assert_cmpuint (n, >, 10);

  {
    g_autoptr(AictDataset) a = load_fixture ("data/valid", "budgets.json");
    g_autoptr(AictDataset) b = load_fixture ("data/valid", "budgets.json");
    g_autoptr(AictAmount) amount = NULL;
    g_autoptr(AictDiff) diff = NULL;
    g_autofree char *text = NULL;

    amount = aict_amount_new_range (3000000, 9000000, "EUR");
    aict_budget_set_amount (aict_dataset_lookup_budget (b, "b-cd24-2016"), amount);
    diff = aict_dataset_diff (a, b);
    text = summarise (diff);
    g_assert_cmpstr (text, ==, "changed budget b-cd24-2016 [amount.max: \"70000\" -> \"90000\"]");
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aict/diff/self", test_diff_self);
  g_test_add_func ("/aict/diff/meetings", test_diff_meetings);
  g_test_add_func ("/aict/diff/api-changes", test_diff_api_changes);
  g_test_add_func ("/aict/diff/paths", test_diff_paths);
  g_test_add_func ("/aict/diff/types", test_diff_types);
  g_test_add_func ("/aict/diff/fixtures", test_diff_fixtures);

  return g_test_run ();
}
