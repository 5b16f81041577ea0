/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <locale.h>
#include <string.h>

#include <glib.h>
#include <json-glib/json-glib.h>

#include "aict-json-writer-private.h"

static char *
finish (AictJsonWriter *writer)
{
  return aict_json_writer_free_to_string (writer, NULL);
}

static JsonNode *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, strlen (text), &error);
  g_assert_no_error (error);
  g_assert_nonnull (json_parser_get_root (parser));

  return json_node_copy (json_parser_get_root (parser));
}

static void
test_nested (void)
{
  AictJsonWriter *w = aict_json_writer_new (0);
  g_autofree char *text = NULL;
  gsize len = 0;
  const char *expected =
    "{\n"
    "  \"format\": \"aict/1\",\n"
    "  \"empty_object\": {},\n"
    "  \"empty_array\": [],\n"
    "  \"actors\": [\n"
    "    {\n"
    "      \"id\": \"a1\",\n"
    "      \"active\": true,\n"
    "      \"budget\": 12.5,\n"
    "      \"tags\": [\n"
    "        \"x\",\n"
    "        null,\n"
    "        false,\n"
    "        -3\n"
    "      ]\n"
    "    },\n"
    "    {}\n"
    "  ],\n"
    "  \"matrix\": [\n"
    "    [],\n"
    "    [\n"
    "      []\n"
    "    ]\n"
    "  ]\n"
    "}\n";

  aict_json_writer_begin_object (w);
  aict_json_writer_member_string (w, "format", "aict/1");
  aict_json_writer_member (w, "empty_object");
  aict_json_writer_begin_object (w);
  aict_json_writer_end_object (w);
  aict_json_writer_member (w, "empty_array");
  aict_json_writer_begin_array (w);
  aict_json_writer_end_array (w);
  aict_json_writer_member (w, "actors");
  aict_json_writer_begin_array (w);
  aict_json_writer_begin_object (w);
  aict_json_writer_member_string (w, "id", "a1");
  aict_json_writer_member (w, "active");
  aict_json_writer_boolean (w, TRUE);
  aict_json_writer_member (w, "budget");
  aict_json_writer_decimal (w, 1250, 2);
  aict_json_writer_member (w, "tags");
  aict_json_writer_begin_array (w);
  aict_json_writer_string (w, "x");
  aict_json_writer_null (w);
  aict_json_writer_boolean (w, FALSE);
  aict_json_writer_int (w, -3);
  aict_json_writer_end_array (w);
  aict_json_writer_end_object (w);
  aict_json_writer_begin_object (w);
  aict_json_writer_end_object (w);
  aict_json_writer_end_array (w);
  aict_json_writer_member (w, "matrix");
  aict_json_writer_begin_array (w);
  aict_json_writer_begin_array (w);
  aict_json_writer_end_array (w);
  aict_json_writer_begin_array (w);
  aict_json_writer_begin_array (w);
  aict_json_writer_end_array (w);
  aict_json_writer_end_array (w);
  aict_json_writer_end_array (w);
  aict_json_writer_end_object (w);

  text = aict_json_writer_free_to_string (w, &len);
  g_assert_cmpstr (text, ==, expected);
  g_assert_cmpuint (len, ==, strlen (expected));
}

static void
test_top_level_scalars (void)
{
  AictJsonWriter *w;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autoptr(GBytes) bytes = NULL;

  w = aict_json_writer_new (0);
  aict_json_writer_begin_object (w);
  aict_json_writer_end_object (w);
  a = finish (w);
  g_assert_cmpstr (a, ==, "{}\n");

  w = aict_json_writer_new (0);
  aict_json_writer_begin_array (w);
  aict_json_writer_end_array (w);
  b = finish (w);
  g_assert_cmpstr (b, ==, "[]\n");

  w = aict_json_writer_new (16);
  aict_json_writer_string (w, "solo");
  c = finish (w);
  g_assert_cmpstr (c, ==, "\"solo\"\n");

  w = aict_json_writer_new (0);
  aict_json_writer_int (w, 7);
  bytes = aict_json_writer_free_to_bytes (w);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "7\n", 2);
}

