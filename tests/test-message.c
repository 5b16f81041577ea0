/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "aict-message-private.h"

/* _aict_message_value(): what a message may quote of the data. */

static void
assert_value (const char *value,
              const char *expected)
{
  g_autofree char *shown = _aict_message_value (value);

  g_assert_cmpstr (shown, ==, expected);
  g_assert_true (g_utf8_validate (shown, -1, NULL));
  for (const char *p = shown; *p != '\0'; p++)
    g_assert_true ((guchar) *p >= 0x20 && (guchar) *p != 0x7F);
}

static void
test_message_escapes (void)
{
  assert_value ("cd24-dri", "cd24-dri");
  assert_value ("", "");
  assert_value (NULL, "(null)");
  assert_value ("a\nok.json: valid", "a\\nok.json: valid");
  assert_value ("\b\f\n\r\t", "\\b\\f\\n\\r\\t");
  assert_value ("\x01\x1b[31m\x1f\x7f", "\\u0001\\u001b[31m\\u001f\\u007f");
  assert_value ("say \"hi\" \\o/", "say \\\"hi\\\" \\\\o/");
  /* C1 controls and the line and paragraph separators. */
  assert_value ("\xc2\x85" "x" "\xe2\x80\xa8" "\xe2\x80\xa9", "\\u0085x\\u2028\\u2029");
  /* Not UTF-8 (from the API): each bad byte, visibly. */
  assert_value ("a\xff" "b\xc3", "a\\xffb\\xc3");
  assert_value ("Montréal – Pessac", "Montréal – Pessac");
}

static void
test_message_cut (void)
{
  g_autofree char *sixty_four = g_strnfill (64, 'x');
  g_autofree char *sixty_five = g_strnfill (65, 'x');
  g_autofree char *cut = g_strconcat (sixty_four, "…", NULL);
  GString *accents = g_string_new (NULL);
  GString *expected = g_string_new (NULL);
  GString *controls = g_string_new (NULL);
  GString *controls_expected = g_string_new (NULL);

  assert_value (sixty_four, sixty_four);
  assert_value (sixty_five, cut);

  /* Characters, not bytes: 100 × "é" (200 bytes) keeps 64 of them whole. */
  for (guint i = 0; i < 100; i++)
    g_string_append (accents, "é");
  for (guint i = 0; i < 64; i++)
    g_string_append (expected, "é");
  g_string_append (expected, "…");
  assert_value (accents->str, expected->str);

  /* An escape counts as the one character it stands for. */
  for (guint i = 0; i < 70; i++)
    g_string_append_c (controls, '\x1b');
  for (guint i = 0; i < 64; i++)
    g_string_append (controls_expected, "\\u001b");
  g_string_append (controls_expected, "…");
  assert_value (controls->str, controls_expected->str);

  g_string_free (accents, TRUE);
  g_string_free (expected, TRUE);
  g_string_free (controls, TRUE);
  g_string_free (controls_expected, TRUE);
}

static void
test_limit_hint (void)
{
  g_autofree char *hinted = _aict_limit_hint ("nesting deeper than 32 levels", "max-depth");
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (hinted, ==, "nesting deeper than 32 levels; raise the limit with "
                               "aict_load_options_set_max_depth() or aict --max-depth");

  _aict_set_limit_error (&error, "max-number-length", "number longer than %u characters", 32u);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==, "number longer than 32 characters; raise the limit with "
                                       "aict_load_options_set_max_number_length() or aict --max-number-length");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/message/escapes", test_message_escapes);
  g_test_add_func ("/message/cut", test_message_cut);
  g_test_add_func ("/message/limit-hint", test_limit_hint);

  return g_test_run ();
}
