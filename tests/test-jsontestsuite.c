/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* Runs the JSON reader over the JSONTestSuite parsing corpus
 * (https://github.com/nst/JSONTestSuite, MIT licence, in
 * tests/jsontestsuite/):
 *
 *   n_*  must be rejected (AICT_ERROR_PARSE or AICT_ERROR_LIMIT);
 *   y_*  must be accepted, except the policy rejections in the table below;
 *   i_*  must give the outcome in the table below.
 *
 * Every rejection must have a UTF-8 message "FILE:LINE:COL: …".
 * The table is mirrored in doc/jsontestsuite.md; the test "doc-table"
 * checks that the two agree when the document is found.
 *
 * Usage: test-jsontestsuite [GTEST OPTIONS] [CORPUS-DIR]
 * The corpus directory is argv[1], else $AICT_JSONTESTSUITE_DIR, else
 * $G_TEST_SRCDIR/jsontestsuite/test_parsing.
 */

#include <string.h>

#include <aict/aict-error.h>

#include "aict-json-reader-private.h"

typedef enum
{
  ACCEPT,
  REJECT_PARSE,
  REJECT_LIMIT,
} Outcome;

typedef struct
{
  const char *name;
  Outcome     outcome;
  const char *fragment;         /* expected in the message of a rejection */
  const char *reason;
} Decision;

#define NUMBER_SYNTAX_ONLY \
  "valid RFC 8259 number grammar; the reader keeps the lexeme and never converts " \
  "it to a double; get_int()/get_decimal() reject exponents (SCHEMA) and values " \
  "beyond ±(2^53 − 1) (OVERFLOW)"

