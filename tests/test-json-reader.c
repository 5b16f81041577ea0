/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* Unit tests of the strict JSON pull tokenizer (lib/aict-json-reader.c). */

#include <string.h>
#include <time.h>

#include <gio/gio.h>
#include <aict/aict-error.h>

#include "aict-json-reader-private.h"

#define DISPLAY "test.json"

/* A string literal and its length, NUL bytes included. */
#define STR_LEN(s) (s), (sizeof (s) - 1)

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static AictLimits
limits_default (void)
{
  AictLimits limits;

  aict_limits_init_default (&limits);
  return limits;
}

/* Reads @data to END; on success also checks that a further call fails. */
static gboolean
read_all (const char       *data,
          gsize             len,
          const AictLimits *limits,
          GError          **error)
{
  g_autoptr(AictJsonReader) reader = aict_json_reader_new (data, len, DISPLAY, limits);
  AictJsonToken token;
  g_autoptr(GError) again = NULL;

  do
    {
      if (!aict_json_reader_next (reader, &token, error))
        {
          /* After an error every further call fails the same way. */
          g_assert_false (aict_json_reader_next (reader, &token, &again));
          g_assert_nonnull (again);
          g_assert_cmpint (token, ==, AICT_JSON_TOKEN_NONE);
          if (error != NULL && *error != NULL)
            {
              g_assert_true (again->domain == (*error)->domain);
              g_assert_cmpint (again->code, ==, (*error)->code);
              g_assert_cmpstr (again->message, ==, (*error)->message);
            }
          return FALSE;
        }
    }
  while (token != AICT_JSON_TOKEN_END);

  g_assert_false (aict_json_reader_next (reader, &token, &again));
  g_assert_nonnull (again);

  return TRUE;
}

static void
assert_accepts_len (const char       *data,
                    gsize             len,
                    const AictLimits *limits)
{
  g_autoptr(GError) error = NULL;

  if (!read_all (data, len, limits, &error))
    g_error ("expected “%.*s” to be accepted, got: %s", (int) MIN (len, 200), data,
             error->message);
}

#define assert_accepts(json) assert_accepts_len ((json), strlen (json), NULL)

/* Checks the error: its code, that the message is UTF-8 and starts with
 * "test.json:POS: " (or just "test.json:POS" if @pos ends with ':', for a
 * line without column), and that it contains @fragment. */
static void
check_error (const GError *error,
             int           code,
             const char   *pos,
             const char   *fragment)
{
  g_autofree char *prefix = g_str_has_suffix (pos, ":") ? g_strdup_printf (DISPLAY ":%s", pos)
                                                        : g_strdup_printf (DISPLAY ":%s: ", pos);

  g_assert_nonnull (error);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (error->domain != AICT_ERROR || error->code != code)
    g_error ("expected code %d, got %s %d: %s", code,
             g_quark_to_string (error->domain), error->code, error->message);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("message “%s” does not start with “%s”", error->message, prefix);
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    g_error ("message “%s” does not contain “%s”", error->message, fragment);
}

static void
assert_rejects_full (const char       *data,
                     gsize             len,
                     const AictLimits *limits,
                     int               code,
                     const char       *pos,
                     const char       *fragment)
{
  g_autoptr(GError) error = NULL;

  if (read_all (data, len, limits, &error))
    g_error ("expected “%.*s” to be rejected", (int) MIN (len, 200), data);
  check_error (error, code, pos, fragment);
}

#define assert_rejects(json, code, pos, fragment) \
  assert_rejects_full ((json), strlen (json), NULL, (code), (pos), (fragment))
#define assert_parse_error(json, pos, fragment) \
  assert_rejects ((json), AICT_ERROR_PARSE, (pos), (fragment))

/* Reads tokens until the first NUMBER and returns the reader. */
static AictJsonReader *
reader_at_number (const char *json)
{
  AictJsonReader *reader = aict_json_reader_new (json, strlen (json), DISPLAY, NULL);
  AictJsonToken token;
  GError *error = NULL;

  do
    {
      if (!aict_json_reader_next (reader, &token, &error))
        g_error ("%s", error->message);
    }
  while (token != AICT_JSON_TOKEN_NUMBER);

  return reader;
}

/* Time bounds are asserted except under valgrind (which slows everything
 * down 20 to 50 times) or when AICT_TEST_NO_TIMING is set. */
static gboolean
timing_is_meaningful (void)
{
  const char *preload = g_getenv ("LD_PRELOAD");

  if (g_getenv ("AICT_TEST_NO_TIMING") != NULL)
    return FALSE;
  return preload == NULL || strstr (preload, "vgpreload") == NULL;
}

#define assert_fast(elapsed_usec, limit_usec) \
  G_STMT_START { \
    if (timing_is_meaningful ()) \
      g_assert_cmpint ((elapsed_usec), <, (limit_usec)); \
  } G_STMT_END

static char *
repeat (const char *s,
        gsize       n)
{
  gsize len = strlen (s);
  char *out = g_malloc (len * n + 1);
  gsize i;

  for (i = 0; i < n; i++)
    memcpy (out + i * len, s, len);
  out[len * n] = '\0';

  return out;
}

/* ------------------------------------------------------------------------ */
/* Tokens                                                                   */
/* ------------------------------------------------------------------------ */

static void
test_tokens_sequence (void)
{
  const char *json = "{\"a\": [1, -2.5e3, \"x\\ty\", true, false, null, {}, []], \"\": 0}";
  static const AictJsonToken expected[] = {
    AICT_JSON_TOKEN_BEGIN_OBJECT,
    AICT_JSON_TOKEN_MEMBER,
    AICT_JSON_TOKEN_BEGIN_ARRAY,
    AICT_JSON_TOKEN_NUMBER,
    AICT_JSON_TOKEN_NUMBER,
    AICT_JSON_TOKEN_STRING,
    AICT_JSON_TOKEN_TRUE,
    AICT_JSON_TOKEN_FALSE,
    AICT_JSON_TOKEN_NULL,
    AICT_JSON_TOKEN_BEGIN_OBJECT,
    AICT_JSON_TOKEN_END_OBJECT,
    AICT_JSON_TOKEN_BEGIN_ARRAY,
    AICT_JSON_TOKEN_END_ARRAY,
    AICT_JSON_TOKEN_END_ARRAY,
    AICT_JSON_TOKEN_MEMBER,
    AICT_JSON_TOKEN_NUMBER,
    AICT_JSON_TOKEN_END_OBJECT,
    AICT_JSON_TOKEN_END,
  };
  g_autoptr(AictJsonReader) reader = aict_json_reader_new (json, strlen (json), DISPLAY, NULL);
  g_autoptr(GError) error = NULL;
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      AictJsonToken token;
      const char *s;
      gsize len;
      gboolean fraction, exponent;

      g_assert_true (aict_json_reader_next (reader, &token, &error));
      g_assert_no_error (error);
      g_assert_cmpint (token, ==, expected[i]);

      switch (i)
        {
        case 1:
          s = aict_json_reader_get_string (reader, &len);
          g_assert_cmpstr (s, ==, "a");
          g_assert_cmpuint (len, ==, 1);
          break;
        case 3:
          s = aict_json_reader_get_lexeme (reader, &len, &fraction, &exponent);
          g_assert_cmpuint (len, ==, 1);
          g_assert_true (strncmp (s, "1", len) == 0);
          g_assert_false (fraction);
          g_assert_false (exponent);
          break;
        case 4:
          s = aict_json_reader_get_lexeme (reader, &len, &fraction, &exponent);
          g_assert_cmpuint (len, ==, 6);
          g_assert_true (strncmp (s, "-2.5e3", len) == 0);
          g_assert_true (fraction);
          g_assert_true (exponent);
          break;
        case 5:
          s = aict_json_reader_get_string (reader, &len);
          g_assert_cmpstr (s, ==, "x\ty");
          g_assert_cmpuint (len, ==, 3);
          break;
        case 14:
          s = aict_json_reader_get_string (reader, &len);
          g_assert_cmpstr (s, ==, "");
          g_assert_cmpuint (len, ==, 0);
          break;
        default:
          break;
        }
    }
}

static void
test_tokens_top_level_scalars (void)
{
  assert_accepts ("1");
  assert_accepts ("-0");
  assert_accepts ("\"a\"");
  assert_accepts ("true");
  assert_accepts ("false");
  assert_accepts ("null");
  assert_accepts (" \t\r\n[] \t\r\n");
  assert_accepts ("{}");
  assert_accepts ("[[[]],{\"a\":{\"b\":[{}]}}]");
}

static void
test_tokens_get_string_escapes (void)
{
  const char *json = "[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0041\\u00e9\\u20AC\\ud834\\udd1e\"]";
  g_autoptr(AictJsonReader) reader = aict_json_reader_new (json, strlen (json), DISPLAY, NULL);
  g_autoptr(GError) error = NULL;
  AictJsonToken token;
  const char *s;
  gsize len;

  g_assert_true (aict_json_reader_next (reader, &token, &error));
  g_assert_true (aict_json_reader_next (reader, &token, &error));
  g_assert_cmpint (token, ==, AICT_JSON_TOKEN_STRING);
  s = aict_json_reader_get_string (reader, &len);
  g_assert_cmpstr (s, ==, "\" \\ / \b \f \n \r \t A\xc3\xa9\xe2\x82\xac\xf0\x9d\x84\x9e");
  g_assert_cmpuint (len, ==, strlen (s));
}

static void
test_tokens_raw_utf8 (void)
{
  /* Raw non-ASCII characters of 2, 3 and 4 bytes, U+2028, DEL. */
  const char *json = "[\"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 \xe2\x80\xa8 \x7f\"]";
  g_autoptr(AictJsonReader) reader = aict_json_reader_new (json, strlen (json), DISPLAY, NULL);
  g_autoptr(GError) error = NULL;
  AictJsonToken token;

  g_assert_true (aict_json_reader_next (reader, &token, &error));
  g_assert_true (aict_json_reader_next (reader, &token, &error));
  g_assert_cmpstr (aict_json_reader_get_string (reader, NULL), ==,
                   "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 \xe2\x80\xa8 \x7f");
}

/* ------------------------------------------------------------------------ */
/* Positions                                                                */
/* ------------------------------------------------------------------------ */

static void
test_position_tokens (void)
{
  /* Line 1: "{"; line 2 (after \r\n): two spaces, "é" key; line 3 (after a
   * lone \r): the value after a tab. */
  const char *json = "{\r\n  \"\xc3\xa9\xc3\xa9\": \"\xe2\x82\xac\",\r\t\"b\":\n\n   [1, 22]}";
  g_autoptr(AictJsonReader) reader = aict_json_reader_new (json, strlen (json), DISPLAY, NULL);
  g_autoptr(GError) error = NULL;
  static const struct { AictJsonToken token; guint line, column; } expected[] = {
    { AICT_JSON_TOKEN_BEGIN_OBJECT, 1, 1 },
    { AICT_JSON_TOKEN_MEMBER, 2, 3 },
    { AICT_JSON_TOKEN_STRING, 2, 9 },   /* "éé": is 5 characters from column 3 */
    { AICT_JSON_TOKEN_MEMBER, 3, 2 },
    { AICT_JSON_TOKEN_BEGIN_ARRAY, 5, 4 },
    { AICT_JSON_TOKEN_NUMBER, 5, 5 },
    { AICT_JSON_TOKEN_NUMBER, 5, 8 },
    { AICT_JSON_TOKEN_END_ARRAY, 5, 10 },
    { AICT_JSON_TOKEN_END_OBJECT, 5, 11 },
    { AICT_JSON_TOKEN_END, 5, 12 },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      AictJsonToken token;

      g_assert_true (aict_json_reader_next (reader, &token, &error));
      g_assert_cmpint (token, ==, expected[i].token);
      g_assert_cmpuint (aict_json_reader_get_line (reader), ==, expected[i].line);
      g_assert_cmpuint (aict_json_reader_get_column (reader), ==, expected[i].column);
      /* Asking twice (cache) gives the same answer. */
      g_assert_cmpuint (aict_json_reader_get_column (reader), ==, expected[i].column);
    }
}

