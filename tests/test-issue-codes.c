/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "aict-issue-code-private.h"
#include "aict-enum-types.h"

/* The table of issue codes against doc/validation.md, both ways: every
 * row of the table is documented with the same severity, every documented
 * code is a row, and the enumeration's nicks are the table's codes. */

typedef struct
{
  char *code;
  char *severity;
} DocRow;

static void
doc_row_free (gpointer data)
{
  DocRow *row = data;

  g_free (row->code);
  g_free (row->severity);
  g_free (row);
}

/* The rows "| `code` | severity | rule |" of the table of rules. */
static GPtrArray *
read_documented_codes (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("AICT_SOURCE_ROOT"), "doc", "validation.md", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GRegex) regex = g_regex_new ("^\\| `([a-z0-9-]+)` \\| ([a-z]+) \\|", 0, 0, &error);
  GPtrArray *rows = g_ptr_array_new_with_free_func (doc_row_free);

  g_assert_no_error (error);
  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GMatchInfo) match = NULL;

      if (g_regex_match (regex, lines[i], 0, &match))
        {
          DocRow *row = g_new0 (DocRow, 1);

          row->code = g_match_info_fetch (match, 1);
          row->severity = g_match_info_fetch (match, 2);
          g_ptr_array_add (rows, row);
        }
    }

  return rows;
}

static const char *
severity_word (AictSeverity severity)
{
  switch (severity)
    {
    case AICT_SEVERITY_ERROR: return "error";
    case AICT_SEVERITY_WARNING: return "warning";
    case AICT_SEVERITY_INFO: return "info";
    default: return "?";
    }
}

static void
test_table_documented (void)
{
  g_autoptr(GPtrArray) documented = read_documented_codes ();
  guint n_rows = 0;
  const AictIssueCodeInfo *table = _aict_issue_code_get_table (&n_rows);

  g_assert_cmpuint (documented->len, >, 20);

  for (guint i = 0; i < n_rows; i++)
    {
      const DocRow *found = NULL;

      for (guint j = 0; j < documented->len; j++)
        if (strcmp (((DocRow *) g_ptr_array_index (documented, j))->code, table[i].nick) == 0)
          found = g_ptr_array_index (documented, j);

      if (found == NULL)
        g_test_message ("%s is not in doc/validation.md", table[i].nick);
      g_assert_nonnull (found);
      g_assert_cmpstr (found->severity, ==, severity_word (table[i].severity));
    }

  for (guint j = 0; j < documented->len; j++)
    {
      const DocRow *row = g_ptr_array_index (documented, j);
      AictIssueCode code = _aict_issue_code_from_nick (row->code);

      if (code == AICT_ISSUE_CODE_UNKNOWN)
        g_test_message ("%s is documented but not in the table", row->code);
      g_assert_cmpint (code, !=, AICT_ISSUE_CODE_UNKNOWN);
    }

  g_assert_cmpuint (documented->len, ==, n_rows);
}

static void
test_table_matches_enum (void)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (AICT_TYPE_ISSUE_CODE);
  guint n_rows = 0;
  const AictIssueCodeInfo *table = _aict_issue_code_get_table (&n_rows);

  /* UNKNOWN and one value per row. */
  g_assert_cmpuint (klass->n_values, ==, n_rows + 1);
  g_assert_null (_aict_issue_code_get_info (AICT_ISSUE_CODE_UNKNOWN));
  g_assert_null (_aict_issue_code_get_info ((AictIssueCode) (n_rows + 1)));

  for (guint i = 0; i < n_rows; i++)
    {
      GEnumValue *value = g_enum_get_value (klass, table[i].code);

      g_assert_nonnull (value);
      g_assert_cmpstr (value->value_nick, ==, table[i].nick);
      g_assert_true (_aict_issue_code_get_info (table[i].code) == &table[i]);
      g_assert_cmpint (_aict_issue_code_from_nick (table[i].nick), ==, table[i].code);
      g_assert_true (table[i].severity == AICT_SEVERITY_ERROR ||
                     table[i].severity == AICT_SEVERITY_WARNING);
      if (g_str_has_prefix (table[i].nick, "reference-"))
        g_assert_cmpint (table[i].error, ==, AICT_ERROR_REFERENCE);
    }

  g_assert_cmpint (_aict_issue_code_from_nick ("no-such-rule"), ==, AICT_ISSUE_CODE_UNKNOWN);
  g_assert_cmpint (_aict_issue_code_from_nick (NULL), ==, AICT_ISSUE_CODE_UNKNOWN);
}

static void
test_issue_code_enum (void)
{
  g_autoptr(AictIssue) known = aict_issue_new (AICT_SEVERITY_ERROR, "duplicate-id", "$.actors[1].id",
                                               "a", "taken");
  g_autoptr(AictIssue) other = aict_issue_new (AICT_SEVERITY_INFO, "my-own-rule", "$", NULL, "mine");

  g_assert_cmpint (aict_issue_get_code_enum (known), ==, AICT_ISSUE_CODE_DUPLICATE_ID);
  g_assert_cmpint (aict_issue_get_code_enum (other), ==, AICT_ISSUE_CODE_UNKNOWN);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/issue-codes/documented", test_table_documented);
  g_test_add_func ("/issue-codes/enum", test_table_matches_enum);
  g_test_add_func ("/issue-codes/issue", test_issue_code_enum);

  return g_test_run ();
}