static void
test_deep (void)
{
  AictJsonWriter *w = aict_json_writer_new (0);
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonNode *node;
  const guint depth = 100;   /* past the inline stack of 32 */
  guint i;

  for (i = 0; i < depth; i++)
    aict_json_writer_begin_array (w);
  aict_json_writer_int (w, 1);
  for (i = 0; i < depth; i++)
    aict_json_writer_end_array (w);
  text = finish (w);

  /* The innermost value is indented by 2 × depth spaces. */
  {
    g_autofree char *line = g_strdup_printf ("\n%*s1\n", (int) (2 * depth), "");
    g_assert_nonnull (strstr (text, line));
  }

  root = parse (text);
  node = root;
  for (i = 0; i < depth; i++)
    {
      g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
      node = json_array_get_element (json_node_get_array (node), 0);
    }
  g_assert_cmpint (json_node_get_int (node), ==, 1);
}

static char *
write_one_string (const char *value)
{
  AictJsonWriter *w = aict_json_writer_new (0);

  aict_json_writer_string (w, value);

  return finish (w);
}

static void
test_escapes (void)
{
  static const struct
  {
    const char *in;
    const char *out;
  } cases[] = {
    { "", "\"\"\n" },
    { "plain", "\"plain\"\n" },
    { "q\"b\\s/", "\"q\\\"b\\\\s/\"\n" },
    { "\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\"\n" },
    { "\x01\x02\x1a\x1b\x1f", "\"\\u0001\\u0002\\u001a\\u001b\\u001f\"\n" },
    { "\x7f", "\"\x7f\"\n" },   /* DEL is not a C0 control: raw */
    { "a\xe2\x80\xa8" "b\xe2\x80\xa9" "c", "\"a\\u2028b\\u2029c\"\n" },
    { "\xe2\x80\xa7\xe2\x80\xaa", "\"\xe2\x80\xa7\xe2\x80\xaa\"\n" },  /* neighbours: raw */
    { "d\xc3\xa9j\xc3\xa0 \xc5\x93uvre \xe2\x82\xac", "\"d\xc3\xa9j\xc3\xa0 \xc5\x93uvre \xe2\x82\xac\"\n" },
    { "\xf0\x9f\x98\x80\xf0\x9f\x87\xab\xf0\x9f\x87\xb7", "\"\xf0\x9f\x98\x80\xf0\x9f\x87\xab\xf0\x9f\x87\xb7\"\n" },
    { "\xef\xbf\xbf\xf4\x8f\xbf\xbf", "\"\xef\xbf\xbf\xf4\x8f\xbf\xbf\"\n" },
    /* Escapes at every position relative to the 8-byte fast path. */
    { "0123456\"", "\"0123456\\\"\"\n" },
    { "01234567\"", "\"01234567\\\"\"\n" },
    { "012345678\n9abcdefghij\\", "\"012345678\\n9abcdefghij\\\\\"\n" },
    { "abcdefg\xc3\xa9", "\"abcdefg\xc3\xa9\"\n" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = write_one_string (cases[i].in);
      g_autoptr(JsonNode) root = NULL;

      g_assert_cmpstr (text, ==, cases[i].out);
      root = parse (text);
      g_assert_cmpstr (json_node_get_string (root), ==, cases[i].in);
    }
}

/* Every C0 control, alone and between plain text, at each offset. */
static void
test_escapes_all_controls (void)
{
  guint c, offset;

  for (c = 1; c < 0x20; c++)
    for (offset = 0; offset < 10; offset++)
      {
        g_autoptr(GString) in = g_string_new (NULL);
        g_autoptr(GString) expected = g_string_new ("\"");
        g_autofree char *text = NULL;
        g_autoptr(JsonNode) root = NULL;

        g_string_append_len (in, "abcdefghij", offset);
        g_string_append_c (in, (char) c);
        g_string_append (in, "xyz");

        g_string_append_len (expected, "abcdefghij", offset);
        switch (c)
          {
          case '\b': g_string_append (expected, "\\b"); break;
          case '\f': g_string_append (expected, "\\f"); break;
          case '\n': g_string_append (expected, "\\n"); break;
          case '\r': g_string_append (expected, "\\r"); break;
          case '\t': g_string_append (expected, "\\t"); break;
          default: g_string_append_printf (expected, "\\u%04x", c); break;
          }
        g_string_append (expected, "xyz\"\n");

        text = write_one_string (in->str);
        g_assert_cmpstr (text, ==, expected->str);
        root = parse (text);
        g_assert_cmpstr (json_node_get_string (root), ==, in->str);
      }
}

/* The escaper's fast paths against a one-character-at-a-time reference,
 * on random strings mixing every class of character at every alignment.
 * Reproducible with --seed. */
static void
reference_escape (GString    *out,
                  const char *in)
{
  const char *p;

  g_string_append_c (out, '"');
  for (p = in; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case 0x2028: g_string_append (out, "\\u2028"); break;
        case 0x2029: g_string_append (out, "\\u2029"); break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_len (out, p, g_utf8_next_char (p) - p);
          break;
        }
    }
  g_string_append (out, "\"\n");
}