static const Decision decisions[] = {
  /* i_: implementation-defined. */
  { "i_number_double_huge_neg_exp.json", ACCEPT, NULL, NUMBER_SYNTAX_ONLY },
  { "i_number_huge_exp.json", REJECT_LIMIT, "number longer than 32 characters",
    "the lexeme has 135 characters, above max_number_len (32)" },
  { "i_number_neg_int_huge_exp.json", ACCEPT, NULL, NUMBER_SYNTAX_ONLY },
  { "i_number_pos_double_huge_exp.json", ACCEPT, NULL, NUMBER_SYNTAX_ONLY },
  { "i_number_real_neg_overflow.json", ACCEPT, NULL, NUMBER_SYNTAX_ONLY },
  { "i_number_real_pos_overflow.json", ACCEPT, NULL, NUMBER_SYNTAX_ONLY },
  { "i_number_real_underflow.json", ACCEPT, NULL, NUMBER_SYNTAX_ONLY },
  { "i_number_too_big_neg_int.json", ACCEPT, NULL,
    "31 characters, within max_number_len; get_int() reports AICT_ERROR_OVERFLOW" },
  { "i_number_too_big_pos_int.json", ACCEPT, NULL,
    "21 characters, within max_number_len; get_int() reports AICT_ERROR_OVERFLOW" },
  { "i_number_very_big_negative_int.json", REJECT_LIMIT, "number longer than 32 characters",
    "the lexeme has 49 characters, above max_number_len (32)" },
  { "i_object_key_lone_2nd_surrogate.json", REJECT_PARSE, "unpaired low surrogate",
    "a lone low surrogate escape (in a member name) is not a character" },
  { "i_string_1st_surrogate_but_2nd_missing.json", REJECT_PARSE, "unpaired high surrogate",
    "a high surrogate escape must be followed by a low one" },
  { "i_string_1st_valid_surrogate_2nd_invalid.json", REJECT_PARSE, "unpaired high surrogate",
    "a high surrogate escape followed by a non-surrogate escape" },
  { "i_string_UTF-16LE_with_BOM.json", REJECT_PARSE, "UTF-16",
    "JSON exchanged between systems must be UTF-8 (RFC 8259 §8.1)" },
  { "i_string_UTF-8_invalid_sequence.json", REJECT_PARSE, "invalid UTF-8",
    "not UTF-8" },
  { "i_string_UTF8_surrogate_U+D800.json", REJECT_PARSE, "invalid UTF-8",
    "an encoded surrogate is not valid UTF-8" },
  { "i_string_incomplete_surrogate_and_escape_valid.json", REJECT_PARSE, "unpaired high surrogate",
    "a high surrogate escape followed by \\n" },
  { "i_string_incomplete_surrogate_pair.json", REJECT_PARSE, "unpaired low surrogate",
    "\\uDd1e is a lone low surrogate" },
  { "i_string_incomplete_surrogates_escape_valid.json", REJECT_PARSE, "unpaired high surrogate",
    "two high surrogate escapes" },
  { "i_string_invalid_lonely_surrogate.json", REJECT_PARSE, "unpaired high surrogate",
    "a lone high surrogate escape" },
  { "i_string_invalid_surrogate.json", REJECT_PARSE, "unpaired high surrogate",
    "a high surrogate escape followed by plain text" },
  { "i_string_invalid_utf-8.json", REJECT_PARSE, "invalid UTF-8", "not UTF-8" },
  { "i_string_inverted_surrogates_U+1D11E.json", REJECT_PARSE, "unpaired low surrogate",
    "low surrogate before high surrogate" },
  { "i_string_iso_latin_1.json", REJECT_PARSE, "invalid UTF-8", "ISO-8859-1, not UTF-8" },
  { "i_string_lone_second_surrogate.json", REJECT_PARSE, "unpaired low surrogate",
    "a lone low surrogate escape" },
  { "i_string_lone_utf8_continuation_byte.json", REJECT_PARSE, "invalid UTF-8", "not UTF-8" },
  { "i_string_not_in_unicode_range.json", REJECT_PARSE, "invalid UTF-8",
    "a code point above U+10FFFF is not UTF-8" },
  { "i_string_overlong_sequence_2_bytes.json", REJECT_PARSE, "invalid UTF-8",
    "overlong encodings are not UTF-8" },
  { "i_string_overlong_sequence_6_bytes.json", REJECT_PARSE, "invalid UTF-8",
    "overlong encodings are not UTF-8" },
  { "i_string_overlong_sequence_6_bytes_null.json", REJECT_PARSE, "invalid UTF-8",
    "overlong encodings are not UTF-8" },
  { "i_string_truncated-utf-8.json", REJECT_PARSE, "invalid UTF-8", "not UTF-8" },
  { "i_string_utf16BE_no_BOM.json", REJECT_PARSE, "NUL byte", "UTF-16, not UTF-8" },
  { "i_string_utf16LE_no_BOM.json", REJECT_PARSE, "NUL byte", "UTF-16, not UTF-8" },
  { "i_structure_500_nested_arrays.json", REJECT_LIMIT, "nesting deeper than 32 levels",
    "depth 500 is above max_depth (32)" },
  { "i_structure_UTF-8_BOM_empty_object.json", REJECT_PARSE, "byte order mark",
    "a BOM is not allowed (RFC 8259 §8.1: implementations MUST NOT add one)" },

  /* y_ files rejected by policy (I-JSON, RFC 7493, and the limits). */
  { "y_number_double_close_to_zero.json", REJECT_LIMIT, "number longer than 32 characters",
    "the lexeme has 81 characters, above max_number_len (32)" },
  { "y_object_duplicated_key.json", REJECT_PARSE, "duplicate member name “a”",
    "I-JSON §2.3: member names must be unique" },
  { "y_object_duplicated_key_and_value.json", REJECT_PARSE, "duplicate member name “a”",
    "I-JSON §2.3: member names must be unique" },
  { "y_object_escaped_null_in_key.json", REJECT_PARSE, "\\u0000",
    "\\u0000 is rejected (C strings would truncate the name)" },
  { "y_string_escaped_noncharacter.json", REJECT_PARSE, "noncharacter U+FFFF",
    "I-JSON §2.1: no noncharacters" },
  { "y_string_last_surrogates_1_and_2.json", REJECT_PARSE, "noncharacter U+10FFFF",
    "\\uDBFF\\uDFFF is U+10FFFF, a noncharacter (I-JSON §2.1)" },
  { "y_string_nonCharacterInUTF-8_U+10FFFF.json", REJECT_PARSE, "noncharacter U+10FFFF",
    "I-JSON §2.1: no noncharacters" },
  { "y_string_nonCharacterInUTF-8_U+FFFF.json", REJECT_PARSE, "noncharacter U+FFFF",
    "I-JSON §2.1: no noncharacters" },
  { "y_string_null_escape.json", REJECT_PARSE, "\\u0000",
    "\\u0000 is rejected (C strings would truncate the value)" },
  { "y_string_unicode_U+10FFFE_nonchar.json", REJECT_PARSE, "noncharacter U+10FFFE",
    "I-JSON §2.1: no noncharacters" },
  { "y_string_unicode_U+1FFFE_nonchar.json", REJECT_PARSE, "noncharacter U+1FFFE",
    "I-JSON §2.1: no noncharacters" },
  { "y_string_unicode_U+FDD0_nonchar.json", REJECT_PARSE, "noncharacter U+FDD0",
    "I-JSON §2.1: no noncharacters" },
  { "y_string_unicode_U+FFFE_nonchar.json", REJECT_PARSE, "noncharacter U+FFFE",
    "I-JSON §2.1: no noncharacters" },
};

typedef struct
{
  char *name;
  char *path;
} Case;

