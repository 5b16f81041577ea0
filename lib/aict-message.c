/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "aict-message-private.h"
#include "aict-i18n-private.h"
#include "aict-error.h"

char *
_aict_message_value (const char *value)
{
  const char *p;
  const char *end;
  GString *out;
  guint n_chars = 0;

  if (value == NULL)
    return g_strdup ("(null)");

  end = value + strlen (value);
  out = g_string_sized_new (MIN ((gsize) (end - value), 4 * AICT_MESSAGE_VALUE_MAX_CHARS) + 8);
  for (p = value; p < end; n_chars++)
    {
      guchar byte = (guchar) *p;
      gunichar c;
      const char *next;

      if (n_chars == AICT_MESSAGE_VALUE_MAX_CHARS)
        {
          g_string_append (out, "…");
          break;
        }

      if (byte < 0x80)
        {
          switch (byte)
            {
            case '\\': g_string_append (out, "\\\\"); break;
            case '"': g_string_append (out, "\\\""); break;
            case '\b': g_string_append (out, "\\b"); break;
            case '\f': g_string_append (out, "\\f"); break;
            case '\n': g_string_append (out, "\\n"); break;
            case '\r': g_string_append (out, "\\r"); break;
            case '\t': g_string_append (out, "\\t"); break;
            default:
              if (byte < 0x20 || byte == 0x7F)
                g_string_append_printf (out, "\\u%04x", byte);
              else
                g_string_append_c (out, (char) byte);
              break;
            }
          p++;
          continue;
        }

      c = g_utf8_get_char_validated (p, end - p);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          /* Not UTF-8: the byte, visibly, and on to the next one. */
          g_string_append_printf (out, "\\x%02x", byte);
          p++;
          continue;
        }

      next = g_utf8_next_char (p);
      if ((c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_len (out, p, next - p);
      p = next;
    }

  return g_string_free (out, FALSE);
}

char *
_aict_limit_hint (const char *message,
                  const char *limit)
{
  g_autofree char *setter = g_strconcat ("aict_load_options_set_", limit, NULL);

  g_strdelimit (setter, "-", '_');

  /* TRANSLATORS: "nesting deeper than 32 levels; raise the limit with
   * aict_load_options_set_max_depth() or aict --max-depth" */
  return g_strdup_printf (_("%s; raise the limit with %s() or aict --%s"), message, setter, limit);
}

void
_aict_set_limit_error (GError     **error,
                       const char  *limit,
                       const char  *format,
                       ...)
{
  g_autofree char *message = NULL;
  g_autofree char *hinted = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  hinted = _aict_limit_hint (message, limit);
  g_set_error_literal (error, AICT_ERROR, AICT_ERROR_LIMIT, hinted);
}
