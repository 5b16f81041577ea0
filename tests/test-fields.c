/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The per-type tables of members (lib/aict-fields-private.h) against what
 * describes the format to users: the JSON Schema and the tables of
 * doc/format.md.  Either drifting from the tables fails here. */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "aict-fields-private.h"

#include <aict/aict.h>

static char *
source_path (const char *relative)
{
  const char *root = g_getenv ("AICT_SOURCE_ROOT");

  g_assert_nonnull (root);
  return g_build_filename (root, relative, NULL);
}

/* "agenda_item" → "agendaItem", "source_ref" → "sourceRef". */
static char *
camel_case (const char *name)
{
  GString *s = g_string_new (NULL);

  for (const char *p = name; *p != '\0'; p++)
    {
      if (*p == '_' && p[1] != '\0')
        g_string_append_c (s, g_ascii_toupper (*++p));
      else
        g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

static gboolean
is_format_member (const AictFieldInfo *field)
{
  return (field->flags & AICT_FIELD_VIEW_ONLY) == 0;
}

static void
test_schema (void)
{
  g_autofree char *path = source_path ("data/aict-1.schema.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const AictTypeInfo * const *infos = _aict_type_infos ();
  JsonObject *defs;

  /* The schema is a file of the tree, not untrusted input. */
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  defs = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "$defs");
  g_assert_nonnull (defs);

  for (guint i = 0; infos[i] != NULL; i++)
    {
      const AictTypeInfo *info = infos[i];
      g_autofree char *name = camel_case (info->name);
      JsonObject *def, *properties;
      JsonArray *required;
      guint n_members = 0, n_required = 0;

      g_test_message ("%s", name);
      g_assert_true (json_object_has_member (defs, name));
      def = json_object_get_object_member (defs, name);
      properties = json_object_get_object_member (def, "properties");
      required = json_object_has_member (def, "required") ? json_object_get_array_member (def, "required")
                                                           : NULL;
      g_assert_nonnull (properties);
      g_assert_true (json_object_get_boolean_member_with_default (def, "additionalProperties", TRUE) == FALSE);

      for (guint f = 0; f < info->n_fields; f++)
        {
          const AictFieldInfo *field = &info->fields[f];
          gboolean in_required = FALSE;

          if (!is_format_member (field))
            {
              g_assert_false (json_object_has_member (properties, field->name));
              continue;
            }
          n_members++;
          if (!json_object_has_member (properties, field->name))
            g_error ("the schema's %s has no property “%s”", name, field->name);

          for (guint r = 0; required != NULL && r < json_array_get_length (required); r++)
            if (g_strcmp0 (json_array_get_string_element (required, r), field->name) == 0)
              in_required = TRUE;
          if (in_required != ((field->flags & AICT_FIELD_REQUIRED) != 0))
            g_error ("the schema's %s %s “%s” required, its table does not", name,
                     in_required ? "has" : "does not have", field->name);
          n_required += in_required;
        }
      /* Nothing in the schema that the table lacks. */
      g_assert_cmpuint (json_object_get_size (properties), ==, n_members);
      g_assert_cmpuint (required != NULL ? json_array_get_length (required) : 0, ==, n_required);
    }
}

/* The member names of the table under the heading "## @title" or
 * "### @title" of format.md, with whether each is required ("yes"), or
 * NULL if there is no such heading. */
static GPtrArray *
doc_members (const char *doc,
             const char *title,
             GPtrArray **required)
{
  g_auto(GStrv) lines = g_strsplit (doc, "\n", -1);
  GPtrArray *members = NULL;
  gboolean in_section = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (g_str_has_prefix (line, "#"))
        {
          const char *heading = line + strspn (line, "#");

          if (in_section)
            break;
          in_section = (g_str_has_prefix (line, "## ") || g_str_has_prefix (line, "### ")) &&
                       strcmp (heading + 1, title) == 0;
          if (in_section)
            {
              members = g_ptr_array_new_with_free_func (g_free);
              *required = g_ptr_array_new_with_free_func (g_free);
            }
          continue;
        }

      if (in_section && g_str_has_prefix (line, "| `"))
        {
          g_auto(GStrv) cells = g_strsplit (line, "|", -1);
          g_autofree char *member = g_strstrip (g_strdup (cells[1]));
          g_autofree char *req = g_strstrip (g_strdup (cells[3]));
          gsize len = strlen (member);

          g_assert_true (len > 2 && member[len - 1] == '`');
          g_ptr_array_add (members, g_strndup (member + 1, len - 2));
          g_ptr_array_add (*required, g_strdup (req));
        }
      else if (in_section && members->len > 0 && line[0] != '|')
        break;   /* the end of the section's first table */
    }

  return members;
}

static void
test_format_doc (void)
{
  g_autofree char *path = source_path ("doc/format.md");
  g_autofree char *doc = NULL;
  g_autoptr(GError) error = NULL;
  const AictTypeInfo * const *infos = _aict_type_infos ();

  g_file_get_contents (path, &doc, NULL, &error);
  g_assert_no_error (error);

  for (guint i = 0; infos[i] != NULL; i++)
    {
      const AictTypeInfo *info = infos[i];
      g_autofree char *title = g_strdelimit (g_strdup (info->name), "_", ' ');
      g_autoptr(GPtrArray) required = NULL;
      g_autoptr(GPtrArray) members = NULL;
      guint m = 0;

      if (strcmp (info->name, "source_ref") == 0)
        {
          g_free (title);
          title = g_strdup ("source reference");
        }

      members = doc_members (doc, title, &required);
      if (members == NULL)
        {
          /* An identifier is described inline, in the actor's table. */
          g_assert_cmpstr (info->name, ==, "identifier");
          continue;
        }

      g_test_message ("%s", title);
      for (guint f = 0; f < info->n_fields; f++)
        {
          const AictFieldInfo *field = &info->fields[f];
          gboolean doc_required;

          if (!is_format_member (field))
            continue;
          if (m >= members->len)
            g_error ("format.md's %s lacks “%s”", title, field->name);
          if (strcmp (g_ptr_array_index (members, m), field->name) != 0)
            g_error ("format.md's %s has “%s” where its table has “%s”", title,
                     (char *) g_ptr_array_index (members, m), field->name);
          doc_required = strcmp (g_ptr_array_index (required, m), "yes") == 0;
          if (doc_required != ((field->flags & AICT_FIELD_REQUIRED) != 0))
            g_error ("format.md's %s says “%s” is %srequired; its table does not", title,
                     field->name, doc_required ? "" : "not ");
          m++;
        }
      if (m != members->len)
        g_error ("format.md's %s has “%s”, which its table lacks", title,
                 (char *) g_ptr_array_index (members, m));
    }
}

/* Decoding is driven by the tables: each type's table must be one the
 * decoder can follow (at most 32 members, stored kinds with storage). */
static void
test_tables (void)
{
  const AictTypeInfo * const *infos = _aict_type_infos ();

  for (guint i = 0; infos[i] != NULL; i++)
    {
      const AictTypeInfo *info = infos[i];

      g_assert_cmpuint (info->n_fields, <=, 32);
      g_assert_nonnull (info->what);
      for (guint f = 0; f < info->n_fields; f++)
        {
          const AictFieldInfo *field = &info->fields[f];

          g_assert_nonnull (field->description);
          if (field->flags & AICT_FIELD_DECODE_REQUIRED)
            g_assert_nonnull (info->missing_message);
          if (field->kind == AICT_FIELD_RECORD_LIST)
            g_assert_true (field->take != NULL && field->peek != NULL && field->record != NULL);
          if (field->kind == AICT_FIELD_ENTITY_LIST)
            g_assert_true (field->take != NULL && field->model != NULL && field->record != NULL);
          if (field->kind == AICT_FIELD_ENUM)
            g_assert_nonnull (field->enum_type);
          for (guint g = 0; g < f; g++)
            g_assert_cmpstr (info->fields[g].name, !=, field->name);
        }
    }
}


/* What libaict writes loads again with the limits it was read with: a
 * compact file whose canonical form is larger than its limit is refused
 * by the save, before anything is written. */
static void
test_save_reloads (void)
{
  const char *compact =
    "{\"format\":\"aict/1\",\"actors\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"region\"},"
    "{\"id\":\"b\",\"name\":\"B\",\"kind\":\"region\"}]}";
  g_autoptr(AictLoadOptions) options = aict_load_options_new ();
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(AictDataset) built = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("aict-fields-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.json", NULL);

  aict_load_options_set_max_file_size (options, strlen (compact));
  dataset = aict_dataset_new_from_data_full (compact, -1, options, &error);
  g_assert_no_error (error);

  bytes = aict_dataset_to_bytes (dataset, &error);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_LIMIT);
  g_assert_null (bytes);
  g_assert_nonnull (strstr (error->message, "max-file-size"));
  g_clear_error (&error);

  g_assert_false (aict_dataset_save_to_file (dataset, path, &error));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_LIMIT);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* Under the default limits it saves, and a dataset built through the
   * API has no limit to keep. */
  g_clear_object (&dataset);
  dataset = aict_dataset_new_from_data (compact, -1, &error);
  g_assert_no_error (error);
  bytes = aict_dataset_to_bytes (dataset, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, strlen (compact));
  g_clear_pointer (&bytes, g_bytes_unref);

  built = aict_dataset_new ();
  bytes = aict_dataset_to_bytes (built, &error);
  g_assert_no_error (error);
  g_rmdir (dir);
}

