/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* Loading what is not a valid aict/1 file: a table of hand-written bad
 * files (tests/data/bad/), each with its error code and where the message
 * must point; the limits of AictLoadOptions at their boundaries; files
 * that are not regular files; and the JSONTestSuite corpus at the dataset
 * level (RELIABILITY.md B1, B4). */

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <aict/aict.h>

typedef struct
{
  const char *file;        /* under tests/data/bad/ */
  AictError   code;
  const char *position;    /* "LINE:COL" */
  const char *path;        /* the JSONPath after the position, or NULL */
  const char *fragment;    /* in the message */
} BadFile;

static const BadFile bad_files[] = {
  { "amount-1e400.json", AICT_ERROR_SCHEMA, "8:47", "$.budgets[0].amount.value",
    "exponent" },
  { "amount-2-pow-53-cents.json", AICT_ERROR_OVERFLOW, "8:47", "$.budgets[0].amount.value",
    "2^53" },
  { "amount-2-pow-53-negative.json", AICT_ERROR_OVERFLOW, "8:45", "$.budgets[0].amount.min",
    "2^53" },
  { "amount-2-pow-53.json", AICT_ERROR_OVERFLOW, "8:47", "$.budgets[0].amount.value",
    "2^53" },
  { "amount-2-pow-63.json", AICT_ERROR_OVERFLOW, "8:47", "$.budgets[0].amount.value",
    "2^53" },
  { "amount-2-pow-64.json", AICT_ERROR_OVERFLOW, "8:47", "$.budgets[0].amount.value",
    "2^53" },
  { "amount-20-digits.json", AICT_ERROR_OVERFLOW, "8:47", "$.budgets[0].amount.value",
    "2^53" },
  { "amount-decimals-before-currency.json", AICT_ERROR_SCHEMA, "8:54", "$.budgets[0].amount",
    "EUR has at most 2 decimal places" },
  { "amount-eur-3-decimals.json", AICT_ERROR_SCHEMA, "8:47", "$.budgets[0].amount.value",
    "EUR has at most 2 decimal places" },
  { "amount-exponent.json", AICT_ERROR_SCHEMA, "8:47", "$.budgets[0].amount.value",
    "exponent" },
  { "amount-min-without-max.json", AICT_ERROR_SCHEMA, "8:49", "$.budgets[0].amount",
    "“value”" },
  { "amount-missing-currency.json", AICT_ERROR_SCHEMA, "8:33", "$.budgets[0].amount",
    "“currency”" },
  { "amount-neither.json", AICT_ERROR_SCHEMA, "8:58", "$.budgets[0].amount",
    "“value”" },
  { "amount-number-too-long.json", AICT_ERROR_LIMIT, "8:47", NULL,
    "number longer than 32 characters" },
  { "amount-tnd-4-decimals.json", AICT_ERROR_SCHEMA, "8:47", "$.budgets[0].amount.value",
    "TND has at most 3 decimal places" },
  { "amount-value-and-min.json", AICT_ERROR_SCHEMA, "8:77", "$.budgets[0].amount",
    "not both" },
  { "amount-xof-decimals.json", AICT_ERROR_SCHEMA, "8:47", "$.budgets[0].amount.value",
    "XOF has no decimal places" },
  { "control-character-escaped.json", AICT_ERROR_SCHEMA, "6:15", "$.actors[0].name",
    "control character" },
  { "control-character-in-notes.json", AICT_ERROR_SCHEMA, "8:16", "$.actors[0].notes",
    "control character" },
  { "country-lowercase.json", AICT_ERROR_SCHEMA, "8:18", "$.actors[0].country",
    "“fr” is not an ISO 3166-1" },
  { "country-too-long.json", AICT_ERROR_SCHEMA, "8:18", "$.actors[0].country",
    "“FRA” is not an ISO 3166-1" },
  { "currency-lowercase.json", AICT_ERROR_SCHEMA, "8:31", "$.budgets[0].amount.currency",
    "“eur” is not an ISO 4217" },
  { "currency-too-long.json", AICT_ERROR_SCHEMA, "8:31", "$.budgets[0].amount.currency",
    "“EURO” is not an ISO 4217" },
  { "date-february-30.json", AICT_ERROR_SCHEMA, "7:15", "$.meetings[0].date",
    "“2016-02-30” is not a partial date" },
  { "date-month-13.json", AICT_ERROR_SCHEMA, "7:15", "$.meetings[0].date",
    "“2016-13” is not a partial date" },
  { "date-two-digits.json", AICT_ERROR_SCHEMA, "7:15", "$.meetings[0].date",
    "“16” is not a partial date" },
  { "date-year-999.json", AICT_ERROR_SCHEMA, "11:16", "$.partnerships[0].start",
    "“0999” is not a partial date" },
  { "enum-missing-attendance-status.json", AICT_ERROR_SCHEMA, "9:45", "$.meetings[0].attendance[0]",
    "“status”" },
  { "enum-missing-budget-kind.json", AICT_ERROR_SCHEMA, "8:5", "$.budgets[0]",
    "a budget line needs a “kind”" },
  { "enum-missing-kind.json", AICT_ERROR_SCHEMA, "7:5", "$.actors[0]",
    "an actor needs a “kind”" },
  { "enum-missing-outcome-kind.json", AICT_ERROR_SCHEMA, "9:41", "$.meetings[0].outcomes[0]",
    "an outcome needs a “kind”" },
  { "enum-missing-role.json", AICT_ERROR_SCHEMA, "9:27", "$.partnerships[0].participants[0]",
    "a participant needs a “role”" },
  { "enum-missing-status.json", AICT_ERROR_SCHEMA, "8:5", "$.partnerships[0]",
    "a partnership needs a “status”" },
  { "enum-null-kind.json", AICT_ERROR_SCHEMA, "8:5", "$.actors[0]",
    "an actor needs a “kind”" },
  { "enum-unknown-nick.json", AICT_ERROR_SCHEMA, "7:15", "$.actors[0].kind",
    "unknown value “county”" },
  { "enum-wrong-case.json", AICT_ERROR_SCHEMA, "7:17", "$.partnerships[0].status",
    "unknown value “Active”" },
  { "format-number.json", AICT_ERROR_SCHEMA, "2:13", "$.format",
    "not an aict/1 dataset" },
  { "format-string-in-id.json", AICT_ERROR_SCHEMA, "5:13", "$.actors[0].id",
    "“%s%n%x” is not an id" },
  { "fte-exponent.json", AICT_ERROR_SCHEMA, "9:20", "$.budgets[0].staff_fte",
    "exponent" },
  { "fte-negative.json", AICT_ERROR_SCHEMA, "9:20", "$.budgets[0].staff_fte",
    "negative" },
  { "id-empty.json", AICT_ERROR_SCHEMA, "5:13", "$.actors[0].id",
    "is not an id" },
  { "id-non-ascii.json", AICT_ERROR_SCHEMA, "5:13", "$.actors[0].id",
    "is not an id" },
  { "id-reference-slash.json", AICT_ERROR_SCHEMA, "8:17", "$.actors[0].parent",
    "is not an id" },
  { "id-space.json", AICT_ERROR_SCHEMA, "5:13", "$.actors[0].id",
    "is not an id" },
  { "id-too-long.json", AICT_ERROR_SCHEMA, "5:13", "$.actors[0].id",
    "is not an id" },
  { "missing-format.json", AICT_ERROR_SCHEMA, "4:1", "$",
    "not an aict/1 dataset" },
  { "share-3-decimals.json", AICT_ERROR_SCHEMA, "10:37", "$.budgets[0].funders[0].share",
    "at most 2 decimal places" },
  { "share-negative.json", AICT_ERROR_SCHEMA, "10:37", "$.budgets[0].funders[0].share",
    "negative" },
  { "share-over-2-pow-53.json", AICT_ERROR_OVERFLOW, "10:37", "$.budgets[0].funders[0].share",
    "out of range" },
  { "source-ref-without-source.json", AICT_ERROR_SCHEMA, "9:47", "$.actors[0].sources[0]",
    "a source reference needs a “source”" },
  { "subdivision-lowercase.json", AICT_ERROR_SCHEMA, "8:22", "$.actors[0].subdivision",
    "“fr-24” is not an ISO 3166-2" },
  { "subdivision-no-dash.json", AICT_ERROR_SCHEMA, "8:22", "$.actors[0].subdivision",
    "“FR24” is not an ISO 3166-2" },
  { "syntax-after-overflow.json", AICT_ERROR_PARSE, "10:4", NULL,
    "trailing comma before “}”" },
  { "syntax-after-schema-error.json", AICT_ERROR_PARSE, "5:16", NULL,
    "trailing comma before “}”" },
  { "syntax-after-wrong-type.json", AICT_ERROR_PARSE, "11:1", NULL,
    "unexpected end of data" },
  { "syntax-bad-escape.json", AICT_ERROR_PARSE, "6:18", NULL,
    "invalid escape “\\d”" },
  { "syntax-block-comment.json", AICT_ERROR_PARSE, "2:22", NULL,
    "comments are not allowed in JSON" },
  { "syntax-bom-only.json", AICT_ERROR_PARSE, "1:1", NULL,
    "byte order mark" },
  { "syntax-bom.json", AICT_ERROR_PARSE, "1:1", NULL,
    "byte order mark" },
  { "syntax-comment.json", AICT_ERROR_PARSE, "2:3", NULL,
    "comments are not allowed in JSON" },
  { "syntax-crlf-truncated.json", AICT_ERROR_PARSE, "4:1", NULL,
    "unexpected end of data" },
  { "syntax-dot-five.json", AICT_ERROR_PARSE, "8:47", NULL,
    "invalid number: a number cannot start with “.”" },
  { "syntax-duplicate-member-nested.json", AICT_ERROR_PARSE, "8:7", NULL,
    "duplicate member name “name”" },
  { "syntax-duplicate-member.json", AICT_ERROR_PARSE, "4:3", NULL,
    "duplicate member name “title”" },
  { "syntax-empty.json", AICT_ERROR_PARSE, "1:1", NULL,
    "empty document" },
  { "syntax-escaped-nul-in-key.json", AICT_ERROR_PARSE, "3:5", NULL,
    "\\u0000 (NUL) is not allowed in strings" },
  { "syntax-escaped-nul.json", AICT_ERROR_PARSE, "6:23", NULL,
    "\\u0000 (NUL) is not allowed in strings" },
  { "syntax-hex.json", AICT_ERROR_PARSE, "8:47", NULL,
    "hexadecimal numbers are not allowed in JSON" },
  { "syntax-infinity.json", AICT_ERROR_PARSE, "8:47", NULL,
    "“-Infinity” is not allowed in JSON" },
  { "syntax-invalid-utf8.json", AICT_ERROR_PARSE, "6:25", NULL,
    "invalid UTF-8 (byte 0xE9)" },
  { "syntax-inverted-surrogates.json", AICT_ERROR_PARSE, "6:16", NULL,
    "unpaired low surrogate \\uDD1E" },
  { "syntax-leading-zero.json", AICT_ERROR_PARSE, "8:47", NULL,
    "leading zero in number" },
  { "syntax-lone-surrogate.json", AICT_ERROR_PARSE, "6:16", NULL,
    "unpaired high surrogate \\uD800" },
  { "syntax-nan.json", AICT_ERROR_PARSE, "8:47", NULL,
    "“NaN” is not allowed in JSON" },
  { "syntax-noncharacter.json", AICT_ERROR_PARSE, "6:23", NULL,
    "noncharacter U+FFFF is not allowed" },
  { "syntax-overlong-utf8.json", AICT_ERROR_PARSE, "6:20", NULL,
    "invalid UTF-8 (byte 0xC1)" },
  { "syntax-plus-sign.json", AICT_ERROR_PARSE, "8:47", NULL,
    "invalid number: a number cannot start with “+”" },
  { "syntax-raw-control.json", AICT_ERROR_PARSE, "6:19", NULL,
    "unescaped control character U+001B in string" },
  { "syntax-raw-nul.json", AICT_ERROR_PARSE, "6:19", NULL,
    "invalid UTF-8: NUL byte" },
  { "syntax-raw-tab-in-string.json", AICT_ERROR_PARSE, "6:19", NULL,
    "unescaped control character U+0009 in string" },
  { "syntax-single-quotes.json", AICT_ERROR_PARSE, "2:3", NULL,
    "single quotes are not allowed" },
  { "syntax-trailing-comma-array.json", AICT_ERROR_PARSE, "4:68", NULL,
    "trailing comma before “]”" },
  { "syntax-trailing-comma.json", AICT_ERROR_PARSE, "3:15", NULL,
    "trailing comma before “}”" },
  { "syntax-trailing-garbage.json", AICT_ERROR_PARSE, "4:1", NULL,
    "trailing data after the top-level value" },
  { "syntax-truncated.json", AICT_ERROR_PARSE, "5:13", NULL,
    "unterminated string" },
  { "syntax-two-values.json", AICT_ERROR_PARSE, "4:1", NULL,
    "trailing data after the top-level value" },
  { "syntax-unquoted-key.json", AICT_ERROR_PARSE, "2:3", NULL,
    "member names must be strings in double quotes" },
  { "syntax-utf16.json", AICT_ERROR_PARSE, "1:1", NULL,
    "invalid UTF-8: the data looks like UTF-16" },
  { "syntax-var.json", AICT_ERROR_PARSE, "1:1", NULL,
    "invalid literal “var”" },
  { "syntax-whitespace-only.json", AICT_ERROR_PARSE, "3:1", NULL,
    "empty document" },
  { "theme-too-long.json", AICT_ERROR_SCHEMA, "11:19", "$.partnerships[0].themes[0]",
    "not a theme code" },
  { "theme-uppercase.json", AICT_ERROR_SCHEMA, "11:28", "$.partnerships[0].themes[1]",
    "not a theme code" },
  { "time-25.json", AICT_ERROR_SCHEMA, "8:21", "$.meetings[0].start_time",
    "not a time" },
  { "time-one-digit-hour.json", AICT_ERROR_SCHEMA, "8:19", "$.meetings[0].end_time",
    "not a time" },
  { "top-level-array.json", AICT_ERROR_SCHEMA, "1:1", "$",
    "not an aict/1 dataset" },
  { "top-level-null.json", AICT_ERROR_SCHEMA, "1:1", "$",
    "not an aict/1 dataset" },
  { "top-level-string.json", AICT_ERROR_SCHEMA, "1:1", "$",
    "not an aict/1 dataset" },
  { "type-actor-string.json", AICT_ERROR_SCHEMA, "4:5", "$.actors[0]",
    "expected an object" },
  { "type-actors-object.json", AICT_ERROR_SCHEMA, "3:13", "$.actors",
    "expected an array" },
  { "type-affiliations-object.json", AICT_ERROR_SCHEMA, "7:23", "$.persons[0].affiliations",
    "expected an array" },
  { "type-amount-string.json", AICT_ERROR_SCHEMA, "8:17", "$.budgets[0].amount",
    "expected an amount" },
  { "type-approximate-string.json", AICT_ERROR_SCHEMA, "8:68", "$.budgets[0].amount.approximate",
    "expected a boolean" },
  { "type-countries-string.json", AICT_ERROR_SCHEMA, "11:20", "$.partnerships[0].countries",
    "expected an array" },
  { "type-date-number.json", AICT_ERROR_SCHEMA, "7:15", "$.meetings[0].date",
    "expected a date" },
  { "type-enum-number.json", AICT_ERROR_SCHEMA, "7:15", "$.actors[0].kind",
    "expected a string" },
  { "type-fte-boolean.json", AICT_ERROR_SCHEMA, "9:20", "$.budgets[0].staff_fte",
    "expected a number" },
  { "type-id-number.json", AICT_ERROR_SCHEMA, "5:13", "$.actors[0].id",
    "expected an id" },
  { "type-name-number.json", AICT_ERROR_SCHEMA, "6:15", "$.actors[0].name",
    "expected a string" },
  { "type-organisers-number.json", AICT_ERROR_SCHEMA, "8:23", "$.meetings[0].organisers[0]",
    "expected an id" },
  { "type-participant-string.json", AICT_ERROR_SCHEMA, "9:9", "$.partnerships[0].participants[0]",
    "expected a participant" },
  { "type-place-array.json", AICT_ERROR_SCHEMA, "8:16", "$.meetings[0].place",
    "expected a place" },
  { "type-share-string.json", AICT_ERROR_SCHEMA, "10:37", "$.budgets[0].funders[0].share",
    "expected a number" },
  { "type-sources-object.json", AICT_ERROR_SCHEMA, "8:18", "$.actors[0].sources",
    "expected an array" },
  { "type-title-boolean.json", AICT_ERROR_SCHEMA, "3:12", "$.title",
    "expected a string" },
  { "type-value-string.json", AICT_ERROR_SCHEMA, "8:47", "$.budgets[0].amount.value",
    "expected a number" },
  { "unknown-member-amount.json", AICT_ERROR_SCHEMA, "8:53", "$.budgets[0].amount.valeur",
    "unknown member “valeur”" },
  { "unknown-member-format-string.json", AICT_ERROR_SCHEMA, "3:3", "$['%s%n%x']",
    "unknown member “%s%n%x”" },
  { "unknown-member-nested.json", AICT_ERROR_SCHEMA, "8:7", "$.actors[0].nmae",
    "unknown member “nmae”" },
  { "unknown-member-top.json", AICT_ERROR_SCHEMA, "3:3", "$.titel",
    "unknown member “titel”" },
  { "wrong-format.json", AICT_ERROR_SCHEMA, "2:13", "$.format",
    "not an aict/1 dataset" },
};