static void
test_position_errors (void)
{
  /* Columns count characters, not bytes. */
  assert_parse_error ("[\"\xc3\xa9\xc3\xa9\xc3\xa9\", @]", "1:9", "found “@”");
  assert_parse_error ("[\"\xf0\x9f\x98\x80\", x]", "1:7", "invalid literal “x”");
  /* \r\n is one line break; a lone \r is one too. */
  assert_parse_error ("[\r\n1,\r\n2,\r\n @]", "4:2", "found “@”");
  assert_parse_error ("[\r1,\r\r @]", "4:2", "found “@”");
  assert_parse_error ("[\n\n\n\t\t@]", "4:3", "found “@”");
  /* The error inside a string is at the offending byte. */
  assert_parse_error ("\n  \"ab\\qc\"", "2:6", "invalid escape “\\q”");
}

/* ------------------------------------------------------------------------ */
/* Documents                                                                */
/* ------------------------------------------------------------------------ */

static void
test_document_empty (void)
{
  assert_parse_error ("", "1:1", "empty document");
  assert_parse_error ("   ", "1:4", "empty document");
  assert_parse_error ("\n\n \t", "3:3", "empty document");
  assert_rejects_full (NULL, 0, NULL, AICT_ERROR_PARSE, "1:1", "empty document");
}

static void
test_document_trailing (void)
{
  assert_parse_error ("[1] [2]", "1:5", "trailing data after the top-level value");
  assert_parse_error ("{}x", "1:3", "trailing data after the top-level value");
  assert_parse_error ("1 2", "1:3", "trailing data after the top-level value");
  assert_parse_error ("\"a\"\n\"b\"", "2:1", "trailing data after the top-level value");
  assert_parse_error ("[1]\n// comment", "2:1", "trailing data after the top-level value");
  assert_parse_error ("var x = 1", "1:1", "invalid literal “var”");
  assert_accepts ("[1] \n\r\n\t ");
}

static void
test_document_bom (void)
{
  assert_parse_error ("\xef\xbb\xbf", "1:1", "BOM");
  assert_parse_error ("\xef\xbb\xbf{}", "1:1", "byte order mark");
  assert_parse_error ("\xff\xfe[\0]\0", "1:1", "UTF-16");
  /* A BOM later on is an unexpected character. */
  assert_parse_error ("[1,\xef\xbb\xbf 2]", "1:4", "expected a value");
}

/* ------------------------------------------------------------------------ */
/* UTF-8                                                                    */
/* ------------------------------------------------------------------------ */