static void
test_escapes_random (void)
{
  static const gunichar pool[] = {
    'a', 'b', 'Z', ' ', '~', 0x7f, '/', '"', '\\', '\n', '\t', 0x01, 0x1f,
    0xe9, 0x80, 0x7ff, 0x800, 0x2027, 0x2028, 0x2029, 0x202a, 0x20ac, 0xd7ff,
    0xe000, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff,
  };
  guint iteration;

  for (iteration = 0; iteration < 5000; iteration++)
    {
      g_autoptr(GString) in = g_string_new (NULL);
      g_autoptr(GString) expected = g_string_new (NULL);
      g_autofree char *text = NULL;
      g_autoptr(JsonNode) root = NULL;
      guint n = g_test_rand_int_range (0, 48);
      gboolean mostly_plain = g_test_rand_bit ();
      guint i;

      for (i = 0; i < n; i++)
        {
          gunichar c = mostly_plain && g_test_rand_int_range (0, 8) != 0
                       ? (gunichar) ('a' + g_test_rand_int_range (0, 26))
                       : pool[g_test_rand_int_range (0, G_N_ELEMENTS (pool))];

          g_string_append_unichar (in, c);
        }

      reference_escape (expected, in->str);
      text = write_one_string (in->str);
      g_assert_cmpstr (text, ==, expected->str);
      root = parse (text);
      g_assert_cmpstr (json_node_get_string (root), ==, in->str);
    }
}

static void
test_integers (void)
{
  static const struct
  {
    gint64 v;
    const char *out;
  } cases[] = {
    { 0, "0" },
    { 1, "1" },
    { -1, "-1" },
    { 9, "9" },
    { 10, "10" },
    { -10, "-10" },
    { G_GINT64_CONSTANT (9007199254740991), "9007199254740991" },
    { G_GINT64_CONSTANT (-9007199254740991), "-9007199254740991" },
    { G_MAXINT64, "9223372036854775807" },
    { G_MININT64, "-9223372036854775808" },
  };
  AictJsonWriter *w = aict_json_writer_new (0);
  g_autofree char *text = NULL;
  g_autoptr(GString) expected = g_string_new ("[\n");
  g_autoptr(JsonNode) root = NULL;
  JsonArray *array;
  guint i;

  aict_json_writer_begin_array (w);
  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      aict_json_writer_int (w, cases[i].v);
      g_string_append_printf (expected, "  %s%s\n", cases[i].out,
                              i + 1 < G_N_ELEMENTS (cases) ? "," : "");
    }
  aict_json_writer_end_array (w);
  g_string_append (expected, "]\n");
  text = finish (w);
  g_assert_cmpstr (text, ==, expected->str);

  root = parse (text);
  array = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (array), ==, G_N_ELEMENTS (cases));
  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (json_array_get_int_element (array, i), ==, cases[i].v);
}