/* y_ files of the JSONTestSuite that the reader rejects by policy (I-JSON,
 * RFC 7493, and the limits); the same decisions as the table of
 * tests/test-jsontestsuite.c, which tests the reader alone. */
static const struct
{
  const char *file;
  AictError   code;
} jsontestsuite_policy[] = {
  { "y_number_double_close_to_zero.json", AICT_ERROR_LIMIT },
  { "y_object_duplicated_key.json", AICT_ERROR_PARSE },
  { "y_object_duplicated_key_and_value.json", AICT_ERROR_PARSE },
  { "y_object_escaped_null_in_key.json", AICT_ERROR_PARSE },
  { "y_string_escaped_noncharacter.json", AICT_ERROR_PARSE },
  { "y_string_last_surrogates_1_and_2.json", AICT_ERROR_PARSE },
  { "y_string_nonCharacterInUTF-8_U+10FFFF.json", AICT_ERROR_PARSE },
  { "y_string_nonCharacterInUTF-8_U+FFFF.json", AICT_ERROR_PARSE },
  { "y_string_null_escape.json", AICT_ERROR_PARSE },
  { "y_string_unicode_U+10FFFE_nonchar.json", AICT_ERROR_PARSE },
  { "y_string_unicode_U+1FFFE_nonchar.json", AICT_ERROR_PARSE },
  { "y_string_unicode_U+FDD0_nonchar.json", AICT_ERROR_PARSE },
  { "y_string_unicode_U+FFFE_nonchar.json", AICT_ERROR_PARSE },
};

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static const char *
error_code_name (int code)
{
  static const char * const names[] = {
    "FAILED", "IO", "PARSE", "LIMIT", "SCHEMA", "REFERENCE", "DUPLICATE_ID",
    "OVERFLOW", "CURRENCY", "INVALID_ARGUMENT", "NOT_FOUND", "CORRUPT",
  };

  return code >= 0 && code < (int) G_N_ELEMENTS (names) ? names[code] : "?";
}