static void
test_utf8_invalid (void)
{
  static const struct { const char *data; gsize len; const char *pos; const char *fragment; } cases[] = {
    { STR_LEN ("[\"\xff\"]"), "1:3", "invalid UTF-8 (byte 0xFF)" },
    { STR_LEN ("[\"\xe9\"]"), "1:3", "invalid UTF-8 (byte 0xE9)" },              /* Latin-1 */
    { STR_LEN ("[\"\xc0\xaf\"]"), "1:3", "invalid UTF-8" },                      /* overlong */
    { STR_LEN ("[\"\xe0\x80\xaf\"]"), "1:3", "invalid UTF-8" },                  /* overlong */
    { STR_LEN ("[\"\xed\xa0\x80\"]"), "1:3", "invalid UTF-8" },                  /* encoded surrogate */
    { STR_LEN ("[\"\xf4\x90\x80\x80\"]"), "1:3", "invalid UTF-8" },              /* > U+10FFFF */
    { STR_LEN ("[\"\x80\"]"), "1:3", "invalid UTF-8" },                          /* lone continuation */
    { STR_LEN ("[\"\xe2\x82\"]"), "1:3", "invalid UTF-8" },                      /* truncated */
    { STR_LEN ("[\"\xe2\x82"), "1:3", "invalid UTF-8" },                         /* truncated at end */
    { STR_LEN ("{\n\"\xc3\xa9\xc3\xa9\": \"\xfe\"}"), "2:8", "invalid UTF-8 (byte 0xFE)" },
    { STR_LEN ("[1,\r\n2,\r\xff]"), "3:1", "invalid UTF-8" },
    /* NUL bytes */
    { STR_LEN ("[1,\0]"), "1:4", "NUL byte" },
    { STR_LEN ("\0"), "1:1", "NUL byte" },
    { STR_LEN ("\"ab\0\""), "1:4", "invalid UTF-8: NUL byte" },
    { STR_LEN ("[\"\xc3\xa9\0\"]"), "1:4", "NUL byte" },
    { STR_LEN ("{}\n\n\0"), "3:1", "NUL byte" },
    /* UTF-16 without BOM */
    { STR_LEN ("[\0\"\0\xe9\0\"\0]\0"), "1:2", "NUL byte" },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_rejects_full (cases[i].data, cases[i].len, NULL, AICT_ERROR_PARSE,
                         cases[i].pos, cases[i].fragment);
}

static void
test_utf8_long_ascii_then_invalid (void)
{
  /* The bad byte is found after long ASCII runs (the word-at-a-time path). */
  g_autofree char *pad = repeat ("    ", 1000);
  g_autofree char *json = g_strconcat ("[", pad, "\"abcdefghijklmnop\xc3\xa9qrstuvwxyz\",\n", pad,
                                       "\"\xc3\xa9\xff\"]", NULL);
  g_autofree char *pos = g_strdup_printf ("2:%u", 4000 + 3);

  assert_rejects_full (json, strlen (json), NULL, AICT_ERROR_PARSE, pos, "invalid UTF-8 (byte 0xFF)");
}

/* ------------------------------------------------------------------------ */
/* Strings                                                                  */
/* ------------------------------------------------------------------------ */

static void
test_strings_valid (void)
{
  assert_accepts ("[\"\"]");
  assert_accepts ("[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"]");
  assert_accepts ("[\"\\u0001\\u001f\\u007F\\u00a0\\uFFFD\\uFDCF\\uFDF0\\uFFFC\"]");
  assert_accepts ("[\"\\uD800\\uDC00\\uDBFF\\uDFFD\\uD83D\\uDE00\"]");
  assert_accepts ("[\"\xef\xb7\x8f \xef\xb7\xb0 \xef\xbf\xbd \xf4\x8f\xbf\xbd \xf0\x9b\xbf\xbf\"]");
  assert_accepts ("[\"a\x7f" "b\"]");
  assert_accepts ("[\"/* not a comment */ // # 'x'\"]");
}

static void
test_strings_invalid_escape (void)
{
  assert_parse_error ("[\"\\a\"]", "1:3", "invalid escape “\\a”");
  assert_parse_error ("[\"\\x41\"]", "1:3", "invalid escape “\\x”");
  assert_parse_error ("[\"\\U0041\"]", "1:3", "invalid escape “\\U”");
  assert_parse_error ("[\"\\'\"]", "1:3", "invalid escape “\\'”");
  assert_parse_error ("[\"\\\xc3\xa9\"]", "1:3", "invalid escape “\\é”");
  assert_parse_error ("[\"\\\t\"]", "1:3", "control character U+0009");
  assert_parse_error ("[\"\\u12\"]", "1:3", "expected four hex digits");
  assert_parse_error ("[\"\\u12G4\"]", "1:3", "expected four hex digits");
  assert_parse_error ("[\"\\u", "1:3", "expected four hex digits");
  assert_parse_error ("[\"\\", "1:2", "unterminated string");
}

static void
test_strings_nul_escape (void)
{
  assert_parse_error ("[\"\\u0000\"]", "1:3", "\\u0000");
  assert_parse_error ("[\"ab\\u0000cd\"]", "1:5", "\\u0000 (NUL) is not allowed");
  assert_parse_error ("{\"ab\\u0000cd\": 1}", "1:5", "\\u0000");
  /* A backslash followed by u0000 is fine. */
  assert_accepts ("[\"\\\\u0000\"]");
}

static void
test_strings_surrogates (void)
{
  assert_parse_error ("[\"\\uD800\"]", "1:3", "unpaired high surrogate \\uD800");
  assert_parse_error ("[\"\\uDADAabc\"]", "1:3", "unpaired high surrogate");
  assert_parse_error ("[\"\\uD800\\n\"]", "1:3", "unpaired high surrogate");
  assert_parse_error ("[\"\\uD800\\uD800\"]", "1:3", "unpaired high surrogate");
  assert_parse_error ("[\"\\uD888\\u1234\"]", "1:3", "unpaired high surrogate");
  assert_parse_error ("[\"\\uDC00\"]", "1:3", "unpaired low surrogate \\uDC00");
  assert_parse_error ("[\"x\\uDFAA\"]", "1:4", "unpaired low surrogate");
  /* Inverted pair: the low one comes first. */
  assert_parse_error ("[\"\\uDd1e\\uD834\"]", "1:3", "unpaired low surrogate \\uDD1E");
  assert_parse_error ("{\"\\uDFAA\": 0}", "1:3", "unpaired low surrogate");
  assert_parse_error ("[\"\\uD800\\u", "1:3", "unpaired high surrogate");
}

static void
test_strings_noncharacters (void)
{
  /* Escaped. */
  assert_parse_error ("[\"\\uFDD0\"]", "1:3", "noncharacter U+FDD0");
  assert_parse_error ("[\"\\uFDEF\"]", "1:3", "noncharacter U+FDEF");
  assert_parse_error ("[\"\\uFFFE\"]", "1:3", "noncharacter U+FFFE");
  assert_parse_error ("[\"\\uffff\"]", "1:3", "noncharacter U+FFFF");
  assert_parse_error ("[\"\\uD83F\\uDFFE\"]", "1:3", "noncharacter U+1FFFE");
  assert_parse_error ("[\"\\uDBFF\\uDFFF\"]", "1:3", "noncharacter U+10FFFF");
  assert_parse_error ("[\"\\uDBFF\\uDFFE\"]", "1:3", "noncharacter U+10FFFE");
  /* Raw. */
  assert_parse_error ("[\"\xef\xb7\x90\"]", "1:3", "noncharacter U+FDD0");
  assert_parse_error ("[\"\xef\xb7\xaf\"]", "1:3", "noncharacter U+FDEF");
  assert_parse_error ("[\"ab\xef\xbf\xbe\"]", "1:5", "noncharacter U+FFFE");
  assert_parse_error ("[\"\xef\xbf\xbf\"]", "1:3", "noncharacter U+FFFF");
  assert_parse_error ("[\"\xf0\x9f\xbf\xbe\"]", "1:3", "noncharacter U+1FFFE");
  assert_parse_error ("[\"\xf3\xbf\xbf\xbf\"]", "1:3", "noncharacter U+FFFFF");
  assert_parse_error ("[\"\xf4\x8f\xbf\xbf\"]", "1:3", "noncharacter U+10FFFF");
  assert_parse_error ("{\"k\xef\xbf\xbf\": 1}", "1:4", "noncharacter U+FFFF");
}

static void
test_strings_control_characters (void)
{
  guint c;

  for (c = 1; c < 0x20; c++)
    {
      char json[8] = { '[', '"', 'a', (char) c, '"', ']', 0 };
      g_autofree char *fragment = NULL;

      if (c == '\n' || c == '\r')
        fragment = g_strdup ("unescaped line break in string");
      else
        fragment = g_strdup_printf ("unescaped control character U+%04X", c);
      assert_rejects_full (json, 6, NULL, AICT_ERROR_PARSE, "1:4", fragment);
    }
  assert_parse_error ("{\"a\tb\": 1}", "1:4", "U+0009");
}

static void
test_strings_unterminated (void)
{
  assert_parse_error ("[\"abc", "1:2", "unterminated string");
  assert_parse_error ("\"", "1:1", "unterminated string");
  assert_parse_error ("[\"abc\\\"", "1:2", "unterminated string");
  assert_parse_error ("{\"abc", "1:2", "unterminated string");
  assert_parse_error ("[\"abc\n\"]", "1:6", "unescaped line break");
}

/* ------------------------------------------------------------------------ */
/* Numbers                                                                  */
/* ------------------------------------------------------------------------ */

static void
test_numbers_valid (void)
{
  static const char *valid[] = {
    "0", "-0", "1", "-1", "123", "9007199254740993", "0.5", "-0.0", "10.01",
    "1e5", "1E5", "1e+5", "1e-5", "0e0", "0E+1", "-0.0e-0", "1.5e300",
    "123.456e-789", "1.000000000000000000000000000001",
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autofree char *json = g_strdup_printf ("[%s]", valid[i]);
      g_autoptr(AictJsonReader) reader = NULL;
      g_autoptr(GError) error = NULL;
      AictJsonToken token;
      const char *lexeme;
      gsize len;

      assert_accepts (valid[i]);
      assert_accepts (json);

      reader = aict_json_reader_new (json, strlen (json), DISPLAY, NULL);
      g_assert_true (aict_json_reader_next (reader, &token, &error));
      g_assert_true (aict_json_reader_next (reader, &token, &error));
      g_assert_cmpint (token, ==, AICT_JSON_TOKEN_NUMBER);
      lexeme = aict_json_reader_get_lexeme (reader, &len, NULL, NULL);
      g_assert_cmpuint (len, ==, strlen (valid[i]));
      g_assert_true (memcmp (lexeme, valid[i], len) == 0);
    }

  /* A number followed by every delimiter. */
  assert_accepts ("[1,2 ,3\t,4\n,5\r]");
  assert_accepts ("{\"a\":1}");
  assert_accepts ("1 ");
}

static void
test_numbers_leading_zero (void)
{
  assert_parse_error ("010", "1:1", "leading zero in number");
  assert_parse_error ("[010]", "1:2", "leading zero in number");
  assert_parse_error ("[-01]", "1:2", "leading zero in number");
  assert_parse_error ("[00]", "1:2", "leading zero in number");
  assert_parse_error ("[0777]", "1:2", "leading zero in number");
  assert_parse_error ("{\"budget_cents\": 0100}", "1:18", "leading zero in number");
}

static void
test_numbers_radix (void)
{
  assert_parse_error ("[0x10]", "1:2", "hexadecimal numbers are not allowed");
  assert_parse_error ("[0X1F]", "1:2", "hexadecimal numbers are not allowed");
  assert_parse_error ("[-0x1]", "1:2", "hexadecimal numbers are not allowed");
  assert_parse_error ("[0b101]", "1:2", "binary and octal numbers are not allowed");
  assert_parse_error ("[0o17]", "1:2", "binary and octal numbers are not allowed");
}

static void
test_numbers_malformed (void)
{
  assert_parse_error ("[.5]", "1:2", "a number cannot start with “.”");
  assert_parse_error ("[+1]", "1:2", "a number cannot start with “+”");
  assert_parse_error ("[1.]", "1:4", "expected a digit after the decimal point");
  assert_parse_error ("[1.e5]", "1:4", "expected a digit after the decimal point");
  assert_parse_error ("1.", "1:3", "expected a digit after the decimal point");
  assert_parse_error ("[1e]", "1:4", "expected a digit in the exponent");
  assert_parse_error ("[1e+]", "1:5", "expected a digit in the exponent");
  assert_parse_error ("[1E-x]", "1:5", "expected a digit in the exponent");
  assert_parse_error ("[-]", "1:2", "expected a digit after “-”");
  assert_parse_error ("-", "1:1", "expected a digit after “-”");
  assert_parse_error ("[- 1]", "1:2", "expected a digit after “-”");
  assert_parse_error ("[--1]", "1:2", "expected a digit after “-”");
  assert_parse_error ("[NaN]", "1:2", "“NaN” is not allowed");
  assert_parse_error ("[Infinity]", "1:2", "“Infinity” is not allowed");
  assert_parse_error ("[-Infinity]", "1:2", "“-Infinity” is not allowed");
  assert_parse_error ("[1x]", "1:2", "invalid number “1x”");
  assert_parse_error ("[123abc]", "1:2", "invalid number “123abc”");
  assert_parse_error ("123abc", "1:1", "invalid number “123abc”");
  assert_parse_error ("[1.5.3]", "1:2", "invalid number “1.5.3”");
  assert_parse_error ("[1e5e5]", "1:2", "invalid number “1e5e5”");
  assert_parse_error ("[1-2]", "1:2", "invalid number “1-2”");
  assert_parse_error ("[1+2]", "1:2", "invalid number “1+2”");
  assert_parse_error ("[1\xc3\xa9]", "1:2", "invalid number “1é”");
  assert_parse_error ("[\xef\xbc\x91]", "1:2", "expected a value, found “１”");
  /* Something after a number that is not an operator gets the structural message. */
  assert_parse_error ("[1\"a\"]", "1:3", "expected “,” or “]” after the array item, found “\"”");
  assert_parse_error ("[1/*c*/]", "1:3", "comments are not allowed");
}

/* ------------------------------------------------------------------------ */
/* Literals and structure                                                   */
/* ------------------------------------------------------------------------ */

static void
test_literals (void)
{
  assert_parse_error ("[tru]", "1:2", "invalid literal “tru”");
  assert_parse_error ("tru", "1:1", "invalid literal “tru”");
  assert_parse_error ("[nul]", "1:2", "invalid literal “nul”");
  assert_parse_error ("[nulll]", "1:2", "invalid literal “nulll”");
  assert_parse_error ("[True]", "1:2", "invalid literal “True”");
  assert_parse_error ("[NULL]", "1:2", "invalid literal “NULL”");
  assert_parse_error ("[truefalse]", "1:2", "invalid literal “truefalse”");
  assert_parse_error ("[true1]", "1:2", "invalid literal “true1”");
  assert_parse_error ("[undefined]", "1:2", "invalid literal “undefined”");
  assert_parse_error ("[None]", "1:2", "invalid literal “None”");
  assert_parse_error ("['a']", "1:2", "single quotes are not allowed");
  assert_parse_error ("{'a': 1}", "1:2", "single quotes are not allowed");
  assert_parse_error ("[1, // c\n2]", "1:5", "comments are not allowed");
  assert_parse_error ("[1, /* c */ 2]", "1:5", "comments are not allowed");
  assert_parse_error ("# c\n[]", "1:1", "comments are not allowed");
  assert_parse_error ("[1 # c\n]", "1:4", "comments are not allowed");
  assert_parse_error ("{\"a\": 1 /* c */}", "1:9", "comments are not allowed");
  assert_parse_error ("[/]", "1:2", "expected a value, found “/”");
  assert_parse_error ("[@]", "1:2", "expected a value, found “@”");
  assert_parse_error ("[\x01]", "1:2", "control character U+0001");
  assert_parse_error ("[\xc2\x85]", "1:2", "found character U+0085");
  assert_parse_error ("[\xe2\x81\xa0 1]", "1:2", "found character U+2060");
  assert_parse_error ("[\xc2\xa0 1]", "1:2", "found character U+00A0");
}

static void
test_structure_trailing_comma (void)
{
  assert_parse_error ("[1,]", "1:3", "trailing comma before “]”");
  assert_parse_error ("[1,\n  ]", "1:3", "trailing comma");
  assert_parse_error ("{\"a\":1,}", "1:7", "trailing comma before “}”");
  assert_parse_error ("{\"a\":1 ,\n}", "1:8", "trailing comma");
  assert_parse_error ("[[],]", "1:4", "trailing comma");
}

static void
test_structure_errors (void)
{
  assert_parse_error ("[", "1:2", "unexpected end of data, expected a value or “]” (the array opened at 1:1 is not closed)");
  assert_parse_error ("[1", "1:3", "expected “,” or “]” (the array opened at 1:1");
  assert_parse_error ("[1,", "1:4", "expected a value (the array opened at 1:1");
  assert_parse_error ("{", "1:2", "expected a member name or “}” (the object opened at 1:1");
  assert_parse_error ("{\"a\"", "1:5", "unexpected end of data, expected “:” after the member name");
  assert_parse_error ("{\"a\":", "1:6", "expected a value (the object opened at 1:1");
  assert_parse_error ("{\"a\":1", "1:7", "expected “,” or “}”");
  assert_parse_error ("{\"a\":1,", "1:8", "expected a member name (the object opened at 1:1");
  assert_parse_error ("[\n  {\"a\": [\n", "3:1", "the array opened at 2:9 is not closed");
  assert_parse_error ("[1 2]", "1:4", "expected “,” or “]” after the array item, found “2”");
  assert_parse_error ("{\"a\":1 \"b\":2}", "1:8", "expected “,” or “}” after the member value");
  assert_parse_error ("{\"a\" 1}", "1:6", "expected “:” after the member name, found “1”");
  assert_parse_error ("{\"a\"=1}", "1:5", "expected “:” after the member name, found “=”");
  assert_parse_error ("{a:1}", "1:2", "member names must be strings in double quotes, found “a”");
  assert_parse_error ("{1:1}", "1:2", "member names must be strings");
  assert_parse_error ("{,}", "1:2", "expected a member name (a string in double quotes), found “,”");
  assert_parse_error ("[,1]", "1:2", "expected a value, found “,”");
  assert_parse_error ("[1,,2]", "1:4", "expected a value, found “,”");
  assert_parse_error ("[1}", "1:3", "expected “,” or “]”");
  assert_parse_error ("{\"a\":1]", "1:7", "expected “,” or “}”");
  assert_parse_error ("]", "1:1", "expected a value, found “]”");
  assert_parse_error ("}", "1:1", "expected a value, found “}”");
  assert_parse_error (":", "1:1", "expected a value, found “:”");
  assert_parse_error ("[1:2]", "1:3", "found “:”");
  assert_parse_error ("{\"a\"::1}", "1:6", "expected a value, found “:”");
  assert_parse_error ("{\"a\":1,,\"b\":2}", "1:8", "found “,”");
}

/* ------------------------------------------------------------------------ */
/* Objects                                                                  */
/* ------------------------------------------------------------------------ */

static void
test_objects_duplicate (void)
{
  assert_parse_error ("{\"a\":1,\"a\":2}", "1:8", "duplicate member name “a”");
  assert_parse_error ("{\"a\":\"b\",\"a\":\"b\"}", "1:10", "duplicate member name “a”");
  assert_parse_error ("{\"x\": {\"b\": 1,\n \"b\": 2}}", "2:2", "duplicate member name “b”");
  /* Names are compared decoded. */
  assert_parse_error ("{\"a\":1,\"\\u0061\":2}", "1:8", "duplicate member name “a”");
  assert_parse_error ("{\"\xc3\xa9\":1,\"\\u00e9\":2}", "1:8", "duplicate member name “é”");
  assert_parse_error ("{\"\":1,\"\":2}", "1:7", "duplicate member name “”");
  /* The same name in sibling objects and at other levels is fine. */
  assert_accepts ("[{\"a\":1},{\"a\":2}]");
  assert_accepts ("{\"a\":{\"a\":{\"a\":1}},\"b\":{\"a\":2}}");
  assert_accepts ("{\"a\":1,\"A\":2,\"a \":3,\"\":4}");
}

static void
test_objects_duplicate_large (void)
{
  guint n;

  /* Around and above the linear-scan size, duplicate at every position. */
  for (n = 1; n <= 40; n++)
    {
      guint dup;

      for (dup = 0; dup < n; dup++)
        {
          GString *json = g_string_new ("{");
          guint i;

          for (i = 0; i < n; i++)
            g_string_append_printf (json, "\"k%u\":%u,", i, i);
          g_string_append_printf (json, "\"k%u\":0}", dup);
          assert_rejects_full (json->str, json->len, NULL, AICT_ERROR_PARSE, "1:",
                               "duplicate member name");
          g_string_free (json, TRUE);
        }
    }

  /* Names of one length that differ only after their first eight bytes,
   * below and above the linear-scan size: distinct ones are accepted, a
   * repeated one is not. */
  for (n = 1; n <= 20; n++)
    {
      GString *json = g_string_new ("{");
      guint i;

      for (i = 0; i < n; i++)
        g_string_append_printf (json, "%s\"shared_prefix_%03u\":%u", i ? "," : "", i, i);
      g_string_append (json, "}");
      assert_accepts_len (json->str, json->len, NULL);

      g_string_truncate (json, json->len - 1);
      g_string_append_printf (json, ",\"shared_prefix_%03u\":0}", n / 2);
      assert_rejects_full (json->str, json->len, NULL, AICT_ERROR_PARSE, "1:",
                           "duplicate member name");
      g_string_free (json, TRUE);
    }

  /* 256 distinct names (the default limit) in several objects at one level,
   * to exercise the per-level table reuse. */
  {
    GString *json = g_string_new ("[");
    guint k, i;

    for (k = 0; k < 3; k++)
      {
        g_string_append (json, k ? ",{" : "{");
        for (i = 0; i < (k == 1 ? 9u : 256u); i++)
          g_string_append_printf (json, "%s\"name %u\":{\"x\":%u,\"y\":[]}", i ? "," : "", i, i);
        g_string_append (json, "}");
      }
    g_string_append (json, "]");
    assert_accepts_len (json->str, json->len, NULL);
    g_string_free (json, TRUE);
  }
}

static GString *
build_flood (guint n_distinct,
             guint n_repeats)
{
  GString *json = g_string_sized_new ((n_distinct + n_repeats) * 12);
  guint i;

  g_string_append_c (json, '{');
  for (i = 0; i < n_distinct; i++)
    g_string_append_printf (json, "%s\"k%06u\":1", i ? "," : "", i);
  for (i = 0; i < n_repeats; i++)
    g_string_append_printf (json, ",\"k%06u\":1", n_distinct - 1);
  g_string_append_c (json, '}');

  return json;
}

static void
test_objects_duplicate_flood (void)
{
  GString *json = build_flood (50000, 50000);
  AictLimits limits = limits_default ();
  g_autoptr(GError) error = NULL;
  gint64 start, elapsed;

  g_assert_cmpuint (json->len, >, 1000000);

  /* Default limits: the member limit stops it. */
  start = g_get_monotonic_time ();
  g_assert_false (read_all (json->str, json->len, NULL, &error));
  elapsed = g_get_monotonic_time () - start;
  check_error (error, AICT_ERROR_LIMIT, "1:", "object has more than 256 members");
  g_test_message ("flood, default limits: rejected in %" G_GINT64_FORMAT " µs", elapsed);
  assert_fast (elapsed, G_USEC_PER_SEC);
  g_clear_error (&error);

  /* No member limit: the duplicate check itself must be O(1) per name. */
  limits.max_members = G_MAXUINT;
  limits.max_file_size = G_MAXSIZE;
  start = g_get_monotonic_time ();
  g_assert_false (read_all (json->str, json->len, &limits, &error));
  elapsed = g_get_monotonic_time () - start;
  check_error (error, AICT_ERROR_PARSE, "1:", "duplicate member name “k049999”");
  g_test_message ("flood, no member limit: rejected in %" G_GINT64_FORMAT " µs", elapsed);
  assert_fast (elapsed, G_USEC_PER_SEC);

  g_string_free (json, TRUE);

  /* And 100k distinct names are accepted just as fast. */
  json = build_flood (100000, 0);
  start = g_get_monotonic_time ();
  assert_accepts_len (json->str, json->len, &limits);
  elapsed = g_get_monotonic_time () - start;
  assert_fast (elapsed, G_USEC_PER_SEC);
  g_string_free (json, TRUE);
}

/* ------------------------------------------------------------------------ */
/* Limits                                                                   */
/* ------------------------------------------------------------------------ */

static char *
nested_arrays (guint depth)
{
  char *s = g_malloc (depth * 2 + 1);

  memset (s, '[', depth);
  memset (s + depth, ']', depth);
  s[depth * 2] = '\0';

  return s;
}

static void
test_limits_depth (void)
{
  AictLimits limits = limits_default ();
  guint max;

  for (max = 0; max <= 4; max++)
    {
      g_autofree char *ok = nested_arrays (max);
      g_autofree char *below = max > 1 ? nested_arrays (max - 1) : NULL;
      g_autofree char *over = nested_arrays (max + 1);
      g_autofree char *pos = g_strdup_printf ("1:%u", max + 1);
      g_autofree char *fragment = g_strdup_printf ("nesting deeper than %u levels", max);

      limits.max_depth = max;
      if (below != NULL)
        assert_accepts_len (below, strlen (below), &limits);
      if (max > 0)
        assert_accepts_len (ok, strlen (ok), &limits);
      else
        assert_accepts_len ("1", 1, &limits);
      assert_rejects_full (over, strlen (over), &limits, AICT_ERROR_LIMIT, pos, fragment);
    }

  /* Objects count too. */
  limits.max_depth = 2;
  assert_accepts_len ("{\"a\":{}}", 8, &limits);
  assert_rejects_full ("{\"a\":{\"b\":[]}}", 14, &limits, AICT_ERROR_LIMIT, "1:11",
                       "nesting deeper than 2 levels");

  /* The default, 32. */
  {
    g_autofree char *ok = nested_arrays (AICT_DEFAULT_MAX_DEPTH);
    g_autofree char *over = nested_arrays (AICT_DEFAULT_MAX_DEPTH + 1);

    assert_accepts_len (ok, strlen (ok), NULL);
    assert_rejects_full (over, strlen (over), NULL, AICT_ERROR_LIMIT, "1:33",
                         "nesting deeper than 32 levels");
  }
}

static void
test_limits_deep_nesting (void)
{
  static const guint depths[] = { 10000, 100000, 1000000 };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (depths); i++)
    {
      g_autofree char *arrays = g_malloc (depths[i]);
      g_autofree char *objects = repeat ("{\"a\":", depths[i]);
      g_autoptr(GError) error = NULL;
      AictLimits limits = limits_default ();
      gint64 start, elapsed;

      memset (arrays, '[', depths[i]);

      start = g_get_monotonic_time ();
      g_assert_false (read_all (arrays, depths[i], NULL, &error));
      elapsed = g_get_monotonic_time () - start;
      check_error (error, AICT_ERROR_LIMIT, "1:33", "nesting deeper than 32 levels");
      assert_fast (elapsed, G_USEC_PER_SEC / 2);
      g_clear_error (&error);

      g_assert_false (read_all (objects, strlen (objects), NULL, &error));
      check_error (error, AICT_ERROR_LIMIT, "1:161", "nesting deeper than 32 levels");
      g_clear_error (&error);

      /* At the hard maximum the reader still does not recurse. */
      limits.max_depth = AICT_HARD_MAX_DEPTH;
      g_assert_false (read_all (arrays, depths[i], &limits, &error));
      check_error (error, AICT_ERROR_LIMIT, "1:1025", "nesting deeper than 1024 levels");
      g_clear_error (&error);

      /* Without a depth limit the explicit stack takes it all, and the
       * error is the missing end. */
      limits.max_depth = G_MAXUINT;
      limits.max_values = G_MAXUINT;
      g_assert_false (read_all (arrays, depths[i], &limits, &error));
      check_error (error, AICT_ERROR_PARSE, "1:", "unexpected end of data");
    }
}