static const struct
{
  gint64 scaled;
  guint decimals;
  const char *out;
  double value;
} decimal_cases[] = {
  { 1250, 2, "12.5", 12.5 },
  { 3400, 2, "34", 34.0 },
  { -5, 2, "-0.05", -0.05 },
  { 0, 2, "0", 0.0 },
  { 0, 0, "0", 0.0 },
  { 7, 0, "7", 7.0 },
  { -7, 0, "-7", -7.0 },
  { 1, 2, "0.01", 0.01 },
  { 10, 2, "0.1", 0.1 },
  { 100, 2, "1", 1.0 },
  { -100, 2, "-1", -1.0 },
  { 101, 2, "1.01", 1.01 },
  { -500, 5, "-0.005", -0.005 },
  { 123456, 3, "123.456", 123.456 },
  { G_GINT64_CONSTANT (9007199254740991), 2, "90071992547409.91", 90071992547409.91 },
  { G_GINT64_CONSTANT (-9007199254740991), 2, "-90071992547409.91", -90071992547409.91 },
  { 1, 20, "0.00000000000000000001", 1e-20 },
  { G_MAXINT64, 19, "0.9223372036854775807", 0.9223372036854775807 },
  { G_MININT64, 0, "-9223372036854775808", -9223372036854775808.0 },
  { G_MININT64, 18, "-9.223372036854775808", -9.223372036854775808 },
};

static char *
write_decimals (void)
{
  AictJsonWriter *w = aict_json_writer_new (0);
  guint i;

  aict_json_writer_begin_array (w);
  for (i = 0; i < G_N_ELEMENTS (decimal_cases); i++)
    aict_json_writer_decimal (w, decimal_cases[i].scaled, decimal_cases[i].decimals);
  aict_json_writer_end_array (w);

  return finish (w);
}

static void
test_decimals (void)
{
  g_autofree char *text = write_decimals ();
  g_autoptr(GString) expected = g_string_new ("[\n");
  g_autoptr(JsonNode) root = NULL;
  JsonArray *array;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (decimal_cases); i++)
    g_string_append_printf (expected, "  %s%s\n", decimal_cases[i].out,
                            i + 1 < G_N_ELEMENTS (decimal_cases) ? "," : "");
  g_string_append (expected, "]\n");
  g_assert_cmpstr (text, ==, expected->str);

  /* json-glib reads them back as the nearest double of the same decimal
   * text, which is the C literal. */
  root = parse (text);
  array = json_node_get_array (root);
  for (i = 0; i < G_N_ELEMENTS (decimal_cases); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (json_node_get_value_type (node) == G_TYPE_INT64)
        g_assert_cmpfloat ((double) json_node_get_int (node), ==, decimal_cases[i].value);
      else
        g_assert_cmpfloat (json_node_get_double (node), ==, decimal_cases[i].value);
    }
}

/* A document using every kind of value, for the round-trip and locale
 * tests. */
static char *
write_sample (void)
{
  AictJsonWriter *w = aict_json_writer_new (0);

  aict_json_writer_begin_object (w);
  aict_json_writer_member_string (w, "name", "Caf\xc3\xa9 \xe2\x80\x94 d\xc3\xa9j\xc3\xa0 \"vu\"\n\xf0\x9f\x98\x80");
  aict_json_writer_member (w, "amount");
  aict_json_writer_decimal (w, -123456, 2);
  aict_json_writer_member (w, "ratio");
  aict_json_writer_decimal (w, 5, 1);
  aict_json_writer_member (w, "count");
  aict_json_writer_int (w, G_GINT64_CONSTANT (-1234567890123));
  aict_json_writer_member (w, "big");
  aict_json_writer_int (w, G_MAXINT64);
  aict_json_writer_member (w, "ok");
  aict_json_writer_boolean (w, TRUE);
  aict_json_writer_member (w, "none");
  aict_json_writer_null (w);
  aict_json_writer_member (w, "list");
  aict_json_writer_begin_array (w);
  aict_json_writer_decimal (w, 1000001, 3);
  aict_json_writer_string (w, "\xe2\x80\xa8");
  aict_json_writer_end_array (w);
  aict_json_writer_end_object (w);

  return finish (w);
}