static char *
bad_path (const char *file)
{
  return g_test_build_filename (G_TEST_DIST, "data", "bad", file, NULL);
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("aict-test-load-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* Removes @dir and everything directly in it (files, links, FIFOs). */
static void
remove_temp_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle != NULL)
    while ((name = g_dir_read_name (handle)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        g_assert_cmpint (g_unlink (path), ==, 0);
      }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* What is wrong with @error, or NULL if it is an AICT_ERROR of @code whose
 * message is valid UTF-8, starts with "@display:@position: " (then
 * "@path: " if given) and contains @fragment. */
static char *
check_error (const GError *error,
             const char   *display,
             AictError     code,
             const char   *position,
             const char   *path,
             const char   *fragment)
{
  g_autofree char *prefix = NULL;

  if (error == NULL)
    return g_strdup ("no error: the document loaded");
  if (error->domain != AICT_ERROR)
    return g_strdup_printf ("error of domain %s, not AICT_ERROR: %s",
                            g_quark_to_string (error->domain), error->message);
  if (!g_utf8_validate (error->message, -1, NULL))
    return g_strdup ("the message is not valid UTF-8");
  if (error->code != (int) code)
    return g_strdup_printf ("AICT_ERROR_%s instead of AICT_ERROR_%s: %s",
                            error_code_name (error->code), error_code_name (code), error->message);

  if (position != NULL && path != NULL)
    prefix = g_strdup_printf ("%s:%s: %s: ", display, position, path);
  else if (position != NULL)
    prefix = g_strdup_printf ("%s:%s: ", display, position);
  else
    prefix = g_strdup_printf ("%s: ", display);

  if (!g_str_has_prefix (error->message, prefix))
    return g_strdup_printf ("the message does not start with “%s”: %s", prefix, error->message);
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    return g_strdup_printf ("the message does not contain “%s”: %s", fragment, error->message);

  return NULL;
}

/* Loads @json from memory; asserts it is rejected with @code at @position
 * (of "<data>"), the message containing @fragment. */
static void
assert_data_error (const char            *json,
                   gssize                 length,
                   const AictLoadOptions *options,
                   AictError              code,
                   const char            *position,
                   const char            *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = aict_dataset_new_from_data (json, length, options, &error);
  g_autofree char *problem = check_error (error, "<data>", code, position, NULL, fragment);

  g_assert_null (dataset);
  if (problem != NULL)
    g_error ("%.80s…: %s", json, problem);
}

/* Loads @json from memory; asserts no limit is hit: it loads, or fails for
 * another reason than a limit (the deep documents below are no datasets). */
static void
assert_data_within_limits (const char            *json,
                           gssize                 length,
                           const AictLoadOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = aict_dataset_new_from_data (json, length, options, &error);

  if (dataset == NULL)
    {
      g_assert_nonnull (error);
      if (g_error_matches (error, AICT_ERROR, AICT_ERROR_LIMIT) ||
          g_error_matches (error, AICT_ERROR, AICT_ERROR_PARSE))
        g_error ("%.80s…: rejected: %s", json, error->message);
    }
}

static void
assert_data_loads (const char            *json,
                   const AictLoadOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = aict_dataset_new_from_data (json, -1, options, &error);

  if (error != NULL)
    g_error ("%.80s…: %s", json, error->message);
  g_assert_nonnull (dataset);
}

/* ------------------------------------------------------------------------ */
/* The bad files                                                            */
/* ------------------------------------------------------------------------ */

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *path = bad_path (bad->file);
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = NULL;
  g_autofree char *problem = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  /* From the file: the message names it by its display name. */
  dataset = aict_dataset_new_from_file (path, NULL, &error);
  g_assert_null (dataset);
  problem = check_error (error, display, bad->code, bad->position, bad->path, bad->fragment);
  if (problem != NULL)
    {
      g_test_fail_printf ("%s: %s", bad->file, problem);
      return;
    }
  g_clear_error (&error);

  /* From memory (with its length: some hold NUL bytes) and from a stream:
   * the same error, under the names <data> and <stream>. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  dataset = aict_dataset_new_from_data (contents, (gssize) length, NULL, &error);
  g_assert_null (dataset);
  g_clear_pointer (&problem, g_free);
  problem = check_error (error, "<data>", bad->code, bad->position, bad->path, bad->fragment);
  if (problem != NULL)
    g_test_fail_printf ("%s (from data): %s", bad->file, problem);
  g_clear_error (&error);

  {
    g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (contents, (gssize) length, NULL);

    dataset = aict_dataset_new_from_stream (stream, NULL, NULL, &error);
    g_assert_null (dataset);
    g_clear_pointer (&problem, g_free);
    problem = check_error (error, "<stream>", bad->code, bad->position, bad->path, bad->fragment);
    if (problem != NULL)
      g_test_fail_printf ("%s (from a stream): %s", bad->file, problem);
  }
}

/* Every file of tests/data/bad/ is in the table and the other way round. */
static void
test_bad_coverage (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  guint per_code[AICT_ERROR_CORRUPT + 1] = { 0, };
  const char *name;
  guint n_files = 0;

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *path = bad_path (bad_files[i].file);

      g_assert_true (g_hash_table_add (listed, (gpointer) bad_files[i].file));   /* no duplicates */
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
      per_code[bad_files[i].code]++;
    }

  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      n_files++;
      if (!g_hash_table_contains (listed, name))
        g_error ("tests/data/bad/%s is not in the table of test-load-errors.c", name);
    }

  g_test_message ("%u bad files: %u PARSE, %u LIMIT, %u SCHEMA, %u OVERFLOW", n_files,
                  per_code[AICT_ERROR_PARSE], per_code[AICT_ERROR_LIMIT],
                  per_code[AICT_ERROR_SCHEMA], per_code[AICT_ERROR_OVERFLOW]);
  g_assert_cmpuint (n_files, ==, G_N_ELEMENTS (bad_files));
  g_assert_cmpuint (n_files, >=, 40);
}