static struct
{
  guint y_accepted;
  guint y_policy;
  guint n_rejected;
  guint i_accepted;
  guint i_rejected;
} counts;

static const Decision *
find_decision (const char *name)
{
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (decisions); i++)
    if (strcmp (decisions[i].name, name) == 0)
      return &decisions[i];

  return NULL;
}

static const char *
outcome_to_string (Outcome outcome)
{
  switch (outcome)
    {
    case ACCEPT: return "accept";
    case REJECT_PARSE: return "reject (parse)";
    case REJECT_LIMIT: return "reject (limit)";
    default: g_assert_not_reached ();
    }
  return NULL;
}

/* Reads @data to END with the default limits. */
static gboolean
read_document (const char  *data,
               gsize        len,
               const char  *name,
               GError     **error)
{
  g_autoptr(AictJsonReader) reader = aict_json_reader_new (data, len, name, NULL);
  AictJsonToken token;

  do
    {
      if (!aict_json_reader_next (reader, &token, error))
        return FALSE;
    }
  while (token != AICT_JSON_TOKEN_END);

  return TRUE;
}

static void
check_rejection (const Case   *c,
                 const GError *error)
{
  g_autofree char *escaped = NULL;
  g_autofree char *pattern = NULL;

  g_assert_nonnull (error);
  g_assert_true (error->domain == AICT_ERROR);
  if (error->code != AICT_ERROR_PARSE && error->code != AICT_ERROR_LIMIT)
    g_error ("%s: unexpected code %d: %s", c->name, error->code, error->message);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));

  escaped = g_regex_escape_string (c->name, -1);
  pattern = g_strdup_printf ("^%s:[0-9]+:[0-9]+: .", escaped);
  if (!g_regex_match_simple (pattern, error->message, G_REGEX_DOTALL, 0))
    g_error ("%s: message without FILE:LINE:COL: “%s”", c->name, error->message);
}

static void
test_file (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  const Decision *decision = find_decision (c->name);
  gsize len;
  gboolean accepted;
  Outcome expected;

  if (!g_file_get_contents (c->path, &contents, &len, &error))
    g_error ("%s", error->message);

  accepted = read_document (contents, len, c->name, &error);
  if (accepted)
    g_assert_no_error (error);
  else
    {
      check_rejection (c, error);
      g_test_message ("%s", error->message);
    }

  switch (c->name[0])
    {
    case 'n':
      g_assert_null (decision);
      if (accepted)
        g_error ("%s: accepted, but every n_ file must be rejected", c->name);
      counts.n_rejected++;
      return;

    case 'y':
      expected = decision != NULL ? decision->outcome : ACCEPT;
      if (expected == ACCEPT)
        {
          if (!accepted)
            g_error ("%s: rejected, but y_ files are accepted unless the policy "
                     "table says otherwise: %s", c->name, error->message);
          counts.y_accepted++;
          return;
        }
      counts.y_policy++;
      break;

    case 'i':
      if (decision == NULL)
        g_error ("%s: no decision recorded for this i_ file", c->name);
      expected = decision->outcome;
      if (accepted)
        counts.i_accepted++;
      else
        counts.i_rejected++;
      break;

    default:
      g_error ("%s: not an n_, y_ or i_ file", c->name);
      return;
    }

  if (expected == ACCEPT)
    {
      if (!accepted)
        g_error ("%s: expected accept, got: %s", c->name, error->message);
      return;
    }

  if (accepted)
    g_error ("%s: expected %s, but it was accepted", c->name, outcome_to_string (expected));
  if (error->code != (expected == REJECT_LIMIT ? AICT_ERROR_LIMIT : AICT_ERROR_PARSE))
    g_error ("%s: expected %s, got code %d: %s", c->name, outcome_to_string (expected),
             error->code, error->message);
  if (decision->fragment != NULL && strstr (error->message, decision->fragment) == NULL)
    g_error ("%s: message “%s” does not contain “%s”", c->name, error->message,
             decision->fragment);
}

/* Every decision names a file of the corpus. */
static void
test_table (gconstpointer data)
{
  GPtrArray *cases = (GPtrArray *) data;
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (decisions); i++)
    {
      gboolean found = FALSE;
      guint j;

      g_assert_true (decisions[i].name[0] == 'i' || decisions[i].name[0] == 'y');
      g_assert_true (decisions[i].name[0] == 'i' || decisions[i].outcome != ACCEPT);
      for (j = 0; j < cases->len && !found; j++)
        found = strcmp (((Case *) cases->pdata[j])->name, decisions[i].name) == 0;
      if (!found)
        g_error ("decision for %s, which is not in the corpus", decisions[i].name);
    }
}