static void
test_roundtrip (void)
{
  g_autofree char *text = write_sample ();
  g_autoptr(JsonNode) root = parse (text);
  JsonObject *object;
  JsonArray *list;

  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  object = json_node_get_object (root);
  g_assert_cmpuint (json_object_get_size (object), ==, 8);
  g_assert_cmpstr (json_object_get_string_member (object, "name"), ==,
                   "Caf\xc3\xa9 \xe2\x80\x94 d\xc3\xa9j\xc3\xa0 \"vu\"\n\xf0\x9f\x98\x80");
  g_assert_cmpfloat (json_object_get_double_member (object, "amount"), ==, -1234.56);
  g_assert_cmpfloat (json_object_get_double_member (object, "ratio"), ==, 0.5);
  g_assert_cmpint (json_object_get_int_member (object, "count"), ==, G_GINT64_CONSTANT (-1234567890123));
  g_assert_cmpint (json_object_get_int_member (object, "big"), ==, G_MAXINT64);
  g_assert_true (json_object_get_boolean_member (object, "ok"));
  g_assert_true (json_object_get_null_member (object, "none"));
  list = json_object_get_array_member (object, "list");
  g_assert_cmpfloat (json_array_get_double_element (list, 0), ==, 1000.001);
  g_assert_cmpstr (json_array_get_string_element (list, 1), ==, "\xe2\x80\xa8");

  /* Raw UTF-8 is kept; only U+2028 is escaped. */
  g_assert_nonnull (strstr (text, "Caf\xc3\xa9 \xe2\x80\x94"));
  g_assert_nonnull (strstr (text, "\xf0\x9f\x98\x80"));
  g_assert_null (strstr (text, "\xe2\x80\xa8"));
  g_assert_true (g_utf8_validate (text, -1, NULL));
}

static void
test_locale (void)
{
  g_autofree char *c_sample = NULL;
  g_autofree char *c_decimals = NULL;
  g_autofree char *de_sample = NULL;
  g_autofree char *de_decimals = NULL;
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));

  setlocale (LC_ALL, "C");
  c_sample = write_sample ();
  c_decimals = write_decimals ();

  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      setlocale (LC_ALL, saved);
      g_test_skip ("locale de_DE.UTF-8 is not installed");
      return;
    }
  /* Sanity: this locale really has a decimal comma. */
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");

  de_sample = write_sample ();
  de_decimals = write_decimals ();
  setlocale (LC_ALL, saved);

  g_assert_cmpstr (de_sample, ==, c_sample);
  g_assert_cmpstr (de_decimals, ==, c_decimals);
}

/* Misuse is a bug in the encoder: each case must abort on g_assert(). */
static void
misuse_member_outside_object (void)
{
  AictJsonWriter *w = aict_json_writer_new (0);

  aict_json_writer_member (w, "x");
}

static void
misuse_member_in_array (void)
{
  AictJsonWriter *w = aict_json_writer_new (0);

  aict_json_writer_begin_array (w);
  aict_json_writer_member (w, "x");
}

static void
misuse_value_without_member (void)
{
  AictJsonWriter *w = aict_json_writer_new (0);

  aict_json_writer_begin_object (w);
  aict_json_writer_int (w, 1);
}

static void
misuse_two_members (void)
{
  AictJsonWriter *w = aict_json_writer_new (0);

  aict_json_writer_begin_object (w);
  aict_json_writer_member (w, "a");
  aict_json_writer_member (w, "b");
}

static void
misuse_end_after_member (void)
{
  AictJsonWriter *w = aict_json_writer_new (0);

  aict_json_writer_begin_object (w);
  aict_json_writer_member (w, "a");
  aict_json_writer_end_object (w);
}