/* Text from the data goes into messages verbatim, never as a format. */
static void
test_format_string (void)
{
  static const char * const files[] = { "unknown-member-format-string.json", "format-string-in-id.json" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = bad_path (files[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(AictDataset) dataset = aict_dataset_new_from_file (path, NULL, &error);

      g_assert_null (dataset);
      g_assert_error (error, AICT_ERROR, AICT_ERROR_SCHEMA);
      g_assert_nonnull (strstr (error->message, "“%s%n%x”"));
    }

  /* And in a file name. */
  {
    g_autofree char *dir = make_temp_dir ();
    g_autofree char *path = g_build_filename (dir, "%s%n%x.json", NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(AictDataset) dataset = NULL;

    g_assert_true (g_file_set_contents (path, "[]", -1, NULL));
    dataset = aict_dataset_new_from_file (path, NULL, &error);
    g_assert_null (dataset);
    g_assert_error (error, AICT_ERROR, AICT_ERROR_SCHEMA);
    g_assert_true (g_str_has_prefix (error->message, path));
    g_assert_nonnull (strstr (error->message, "%s%n%x.json:1:1: $: "));
    remove_temp_dir (dir);
  }
}

/* ------------------------------------------------------------------------ */
/* Limits: limit − 1 and limit accepted, limit + 1 rejected                 */
/* ------------------------------------------------------------------------ */

/* {"format":"aict/1","title":[[[…]]]}: nesting @depth, the top-level
 * object being depth 1. */
static char *
deep_document (guint depth)
{
  GString *s = g_string_new ("{\"format\":\"aict/1\",\"title\":");

  for (guint i = 1; i < depth; i++)
    g_string_append_c (s, '[');
  for (guint i = 1; i < depth; i++)
    g_string_append_c (s, ']');
  g_string_append_c (s, '}');

  return g_string_free (s, FALSE);
}

static const char * const depth_documents[] = {
  NULL,
  /* 1 */ "{\"format\":\"aict/1\"}",
  /* 2 */ "{\"format\":\"aict/1\",\"actors\":[]}",
  /* 3 */ "{\"format\":\"aict/1\",\"actors\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"other\"}]}",
  /* 4 */ "{\"format\":\"aict/1\",\"actors\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"other\",\"identifiers\":[]}]}",
  /* 5 */ "{\"format\":\"aict/1\",\"actors\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"other\","
          "\"identifiers\":[{\"scheme\":\"SIREN\",\"value\":\"1\"}]}]}",
};

static void
test_limit_depth (void)
{
  g_autoptr(AictLoadOptions) options = aict_load_options_new ();
  static const guint big[] = { 10000, 100000, 1000000 };

  g_assert_cmpuint (aict_load_options_get_max_depth (options), ==, 32);

  /* Real datasets. */
  aict_load_options_set_max_depth (options, 3);
  assert_data_loads (depth_documents[2], options);
  assert_data_loads (depth_documents[3], options);
  assert_data_error (depth_documents[4], -1, options, AICT_ERROR_LIMIT, "1:80",
                     "nesting deeper than 3 levels");

  aict_load_options_set_max_depth (options, 4);
  assert_data_loads (depth_documents[3], options);
  assert_data_loads (depth_documents[4], options);
  assert_data_error (depth_documents[5], -1, options, AICT_ERROR_LIMIT, "1:81",
                     "nesting deeper than 4 levels");

  /* The worked example nests 5 deep: depth 3 stops it at the first
   * array in an entity, "affiliations" (line 31). */
  {
    g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "worked-example.json", NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(AictDataset) dataset = NULL;
    g_autofree char *display = g_filename_display_name (path);
    g_autofree char *problem = NULL;

    aict_load_options_set_max_depth (options, 3);
    dataset = aict_dataset_new_from_file (path, options, &error);
    g_assert_null (dataset);
    problem = check_error (error, display, AICT_ERROR_LIMIT, "31:23", NULL, "nesting deeper than 3 levels");
    if (problem != NULL)
      g_error ("%s", problem);
  }

  /* 0 and 1. */
  aict_load_options_set_max_depth (options, 0);
  assert_data_error (depth_documents[1], -1, options, AICT_ERROR_LIMIT, "1:1", "nesting deeper than 0 levels");
  aict_load_options_set_max_depth (options, 1);
  assert_data_loads (depth_documents[1], options);
  assert_data_error (depth_documents[2], -1, options, AICT_ERROR_LIMIT, "1:29", "nesting deeper than 1 levels");

  /* The default, and far beyond it: rejected at once, no recursion. */
  {
    g_autoptr(AictLoadOptions) defaults = aict_load_options_new ();
    g_autofree char *at_limit = deep_document (32);
    g_autofree char *over = deep_document (33);

    assert_data_within_limits (at_limit, -1, defaults);
    assert_data_within_limits (at_limit, -1, NULL);
    /* The 33rd level is the 32nd "[", after the 27 characters of the prefix. */
    assert_data_error (over, -1, defaults, AICT_ERROR_LIMIT, "1:59", "nesting deeper than 32 levels");
    assert_data_error (over, -1, NULL, AICT_ERROR_LIMIT, "1:59", "nesting deeper than 32 levels");

    for (guint i = 0; i < G_N_ELEMENTS (big); i++)
      {
        g_autofree char *deep = deep_document (big[i]);
        gint64 start = g_get_monotonic_time ();

        assert_data_error (deep, -1, NULL, AICT_ERROR_LIMIT, "1:59", "nesting deeper than 32 levels");
        g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
      }
  }

  /* The hard maximum, 1024. */
  {
    g_autofree char *at_limit = deep_document (1024);
    g_autofree char *over = deep_document (1025);
    g_autofree char *position = g_strdup_printf ("1:%u", 27 + 1024);

    aict_load_options_set_max_depth (options, 1024);
    g_assert_cmpuint (aict_load_options_get_max_depth (options), ==, 1024);
    assert_data_within_limits (at_limit, -1, options);
    assert_data_error (over, -1, options, AICT_ERROR_LIMIT, position, "nesting deeper than 1024 levels");

    g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*max_depth <= *");
    aict_load_options_set_max_depth (options, 1025);
    g_test_assert_expected_messages ();
    g_assert_cmpuint (aict_load_options_get_max_depth (options), ==, 1024);
  }
}

/* The documented ceilings of aict_load_options_set_max_file_size() and
 * aict_load_options_set_max_depth(). */
#define HARD_MAX_FILE_SIZE ((gsize) 1024 * 1024 * 1024)

static void
test_limit_file_size (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "worked-example.json", NULL);
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(AictLoadOptions) options = aict_load_options_new ();
  g_autofree char *contents = NULL;
  gsize size;

  g_assert_cmpuint (aict_load_options_get_max_file_size (options), ==, 8 * 1024 * 1024);
  g_assert_true (g_file_get_contents (path, &contents, &size, NULL));

  for (gsize limit = size - 1; limit <= size + 1; limit++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AictDataset) from_file = NULL;
      g_autoptr(AictDataset) from_data = NULL;
      g_autoptr(AictDataset) from_stream = NULL;
      g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (contents, (gssize) size, NULL);

      aict_load_options_set_max_file_size (options, limit);
      g_assert_cmpuint (aict_load_options_get_max_file_size (options), ==, limit);

      from_file = aict_dataset_new_from_file (path, options, &error);
      if (limit < size)
        {
          g_autofree char *expected = g_strdup_printf ("file is %" G_GSIZE_FORMAT " bytes", size);
          g_autofree char *problem = check_error (error, display, AICT_ERROR_LIMIT, NULL, NULL, expected);

          /* Rejected from its size, before it is read. */
          g_assert_null (from_file);
          if (problem != NULL)
            g_error ("%s", problem);
          g_clear_error (&error);
        }
      else
        {
          g_assert_no_error (error);
          g_assert_nonnull (from_file);
        }

      from_data = aict_dataset_new_from_data (contents, (gssize) size, options, &error);
      g_assert_true ((from_data != NULL) == (limit >= size));
      if (limit < size)
        {
          g_autofree char *problem = check_error (error, "<data>", AICT_ERROR_LIMIT, NULL, NULL, NULL);

          if (problem != NULL)
            g_error ("%s", problem);
          g_clear_error (&error);
        }

      from_stream = aict_dataset_new_from_stream (stream, options, NULL, &error);
      g_assert_true ((from_stream != NULL) == (limit >= size));
      if (limit < size)
        {
          g_autofree char *problem = check_error (error, "<stream>", AICT_ERROR_LIMIT, NULL, NULL, NULL);

          if (problem != NULL)
            g_error ("%s", problem);
        }
    }

  /* 0: only the empty document gets past the size check (and fails to parse). */
  aict_load_options_set_max_file_size (options, 0);
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (aict_dataset_new_from_file (path, options, &error));
    g_assert_error (error, AICT_ERROR, AICT_ERROR_LIMIT);
  }
  assert_data_error ("", 0, options, AICT_ERROR_PARSE, "1:1", "empty document");

  /* The hard maximum, 1 GiB ("It cannot exceed 1 GiB"). */
  aict_load_options_set_max_file_size (options, HARD_MAX_FILE_SIZE);
  g_assert_cmpuint (aict_load_options_get_max_file_size (options), ==, HARD_MAX_FILE_SIZE);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(AictDataset) dataset = aict_dataset_new_from_file (path, options, &error);

    g_assert_no_error (error);
    g_assert_nonnull (dataset);
  }
  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*max_file_size <= *");
  aict_load_options_set_max_file_size (options, HARD_MAX_FILE_SIZE + 1);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (aict_load_options_get_max_file_size (options), ==, HARD_MAX_FILE_SIZE);
  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*max_file_size <= *");
  aict_load_options_set_max_file_size (options, G_MAXSIZE);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (aict_load_options_get_max_file_size (options), ==, HARD_MAX_FILE_SIZE);
}