static void
test_limits_string (void)
{
  AictLimits limits = limits_default ();
  gsize max;

  for (max = 0; max <= 6; max++)
    {
      gsize len;

      limits.max_string = max;
      for (len = (max > 0 ? max - 1 : 0); len <= max + 1; len++)
        {
          g_autofree char *value = g_strnfill (len, 'x');
          g_autofree char *json = g_strdup_printf ("[\"%s\"]", value);
          /* The same decoded length with escapes and multi-byte characters. */
          g_autofree char *escaped = repeat ("\\n", len);
          g_autofree char *json2 = g_strdup_printf ("[\"%s\"]", escaped);

          if (len <= max)
            {
              assert_accepts_len (json, strlen (json), &limits);
              assert_accepts_len (json2, strlen (json2), &limits);
            }
          else
            {
              g_autofree char *fragment = g_strdup_printf ("string longer than %" G_GSIZE_FORMAT " bytes", max);

              assert_rejects_full (json, strlen (json), &limits, AICT_ERROR_LIMIT, "1:2", fragment);
              assert_rejects_full (json2, strlen (json2), &limits, AICT_ERROR_LIMIT, "1:2", fragment);
            }
        }
    }

  /* Decoded bytes: "é" is 2, "€" 3, a surrogate pair 4. */
  limits.max_string = 4;
  assert_accepts_len ("[\"\\u00e9\\u00e9\"]", 16, &limits);
  assert_rejects_full ("[\"\\u00e9\\u00e9x\"]", 17, &limits, AICT_ERROR_LIMIT, "1:2", "longer than 4");
  assert_accepts_len ("[\"\\uD83D\\uDE00\"]", 16, &limits);
  assert_rejects_full ("[\"x\\uD83D\\uDE00\"]", 17, &limits, AICT_ERROR_LIMIT, "1:2", "longer than 4");
  assert_accepts_len ("[\"x\xe2\x82\xac\"]", 8, &limits);
  assert_rejects_full ("[\"xx\xe2\x82\xac\"]", 9, &limits, AICT_ERROR_LIMIT, "1:2", "longer than 4");
  assert_rejects_full ("[\"xxx\xe2\x82\xac\"]", 10, &limits, AICT_ERROR_LIMIT, "1:2", "longer than 4");

  /* The value limit does not apply to names, and vice versa. */
  limits.max_string = 2;
  limits.max_key = 5;
  assert_accepts_len ("{\"abcde\":\"ab\"}", 14, &limits);

  /* The default: 65536. */
  {
    g_autofree char *value = g_strnfill (AICT_DEFAULT_MAX_STRING, 'x');
    g_autofree char *ok = g_strdup_printf ("\"%s\"", value);
    g_autofree char *over = g_strdup_printf ("\"%sx\"", value);

    assert_accepts_len (ok, strlen (ok), NULL);
    assert_rejects_full (over, strlen (over), NULL, AICT_ERROR_LIMIT, "1:1", "string longer than 65536 bytes");
  }

  /* A huge unterminated string fails on the limit, without scanning it all. */
  {
    gsize len = 4 * 1024 * 1024;
    g_autofree char *big = g_malloc (len);

    memset (big, 'x', len);
    big[0] = '"';
    assert_rejects_full (big, len, NULL, AICT_ERROR_LIMIT, "1:1", "string longer than");
    limits.max_string = G_MAXSIZE;
    assert_rejects_full (big, len, &limits, AICT_ERROR_PARSE, "1:1", "unterminated string");
  }
}