/* A member that was not there is not written: a component without a
 * title stays without one (the validator reports it). */
static void
test_no_invented_value (void)
{
  const char *data =
    "{\"format\":\"aict/1\",\"partnerships\":[{\"id\":\"p\",\"title\":\"P\",\"status\":\"active\","
    "\"participants\":[{\"role\":\"lead\"}],\"components\":[{\"notes\":\"x\"}]}]}";
  g_autoptr(AictDataset) dataset = NULL;
  g_autoptr(AictReport) report = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  dataset = aict_dataset_new_from_data (data, -1, &error);
  g_assert_no_error (error);
  bytes = aict_dataset_to_bytes (dataset, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_null (strstr (text, "\"title\": \"\""));
  g_assert_nonnull (strstr (text, "\"notes\": \"x\""));
  /* The participant's missing actor is left out too. */
  g_assert_null (strstr (text, "\"actor\""));

  report = aict_dataset_validate (dataset);
  g_assert_cmpuint (aict_report_get_n_errors (report), >=, 2);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fields/tables", test_tables);
  g_test_add_func ("/fields/schema", test_schema);
  g_test_add_func ("/fields/format-doc", test_format_doc);
  g_test_add_func ("/fields/save-reloads", test_save_reloads);
  g_test_add_func ("/fields/no-invented-value", test_no_invented_value);

  return g_test_run ();
}