/* A file of exactly the default limit loads; one byte more is rejected
 * without being read. */
static void
test_limit_file_size_default (void)
{
  const gsize limit = 8 * 1024 * 1024;
  const char *document = "{\"format\": \"aict/1\"}";
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *exact = g_build_filename (dir, "exact.json", NULL);
  g_autofree char *over = g_build_filename (dir, "over.json", NULL);
  g_autofree char *display = g_filename_display_name (over);
  g_autofree char *buffer = g_malloc (limit + 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = NULL;
  g_autofree char *problem = NULL;

  memset (buffer, ' ', limit + 1);
  memcpy (buffer, document, strlen (document));
  buffer[limit - 1] = '\n';
  g_assert_true (g_file_set_contents (exact, buffer, (gssize) limit, NULL));
  buffer[limit] = '\n';
  g_assert_true (g_file_set_contents (over, buffer, (gssize) limit + 1, NULL));

  dataset = aict_dataset_new_from_file (exact, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_clear_object (&dataset);

  dataset = aict_dataset_new_from_file (over, NULL, &error);
  g_assert_null (dataset);
  problem = check_error (error, display, AICT_ERROR_LIMIT, NULL, NULL, "8388609 bytes");
  if (problem != NULL)
    g_error ("%s", problem);
  g_clear_error (&error);

  /* The same from memory. */
  dataset = aict_dataset_new_from_data (buffer, (gssize) limit, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&dataset);
  dataset = aict_dataset_new_from_data (buffer, (gssize) limit + 1, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_LIMIT);

  remove_temp_dir (dir);
}

static char *
actor_named (const char *name)
{
  return g_strdup_printf ("{\"format\":\"aict/1\",\"actors\":[{\"id\":\"a\",\"name\":\"%s\",\"kind\":\"other\"}]}",
                          name);
}

static void
test_limit_string_length (void)
{
  g_autoptr(AictLoadOptions) options = aict_load_options_new ();
  g_autofree char *nine = actor_named ("123456789");
  g_autofree char *ten = actor_named ("1234567890");
  g_autofree char *eleven = actor_named ("12345678901");
  g_autofree char *ten_utf8 = actor_named ("ééééé");                        /* 5 characters, 10 bytes */
  g_autofree char *ten_escaped = actor_named ("\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9"); /* 30 characters, 10 bytes */
  g_autofree char *eleven_utf8 = actor_named ("éééééx");

  g_assert_cmpuint (aict_load_options_get_max_string_length (options), ==, 65536);

  aict_load_options_set_max_string_length (options, 10);
  assert_data_loads (nine, options);
  assert_data_loads (ten, options);
  assert_data_error (eleven, -1, options, AICT_ERROR_LIMIT, "1:47", "string longer than 10 bytes");
  /* Bytes once decoded, not characters nor escapes. */
  assert_data_loads (ten_utf8, options);
  assert_data_loads (ten_escaped, options);
  assert_data_error (eleven_utf8, -1, options, AICT_ERROR_LIMIT, "1:47", "string longer than 10 bytes");

  /* Member names have their own limit. */
  aict_load_options_set_max_string_length (options, 6);
  assert_data_loads ("{\"format\":\"aict/1\",\"title\":\"abcdef\"}", options);
  assert_data_error ("{\"format\":\"aict/1\",\"title\":\"abcdefg\"}", -1, options, AICT_ERROR_LIMIT,
                     "1:28", "string longer than 6 bytes");

  /* 0: not even "aict/1". */
  aict_load_options_set_max_string_length (options, 0);
  assert_data_error ("{\"format\":\"aict/1\"}", -1, options, AICT_ERROR_LIMIT, "1:11",
                     "string longer than 0 bytes");

  /* The default: 65 536. */
  {
    g_autofree char *long_name = g_strnfill (65536, 'x');
    g_autofree char *longer_name = g_strnfill (65537, 'x');
    g_autofree char *at_limit = actor_named (long_name);
    g_autofree char *over = actor_named (longer_name);

    assert_data_loads (at_limit, NULL);
    assert_data_error (over, -1, NULL, AICT_ERROR_LIMIT, "1:47", "string longer than 65536 bytes");
  }
}

static void
test_limit_name_length (void)
{
  g_autoptr(AictLoadOptions) options = aict_load_options_new ();

  g_assert_cmpuint (aict_load_options_get_max_name_length (options), ==, 256);

  aict_load_options_set_max_name_length (options, 6);
  assert_data_loads ("{\"format\":\"aict/1\",\"title\":\"x\"}", options);     /* 6 and 5 */
  assert_data_loads ("{\"format\":\"aict/1\",\"actors\":[]}", options);      /* 6 */
  assert_data_error ("{\"format\":\"aict/1\",\"persons\":[]}", -1, options, AICT_ERROR_LIMIT, "1:20",
                     "member name longer than 6 bytes");                           /* 7 */

  /* The default, 256: an unknown member of 256 bytes is a schema error,
   * of 257 a limit. */
  {
    g_autofree char *name256 = g_strnfill (256, 'k');
    g_autofree char *name257 = g_strnfill (257, 'k');
    g_autofree char *at_limit = g_strdup_printf ("{\"format\":\"aict/1\",\"%s\":1}", name256);
    g_autofree char *over = g_strdup_printf ("{\"format\":\"aict/1\",\"%s\":1}", name257);

    assert_data_within_limits (at_limit, -1, NULL);
    assert_data_error (over, -1, NULL, AICT_ERROR_LIMIT, "1:20", "member name longer than 256 bytes");
  }
}

static char *
actors_document (guint n)
{
  GString *s = g_string_new ("{\"format\":\"aict/1\",\"actors\":[");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"id\":\"a%u\",\"name\":\"A\",\"kind\":\"other\"}", i > 0 ? "," : "", i);
  g_string_append (s, "]}");

  return g_string_free (s, FALSE);
}

static void
test_limit_items (void)
{
  g_autoptr(AictLoadOptions) options = aict_load_options_new ();
  g_autofree char *two = actors_document (2);
  g_autofree char *three = actors_document (3);
  g_autofree char *four = actors_document (4);
  g_autofree char *one = actors_document (1);
  g_autofree char *none = actors_document (0);
  g_autofree char *position = NULL;

  g_assert_cmpuint (aict_load_options_get_max_items (options), ==, 100000);

  aict_load_options_set_max_items (options, 3);
  assert_data_loads (two, options);
  assert_data_loads (three, options);
  /* At the fourth item. */
  position = g_strdup_printf ("1:%u", (guint) (strstr (four, "{\"id\":\"a3\"") - four) + 1);
  assert_data_error (four, -1, options, AICT_ERROR_LIMIT, position, "array has more than 3 items");

  aict_load_options_set_max_items (options, 0);
  assert_data_loads (none, options);
  assert_data_error (one, -1, options, AICT_ERROR_LIMIT, "1:30", "array has more than 0 items");

  aict_load_options_set_max_items (options, 1);
  assert_data_loads (one, options);
  g_free (position);
  position = g_strdup_printf ("1:%u", (guint) (strstr (two, "{\"id\":\"a1\"") - two) + 1);
  assert_data_error (two, -1, options, AICT_ERROR_LIMIT, position, "array has more than 1 items");

  /* Any array counts, not only collections. */
  aict_load_options_set_max_items (options, 2);
  assert_data_error ("{\"format\":\"aict/1\",\"meetings\":[{\"id\":\"m\",\"title\":\"T\",\"date\":\"2016\","
                     "\"organisers\":[\"a\",\"b\",\"c\"]}]}", -1, options, AICT_ERROR_LIMIT, "1:90",
                     "array has more than 2 items");
}

static void
test_limit_members (void)
{
  g_autoptr(AictLoadOptions) options = aict_load_options_new ();
  const char *three = "{\"format\":\"aict/1\",\"actors\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"other\"}]}";
  const char *four = "{\"format\":\"aict/1\",\"actors\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"other\","
                     "\"country\":\"FR\"}]}";
  const char *five = "{\"format\":\"aict/1\",\"actors\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"other\","
                     "\"country\":\"FR\",\"subdivision\":\"FR-24\"}]}";

  g_assert_cmpuint (aict_load_options_get_max_members (options), ==, 256);

  aict_load_options_set_max_members (options, 4);
  assert_data_loads (three, options);
  assert_data_loads (four, options);
  assert_data_error (five, -1, options, AICT_ERROR_LIMIT, "1:81", "object has more than 4 members");

  aict_load_options_set_max_members (options, 0);
  assert_data_error ("{\"format\":\"aict/1\"}", -1, options, AICT_ERROR_LIMIT, "1:2",
                     "object has more than 0 members");
  assert_data_error ("{}", -1, options, AICT_ERROR_SCHEMA, "1:2", "not an aict/1 dataset");

  aict_load_options_set_max_members (options, 1);
  assert_data_loads ("{\"format\":\"aict/1\"}", options);
  assert_data_error ("{\"format\":\"aict/1\",\"title\":\"T\"}", -1, options, AICT_ERROR_LIMIT, "1:20",
                     "object has more than 1 members");
}

static void
test_limit_values (void)
{
  g_autoptr(AictLoadOptions) options = aict_load_options_new ();

  g_assert_cmpuint (aict_load_options_get_max_values (options), ==, 1000000);

  /* The object, then each member's value. */
  aict_load_options_set_max_values (options, 3);
  assert_data_loads ("{\"format\":\"aict/1\"}", options);
  assert_data_loads ("{\"format\":\"aict/1\",\"title\":\"T\"}", options);
  assert_data_error ("{\"format\":\"aict/1\",\"title\":\"T\",\"description\":\"D\"}", -1, options,
                     AICT_ERROR_LIMIT, "1:46", "more than 3 values");

  aict_load_options_set_max_values (options, 0);
  assert_data_error ("{\"format\":\"aict/1\"}", -1, options, AICT_ERROR_LIMIT, "1:1", "more than 0 values");
  aict_load_options_set_max_values (options, 1);
  assert_data_error ("{}", -1, options, AICT_ERROR_SCHEMA, "1:2", "not an aict/1 dataset");
  assert_data_error ("{\"format\":\"aict/1\"}", -1, options, AICT_ERROR_LIMIT, "1:11", "more than 1 values");
}

static char *
amount_document (const char *value)
{
  return g_strdup_printf ("{\"format\":\"aict/1\",\"budgets\":[{\"id\":\"b\",\"actor\":\"a\",\"kind\":\"spent\","
                          "\"amount\":{\"currency\":\"EUR\",\"value\":%s}}]}", value);
}

static void
test_limit_number_length (void)
{
  g_autoptr(AictLoadOptions) options = aict_load_options_new ();
  g_autofree char *three = amount_document ("123");
  g_autofree char *four = amount_document ("1234");
  g_autofree char *four_negative = amount_document ("-1.5");
  g_autofree char *five = amount_document ("12345");
  g_autofree char *position = g_strdup_printf ("1:%u", (guint) (strstr (five, "12345") - five) + 1);
  g_autofree char *digits32 = g_strnfill (32, '1');
  g_autofree char *digits33 = g_strnfill (33, '1');
  g_autofree char *decimal32 = g_strdup_printf ("1.%s", digits32 + 2);   /* 32 characters */
  g_autofree char *long32 = amount_document (decimal32);
  g_autofree char *long33 = amount_document (digits33);

  g_assert_cmpuint (aict_load_options_get_max_number_length (options), ==, 32);

  aict_load_options_set_max_number_length (options, 4);
  assert_data_loads (three, options);
  assert_data_loads (four, options);
  assert_data_loads (four_negative, options);
  assert_data_error (five, -1, options, AICT_ERROR_LIMIT, position, "number longer than 4 characters");

  /* The default: a 32-character number is read (and is then too precise
   * for euros: a schema error), 33 characters is a limit. */
  assert_data_error (long32, -1, NULL, AICT_ERROR_SCHEMA, position, "decimal places");
  assert_data_error (long33, -1, NULL, AICT_ERROR_LIMIT, position, "number longer than 32 characters");
}

static void
test_limit_options (void)
{
  g_autoptr(AictLoadOptions) options = aict_load_options_new ();
  g_autoptr(AictLoadOptions) copy = NULL;
  GValue value = G_VALUE_INIT;

  aict_load_options_set_max_depth (options, 7);
  aict_load_options_set_max_items (options, 8);
  aict_load_options_set_validate (options, TRUE);
  copy = aict_load_options_copy (options);
  aict_load_options_set_max_depth (options, 9);
  g_assert_cmpuint (aict_load_options_get_max_depth (copy), ==, 7);
  g_assert_cmpuint (aict_load_options_get_max_items (copy), ==, 8);
  g_assert_true (aict_load_options_get_validate (copy));

  /* A boxed type. */
  g_value_init (&value, AICT_TYPE_LOAD_OPTIONS);
  g_value_set_boxed (&value, copy);
  g_assert_cmpuint (aict_load_options_get_max_depth (g_value_get_boxed (&value)), ==, 7);
  g_value_unset (&value);

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*self != NULL*");
  g_assert_cmpuint (aict_load_options_get_max_depth (NULL), ==, 0);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*self != NULL*");
  aict_load_options_set_max_items (NULL, 1);
  g_test_assert_expected_messages ();
}

/* The edges of exact amounts: ±(2^53 − 1) minor units load (and save back
 * the same), one more is an overflow; trailing zeros are not decimals. */
static void
test_amount_boundaries (void)
{
  static const struct
  {
    const char *currency;
    const char *value;
    gint64 minor;       /* expected, if it loads */
    AictError code;     /* else */
  } cases[] = {
    { "EUR", "90071992547409.91", G_GINT64_CONSTANT (9007199254740991), 0 },
    { "EUR", "-90071992547409.91", -G_GINT64_CONSTANT (9007199254740991), 0 },
    { "EUR", "90071992547409.92", 0, AICT_ERROR_OVERFLOW },
    { "EUR", "-90071992547409.92", 0, AICT_ERROR_OVERFLOW },
    { "XOF", "9007199254740991", G_GINT64_CONSTANT (9007199254740991), 0 },
    { "XOF", "9007199254740992", 0, AICT_ERROR_OVERFLOW },
    { "TND", "9007199254740.991", G_GINT64_CONSTANT (9007199254740991), 0 },
    { "TND", "9007199254740.992", 0, AICT_ERROR_OVERFLOW },
    { "TND", "1.234", 1234, 0 },
    { "EUR", "12.3400", 1234, 0 },
    { "EUR", "12.000000", 1200, 0 },
    { "XOF", "10.0", 10, 0 },
    { "XOF", "10.05", 0, AICT_ERROR_SCHEMA },
    { "EUR", "0", 0, 0 },
    { "EUR", "-0", 0, 0 },
    { "EUR", "0.01", 1, 0 },
    { "EUR", "0.001", 0, AICT_ERROR_SCHEMA },
    { "EUR", "1E2", 0, AICT_ERROR_SCHEMA },
    { "EUR", "1.5e0", 0, AICT_ERROR_SCHEMA },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = g_strdup_printf (
        "{\"format\":\"aict/1\",\"budgets\":[{\"id\":\"b\",\"actor\":\"a\",\"kind\":\"spent\","
        "\"amount\":{\"currency\":\"%s\",\"value\":%s}}]}", cases[i].currency, cases[i].value);
      g_autoptr(GError) error = NULL;
      g_autoptr(AictDataset) dataset = aict_dataset_new_from_data (json, -1, NULL, &error);

      if (cases[i].code != 0)
        {
          g_autofree char *position = g_strdup_printf ("1:%u", (guint) (strstr (json, "\"value\":") - json) + 9);
          g_autofree char *problem = check_error (error, "<data>", cases[i].code, position,
                                                  "$.budgets[0].amount.value", NULL);

          g_assert_null (dataset);
          if (problem != NULL)
            g_error ("%s %s: %s", cases[i].currency, cases[i].value, problem);
          continue;
        }

      g_assert_no_error (error);
      {
        AictBudget *budget = aict_dataset_lookup_budget (dataset, "b");
        const AictAmount *amount = aict_budget_get_amount (budget);
        g_autoptr(GBytes) bytes = aict_dataset_to_bytes (dataset, NULL);
        g_autoptr(AictDataset) again = aict_dataset_new_from_bytes (bytes, NULL, &error);

        g_assert_cmpint (aict_amount_get_value (amount), ==, cases[i].minor);
        g_assert_cmpstr (aict_amount_get_currency (amount), ==, cases[i].currency);

        /* What is saved loads back to the same value. */
        g_assert_no_error (error);
        amount = aict_budget_get_amount (aict_dataset_lookup_budget (again, "b"));
        g_assert_cmpint (aict_amount_get_value (amount), ==, cases[i].minor);
      }
    }
}

/* ------------------------------------------------------------------------ */
/* What is not a regular file                                               */
/* ------------------------------------------------------------------------ */

static void
assert_file_error (const char *path,
                   AictError   code,
                   const char *position,
                   const char *fragment)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = aict_dataset_new_from_file (path, NULL, &error);
  g_autofree char *problem = check_error (error, display, code, position, NULL, fragment);

  g_assert_null (dataset);
  if (problem != NULL)
    g_error ("%s: %s", display, problem);
}