static void
test_limits_key (void)
{
  AictLimits limits = limits_default ();
  gsize max;

  for (max = 0; max <= 5; max++)
    {
      gsize len;

      limits.max_key = max;
      for (len = (max > 0 ? max - 1 : 0); len <= max + 1; len++)
        {
          g_autofree char *key = g_strnfill (len, 'k');
          g_autofree char *json = g_strdup_printf ("{\"a\":{\"%s\":\"a long value\"}}", key);

          if (len <= max && max >= 1)
            assert_accepts_len (json, strlen (json), &limits);
          else if (len > max)
            {
              g_autofree char *fragment = g_strdup_printf ("member name longer than %" G_GSIZE_FORMAT " bytes", max);
              /* With max 0 the outer "a" is already too long. */
              const char *pos = max == 0 ? "1:2" : "1:7";

              assert_rejects_full (json, strlen (json), &limits, AICT_ERROR_LIMIT, pos, fragment);
            }
        }
    }

  limits.max_key = 0;
  assert_accepts_len ("{\"\":1}", 6, &limits);

  /* The default: 256. */
  {
    g_autofree char *key = g_strnfill (AICT_DEFAULT_MAX_KEY, 'k');
    g_autofree char *ok = g_strdup_printf ("{\"%s\":1}", key);
    g_autofree char *over = g_strdup_printf ("{\"%sk\":1}", key);

    assert_accepts_len (ok, strlen (ok), NULL);
    assert_rejects_full (over, strlen (over), NULL, AICT_ERROR_LIMIT, "1:2", "member name longer than 256 bytes");
  }
}

static char *
array_of (guint n)
{
  GString *s = g_string_new ("[");
  guint i;

  for (i = 0; i < n; i++)
    g_string_append (s, i ? ",0" : "0");
  g_string_append_c (s, ']');

  return g_string_free (s, FALSE);
}

static void
test_limits_items (void)
{
  AictLimits limits = limits_default ();
  guint max;

  for (max = 0; max <= 4; max++)
    {
      guint n;

      limits.max_items = max;
      for (n = (max > 0 ? max - 1 : 0); n <= max + 1; n++)
        {
          g_autofree char *json = array_of (n);

          if (n <= max)
            assert_accepts_len (json, strlen (json), &limits);
          else
            {
              g_autofree char *fragment = g_strdup_printf ("array has more than %u items", max);
              g_autofree char *pos = g_strdup_printf ("1:%u", 2 * n);

              assert_rejects_full (json, strlen (json), &limits, AICT_ERROR_LIMIT, pos, fragment);
            }
        }
    }

  /* The limit is per array, not per document. */
  limits.max_items = 2;
  assert_accepts_len ("[[1,2],[3,4]]", 13, &limits);

  /* The default: 100000. */
  {
    g_autofree char *ok = array_of (AICT_DEFAULT_MAX_ITEMS);
    g_autofree char *over = array_of (AICT_DEFAULT_MAX_ITEMS + 1);

    assert_accepts_len (ok, strlen (ok), NULL);
    assert_rejects_full (over, strlen (over), NULL, AICT_ERROR_LIMIT, "1:200002",
                         "array has more than 100000 items");
  }
}

static char *
object_of (guint n)
{
  GString *s = g_string_new ("{");
  guint i;

  for (i = 0; i < n; i++)
    g_string_append_printf (s, "%s\"m%04u\":0", i ? "," : "", i);
  g_string_append_c (s, '}');

  return g_string_free (s, FALSE);
}

static void
test_limits_members (void)
{
  AictLimits limits = limits_default ();
  guint max;

  for (max = 0; max <= 12; max++)
    {
      guint n;

      limits.max_members = max;
      for (n = (max > 0 ? max - 1 : 0); n <= max + 1; n++)
        {
          g_autofree char *json = object_of (n);

          if (n <= max)
            assert_accepts_len (json, strlen (json), &limits);
          else
            {
              g_autofree char *fragment = g_strdup_printf ("object has more than %u members", max);
              g_autofree char *pos = g_strdup_printf ("1:%u", 2 + 10 * max);

              assert_rejects_full (json, strlen (json), &limits, AICT_ERROR_LIMIT, pos, fragment);
            }
        }
    }

  /* The default: 256. */
  {
    g_autofree char *ok = object_of (AICT_DEFAULT_MAX_MEMBERS);
    g_autofree char *over = object_of (AICT_DEFAULT_MAX_MEMBERS + 1);

    assert_accepts_len (ok, strlen (ok), NULL);
    assert_rejects_full (over, strlen (over), NULL, AICT_ERROR_LIMIT, "1:2562",
                         "object has more than 256 members");
  }
}

static void
test_limits_number_length (void)
{
  AictLimits limits = limits_default ();
  guint max;

  for (max = 1; max <= 6; max++)
    {
      guint len;

      limits.max_number_len = max;
      for (len = max - 1; len <= max + 1; len++)
        {
          g_autofree char *digits = len > 0 ? g_strnfill (len, '7') : NULL;
          g_autofree char *json = NULL;
          g_autofree char *negative = NULL;

          if (len == 0)
            continue;
          json = g_strdup_printf ("[%s]", digits);
          negative = g_strdup_printf ("[-%s]", digits);
          if (len <= max)
            assert_accepts_len (json, strlen (json), &limits);
          else
            {
              g_autofree char *fragment = g_strdup_printf ("number longer than %u characters", max);

              assert_rejects_full (json, strlen (json), &limits, AICT_ERROR_LIMIT, "1:2", fragment);
            }
          /* The sign counts. */
          if (len + 1 <= max)
            assert_accepts_len (negative, strlen (negative), &limits);
          else
            assert_rejects_full (negative, strlen (negative), &limits, AICT_ERROR_LIMIT, "1:2",
                                 "number longer than");
        }
    }

  /* The default: 32 characters, sign, fraction and exponent included. */
  {
    g_autofree char *zeros = g_strnfill (28, '0');
    g_autofree char *nines = g_strnfill (27, '9');
    g_autofree char *ok1 = g_strdup_printf ("[-0.%s1]", zeros);         /* 32 */
    g_autofree char *over1 = g_strdup_printf ("[-0.%s01]", zeros);      /* 33 */
    g_autofree char *ok2 = g_strdup_printf ("[1.5e+%s]", nines);        /* 32 */
    g_autofree char *over2 = g_strdup_printf ("[1.5e+%s9]", nines);     /* 33 */

    g_assert_cmpuint (strlen (ok1), ==, 34);
    g_assert_cmpuint (strlen (ok2), ==, 34);
    assert_accepts (ok1);
    assert_accepts (ok2);
    assert_rejects (over1, AICT_ERROR_LIMIT, "1:2", "number longer than 32 characters");
    assert_rejects (over2, AICT_ERROR_LIMIT, "1:2", "number longer than 32 characters");
  }
}

static void
test_limits_values (void)
{
  AictLimits limits = limits_default ();
  guint max;

  for (max = 0; max <= 5; max++)
    {
      limits.max_values = max;

      /* [0,0,...] has n + 1 values. */
      if (max >= 1)
        {
          g_autofree char *ok = array_of (max - 1);
          g_autofree char *over = array_of (max);
          g_autofree char *fragment = g_strdup_printf ("more than %u values in the document", max);
          g_autofree char *pos = g_strdup_printf ("1:%u", max == 1 ? 2 : 2 * max);

          assert_accepts_len (ok, strlen (ok), &limits);
          assert_rejects_full (over, strlen (over), &limits, AICT_ERROR_LIMIT, pos, fragment);
        }
      else
        assert_rejects_full ("1", 1, &limits, AICT_ERROR_LIMIT, "1:1",
                             "more than 0 values in the document");
    }

  /* Containers and member values count; names do not. */
  limits.max_values = 4;
  assert_accepts_len ("{\"a\":[],\"b\":{\"c\":1}}", 20, &limits);
  assert_rejects_full ("{\"a\":[],\"b\":{\"c\":1},\"d\":2}", 26, &limits, AICT_ERROR_LIMIT, "1:25",
                       "more than 4 values");
}

static void
test_limits_file_size (void)
{
  AictLimits limits = limits_default ();

  limits.max_file_size = 4;
  assert_accepts_len ("[12]", 4, &limits);
  assert_accepts_len ("[1]", 3, &limits);
  assert_rejects_full ("[123]", 5, &limits, AICT_ERROR_LIMIT, "1:1", "document larger than 4 bytes");
}

/* ------------------------------------------------------------------------ */
/* Numbers as integers and decimals                                         */
/* ------------------------------------------------------------------------ */

static void
test_numbers_get_int (void)
{
  static const struct { const char *json; gint64 value; int code; } cases[] = {
    { "[0]", 0, 0 },
    { "[-0]", 0, 0 },
    { "[7]", 7, 0 },
    { "[-42]", -42, 0 },
    { "[9007199254740991]", G_GINT64_CONSTANT (9007199254740991), 0 },
    { "[-9007199254740991]", G_GINT64_CONSTANT (-9007199254740991), 0 },
    { "[9007199254740992]", 0, AICT_ERROR_OVERFLOW },
    { "[-9007199254740992]", 0, AICT_ERROR_OVERFLOW },
    { "[9223372036854775807]", 0, AICT_ERROR_OVERFLOW },
    { "[9223372036854775808]", 0, AICT_ERROR_OVERFLOW },
    { "[-9223372036854775809]", 0, AICT_ERROR_OVERFLOW },
    { "[18446744073709551615]", 0, AICT_ERROR_OVERFLOW },
    { "[18446744073709551616]", 0, AICT_ERROR_OVERFLOW },
    { "[99999999999999999999]", 0, AICT_ERROR_OVERFLOW },
    { "[12345678901234567890123456789012]", 0, AICT_ERROR_OVERFLOW },
    { "[1.0]", 0, AICT_ERROR_SCHEMA },
    { "[1.5]", 0, AICT_ERROR_SCHEMA },
    { "[1e3]", 0, AICT_ERROR_SCHEMA },
    { "[1E0]", 0, AICT_ERROR_SCHEMA },
    { "[1e400]", 0, AICT_ERROR_SCHEMA },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AictJsonReader) reader = reader_at_number (cases[i].json);
      g_autoptr(GError) error = NULL;
      gint64 value = 12345;

      if (cases[i].code == 0)
        {
          g_assert_true (aict_json_reader_get_int (reader, &value, &error));
          g_assert_no_error (error);
          g_assert_cmpint (value, ==, cases[i].value);
        }
      else
        {
          g_assert_false (aict_json_reader_get_int (reader, &value, &error));
          check_error (error, cases[i].code, "1:2", "$[0]: ");
          if (cases[i].code == AICT_ERROR_SCHEMA)
            g_assert_nonnull (strstr (error->message, "expected an integer"));
          else
            g_assert_nonnull (strstr (error->message, "out of range"));
        }
    }
}