static void
misuse_unbalanced_end (void)
{
  AictJsonWriter *w = aict_json_writer_new (0);

  aict_json_writer_end_array (w);
}

static void
misuse_wrong_end (void)
{
  AictJsonWriter *w = aict_json_writer_new (0);

  aict_json_writer_begin_array (w);
  aict_json_writer_end_object (w);
}

static void
misuse_two_top_level_values (void)
{
  AictJsonWriter *w = aict_json_writer_new (0);

  aict_json_writer_int (w, 1);
  aict_json_writer_int (w, 2);
}

static void
misuse_unfinished (void)
{
  AictJsonWriter *w = aict_json_writer_new (0);

  aict_json_writer_begin_object (w);
  g_bytes_unref (aict_json_writer_free_to_bytes (w));
}

static void
misuse_empty (void)
{
  g_free (aict_json_writer_free_to_string (aict_json_writer_new (0), NULL));
}

static void
misuse_invalid_utf8 (void)
{
  AictJsonWriter *w = aict_json_writer_new (0);

  aict_json_writer_string (w, "abc\xc3(");
}

static void
misuse_surrogate (void)
{
  AictJsonWriter *w = aict_json_writer_new (0);

  aict_json_writer_string (w, "\xed\xa0\x80");
}

static void
misuse_truncated_utf8 (void)
{
  AictJsonWriter *w = aict_json_writer_new (0);

  aict_json_writer_string (w, "abcdefgh\xf0\x9f\x98");
}

static void
misuse_key_needs_escape (void)
{
  AictJsonWriter *w = aict_json_writer_new (0);

  aict_json_writer_begin_object (w);
  aict_json_writer_member (w, "a\"b");
}

static const struct
{
  const char *name;
  void (*func) (void);
} misuses[] = {
  { "member-outside-object", misuse_member_outside_object },
  { "member-in-array", misuse_member_in_array },
  { "value-without-member", misuse_value_without_member },
  { "two-members", misuse_two_members },
  { "end-after-member", misuse_end_after_member },
  { "unbalanced-end", misuse_unbalanced_end },
  { "wrong-end", misuse_wrong_end },
  { "two-top-level-values", misuse_two_top_level_values },
  { "unfinished", misuse_unfinished },
  { "empty", misuse_empty },
  { "invalid-utf8", misuse_invalid_utf8 },
  { "surrogate", misuse_surrogate },
  { "truncated-utf8", misuse_truncated_utf8 },
  { "key-needs-escape", misuse_key_needs_escape },
};

static void
test_misuse (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);

  if (g_test_subprocess ())
    {
      misuses[i].func ();
      return;   /* reached only if the assertion did not fire */
    }

  g_test_trap_subprocess (NULL, 0, 0);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*assertion failed*");
}

/* Throughput on typical encoder output: objects with French text.  Run
 * with -m perf; prints MB/s. */