static void
test_file_directory (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *link = g_build_filename (dir, "link.json", NULL);

  assert_file_error (dir, AICT_ERROR_IO, NULL, "is a directory");
  assert_file_error (g_test_get_dir (G_TEST_DIST), AICT_ERROR_IO, NULL, "is a directory");

  /* A symbolic link to a directory. */
  g_assert_cmpint (symlink (g_test_get_dir (G_TEST_DIST), link), ==, 0);
  assert_file_error (link, AICT_ERROR_IO, NULL, "is a directory");

  remove_temp_dir (dir);
}

static void
test_file_missing (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.json", NULL);

  assert_file_error (missing, AICT_ERROR_IO, NULL, g_strerror (ENOENT));

  g_assert_cmpint (symlink (missing, dangling), ==, 0);
  assert_file_error (dangling, AICT_ERROR_IO, NULL, g_strerror (ENOENT));

  remove_temp_dir (dir);
}

static void
test_file_dev_zero (void)
{
  gint64 start;
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = NULL;

  if (!g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/zero");
      return;
    }

  /* Endless: it must be refused at once, not read until memory runs out. */
  start = g_get_monotonic_time ();
  dataset = aict_dataset_new_from_file ("/dev/zero", NULL, &error);
  g_assert_null (dataset);
  g_assert_nonnull (error);
  g_assert_true (g_error_matches (error, AICT_ERROR, AICT_ERROR_IO) ||
                 g_error_matches (error, AICT_ERROR, AICT_ERROR_LIMIT));
  g_assert_true (g_str_has_prefix (error->message, "/dev/zero: "));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  g_test_message ("/dev/zero: %s", error->message);
}