static void
test_numbers_get_decimal (void)
{
  static const struct { const char *json; guint decimals; gint64 scaled; int code; } cases[] = {
    { "[12.5]", 2, 1250, 0 },
    { "[7]", 0, 7, 0 },
    { "[7]", 3, 7000, 0 },
    { "[1.50]", 1, 15, 0 },
    { "[1.500000]", 1, 15, 0 },
    { "[1.0]", 0, 1, 0 },
    { "[-0.05]", 2, -5, 0 },
    { "[-0]", 2, 0, 0 },
    { "[-0.0]", 0, 0, 0 },
    { "[0.001]", 3, 1, 0 },
    { "[0]", 4000000000u, 0, 0 },
    { "[90071992547409.91]", 2, G_GINT64_CONSTANT (9007199254740991), 0 },
    { "[-90071992547409.91]", 2, G_GINT64_CONSTANT (-9007199254740991), 0 },
    { "[9007199254740991]", 0, G_GINT64_CONSTANT (9007199254740991), 0 },
    { "[90071992547409.92]", 2, 0, AICT_ERROR_OVERFLOW },
    { "[9007199254740991]", 1, 0, AICT_ERROR_OVERFLOW },
    { "[1]", 16, 0, AICT_ERROR_OVERFLOW },
    { "[1]", 4000000000u, 0, AICT_ERROR_OVERFLOW },
    { "[99999999999999999999]", 0, 0, AICT_ERROR_OVERFLOW },
    { "[12.345]", 2, 0, AICT_ERROR_SCHEMA },
    { "[0.5]", 0, 0, AICT_ERROR_SCHEMA },
    { "[1e3]", 2, 0, AICT_ERROR_SCHEMA },
    { "[1.5E-2]", 4, 0, AICT_ERROR_SCHEMA },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AictJsonReader) reader = reader_at_number (cases[i].json);
      g_autoptr(GError) error = NULL;
      gint64 scaled = 12345;

      if (cases[i].code == 0)
        {
          if (!aict_json_reader_get_decimal (reader, cases[i].decimals, &scaled, &error))
            g_error ("%s with %u: %s", cases[i].json, cases[i].decimals, error->message);
          g_assert_cmpint (scaled, ==, cases[i].scaled);
        }
      else
        {
          g_assert_false (aict_json_reader_get_decimal (reader, cases[i].decimals, &scaled, &error));
          check_error (error, cases[i].code, "1:2", "$[0]: ");
        }
    }

  /* The messages. */
  {
    g_autoptr(AictJsonReader) reader = reader_at_number ("{\"amount\": 12.345}");
    g_autoptr(GError) error = NULL;
    gint64 scaled;

    g_assert_false (aict_json_reader_get_decimal (reader, 2, &scaled, &error));
    check_error (error, AICT_ERROR_SCHEMA, "1:12", "$.amount: at most 2 decimal places");
  }
  {
    g_autoptr(AictJsonReader) reader = reader_at_number ("[1e3]");
    g_autoptr(GError) error = NULL;
    gint64 scaled;

    g_assert_false (aict_json_reader_get_decimal (reader, 2, &scaled, &error));
    check_error (error, AICT_ERROR_SCHEMA, "1:2", "write the number without an exponent");
  }
}

/* ------------------------------------------------------------------------ */
/* Paths                                                                    */
/* ------------------------------------------------------------------------ */

typedef struct
{
  AictJsonToken token;
  const char   *path;
} PathStep;

static void
check_paths (const char     *json,
             const PathStep *steps,
             gsize           n_steps)
{
  g_autoptr(AictJsonReader) reader = aict_json_reader_new (json, strlen (json), DISPLAY, NULL);
  g_autoptr(GError) error = NULL;
  gsize i;

  for (i = 0; i < n_steps; i++)
    {
      AictJsonToken token;
      g_autofree char *path = NULL;

      g_assert_true (aict_json_reader_next (reader, &token, &error));
      g_assert_cmpint (token, ==, steps[i].token);
      path = aict_json_reader_dup_path (reader);
      g_assert_cmpstr (path, ==, steps[i].path);
    }
}

static void
test_path_basic (void)
{
  static const PathStep steps[] = {
    { AICT_JSON_TOKEN_BEGIN_OBJECT, "$" },
    { AICT_JSON_TOKEN_MEMBER, "$.a" },
    { AICT_JSON_TOKEN_BEGIN_ARRAY, "$.a" },
    { AICT_JSON_TOKEN_NUMBER, "$.a[0]" },
    { AICT_JSON_TOKEN_NUMBER, "$.a[1]" },
    { AICT_JSON_TOKEN_BEGIN_ARRAY, "$.a[2]" },
    { AICT_JSON_TOKEN_END_ARRAY, "$.a[2]" },
    { AICT_JSON_TOKEN_BEGIN_OBJECT, "$.a[3]" },
    { AICT_JSON_TOKEN_MEMBER, "$.a[3].b" },
    { AICT_JSON_TOKEN_TRUE, "$.a[3].b" },
    { AICT_JSON_TOKEN_MEMBER, "$.a[3]._c9" },
    { AICT_JSON_TOKEN_NULL, "$.a[3]._c9" },
    { AICT_JSON_TOKEN_END_OBJECT, "$.a[3]" },
    { AICT_JSON_TOKEN_END_ARRAY, "$.a" },
    { AICT_JSON_TOKEN_MEMBER, "$['x y']" },
    { AICT_JSON_TOKEN_BEGIN_ARRAY, "$['x y']" },
    { AICT_JSON_TOKEN_STRING, "$['x y'][0]" },
    { AICT_JSON_TOKEN_END_ARRAY, "$['x y']" },
    { AICT_JSON_TOKEN_MEMBER, "$['it\\'s \\\\ 9']" },
    { AICT_JSON_TOKEN_FALSE, "$['it\\'s \\\\ 9']" },
    { AICT_JSON_TOKEN_MEMBER, "$['9a']" },
    { AICT_JSON_TOKEN_NUMBER, "$['9a']" },
    { AICT_JSON_TOKEN_MEMBER, "$['']" },
    { AICT_JSON_TOKEN_NUMBER, "$['']" },
    { AICT_JSON_TOKEN_MEMBER, "$['\xc3\xa9t\xc3\xa9']" },
    { AICT_JSON_TOKEN_NUMBER, "$['\xc3\xa9t\xc3\xa9']" },
    { AICT_JSON_TOKEN_MEMBER, "$['a\\nb']" },
    { AICT_JSON_TOKEN_NUMBER, "$['a\\nb']" },
    { AICT_JSON_TOKEN_END_OBJECT, "$" },
    { AICT_JSON_TOKEN_END, "$" },
  };

  check_paths ("{\"a\": [1, 2, [], {\"b\": true, \"_c9\": null}], \"x y\": [\"s\"],"
               " \"it's \\\\ 9\": false, \"9a\": 1, \"\": 2, \"\xc3\xa9t\xc3\xa9\": 3, \"a\\nb\": 4}",
               steps, G_N_ELEMENTS (steps));
}

static void
test_path_deep (void)
{
  static const PathStep steps[] = {
    { AICT_JSON_TOKEN_BEGIN_OBJECT, "$" },
    { AICT_JSON_TOKEN_MEMBER, "$.partnerships" },
    { AICT_JSON_TOKEN_BEGIN_ARRAY, "$.partnerships" },
    { AICT_JSON_TOKEN_BEGIN_OBJECT, "$.partnerships[0]" },
    { AICT_JSON_TOKEN_END_OBJECT, "$.partnerships[0]" },
    { AICT_JSON_TOKEN_BEGIN_OBJECT, "$.partnerships[1]" },
    { AICT_JSON_TOKEN_MEMBER, "$.partnerships[1].countries" },
    { AICT_JSON_TOKEN_BEGIN_ARRAY, "$.partnerships[1].countries" },
    { AICT_JSON_TOKEN_STRING, "$.partnerships[1].countries[0]" },
    { AICT_JSON_TOKEN_STRING, "$.partnerships[1].countries[1]" },
    { AICT_JSON_TOKEN_END_ARRAY, "$.partnerships[1].countries" },
    { AICT_JSON_TOKEN_MEMBER, "$.partnerships[1].id" },
  };

  check_paths ("{\"partnerships\": [{}, {\"countries\": [\"FR\", \"DE\"], \"id\": 1}]}",
               steps, G_N_ELEMENTS (steps));
}

static void
test_path_set_error (void)
{
  const char *json = "{\"actors\": [{\"kind\": \"robot\"}],\n \"x y\": {\"%s%n%x\": 5}}";
  g_autoptr(AictJsonReader) reader = aict_json_reader_new (json, strlen (json), DISPLAY, NULL);
  g_autoptr(GError) error = NULL;
  AictJsonToken token;
  int i;

  for (i = 0; i < 6; i++)
    g_assert_true (aict_json_reader_next (reader, &token, &error));
  g_assert_cmpint (token, ==, AICT_JSON_TOKEN_STRING);
  aict_json_reader_set_error (reader, &error, AICT_ERROR_SCHEMA, "unknown kind “%s”",
                              aict_json_reader_get_string (reader, NULL));
  g_assert_error (error, AICT_ERROR, AICT_ERROR_SCHEMA);
  g_assert_cmpstr (error->message, ==, DISPLAY ":1:22: $.actors[0].kind: unknown kind “robot”");
  g_clear_error (&error);

  /* The MEMBER token: position of the name, path of the member.  Format
   * characters in the data are only ever arguments. */
  for (i = 0; i < 5; i++)
    g_assert_true (aict_json_reader_next (reader, &token, &error));
  g_assert_cmpint (token, ==, AICT_JSON_TOKEN_MEMBER);
  aict_json_reader_set_error (reader, &error, AICT_ERROR_SCHEMA, "unknown member “%s”",
                              aict_json_reader_get_string (reader, NULL));
  g_assert_cmpstr (error->message, ==,
                   DISPLAY ":2:10: $['x y']['%s%n%x']: unknown member “%s%n%x”");
  g_clear_error (&error);

  /* NULL error is fine. */
  aict_json_reader_set_error (reader, NULL, AICT_ERROR_SCHEMA, "ignored");
}

static void
test_path_long_keys_in_messages (void)
{
  g_autofree char *key = g_strnfill (200, 'k');
  g_autofree char *ukey = repeat ("\xc3\xa9", 100);
  g_autofree char *json = g_strdup_printf ("{\"%s\": {\"%s\": 1, \"%s\": 2}}", key, ukey, ukey);
  g_autoptr(GError) error = NULL;
  g_autoptr(AictJsonReader) reader = NULL;
  AictJsonToken token;
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  int i;

  /* The duplicate message quotes at most 40 characters, cut on a character
   * boundary, and stays short. */
  g_assert_false (read_all (json, strlen (json), NULL, &error));
  check_error (error, AICT_ERROR_PARSE, "1:", "duplicate member name “");
  g_assert_nonnull (strstr (error->message, "…”"));
  g_assert_cmpuint (g_utf8_strlen (error->message, -1), <, 100);
  g_clear_error (&error);

  /* dup_path gives the full names; set_error shortens them. */
  reader = aict_json_reader_new (json, strlen (json), DISPLAY, NULL);
  for (i = 0; i < 5; i++)
    g_assert_true (aict_json_reader_next (reader, &token, &error));
  g_assert_cmpint (token, ==, AICT_JSON_TOKEN_NUMBER);
  path = aict_json_reader_dup_path (reader);
  expected = g_strdup_printf ("$.%s['%s']", key, ukey);
  g_assert_cmpstr (path, ==, expected);
  aict_json_reader_set_error (reader, &error, AICT_ERROR_SCHEMA, "bad");
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_cmpuint (g_utf8_strlen (error->message, -1), <, 140);
  g_assert_true (g_str_has_suffix (error->message, "…']: bad"));
}