static char *
find_doc (void)
{
  const char *env = g_getenv ("AICT_JSONTESTSUITE_DOC");

  if (env != NULL)
    return g_strdup (env);

  return g_test_build_filename (G_TEST_DIST, "..", "doc", "jsontestsuite.md", NULL);
}

/* doc/jsontestsuite.md has one line per decision, with the same outcome:
 * "| `NAME` | OUTCOME | reason |". */
static void
test_doc_table (void)
{
  g_autofree char *path = find_doc ();
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gsize i;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    {
      g_test_skip_printf ("%s not found", path);
      return;
    }

  lines = g_strsplit (contents, "\n", -1);
  for (i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = NULL;
      g_autofree char *name = NULL;
      const Decision *decision;

      if (!g_str_has_prefix (lines[i], "| `"))
        continue;
      cells = g_strsplit (lines[i], "|", -1);
      g_assert_cmpuint (g_strv_length (cells), >=, 4);
      name = g_strstrip (g_strdup (cells[1]));
      g_assert_true (g_str_has_prefix (name, "`") && g_str_has_suffix (name, "`"));
      memmove (name, name + 1, strlen (name));
      name[strlen (name) - 1] = '\0';
      decision = find_decision (name);
      if (decision == NULL)
        g_error ("%s lists %s, which has no decision in the test", path, name);
      g_strstrip (cells[2]);
      if (strcmp (cells[2], outcome_to_string (decision->outcome)) != 0)
        g_error ("%s says %s for %s, the test says %s", path, cells[2], name,
                 outcome_to_string (decision->outcome));
      g_hash_table_add (seen, g_steal_pointer (&name));
    }

  for (i = 0; i < G_N_ELEMENTS (decisions); i++)
    if (!g_hash_table_contains (seen, decisions[i].name))
      g_error ("%s does not list %s", path, decisions[i].name);
}

static void
case_free (gpointer data)
{
  Case *c = data;

  g_free (c->name);
  g_free (c->path);
  g_free (c);
}

static gint
case_compare (gconstpointer a,
              gconstpointer b)
{
  const Case *ca = *(const Case * const *) a;
  const Case *cb = *(const Case * const *) b;

  return strcmp (ca->name, cb->name);
}

static void
test_missing_corpus (gconstpointer data)
{
  g_test_fail_printf ("JSONTestSuite corpus not found in %s (give the directory as the "
                      "first argument or in AICT_JSONTESTSUITE_DIR)", (const char *) data);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (case_free);
  g_autofree char *dir = NULL;
  g_autoptr(GDir) gdir = NULL;
  const char *name;
  guint n_y = 0, n_n = 0, n_i = 0;
  guint i;
  int ret;

  g_test_init (&argc, &argv, NULL);

  if (argc > 1)
    dir = g_strdup (argv[1]);
  else if (g_getenv ("AICT_JSONTESTSUITE_DIR") != NULL)
    dir = g_strdup (g_getenv ("AICT_JSONTESTSUITE_DIR"));
  else
    dir = g_test_build_filename (G_TEST_DIST, "jsontestsuite", "test_parsing", NULL);

  gdir = g_dir_open (dir, 0, NULL);
  if (gdir == NULL)
    {
      g_test_add_data_func ("/aict/jsontestsuite/corpus", dir, test_missing_corpus);
      return g_test_run ();
    }

  while ((name = g_dir_read_name (gdir)) != NULL)
    {
      Case *c;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      c = g_new0 (Case, 1);
      c->name = g_strdup (name);
      c->path = g_build_filename (dir, name, NULL);
      g_ptr_array_add (cases, c);
      switch (name[0])
        {
        case 'y': n_y++; break;
        case 'n': n_n++; break;
        case 'i': n_i++; break;
        default: break;
        }
    }
  g_ptr_array_sort (cases, case_compare);

  g_test_add_data_func ("/aict/jsontestsuite/table", cases, test_table);
  g_test_add_func ("/aict/jsontestsuite/doc-table", test_doc_table);
  for (i = 0; i < cases->len; i++)
    {
      Case *c = cases->pdata[i];
      g_autofree char *stem = g_strndup (c->name, strlen (c->name) - strlen (".json"));
      g_autofree char *test_path = g_strdup_printf ("/aict/jsontestsuite/%c/%s", c->name[0], stem);

      g_test_add_data_func (test_path, c, test_file);
    }

  ret = g_test_run ();

  g_print ("# JSONTestSuite in %s: %u files (%u y_, %u n_, %u i_)\n",
           dir, cases->len, n_y, n_n, n_i);
  g_print ("# y_: %u accepted, %u rejected by policy\n", counts.y_accepted, counts.y_policy);
  g_print ("# n_: %u rejected\n", counts.n_rejected);
  g_print ("# i_: %u accepted, %u rejected\n", counts.i_accepted, counts.i_rejected);

  return ret;
}