typedef struct
{
  GMutex mutex;
  GCond cond;
  gboolean done;
  const char *path;
  GError *error;
  AictDataset *dataset;
} FifoLoad;

static gpointer
fifo_load_thread (gpointer data)
{
  FifoLoad *load = data;
  GError *error = NULL;
  AictDataset *dataset = aict_dataset_new_from_file (load->path, NULL, &error);

  g_mutex_lock (&load->mutex);
  load->dataset = dataset;
  load->error = error;
  load->done = TRUE;
  g_cond_signal (&load->cond);
  g_mutex_unlock (&load->mutex);

  return NULL;
}

/* Opening a FIFO that has no writer blocks, unless the loader takes care:
 * the load runs in a thread, and must be over within seconds. */
static void
test_file_fifo (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *fifo = g_build_filename (dir, "fifo.json", NULL);
  g_autofree char *display = NULL;
  g_autofree char *problem = NULL;
  FifoLoad load = { 0, };
  GThread *thread;
  gint64 deadline;
  gboolean blocked = FALSE;

  if (mkfifo (fifo, 0600) != 0)
    {
      g_test_skip_printf ("mkfifo: %s", g_strerror (errno));
      remove_temp_dir (dir);
      return;
    }

  g_mutex_init (&load.mutex);
  g_cond_init (&load.cond);
  load.path = fifo;
  thread = g_thread_new ("fifo-load", fifo_load_thread, &load);

  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  g_mutex_lock (&load.mutex);
  while (!load.done)
    if (!g_cond_wait_until (&load.cond, &load.mutex, deadline))
      break;
  blocked = !load.done;
  g_mutex_unlock (&load.mutex);

  if (blocked)
    {
      /* Unblock the reader (a writer opens and goes away) so that the
       * thread ends. */
      int fd = open (fifo, O_WRONLY | O_NONBLOCK);

      if (fd >= 0)
        close (fd);
    }
  g_thread_join (thread);

  display = g_filename_display_name (fifo);
  if (blocked)
    g_test_fail_printf ("loading a FIFO without a writer blocked for 5 s");
  else if ((problem = check_error (load.error, display, AICT_ERROR_IO, NULL, NULL, "FIFO")) != NULL)
    g_test_fail_printf ("%s", problem);
  g_assert_null (load.dataset);

  g_clear_error (&load.error);
  g_clear_object (&load.dataset);
  g_mutex_clear (&load.mutex);
  g_cond_clear (&load.cond);
  remove_temp_dir (dir);
}