static void
test_messages_are_data_safe (void)
{
  /* Format directives in data appear verbatim; control characters in
   * names are escaped; the messages are always UTF-8. */
  assert_parse_error ("{\"%s%n\":1,\"%s%n\":2}", "1:11", "duplicate member name “%s%n”");
  assert_parse_error ("{\"a\\nb\":1,\"a\\nb\":2}", "1:11", "duplicate member name “a\\nb”");
  assert_parse_error ("{\"\\u0085\":1,\"\\u0085\":2}", "1:13", "“\\u0085”");
  assert_parse_error ("[%s%n]", "1:2", "expected a value, found “%”");
}

/* ------------------------------------------------------------------------ */
/* skip_value and misuse                                                    */
/* ------------------------------------------------------------------------ */

static void
test_skip_value (void)
{
  const char *json = "{\"skip\": {\"a\": [1, {\"b\": [[], {}]}], \"c\": \"d\"}, \"s\": 5,"
                     " \"arr\": [[1], 2], \"keep\": true}";
  g_autoptr(AictJsonReader) reader = aict_json_reader_new (json, strlen (json), DISPLAY, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  AictJsonToken token;

  g_assert_true (aict_json_reader_next (reader, &token, &error));
  g_assert_true (aict_json_reader_next (reader, &token, &error));
  g_assert_cmpint (token, ==, AICT_JSON_TOKEN_MEMBER);
  g_assert_true (aict_json_reader_next (reader, &token, &error));
  g_assert_cmpint (token, ==, AICT_JSON_TOKEN_BEGIN_OBJECT);
  g_assert_true (aict_json_reader_skip_value (reader, token, &error));
  path = aict_json_reader_dup_path (reader);
  g_assert_cmpstr (path, ==, "$.skip");
  g_clear_pointer (&path, g_free);

  g_assert_true (aict_json_reader_next (reader, &token, &error));
  g_assert_cmpint (token, ==, AICT_JSON_TOKEN_MEMBER);
  g_assert_cmpstr (aict_json_reader_get_string (reader, NULL), ==, "s");
  g_assert_true (aict_json_reader_next (reader, &token, &error));
  g_assert_cmpint (token, ==, AICT_JSON_TOKEN_NUMBER);
  g_assert_true (aict_json_reader_skip_value (reader, token, &error));

  g_assert_true (aict_json_reader_next (reader, &token, &error));
  g_assert_cmpstr (aict_json_reader_get_string (reader, NULL), ==, "arr");
  g_assert_true (aict_json_reader_next (reader, &token, &error));
  g_assert_cmpint (token, ==, AICT_JSON_TOKEN_BEGIN_ARRAY);
  g_assert_true (aict_json_reader_skip_value (reader, token, &error));

  g_assert_true (aict_json_reader_next (reader, &token, &error));
  g_assert_cmpint (token, ==, AICT_JSON_TOKEN_MEMBER);
  g_assert_cmpstr (aict_json_reader_get_string (reader, NULL), ==, "keep");
  g_assert_true (aict_json_reader_next (reader, &token, &error));
  g_assert_cmpint (token, ==, AICT_JSON_TOKEN_TRUE);
  g_assert_true (aict_json_reader_next (reader, &token, &error));
  g_assert_cmpint (token, ==, AICT_JSON_TOKEN_END_OBJECT);
  g_assert_true (aict_json_reader_next (reader, &token, &error));
  g_assert_cmpint (token, ==, AICT_JSON_TOKEN_END);
  g_assert_no_error (error);
}

static void
test_skip_value_checks (void)
{
  /* What is skipped is still fully checked. */
  static const struct { const char *json; int code; const char *pos; const char *fragment; } cases[] = {
    { "{\"a\": {\"b\": 1, \"b\": 2}}", AICT_ERROR_PARSE, "1:16", "duplicate member name “b”" },
    { "{\"a\": [010]}", AICT_ERROR_PARSE, "1:8", "leading zero" },
    { "{\"a\": [\"\\u0000\"]}", AICT_ERROR_PARSE, "1:9", "\\u0000" },
    { "{\"a\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}", AICT_ERROR_LIMIT, "1:38", "nesting" },
    { "{\"a\": [1,]}", AICT_ERROR_PARSE, "1:9", "trailing comma" },
    { "{\"a\": [1", AICT_ERROR_PARSE, "1:9", "not closed" },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AictJsonReader) reader = aict_json_reader_new (cases[i].json, strlen (cases[i].json),
                                                               DISPLAY, NULL);
      g_autoptr(GError) error = NULL;
      AictJsonToken token;

      g_assert_true (aict_json_reader_next (reader, &token, &error));
      g_assert_true (aict_json_reader_next (reader, &token, &error));
      g_assert_true (aict_json_reader_next (reader, &token, &error));
      g_assert_false (aict_json_reader_skip_value (reader, token, &error));
      check_error (error, cases[i].code, cases[i].pos, cases[i].fragment);
    }
}

static void
test_after_end_and_error (void)
{
  g_autoptr(AictJsonReader) reader = aict_json_reader_new ("[]", 2, NULL, NULL);
  g_autoptr(AictJsonReader) bad = aict_json_reader_new ("[x", 2, NULL, NULL);
  g_autoptr(GError) error = NULL;
  AictJsonToken token;
  int i;

  g_assert_true (aict_json_reader_next (reader, &token, &error));
  g_assert_true (aict_json_reader_next (reader, &token, &error));
  g_assert_true (aict_json_reader_next (reader, &token, &error));
  g_assert_cmpint (token, ==, AICT_JSON_TOKEN_END);
  for (i = 0; i < 3; i++)
    {
      g_assert_false (aict_json_reader_next (reader, &token, &error));
      g_assert_error (error, AICT_ERROR, AICT_ERROR_FAILED);
      g_assert_true (g_str_has_prefix (error->message, "<data>: "));
      g_clear_error (&error);
      /* NULL error is fine too. */
      g_assert_false (aict_json_reader_next (reader, &token, NULL));
    }

  g_assert_true (aict_json_reader_next (bad, &token, &error));
  for (i = 0; i < 3; i++)
    {
      g_assert_false (aict_json_reader_next (bad, &token, &error));
      g_assert_error (error, AICT_ERROR, AICT_ERROR_PARSE);
      g_assert_true (g_str_has_prefix (error->message, "<data>:1:2: invalid literal “x”"));
      g_clear_error (&error);
      g_assert_false (aict_json_reader_next (bad, &token, NULL));
    }
}

static void
test_display_name (void)
{
  g_autoptr(AictJsonReader) reader = aict_json_reader_new ("x", 1, "caf\xe9.json", NULL);
  g_autoptr(GError) error = NULL;
  AictJsonToken token;

  /* An invalid display name is made valid rather than copied into messages. */
  g_assert_false (aict_json_reader_next (reader, &token, &error));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_true (g_str_has_prefix (error->message, "caf\xef\xbf\xbd.json:1:1: "));
}

/* ------------------------------------------------------------------------ */
/* Robustness                                                               */
/* ------------------------------------------------------------------------ */

/* Reads @data to the end or the first error and checks the invariants:
 * strings are UTF-8 without NUL, positions are 1-based, paths are UTF-8, and
 * an error is PARSE or LIMIT with a short UTF-8 "test.json:L:C: " message. */
static void
check_invariants (const char       *data,
                  gsize             len,
                  const AictLimits *limits)
{
  g_autoptr(AictJsonReader) reader = aict_json_reader_new (data, len, DISPLAY, limits);
  g_autoptr(GError) error = NULL;
  AictJsonToken token;

  for (;;)
    {
      g_autofree char *path = NULL;

      if (!aict_json_reader_next (reader, &token, &error))
        {
          g_assert_nonnull (error);
          g_assert_true (error->domain == AICT_ERROR);
          g_assert_true (error->code == AICT_ERROR_PARSE || error->code == AICT_ERROR_LIMIT);
          g_assert_true (g_utf8_validate (error->message, -1, NULL));
          if (!g_regex_match_simple ("^test\\.json:[1-9][0-9]*:[1-9][0-9]*: [^\\n]+$",
                                     error->message, 0, 0))
            g_error ("bad message “%s”", error->message);
          g_assert_cmpuint (strlen (error->message), <, 400);
          return;
        }

      g_assert_cmpuint (aict_json_reader_get_line (reader), >=, 1);
      g_assert_cmpuint (aict_json_reader_get_column (reader), >=, 1);
      path = aict_json_reader_dup_path (reader);
      g_assert_true (path[0] == '$');
      g_assert_true (g_utf8_validate (path, -1, NULL));

      switch (token)
        {
        case AICT_JSON_TOKEN_STRING:
        case AICT_JSON_TOKEN_MEMBER:
          {
            gsize slen;
            const char *s = aict_json_reader_get_string (reader, &slen);

            g_assert_true (g_utf8_validate_len (s, slen, NULL));
            g_assert_cmpuint (strlen (s), ==, slen);
          }
          break;
        case AICT_JSON_TOKEN_NUMBER:
          {
            gint64 v;
            g_autoptr(GError) e1 = NULL;
            g_autoptr(GError) e2 = NULL;

            if (!aict_json_reader_get_int (reader, &v, &e1))
              g_assert_true (e1->code == AICT_ERROR_SCHEMA || e1->code == AICT_ERROR_OVERFLOW);
            else
              g_assert_cmpint (ABS (v), <=, G_GINT64_CONSTANT (9007199254740991));
            if (!aict_json_reader_get_decimal (reader, 2, &v, &e2))
              g_assert_true (e2->code == AICT_ERROR_SCHEMA || e2->code == AICT_ERROR_OVERFLOW);
          }
          break;
        case AICT_JSON_TOKEN_END:
          return;
        default:
          break;
        }
    }
}

static void
test_robustness_mutations (void)
{
  static const char *seeds[] = {
    "{\"a\": [1, -2.5e3, \"x\\u00e9\\ud83d\\ude00\\n\", true, false, null, {}, []],\n"
    " \"b c\": {\"d\": \"caf\xc3\xa9 \xe2\x82\xac\"}, \"e\": 0.001, \"f\": [[[[\"deep\"]]]]}",
    "[\"\xf0\x9f\x98\x80\", 0, -0, 10, 1E+2, {\"k1\": 1, \"k2\": 2, \"k3\": 3, \"k4\": 4,"
    " \"k5\": 5, \"k6\": 6, \"k7\": 7, \"k8\": 8, \"k9\": 9, \"k10\": 10}]\r\n",
    "\"just a string with \\\"escapes\\\" and \\t tabs\"",
  };
  static const guchar interesting[] = {
    '"', '\\', '{', '}', '[', ']', ',', ':', '0', '1', '-', '+', 'e', '.', ' ', '\n', '\r',
    't', 'n', 'u', 'D', '/', '*', '\'', 0x00, 0x01, 0x7F, 0x80, 0xBF, 0xC3, 0xE2, 0xEF,
    0xF0, 0xF4, 0xFF,
  };
  GRand *rand = g_rand_new_with_seed (20240601);
  AictLimits small;
  guint iteration;

  aict_limits_init_default (&small);
  small.max_depth = 4;
  small.max_string = 8;
  small.max_key = 3;
  small.max_items = 5;
  small.max_members = 9;
  small.max_number_len = 4;
  small.max_values = 20;

  for (iteration = 0; iteration < 30000; iteration++)
    {
      const char *seed = seeds[g_rand_int_range (rand, 0, G_N_ELEMENTS (seeds))];
      GString *buf = g_string_new (seed);
      guint n_mutations = g_rand_int_range (rand, 1, 4);
      guint m;

      for (m = 0; m < n_mutations && buf->len > 0; m++)
        {
          guint at = g_rand_int_range (rand, 0, buf->len);

          switch (g_rand_int_range (rand, 0, 5))
            {
            case 0:
              buf->str[at] = (char) interesting[g_rand_int_range (rand, 0, sizeof interesting)];
              break;
            case 1:
              buf->str[at] = (char) g_rand_int_range (rand, 0, 256);
              break;
            case 2:
              g_string_erase (buf, at, 1);
              break;
            case 3:
              g_string_insert_c (buf, at, (char) interesting[g_rand_int_range (rand, 0, sizeof interesting)]);
              break;
            default:
              g_string_truncate (buf, at);
              break;
            }
        }

      check_invariants (buf->str, buf->len, NULL);
      check_invariants (buf->str, buf->len, &small);
      g_string_free (buf, TRUE);
    }

  g_rand_free (rand);
}

