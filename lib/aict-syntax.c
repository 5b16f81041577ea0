/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "aict-syntax-private.h"
#include "aict-i18n-private.h"

gboolean
_aict_is_id (const char *text,
             gsize       length)
{
  if (length == 0 || length > 256)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (!g_ascii_isalnum (c) && c != '.' && c != '_' && c != ':' && c != '-')
        return FALSE;
    }

  return TRUE;
}

static inline gboolean
is_text_byte (guchar c)
{
  return c >= 0x20 || c == '\t' || c == '\n';
}

/* Every text of a loaded file goes through here (twice: decoder and
 * validator), so eight bytes at a time: (w - 0x2020…) & ~w & 0x8080… is
 * non-zero exactly when some byte of w is below 0x20, and only then are
 * the eight bytes looked at one by one. */
gboolean
_aict_is_text (const char *text,
               gsize       length)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  gsize i = 0;

  for (; i + 8 <= length; i += 8)
    {
      guint64 w;

      memcpy (&w, text + i, 8);
      if (((w - 0x20 * ones) & ~w & highs) != 0)
        for (gsize j = i; j < i + 8; j++)
          if (!is_text_byte ((guchar) text[j]))
            return FALSE;
    }

  for (; i < length; i++)
    if (!is_text_byte ((guchar) text[i]))
      return FALSE;

  return TRUE;
}

gboolean
_aict_is_code (AictCodeKind  kind,
               const char   *text,
               gsize         length)
{
  switch (kind)
    {
    case AICT_CODE_COUNTRY:
      return length == 2 && g_ascii_isupper (text[0]) && g_ascii_isupper (text[1]);

    case AICT_CODE_CURRENCY:
      return length == 3 && g_ascii_isupper (text[0]) && g_ascii_isupper (text[1]) &&
             g_ascii_isupper (text[2]);

    case AICT_CODE_SUBDIVISION:
      if (length < 4 || length > 6 || !_aict_is_code (AICT_CODE_COUNTRY, text, 2) || text[2] != '-')
        return FALSE;
      for (gsize i = 3; i < length; i++)
        if (!g_ascii_isupper (text[i]) && !g_ascii_isdigit (text[i]))
          return FALSE;
      return TRUE;

    case AICT_CODE_THEME:
      if (length == 0 || length > 64 || !g_ascii_islower (text[0]))
        return FALSE;
      for (gsize i = 1; i < length; i++)
        if (!g_ascii_islower (text[i]) && !g_ascii_isdigit (text[i]) && text[i] != '-')
          return FALSE;
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

gboolean
_aict_is_time (const char *t,
               gsize       length)
{
  return length == 5 &&
         g_ascii_isdigit (t[0]) && g_ascii_isdigit (t[1]) && t[2] == ':' &&
         g_ascii_isdigit (t[3]) && g_ascii_isdigit (t[4]) &&
         (t[0] - '0') * 10 + (t[1] - '0') <= 23 && t[3] <= '5';
}

const char *
_aict_code_description (AictCodeKind kind)
{
  switch (kind)
    {
    case AICT_CODE_COUNTRY: return N_("an ISO 3166-1 alpha-2 country code such as “FR”");
    case AICT_CODE_SUBDIVISION: return N_("an ISO 3166-2 subdivision code such as “FR-24”");
    case AICT_CODE_CURRENCY: return N_("an ISO 4217 currency code such as “EUR”");
    case AICT_CODE_THEME: return N_("a theme code such as “water”");
    default: g_assert_not_reached ();
    }
}