static void
test_file_name_not_utf8 (void)
{
  g_autofree char *dir = make_temp_dir ();
  /* "données-ÿ.json" in Latin-1: not UTF-8. */
  g_autofree char *path = g_build_filename (dir, "donn\xe9" "es-\xff.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "absent-\xe9.json", NULL);
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AictDataset) dataset = NULL;

  g_assert_false (g_utf8_validate (path, -1, NULL));
  g_assert_true (g_utf8_validate (display, -1, NULL));

  g_assert_true (g_file_set_contents (path, "{\"format\": \"aict/1\", \"title\": 1}", -1, NULL));
  dataset = aict_dataset_new_from_file (path, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_SCHEMA);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_true (g_str_has_prefix (error->message, display));
  g_assert_nonnull (strstr (error->message, ":1:31: $.title: "));
  g_clear_error (&error);

  /* A syntax error and an IO error: valid UTF-8 too. */
  g_assert_true (g_file_set_contents (path, "{\"format\": \"aict/1\",}", -1, NULL));
  assert_file_error (path, AICT_ERROR_PARSE, "1:20", NULL);
  assert_file_error (missing, AICT_ERROR_IO, NULL, NULL);

  /* And it loads when it is fine. */
  g_assert_true (g_file_set_contents (path, "{\"format\": \"aict/1\"}", -1, NULL));
  dataset = aict_dataset_new_from_file (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);

  remove_temp_dir (dir);
}

static void
test_file_unreadable (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "secret.json", NULL);

  g_assert_true (g_file_set_contents (path, "{\"format\": \"aict/1\"}", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0), ==, 0);

  if (access (path, R_OK) == 0)
    g_test_skip ("the file is still readable (running as root?)");
  else
    assert_file_error (path, AICT_ERROR_IO, NULL, g_strerror (EACCES));

  remove_temp_dir (dir);
}

/* ------------------------------------------------------------------------ */
/* JSONTestSuite                                                            */
/* ------------------------------------------------------------------------ */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
policy_rejection (const char *name,
                  AictError  *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (jsontestsuite_policy); i++)
    if (strcmp (jsontestsuite_policy[i].file, name) == 0)
      {
        *code = jsontestsuite_policy[i].code;
        return TRUE;
      }

  return FALSE;
}

/* No file of the corpus is an aict/1 dataset: each must fail to load,
 * n_ as bad JSON, y_ as good JSON that is no dataset (unless the reader's
 * policy rejects it), i_ either way, all with a proper message. */
static void
test_jsontestsuite (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "jsontestsuite", "test_parsing", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) failures = g_string_new (NULL);
  guint n_y = 0, n_y_schema = 0, n_y_unknown_member = 0, n_y_policy = 0;
  guint n_n = 0, n_n_parse = 0, n_n_limit = 0;
  guint n_i = 0, n_i_per_code[AICT_ERROR_CORRUPT + 1] = { 0, };
  const char *name;

  if (dir == NULL)
    {
      g_test_skip_printf ("no JSONTestSuite corpus in %s", dir_path);
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (dir_path, file, NULL);
      g_autofree char *display = g_filename_display_name (path);
      g_autofree char *prefix = g_strconcat (display, ":", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(AictDataset) dataset = aict_dataset_new_from_file (path, NULL, &error);
      AictError policy_code;

      if (dataset != NULL)
        {
          g_string_append_printf (failures, "\n  %s: loaded", file);
          continue;
        }
      g_assert_nonnull (error);
      if (error->domain != AICT_ERROR || !g_utf8_validate (error->message, -1, NULL) ||
          !g_str_has_prefix (error->message, prefix))
        {
          g_string_append_printf (failures, "\n  %s: bad error (domain %s)", file,
                                  g_quark_to_string (error->domain));
          continue;
        }

      switch (file[0])
        {
        case 'n':
          n_n++;
          if (error->code == AICT_ERROR_PARSE)
            n_n_parse++;
          else if (error->code == AICT_ERROR_LIMIT)
            n_n_limit++;
          else
            g_string_append_printf (failures, "\n  %s: AICT_ERROR_%s: %s", file,
                                    error_code_name (error->code), error->message);
          break;

        case 'y':
          n_y++;
          if (policy_rejection (file, &policy_code))
            {
              if (error->code == (int) policy_code)
                n_y_policy++;
              else
                g_string_append_printf (failures, "\n  %s: AICT_ERROR_%s instead of %s: %s", file,
                                        error_code_name (error->code), error_code_name (policy_code),
                                        error->message);
            }
          else if (error->code != AICT_ERROR_SCHEMA)
            g_string_append_printf (failures, "\n  %s: AICT_ERROR_%s: %s", file,
                                    error_code_name (error->code), error->message);
          else if (strstr (error->message, "not an aict/1 dataset") != NULL)
            n_y_schema++;
          else if (strstr (error->message, "unknown member") != NULL)
            n_y_unknown_member++;   /* an object with other members than "format" */
          else
            g_string_append_printf (failures, "\n  %s: %s", file, error->message);
          break;

        case 'i':
          n_i++;
          n_i_per_code[error->code]++;
          break;

        default:
          break;
        }
    }

  g_test_message ("JSONTestSuite: %u files in %s", names->len, dir_path);
  g_test_message ("n_: %u rejected (%u PARSE, %u LIMIT)", n_n, n_n_parse, n_n_limit);
  g_test_message ("y_: %u rejected (%u SCHEMA “not an aict/1 dataset”, %u SCHEMA “unknown member”, "
                  "%u policy PARSE/LIMIT)", n_y, n_y_schema, n_y_unknown_member, n_y_policy);
  g_test_message ("i_: %u rejected (%u PARSE, %u LIMIT, %u SCHEMA)", n_i, n_i_per_code[AICT_ERROR_PARSE],
                  n_i_per_code[AICT_ERROR_LIMIT], n_i_per_code[AICT_ERROR_SCHEMA]);

  if (failures->len > 0)
    g_test_fail_printf ("unexpected results:%s", failures->str);

  g_assert_cmpuint (names->len, ==, 318);
  g_assert_cmpuint (n_y_policy, ==, G_N_ELEMENTS (jsontestsuite_policy));
  g_assert_cmpuint (n_n, ==, n_n_parse + n_n_limit);
}

/* ------------------------------------------------------------------------ */

int
main (int   argc,
      char *argv[])
{
  g_autofree char **args = g_new0 (char *, argc + 2);
  char **args_p = args;
  int n_args = argc + 1;

  /* --keep-going: a failed test (a known library bug, reported with
   * g_test_fail()) must not hide the results of the tests after it. */
  memcpy (args, argv, sizeof (char *) * argc);
  args[argc] = (char *) "--keep-going";

  setlocale (LC_ALL, "");
  g_test_init (&n_args, &args_p, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *stem = g_strndup (bad_files[i].file, strlen (bad_files[i].file) - strlen (".json"));
      g_autofree char *path = g_strdup_printf ("/aict/load/bad/%s", stem);

      g_test_add_data_func (path, &bad_files[i], test_bad_file);
    }
  g_test_add_func ("/aict/load/bad-coverage", test_bad_coverage);
  g_test_add_func ("/aict/load/format-string", test_format_string);

  g_test_add_func ("/aict/load/limit/depth", test_limit_depth);
  g_test_add_func ("/aict/load/limit/file-size", test_limit_file_size);
  g_test_add_func ("/aict/load/limit/file-size-default", test_limit_file_size_default);
  g_test_add_func ("/aict/load/limit/string-length", test_limit_string_length);
  g_test_add_func ("/aict/load/limit/name-length", test_limit_name_length);
  g_test_add_func ("/aict/load/limit/items", test_limit_items);
  g_test_add_func ("/aict/load/limit/members", test_limit_members);
  g_test_add_func ("/aict/load/limit/values", test_limit_values);
  g_test_add_func ("/aict/load/limit/number-length", test_limit_number_length);
  g_test_add_func ("/aict/load/limit/options", test_limit_options);
  g_test_add_func ("/aict/load/amount-boundaries", test_amount_boundaries);

  g_test_add_func ("/aict/load/file/directory", test_file_directory);
  g_test_add_func ("/aict/load/file/missing", test_file_missing);
  g_test_add_func ("/aict/load/file/dev-zero", test_file_dev_zero);
  g_test_add_func ("/aict/load/file/fifo", test_file_fifo);
  g_test_add_func ("/aict/load/file/name-not-utf8", test_file_name_not_utf8);
  g_test_add_func ("/aict/load/file/unreadable", test_file_unreadable);

  g_test_add_func ("/aict/load/jsontestsuite", test_jsontestsuite);

  return g_test_run ();
}