/* ------------------------------------------------------------------------ */
/* Throughput (only with -m perf)                                           */
/* ------------------------------------------------------------------------ */

static GString *
build_perf_document (gsize target)
{
  GString *json = g_string_sized_new (target + 4096);
  guint i = 0;

  g_string_append (json, "[\n");
  while (json->len < target)
    {
      g_string_append_printf (json,
                              "%s  {\n"
                              "    \"id\": \"actor-%08u\",\n"
                              "    \"name\": \"Organisation number %u of the test set\",\n"
                              "    \"kind\": \"organization\",\n"
                              "    \"budget_cents\": %u,\n"
                              "    \"active\": true,\n"
                              "    \"score\": 12.5,\n"
                              "    \"countries\": [\"FR\", \"DE\", \"IT\"],\n"
                              "    \"notes\": \"Some free text with a \\\"quote\\\" and a line\\nbreak.\",\n"
                              "    \"parent\": null\n"
                              "  }",
                              i ? ",\n" : "", i, i, i * 37u);
      i++;
    }
  g_string_append (json, "\n]\n");

  return json;
}

/* CPU time of this thread in seconds (the machine may be shared, so wall
 * time is noisy); wall time where that clock does not exist. */
static double
cpu_seconds (void)
{
#ifdef CLOCK_THREAD_CPUTIME_ID
  struct timespec ts;

  if (clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
    return ts.tv_sec + ts.tv_nsec / 1e9;
#endif
  return g_get_monotonic_time () / 1e6;
}

static void
test_perf_throughput (void)
{
  GString *json = build_perf_document (50 * 1000 * 1000);
  AictLimits limits = limits_default ();
  double best = 0;
  int run;

  limits.max_file_size = G_MAXSIZE;
  limits.max_items = G_MAXUINT;
  limits.max_values = G_MAXUINT;

  for (run = 0; run < 7; run++)
    {
      g_autoptr(AictJsonReader) reader = aict_json_reader_new (json->str, json->len, DISPLAY, &limits);
      g_autoptr(GError) error = NULL;
      AictJsonToken token;
      gsize n_tokens = 0;
      double start = cpu_seconds ();
      double mbps;

      do
        {
          g_assert_true (aict_json_reader_next (reader, &token, &error));
          n_tokens++;
        }
      while (token != AICT_JSON_TOKEN_END);
      mbps = json->len / 1e6 / (cpu_seconds () - start);
      g_test_message ("run %d: %.1f MB, %" G_GSIZE_FORMAT " tokens, %.0f MB/s",
                      run, json->len / 1e6, n_tokens, mbps);
      best = MAX (best, mbps);
    }

  g_test_minimized_result (1.0 / best, "%.0f MB/s (best of 7, thread CPU time)", best);
  g_string_free (json, TRUE);
}

/* The monitor: called before the first token, then each time the read
 * position moved the interval on; its error stops the reader for good. */
typedef struct
{
  GArray *offsets;
  gsize stop_after;
} MonitorLog;

static gboolean
log_monitor (gsize      offset,
             gsize      length,
             gpointer   user_data,
             GError   **error)
{
  MonitorLog *log = user_data;

  g_assert_cmpuint (offset, <=, length);
  g_array_append_val (log->offsets, offset);
  if (offset >= log->stop_after)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "stop");
      return FALSE;
    }
  return TRUE;
}

static void
test_monitor (void)
{
  GString *doc = g_string_new ("[");
  g_autoptr(AictJsonReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  MonitorLog log = { g_array_new (FALSE, FALSE, sizeof (gsize)), G_MAXSIZE };
  AictJsonToken token;
  guint n = 0;

  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (doc, "%s%u", i > 0 ? "," : "", i);
  g_string_append (doc, "]");

  /* All the way through: offsets grow by at least the interval. */
  reader = aict_json_reader_new (doc->str, doc->len, "<data>", NULL);
  aict_json_reader_set_monitor (reader, 1000, log_monitor, &log);
  do
    {
      g_assert_true (aict_json_reader_next (reader, &token, &error));
      g_assert_no_error (error);
    }
  while (token != AICT_JSON_TOKEN_END);
  g_assert_cmpuint (log.offsets->len, >=, doc->len / 1000);
  g_assert_cmpuint (g_array_index (log.offsets, gsize, 0), ==, 0);
  for (guint i = 1; i < log.offsets->len; i++)
    g_assert_cmpuint (g_array_index (log.offsets, gsize, i), >=,
                      g_array_index (log.offsets, gsize, i - 1) + 1000);
  g_clear_pointer (&reader, aict_json_reader_free);

  /* Stopped half-way: the monitor's error, then the same one again. */
  g_array_set_size (log.offsets, 0);
  log.stop_after = doc->len / 2;
  reader = aict_json_reader_new (doc->str, doc->len, "<data>", NULL);
  aict_json_reader_set_monitor (reader, 1000, log_monitor, &log);
  while (aict_json_reader_next (reader, &token, &error))
    n++;
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (n, >, 100);
  g_assert_cmpuint (n, <, 10000);
  g_clear_error (&error);
  g_assert_false (aict_json_reader_next (reader, &token, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* Stopped at once: before the first token. */
  g_clear_pointer (&reader, aict_json_reader_free);
  log.stop_after = 0;
  reader = aict_json_reader_new (doc->str, doc->len, "<data>", NULL);
  aict_json_reader_set_monitor (reader, 1000, log_monitor, &log);
  g_assert_false (aict_json_reader_next (reader, &token, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  g_array_unref (log.offsets);
  g_string_free (doc, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aict/json-reader/tokens/sequence", test_tokens_sequence);
  g_test_add_func ("/aict/json-reader/tokens/top-level-scalars", test_tokens_top_level_scalars);
  g_test_add_func ("/aict/json-reader/tokens/string-escapes", test_tokens_get_string_escapes);
  g_test_add_func ("/aict/json-reader/tokens/raw-utf8", test_tokens_raw_utf8);
  g_test_add_func ("/aict/json-reader/position/tokens", test_position_tokens);
  g_test_add_func ("/aict/json-reader/position/errors", test_position_errors);
  g_test_add_func ("/aict/json-reader/document/empty", test_document_empty);
  g_test_add_func ("/aict/json-reader/document/trailing", test_document_trailing);
  g_test_add_func ("/aict/json-reader/document/bom", test_document_bom);
  g_test_add_func ("/aict/json-reader/utf8/invalid", test_utf8_invalid);
  g_test_add_func ("/aict/json-reader/utf8/long-ascii", test_utf8_long_ascii_then_invalid);
  g_test_add_func ("/aict/json-reader/strings/valid", test_strings_valid);
  g_test_add_func ("/aict/json-reader/strings/invalid-escape", test_strings_invalid_escape);
  g_test_add_func ("/aict/json-reader/strings/nul-escape", test_strings_nul_escape);
  g_test_add_func ("/aict/json-reader/strings/surrogates", test_strings_surrogates);
  g_test_add_func ("/aict/json-reader/strings/noncharacters", test_strings_noncharacters);
  g_test_add_func ("/aict/json-reader/strings/control-characters", test_strings_control_characters);
  g_test_add_func ("/aict/json-reader/strings/unterminated", test_strings_unterminated);
  g_test_add_func ("/aict/json-reader/numbers/valid", test_numbers_valid);
  g_test_add_func ("/aict/json-reader/numbers/leading-zero", test_numbers_leading_zero);
  g_test_add_func ("/aict/json-reader/numbers/radix", test_numbers_radix);
  g_test_add_func ("/aict/json-reader/numbers/malformed", test_numbers_malformed);
  g_test_add_func ("/aict/json-reader/numbers/get-int", test_numbers_get_int);
  g_test_add_func ("/aict/json-reader/numbers/get-decimal", test_numbers_get_decimal);
  g_test_add_func ("/aict/json-reader/literals", test_literals);
  g_test_add_func ("/aict/json-reader/structure/trailing-comma", test_structure_trailing_comma);
  g_test_add_func ("/aict/json-reader/structure/errors", test_structure_errors);
  g_test_add_func ("/aict/json-reader/objects/duplicate", test_objects_duplicate);
  g_test_add_func ("/aict/json-reader/objects/duplicate-large", test_objects_duplicate_large);
  g_test_add_func ("/aict/json-reader/objects/duplicate-flood", test_objects_duplicate_flood);
  g_test_add_func ("/aict/json-reader/limits/depth", test_limits_depth);
  g_test_add_func ("/aict/json-reader/limits/deep-nesting", test_limits_deep_nesting);
  g_test_add_func ("/aict/json-reader/limits/string", test_limits_string);
  g_test_add_func ("/aict/json-reader/limits/key", test_limits_key);
  g_test_add_func ("/aict/json-reader/limits/items", test_limits_items);
  g_test_add_func ("/aict/json-reader/limits/members", test_limits_members);
  g_test_add_func ("/aict/json-reader/limits/number-length", test_limits_number_length);
  g_test_add_func ("/aict/json-reader/limits/values", test_limits_values);
  g_test_add_func ("/aict/json-reader/limits/file-size", test_limits_file_size);
  g_test_add_func ("/aict/json-reader/path/basic", test_path_basic);
  g_test_add_func ("/aict/json-reader/path/deep", test_path_deep);
  g_test_add_func ("/aict/json-reader/path/set-error", test_path_set_error);
  g_test_add_func ("/aict/json-reader/path/long-keys", test_path_long_keys_in_messages);
  g_test_add_func ("/aict/json-reader/errors/data-safe", test_messages_are_data_safe);
  g_test_add_func ("/aict/json-reader/errors/after-end-and-error", test_after_end_and_error);
  g_test_add_func ("/aict/json-reader/errors/display-name", test_display_name);
  g_test_add_func ("/aict/json-reader/skip-value/basic", test_skip_value);
  g_test_add_func ("/aict/json-reader/skip-value/checks", test_skip_value_checks);
  g_test_add_func ("/aict/json-reader/robustness/mutations", test_robustness_mutations);
  g_test_add_func ("/aict/json-reader/monitor", test_monitor);
  if (g_test_perf ())
    g_test_add_func ("/aict/json-reader/perf/throughput", test_perf_throughput);

  return g_test_run ();
}