static void
test_throughput (void)
{
  static const char *const phrases[] = {
    "R\xc3\xa9union du comit\xc3\xa9 de pilotage \xc3\xa0 Montr\xc3\xa9" "al",
    "Partenariat strat\xc3\xa9gique pour l\xe2\x80\x99\xc3\xa9" "conomie sociale et solidaire",
    "Budget pr\xc3\xa9visionnel r\xc3\xa9vis\xc3\xa9 apr\xc3\xa8s la d\xc3\xa9" "cision du conseil",
    "Association des b\xc3\xa9n\xc3\xa9voles de l\xe2\x80\x99\xc3\x8e" "le-de-France",
    "Compte rendu : \xc2\xab les objectifs ont \xc3\xa9t\xc3\xa9 atteints \xc2\xbb, selon la coordinatrice",
  };
  const gsize target = 50 * 1000 * 1000;
  const guint64 n_records = 150000;   /* about 50 MB */
  g_autoptr(GTimer) timer = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  gsize total = 0;
  double best = 0;
  guint round;

  if (!g_test_perf ())
    {
      g_test_skip ("a performance test; run with -m perf");
      return;
    }

  /* Formatting the ids is the caller's work: do it before timing. */
  ids = g_ptr_array_new_full (n_records, g_free);
  for (guint64 i = 0; i < n_records; i++)
    g_ptr_array_add (ids, g_strdup_printf ("actor-%" G_GUINT64_FORMAT, i));

  for (round = 0; round < 3; round++)
    {
      AictJsonWriter *w = aict_json_writer_new (target + target / 8);
      g_autoptr(GBytes) bytes = NULL;
      guint64 i = 0;
      double seconds, mbps;

      timer = g_timer_new ();
      aict_json_writer_begin_object (w);
      aict_json_writer_member_string (w, "format", "aict/1");
      aict_json_writer_member (w, "actors");
      aict_json_writer_begin_array (w);
      for (i = 0; ; i++)
        {
          aict_json_writer_begin_object (w);
          aict_json_writer_member_string (w, "id", g_ptr_array_index (ids, i));
          aict_json_writer_member_string (w, "kind", i % 3 ? "person" : "organization");
          aict_json_writer_member_string (w, "name", phrases[i % G_N_ELEMENTS (phrases)]);
          aict_json_writer_member_string (w, "notes", phrases[(i + 2) % G_N_ELEMENTS (phrases)]);
          aict_json_writer_member (w, "budget");
          aict_json_writer_begin_object (w);
          aict_json_writer_member (w, "amount");
          aict_json_writer_decimal (w, (gint64) (i * 7919 % 100000000) - 5000000, 2);
          aict_json_writer_member_string (w, "currency", "EUR");
          aict_json_writer_end_object (w);
          aict_json_writer_member (w, "members");
          aict_json_writer_begin_array (w);
          aict_json_writer_int (w, (gint64) i);
          aict_json_writer_int (w, (gint64) i * 31);
          aict_json_writer_end_array (w);
          aict_json_writer_member (w, "active");
          aict_json_writer_boolean (w, i % 2);
          aict_json_writer_end_object (w);

          if (i + 1 >= n_records)
            break;
        }
      aict_json_writer_end_array (w);
      aict_json_writer_end_object (w);
      bytes = aict_json_writer_free_to_bytes (w);
      seconds = g_timer_elapsed (timer, NULL);
      g_clear_pointer (&timer, g_timer_destroy);

      total = g_bytes_get_size (bytes);
      mbps = total / seconds / 1e6;
      best = MAX (best, mbps);
      g_test_message ("round %u: %.1f MB in %.3f s: %.0f MB/s",
                      round, total / 1e6, seconds, mbps);
    }

  g_test_maximized_result (best, "%.0f MB/s on %.1f MB", best, total / 1e6);
}

int
main (int   argc,
      char *argv[])
{
  guint i;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aict/json-writer/nested", test_nested);
  g_test_add_func ("/aict/json-writer/top-level-scalars", test_top_level_scalars);
  g_test_add_func ("/aict/json-writer/deep", test_deep);
  g_test_add_func ("/aict/json-writer/escapes", test_escapes);
  g_test_add_func ("/aict/json-writer/escapes-all-controls", test_escapes_all_controls);
  g_test_add_func ("/aict/json-writer/escapes-random", test_escapes_random);
  g_test_add_func ("/aict/json-writer/integers", test_integers);
  g_test_add_func ("/aict/json-writer/decimals", test_decimals);
  g_test_add_func ("/aict/json-writer/roundtrip", test_roundtrip);
  g_test_add_func ("/aict/json-writer/locale", test_locale);
  for (i = 0; i < G_N_ELEMENTS (misuses); i++)
    {
      g_autofree char *path = g_strdup_printf ("/aict/json-writer/misuse/%s", misuses[i].name);

      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_misuse);
    }
  g_test_add_func ("/aict/json-writer/throughput", test_throughput);

  return g_test_run ();
}
