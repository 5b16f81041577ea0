/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "aict-codec-private.h"
#include "aict-codelist.h"
#include "aict-entity-private.h"
#include "aict-json-reader-private.h"
#include "aict-load-options-private.h"
#include "aict-model-private.h"
#include "aict-syntax-private.h"
#include "aict-validate-private.h"
#include "aict-issue-code-private.h"
#include "aict-message-private.h"
#include "aict-enum-types.h"
#include "aict-dataset-private.h"
#include "aict-fields-private.h"
#include "aict-i18n-private.h"

/* The aict/1 decoder.
 *
 * It pulls tokens from the strict reader and builds the model as it goes:
 * there is no intermediate tree, so memory is the model plus the input.
 * It checks what the model cannot hold (types, enumeration nicks, id and
 * code syntax, dates, exact decimals, unknown members) and leaves to the
 * validator what a loaded dataset can be wrong about (missing required
 * members, unresolved references, unknown codes, ranges, dates in order),
 * so that a validation reports every such issue at once.
 *
 * When a value is not what the format expects, the rest of the document
 * is still read to its end: a syntax error anywhere wins over a schema
 * error, so that a file that is not JSON at all is reported as such. */

/* Partial dates are immutable and reference-counted, and a file has few
 * distinct ones ("2017", "2016-03"): the decoder keeps the ones it parsed
 * in a small direct-mapped cache keyed by their text (at most ten bytes,
 * zero-padded into two words) and shares them, which saves a parse and an
 * allocation (and later a free) for most dates of a file. */
#define DATE_CACHE_BITS 8
#define DATE_CACHE_TEXT_MAX 10

typedef struct
{
  guint64 key[2];
  AictPartialDate *date;   /* owned; NULL for an empty slot */
} DateCacheEntry;

typedef struct
{
  AictJsonReader *reader;
  GError **error;
  /* The current token, kept so helpers can report on it. */
  AictJsonToken token;
  /* The last currency of an amount, interned, and its decimal places: a
   * file has few currencies (mostly one), and interning or looking up the
   * codelist for each of its amounts costs a lock and a hash each. */
  const char *currency;
  guint currency_decimals;
  DateCacheEntry *dates;   /* 1 << DATE_CACHE_BITS entries, made on first use */
} Decoder;

static void
decoder_clear (Decoder *d)
{
  if (d->dates != NULL)
    {
      for (guint i = 0; i < 1u << DATE_CACHE_BITS; i++)
        g_clear_pointer (&d->dates[i].date, aict_partial_date_free);
      g_clear_pointer (&d->dates, g_free);
    }
}

#define FAIL (-1)

static const char *
token_name (AictJsonToken token)
{
  switch (token)
    {
    case AICT_JSON_TOKEN_BEGIN_OBJECT: return N_("an object");
    case AICT_JSON_TOKEN_BEGIN_ARRAY: return N_("an array");
    case AICT_JSON_TOKEN_STRING: return N_("a string");
    case AICT_JSON_TOKEN_NUMBER: return N_("a number");
    case AICT_JSON_TOKEN_TRUE:
    case AICT_JSON_TOKEN_FALSE: return N_("a boolean");
    case AICT_JSON_TOKEN_NULL: return N_("null");
    case AICT_JSON_TOKEN_MEMBER: return N_("a member name");
    case AICT_JSON_TOKEN_END_OBJECT: return N_("the end of an object");
    case AICT_JSON_TOKEN_END_ARRAY: return N_("the end of an array");
    case AICT_JSON_TOKEN_END: return N_("the end of the document");
    case AICT_JSON_TOKEN_NONE:
    default: return N_("nothing");
    }
}

static gboolean
next (Decoder *d)
{
  return aict_json_reader_next (d->reader, &d->token, d->error);
}

static gboolean
schema_error (Decoder    *d,
              const char *message)
{
  aict_json_reader_set_error (d->reader, d->error, AICT_ERROR_SCHEMA, "%s", message);
  return FALSE;
}

static gboolean
type_error (Decoder    *d,
            const char *expected)
{
  g_autofree char *message =
    g_strdup_printf (_("expected %s, found %s"), _(expected), _(token_name (d->token)));

  return schema_error (d, message);
}

static gboolean
unknown_member (Decoder    *d,
                const char *name,
                const char *where)
{
  g_autofree char *shown = _aict_message_value (name);
  g_autofree char *message = NULL;

  message = g_strdup_printf (_("unknown member “%s” in %s (see the aict/1 format)"), shown, _(where));

  return schema_error (d, message);
}

/* Iterating the members of an object whose BEGIN_OBJECT is the current
 * token: returns 1 with d->token == MEMBER, 0 at the end of the object,
 * FAIL on error. */
static int
next_member (Decoder *d)
{
  if (!next (d))
    return FAIL;
  if (d->token == AICT_JSON_TOKEN_END_OBJECT)
    return 0;
  g_assert (d->token == AICT_JSON_TOKEN_MEMBER);
  return 1;
}

static const char *
member_name (Decoder *d,
             gsize   *length)
{
  return aict_json_reader_get_string (d->reader, length);
}

/* Member names are compared by length first: most comparisons end there
 * (this dispatch runs for every member of every object). */
#define member_is(name, length, literal) \
  ((length) == sizeof (literal) - 1 && memcmp ((name), (literal), sizeof (literal) - 1) == 0)

/* Reads the next value: an array (TRUE, *present = TRUE) or null (TRUE,
 * *present = FALSE). */
static gboolean
begin_array_or_null (Decoder  *d,
                     gboolean *present)
{
  *present = FALSE;
  if (!next (d))
    return FALSE;
  if (d->token == AICT_JSON_TOKEN_NULL)
    {
      *present = FALSE;
      return TRUE;
    }
  if (d->token != AICT_JSON_TOKEN_BEGIN_ARRAY)
    return type_error (d, N_("an array"));
  *present = TRUE;
  return TRUE;
}

/* Within an array: returns 1 with the first token of the next item in
 * d->token, 0 at the end, FAIL on error. */
static int
next_item (Decoder *d)
{
  if (!next (d))
    return FAIL;
  return d->token == AICT_JSON_TOKEN_END_ARRAY ? 0 : 1;
}

/* A text value borrowed from the reader (valid until its next token), or
 * NULL for null: for a setter that copies it at once. */
static gboolean
read_text_ref (Decoder     *d,
               const char **out)
{
  const char *text;
  gsize length;

  if (!next (d))
    return FALSE;

  if (d->token == AICT_JSON_TOKEN_NULL)
    {
      *out = NULL;
      return TRUE;
    }
  if (d->token != AICT_JSON_TOKEN_STRING)
    return type_error (d, N_("a string"));

  text = aict_json_reader_get_string (d->reader, &length);
  if (!_aict_is_text (text, length))
    return schema_error (d, _("text may not contain control characters other than tab and newline"));

  *out = text;
  return TRUE;
}

/* An id from the current token, borrowed from the reader (valid until its
 * next token); NULL after reporting an error. */
static const char *
id_from_token (Decoder *d)
{
  const char *text;
  gsize length;

  if (d->token != AICT_JSON_TOKEN_STRING)
    {
      type_error (d, N_("an id (a string)"));
      return NULL;
    }

  text = aict_json_reader_get_string (d->reader, &length);
  if (!_aict_is_id (text, length))
    {
      g_autofree char *shown = _aict_message_value (text);
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not an id: use 1 to 256 characters among "
                           "A–Z a–z 0–9 . _ : -"), shown);
      schema_error (d, message);
      return NULL;
    }

  return text;
}

/* An id borrowed from the reader, or NULL for null. */
static gboolean
read_id_ref (Decoder     *d,
             const char **out)
{
  if (!next (d))
    return FALSE;

  if (d->token == AICT_JSON_TOKEN_NULL)
    {
      *out = NULL;
      return TRUE;
    }

  *out = id_from_token (d);
  return *out != NULL;
}

/* A string member value into *out (replaced), or NULL for null. */
static gboolean
read_text (Decoder  *d,
           char    **out)
{
  const char *text;

  if (!read_text_ref (d, &text))
    return FALSE;

  g_free (*out);
  *out = g_strdup (text);
  return TRUE;
}

/* An id (or a reference to one) into *out, or NULL for null. */
static gboolean
read_id (Decoder  *d,
         char    **out)
{
  const char *text;

  if (!read_id_ref (d, &text))
    return FALSE;

  g_free (*out);
  *out = g_strdup (text);
  return TRUE;
}

/* Codes: their shape is checked here; their existence is the validator's
 * business. */
typedef AictCodeKind CodeKind;
#define CODE_COUNTRY AICT_CODE_COUNTRY
#define CODE_SUBDIVISION AICT_CODE_SUBDIVISION
#define CODE_CURRENCY AICT_CODE_CURRENCY
#define CODE_THEME AICT_CODE_THEME

/* A code from the current STRING token, borrowed from the reader (valid
 * until its next token).  Not interned: a hostile file could otherwise
 * grow the process-wide intern table without bound. */
static const char *
code_from_token (Decoder  *d,
                 CodeKind  kind)
{
  const char *text;
  gsize length;

  if (d->token != AICT_JSON_TOKEN_STRING)
    {
      type_error (d, _aict_code_description (kind));
      return NULL;
    }

  text = aict_json_reader_get_string (d->reader, &length);
  if (!_aict_is_code (kind, text, length))
    {
      g_autofree char *shown = _aict_message_value (text);
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not %s"), shown, _(_aict_code_description (kind)));
      schema_error (d, message);
      return NULL;
    }

  return text;
}

static gboolean
read_code (Decoder     *d,
           CodeKind     kind,
           const char **out)
{
  if (!next (d))
    return FALSE;

  if (d->token == AICT_JSON_TOKEN_NULL)
    {
      *out = NULL;
      return TRUE;
    }

  *out = code_from_token (d, kind);
  return *out != NULL;
}

/* An array of codes or ids into a new NULL-terminated vector (NULL when
 * absent or empty).  The lists are short (a few countries or themes): the
 * copies are gathered on the stack and the vector allocated once at its
 * final size, rather than through a GPtrArray per list. */
#define STRING_LIST_STACK 8

static gboolean
read_string_list (Decoder   *d,
                  gboolean   ids,
                  CodeKind   kind,
                  char    ***out)
{
  char *stack[STRING_LIST_STACK];
  char **items = stack;
  guint n = 0, cap = STRING_LIST_STACK;
  gboolean present;
  gboolean ok = TRUE;
  int r;

  if (!begin_array_or_null (d, &present))
    return FALSE;
  if (!present)
    return TRUE;

  while ((r = next_item (d)) > 0)
    {
      const char *item = ids ? id_from_token (d) : code_from_token (d, kind);

      if (item == NULL)
        {
          ok = FALSE;
          break;
        }
      if (n == cap)
        {
          if (items == stack)
            {
              items = g_new (char *, cap * 2);
              memcpy (items, stack, sizeof stack);
            }
          else
            items = g_renew (char *, items, cap * 2);
          cap *= 2;
        }
      items[n++] = g_strdup (item);   /* the reader's buffer moves on */
    }
  if (r == FAIL)
    ok = FALSE;

  if (ok && n > 0)
    {
      char **strv = g_new (char *, n + 1);

      memcpy (strv, items, n * sizeof (char *));
      strv[n] = NULL;
      g_strfreev (*out);
      *out = strv;
    }
  else
    {
      for (guint i = 0; i < n; i++)
        g_free (items[i]);
    }

  if (items != stack)
    g_free (items);

  return ok;
}

#define read_id_list(d, out) read_string_list ((d), TRUE, AICT_CODE_THEME, (out))
#define read_code_list(d, kind, out) read_string_list ((d), FALSE, (kind), (out))

static gboolean
read_date (Decoder          *d,
           AictPartialDate **out)
{
  const char *text;
  gsize length;
  g_autoptr(GError) local_error = NULL;
  AictPartialDate *date;
  DateCacheEntry *entry = NULL;
  guint64 key[2] = { 0, 0 };

  if (!next (d))
    return FALSE;

  if (d->token == AICT_JSON_TOKEN_NULL)
    {
      g_clear_pointer (out, aict_partial_date_free);
      return TRUE;
    }
  if (d->token != AICT_JSON_TOKEN_STRING)
    return type_error (d, N_("a date (a string YYYY, YYYY-MM or YYYY-MM-DD)"));

  if (G_UNLIKELY (d->dates == NULL))
    d->dates = g_new0 (DateCacheEntry, 1u << DATE_CACHE_BITS);

  text = aict_json_reader_get_string (d->reader, &length);

  if (length <= DATE_CACHE_TEXT_MAX)
    {
      /* The reader's text has no NUL, so texts of different lengths never
       * share a key. */
      for (gsize i = 0; i < length; i++)
        key[i / 8] |= (guint64) (guchar) text[i] << (8 * (i % 8));
      entry = &d->dates[((key[0] ^ (key[1] << 29)) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15))
                        >> (64 - DATE_CACHE_BITS)];
      if (entry->date != NULL && entry->key[0] == key[0] && entry->key[1] == key[1])
        {
          g_clear_pointer (out, aict_partial_date_free);
          *out = aict_partial_date_copy (entry->date);
          return TRUE;
        }
    }

  date = aict_partial_date_parse (text, &local_error);
  if (date == NULL)
    return schema_error (d, local_error->message);

  if (entry != NULL)
    {
      g_clear_pointer (&entry->date, aict_partial_date_free);
      entry->key[0] = key[0];
      entry->key[1] = key[1];
      entry->date = aict_partial_date_copy (date);
    }

  g_clear_pointer (out, aict_partial_date_free);
  *out = date;
  return TRUE;
}

/* A time HH:MM borrowed from the reader, or NULL for null. */
static gboolean
read_time (Decoder     *d,
           const char **out)
{
  const char *t;
  gsize length;

  if (!next (d))
    return FALSE;

  if (d->token == AICT_JSON_TOKEN_NULL)
    {
      *out = NULL;
      return TRUE;
    }
  if (d->token != AICT_JSON_TOKEN_STRING)
    return type_error (d, N_("a time (a string HH:MM)"));

  t = aict_json_reader_get_string (d->reader, &length);
  if (!_aict_is_time (t, length))
    {
      g_autofree char *shown = _aict_message_value (t);
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not a time: write HH:MM, 00:00 to 23:59"), shown);
      return schema_error (d, message);
    }

  *out = t;
  return TRUE;
}

static gboolean
read_boolean (Decoder  *d,
              gboolean *out)
{
  if (!next (d))
    return FALSE;

  switch (d->token)
    {
    case AICT_JSON_TOKEN_NULL:
    case AICT_JSON_TOKEN_FALSE:
      *out = FALSE;
      return TRUE;
    case AICT_JSON_TOKEN_TRUE:
      *out = TRUE;
      return TRUE;
    default:
      return type_error (d, N_("a boolean"));
    }
}

/* An exact decimal with at most 2 places, scaled by 100, into an int
 * (shares in hundredths of a percent, FTE in hundredths).  -1 for null. */
static gboolean
read_hundredths (Decoder *d,
                 int     *out)
{
  gint64 scaled;

  if (!next (d))
    return FALSE;

  if (d->token == AICT_JSON_TOKEN_NULL)
    {
      *out = -1;
      return TRUE;
    }
  if (d->token != AICT_JSON_TOKEN_NUMBER)
    return type_error (d, N_("a number"));

  if (!aict_json_reader_get_decimal (d->reader, 2, &scaled, d->error))
    return FALSE;
  if (scaled < 0)
    return schema_error (d, _("this number may not be negative"));
  if (scaled > G_MAXINT)
    return schema_error (d, _("this number is too large"));

  *out = (int) scaled;
  return TRUE;
}

/* Reads an enumeration nick of @type; null leaves *out as it was, so
 * callers start from -1 to tell a missing required member. */
static gboolean
read_enum (Decoder *d,
           GType    type,
           int     *out)
{
  GEnumClass *klass;
  const char *nick;

  if (!next (d))
    return FALSE;
  if (d->token == AICT_JSON_TOKEN_NULL)
    return TRUE;   /* absent: *out keeps its value */
  if (d->token != AICT_JSON_TOKEN_STRING)
    return type_error (d, N_("a string"));

  /* The enum classes of the model live as long as the process (GObject
   * keeps a class once its type has instances): peek, don't ref. */
  klass = g_type_class_peek (type);
  if (G_UNLIKELY (klass == NULL))
    klass = g_type_class_ref (type);   /* kept for the process, as GLib does */

  /* The reader's string has no NUL inside (\u0000 is rejected), so
   * strcmp() is exact; the first byte tells most nicks apart without a
   * call. */
  nick = aict_json_reader_get_string (d->reader, NULL);
  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value_nick[0] == nick[0] &&
        strcmp (nick, klass->values[i].value_nick) == 0)
      {
        *out = klass->values[i].value;
        return TRUE;
      }

  {
    g_autoptr(GString) message = g_string_new (NULL);

    g_autofree char *text = NULL;
    g_autofree char *shown = _aict_message_value (nick);

    for (guint i = 0; i < klass->n_values; i++)
      g_string_append_printf (message, "%s “%s”", i > 0 ? "," : "", klass->values[i].value_nick);

    /* TRANSLATORS: the second %s is a list of values, each in quotes and
     * preceded by a space: ' “a”, “b”'. */
    text = g_strdup_printf (_("unknown value “%s”; expected one of%s"), shown, message->str);
    return schema_error (d, text);
  }
}

/* Reads an array of objects (or null), calling @item with each object's
 * BEGIN_OBJECT as the current token.  @what names an item in messages. */
typedef gboolean (*ItemFunc) (Decoder *d, gpointer data);

static gboolean
read_object_list (Decoder    *d,
                  const char *what,
                  ItemFunc    item,
                  gpointer    data)
{
  gboolean present;
  int r;

  if (!begin_array_or_null (d, &present))
    return FALSE;
  if (!present)
    return TRUE;

  while ((r = next_item (d)) > 0)
    {
      if (d->token != AICT_JSON_TOKEN_BEGIN_OBJECT)
        return type_error (d, what);
      if (!item (d, data))
        return FALSE;
    }

  return r != FAIL;
}

static gboolean
read_source_refs_item (Decoder  *d,
                       gpointer  data)
{
  AictEntity *entity = data;
  g_autofree char *source = NULL;
  g_autofree char *locator = NULL;
  int m;

  while ((m = next_member (d)) > 0)
    {
      gsize name_len;
      const char *name = member_name (d, &name_len);

      if (member_is (name, name_len, "source"))
        {
          if (!read_id (d, &source))
            return FALSE;
        }
      else if (member_is (name, name_len, "locator"))
        {
          if (!read_text (d, &locator))
            return FALSE;
        }
      else
        return unknown_member (d, name, N_("a source reference"));
    }
  if (m == FAIL)
    return FALSE;

  /* A reference to no source says nothing: it cannot be kept. */
  if (source == NULL)
    return schema_error (d, _("a source reference needs a “source”"));

  _aict_entity_take_source_ref (entity, aict_source_ref_new_full (source, locator));

  return TRUE;
}

static gboolean
read_source_refs (Decoder *d,
                  AictEntity *entity)
{
  return read_object_list (d, N_("a source reference (an object)"), read_source_refs_item, entity);
}

/* ---------------------------------------------------------------- amount */

/* Parses an exact decimal lexeme with at most @decimals places. */
static gboolean
parse_decimal_lexeme (const char  *lexeme,
                      guint        decimals,
                      gint64      *scaled,
                      const char **why)
{
  const char *p = lexeme;
  gboolean negative = FALSE;
  guint64 value = 0;
  guint places = 0;
  const guint64 limit = G_GUINT64_CONSTANT (9007199254740991);

  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }

  for (; g_ascii_isdigit (*p); p++)
    {
      value = value * 10 + (guint64) (*p - '0');
      if (value > limit)
        {
          *why = "overflow";
          return FALSE;
        }
    }

  if (*p == '.')
    {
      const char *last_nonzero;

      p++;
      last_nonzero = p - 1;
      for (const char *q = p; g_ascii_isdigit (*q); q++)
        if (*q != '0')
          last_nonzero = q;

      for (; p <= last_nonzero; p++)
        {
          if (++places > decimals)
            {
              *why = "decimals";
              return FALSE;
            }
          value = value * 10 + (guint64) (*p - '0');
          if (value > limit)
            {
              *why = "overflow";
              return FALSE;
            }
        }
      while (g_ascii_isdigit (*p))
        p++;
    }

  if (*p == 'e' || *p == 'E')
    {
      *why = "exponent";
      return FALSE;
    }

  for (; places < decimals; places++)
    {
      value *= 10;
      if (value > limit)
        {
          *why = "overflow";
          return FALSE;
        }
    }

  *scaled = negative ? -(gint64) value : (gint64) value;
  return TRUE;
}

static gboolean
decimal_error (Decoder    *d,
               const char *why,
               guint       decimals,
               const char *currency)
{
  g_autofree char *message = NULL;

  if (strcmp (why, "overflow") == 0)
    {
      aict_json_reader_set_error (d->reader, d->error, AICT_ERROR_OVERFLOW,
                                  _("the amount is too large: at most 2^53 − 1 minor units"));
      return FALSE;
    }

  if (strcmp (why, "exponent") == 0)
    message = g_strdup (_("write the amount without an exponent"));
  else if (decimals == 0)
    message = g_strdup_printf (_("%s has no decimal places"), currency);
  else
    message = g_strdup_printf (_("%s has at most %u decimal places"), currency, decimals);

  return schema_error (d, message);
}

static guint
currency_decimals (const char *currency)
{
  int decimals = aict_currency_get_decimals (currency);

  /* Unknown codes are the validator's to report; 2 is ISO 4217's common case. */
  return decimals < 0 ? 2 : (guint) decimals;
}

/* The currency code of the current STRING token (already checked), interned
 * and with its decimal places in d->currency_decimals, through the cache of
 * the last one. */
static const char *
intern_currency (Decoder    *d,
                 const char *code)
{
  if (d->currency == NULL || strcmp (code, d->currency) != 0)
    {
      d->currency = g_intern_string (code);
      d->currency_decimals = currency_decimals (d->currency);
    }

  return d->currency;
}

/* Number member of an amount: parsed now if the currency is known, else
 * kept as text until the end of the object. */
/* A number of an amount: parsed at once when the currency is known; else
 * kept as text in *pending until the currency says how many decimal places
 * it may have. */
static gboolean
read_amount_number (Decoder     *d,
                    const char  *currency,
                    char       **pending,
                    gint64      *value)
{
  const char *lexeme;
  gsize length;
  gboolean has_fraction, has_exponent;

  if (!next (d))
    return FALSE;
  if (d->token == AICT_JSON_TOKEN_NULL)
    return TRUE;
  if (d->token != AICT_JSON_TOKEN_NUMBER)
    return type_error (d, N_("a number"));

  lexeme = aict_json_reader_get_lexeme (d->reader, &length, &has_fraction, &has_exponent);
  if (has_exponent)
    return schema_error (d, _("write the amount without an exponent"));

  if (currency != NULL)
    {
      guint decimals = currency == d->currency ? d->currency_decimals
                                               : currency_decimals (currency);
      gint64 scaled;

      /* The reader's exact parser, with its own errors: too many decimal
       * places (SCHEMA) or too large (OVERFLOW). */
      g_autoptr(GError) local_error = NULL;

      if (!aict_json_reader_get_decimal (d->reader, decimals, &scaled, &local_error))
        return decimal_error (d, g_error_matches (local_error, AICT_ERROR, AICT_ERROR_OVERFLOW) ?
                              "overflow" : "decimals", decimals, currency);
      *value = scaled;
      return TRUE;
    }

  g_free (*pending);
  *pending = g_strndup (lexeme, length);
  return TRUE;
}

static gboolean
read_amount (Decoder     *d,
             AictAmount **out)
{
  const char *currency = NULL;
  g_autofree char *pending_value = NULL;
  g_autofree char *pending_min = NULL;
  g_autofree char *pending_max = NULL;
  char **pending[3] = { &pending_value, &pending_min, &pending_max };
  gint64 values[3] = { 0, 0, 0 };   /* value, min, max */
  gboolean seen[3] = { FALSE, FALSE, FALSE };
  gboolean approximate = FALSE;
  int m;

  if (!next (d))
    return FALSE;
  if (d->token == AICT_JSON_TOKEN_NULL)
    {
      g_clear_pointer (out, aict_amount_free);
      return TRUE;
    }
  if (d->token != AICT_JSON_TOKEN_BEGIN_OBJECT)
    return type_error (d, N_("an amount (an object)"));

  while ((m = next_member (d)) > 0)
    {
      gsize name_len;
      const char *name = member_name (d, &name_len);
      int which = -1;

      if (member_is (name, name_len, "currency"))
        {
          if (!next (d))
            return FALSE;
          if ((currency = code_from_token (d, CODE_CURRENCY)) == NULL)
            return FALSE;
          /* Kept across tokens; three upper-case letters: a bounded set. */
          currency = intern_currency (d, currency);
          continue;
        }
      else if (member_is (name, name_len, "approximate"))
        {
          if (!read_boolean (d, &approximate))
            return FALSE;
          continue;
        }
      else if (member_is (name, name_len, "value"))
        which = 0;
      else if (member_is (name, name_len, "min"))
        which = 1;
      else if (member_is (name, name_len, "max"))
        which = 2;
      else
        return unknown_member (d, name, N_("an amount"));

      if (!read_amount_number (d, currency, pending[which], &values[which]))
        return FALSE;
      seen[which] = d->token != AICT_JSON_TOKEN_NULL;
    }
  if (m == FAIL)
    return FALSE;

  /* Errors from here on are reported at the end of the amount object. */
  if (currency == NULL)
    return schema_error (d, _("an amount needs a “currency”"));

  for (int i = 0; i < 3; i++)
    {
      const char *why = NULL;

      if (*pending[i] != NULL &&
          !parse_decimal_lexeme (*pending[i], currency_decimals (currency), &values[i], &why))
        return decimal_error (d, why, currency_decimals (currency), currency);
    }

  if (seen[0] && (seen[1] || seen[2]))
    return schema_error (d, _("an amount has either a “value” or a “min” and a “max”, not both"));
  if (!seen[0] && !(seen[1] && seen[2]))
    return schema_error (d, _("an amount needs a “value”, or both a “min” and a “max”"));

  /* The values are within ±2^53 − 1 (the reader's and
   * parse_decimal_lexeme()'s limit) and the currency is interned. */
  g_clear_pointer (out, aict_amount_free);
  if (seen[0])
    *out = _aict_amount_new_interned (values[0], values[0], currency, FALSE, approximate);
  else
    *out = _aict_amount_new_interned (values[1], values[2], currency, TRUE, approximate);

  return TRUE;
}

/* ---------------------------------------------------------------- entities */

/* ------------------------------------------------------------- objects */

/* Every object of the model is decoded from its type's table
 * (aict-fields-private.h): members are matched by name, read by kind, and
 * stored where the table says.  What the model cannot hold without (an
 * enumeration with no "absent" value, the members of an identifier) is
 * refused here with the type's message; every other missing member is
 * the validator's to report. */

static gboolean decode_object (Decoder            *d,
                               const AictTypeInfo *info,
                               gpointer            instance);

/* One object of a list of records or of child entities: decoded, then
 * given to the instance that holds the list. */
typedef struct
{
  const AictFieldInfo *field;
  gpointer instance;
} ListTarget;

static gboolean
decode_list_item (Decoder  *d,
                  gpointer  data)
{
  const ListTarget *target = data;
  const AictTypeInfo *info = target->field->record;
  gpointer item;
  gboolean ok;

  if (target->field->kind == AICT_FIELD_ENTITY_LIST)
    {
      item = g_object_new (info->get_type (), NULL);
      ok = decode_object (d, info, item);
      target->field->take (target->instance, item);   /* takes it, decoded or not */
      return ok;
    }

  item = _aict_record_new0 (info);
  if (!decode_object (d, info, item))
    {
      info->free (item);
      return FALSE;
    }

  target->field->take (target->instance, item);
  return TRUE;
}

static gboolean
read_record_list (Decoder             *d,
                  const AictFieldInfo *field,
                  gpointer             instance)
{
  ListTarget target = { field, instance };

  return read_object_list (d, field->record->what_object, decode_list_item, &target);
}

static gboolean
read_record (Decoder             *d,
             const AictFieldInfo *field,
             gpointer             instance)
{
  gpointer *slot = AICT_FIELD_P (instance, field);
  gpointer record;

  if (!next (d))
    return FALSE;
  if (d->token == AICT_JSON_TOKEN_NULL)
    return TRUE;
  if (d->token != AICT_JSON_TOKEN_BEGIN_OBJECT)
    return type_error (d, field->record->what_object);

  record = _aict_record_new0 (field->record);
  if (!decode_object (d, field->record, record))
    {
      field->record->free (record);
      return FALSE;
    }

  g_clear_pointer (slot, field->record->free);
  *slot = record;
  return TRUE;
}

/* Reads the value of @field into @instance; *present tells whether it was
 * not null. */
static gboolean
read_field (Decoder             *d,
            const AictFieldInfo *field,
            gpointer             instance,
            gboolean            *present)
{
  const char *text = NULL;

  *present = TRUE;

  switch (field->kind)
    {
    case AICT_FIELD_ID:
      {
        g_autofree char *id = NULL;

        if (!read_id (d, &id))
          return FALSE;
        *present = id != NULL;
        if (id != NULL)
          _aict_entity_take_id (instance, g_steal_pointer (&id));
        return TRUE;
      }

    case AICT_FIELD_NOTES:
      {
        g_autofree char *notes = NULL;

        if (!read_text (d, &notes))
          return FALSE;
        _aict_entity_take_notes (instance, g_steal_pointer (&notes));
        return TRUE;
      }

    case AICT_FIELD_SOURCES:
      return read_source_refs (d, instance);

    case AICT_FIELD_TEXT:
      if (!read_text_ref (d, &text))
        return FALSE;
      break;

    case AICT_FIELD_REF:
      if (!read_id_ref (d, &text))
        return FALSE;
      break;

    case AICT_FIELD_CODE:
      if (!read_code (d, field->code, &text))
        return FALSE;
      break;

    case AICT_FIELD_TIME:
      if (!read_time (d, &text))
        return FALSE;
      break;

    case AICT_FIELD_ENUM:
      {
        int value = -1;

        if (!read_enum (d, field->enum_type (), &value))
          return FALSE;
        *present = value >= 0;
        if (value >= 0)
          *(int *) AICT_FIELD_P (instance, field) = value;
        return TRUE;
      }

    case AICT_FIELD_DATE:
      if (!read_date (d, (AictPartialDate **) AICT_FIELD_P (instance, field)))
        return FALSE;
      *present = *(AictPartialDate **) AICT_FIELD_P (instance, field) != NULL;
      return TRUE;

    case AICT_FIELD_AMOUNT:
      {
        AictAmount **slot = AICT_FIELD_P (instance, field);
        g_autoptr(AictAmount) amount = NULL;

        if (!read_amount (d, &amount))
          return FALSE;
        g_clear_pointer (slot, aict_amount_free);
        *slot = g_steal_pointer (&amount);
        *present = *slot != NULL;
        return TRUE;
      }

    case AICT_FIELD_HUNDREDTHS:
      {
        int *slot = AICT_FIELD_P (instance, field);

        if (!read_hundredths (d, slot))
          return FALSE;
        *present = *slot >= 0;
        return TRUE;
      }

    case AICT_FIELD_REF_LIST:
      return read_id_list (d, (char ***) AICT_FIELD_P (instance, field));

    case AICT_FIELD_CODE_LIST:
      return read_code_list (d, field->code, (char ***) AICT_FIELD_P (instance, field));

    case AICT_FIELD_RECORD:
      return read_record (d, field, instance);

    case AICT_FIELD_RECORD_LIST:
    case AICT_FIELD_ENTITY_LIST:
      return read_record_list (d, field, instance);

    default:
      g_assert_not_reached ();
    }

  /* A string borrowed from the reader: copied into its slot. */
  {
    char **slot = AICT_FIELD_P (instance, field);

    g_free (*slot);
    *slot = g_strdup (text);
    *present = text != NULL;
  }
  return TRUE;
}

/* The field of @info named @name, or NULL.  Tables are short (at most
 * fifteen members) and most names differ in length or first byte. */
static const AictFieldInfo *
find_field (const AictTypeInfo *info,
            const char         *name,
            gsize               name_len)
{
  for (guint i = 0; i < info->n_fields; i++)
    {
      const AictFieldInfo *field = &info->fields[i];

      if (field->name[0] == name[0] &&
          strncmp (field->name, name, name_len) == 0 && field->name[name_len] == '\0' &&
          (field->flags & AICT_FIELD_VIEW_ONLY) == 0)
        return field;
    }

  return NULL;
}

/* Reads the members of an object whose BEGIN_OBJECT is the current token
 * into @instance, an entity or a record of @info. */
static gboolean
decode_object (Decoder            *d,
               const AictTypeInfo *info,
               gpointer            instance)
{
  guint32 seen = 0;
  int m;

  g_assert (info->n_fields <= 32);

  while ((m = next_member (d)) > 0)
    {
      gsize name_len;
      const char *name = member_name (d, &name_len);
      const AictFieldInfo *field = find_field (info, name, name_len);
      gboolean present;

      if (field == NULL)
        return unknown_member (d, name, info->what);

      if (!read_field (d, field, instance, &present))
        return FALSE;
      if (present)
        seen |= 1u << (field - info->fields);
    }
  if (m == FAIL)
    return FALSE;

  for (guint i = 0; i < info->n_fields; i++)
    {
      const AictFieldInfo *field = &info->fields[i];

      if ((seen & (1u << i)) != 0)
        continue;
      if (field->flags & AICT_FIELD_DECODE_REQUIRED)
        return schema_error (d, _(info->missing_message));
      /* A record that lacks its reference is kept with an empty one, which
       * the validator reports and the encoder leaves out. */
      if (field->kind == AICT_FIELD_REF && (field->flags & AICT_FIELD_REQUIRED) && info->size > 0)
        {
          char **slot = AICT_FIELD_P (instance, field);

          if (*slot == NULL)
            *slot = g_strdup ("");
        }
    }

  return TRUE;
}

/* The meeting's id may come after its outcomes in the file. */
static void
finish_meeting (AictMeeting *meeting)
{
  GListModel *outcomes = _aict_meeting_peek_outcomes (meeting);
  guint n = g_list_model_get_n_items (outcomes);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictOutcome) outcome = g_list_model_get_item (outcomes, i);
      _aict_outcome_set_meeting_id (outcome, aict_entity_get_id (AICT_ENTITY (meeting)));
    }
}

static const struct
{
  const char *member;
  const AictTypeInfo *info;
} collections[AICT_COLLECTION_N] = {
  [AICT_COLLECTION_SOURCES] = { "sources", &_aict_source_info },
  [AICT_COLLECTION_ACTORS] = { "actors", &_aict_actor_info },
  [AICT_COLLECTION_PERSONS] = { "persons", &_aict_person_info },
  [AICT_COLLECTION_PARTNERSHIPS] = { "partnerships", &_aict_partnership_info },
  [AICT_COLLECTION_BUDGETS] = { "budgets", &_aict_budget_info },
  [AICT_COLLECTION_MEETINGS] = { "meetings", &_aict_meeting_info },
};

static gboolean
decode_collection (Decoder     *d,
                   AictDataset *dataset,
                   int          collection)
{
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func (g_object_unref);
  const AictTypeInfo *info = collections[collection].info;
  GType type = info->get_type ();
  gboolean present;
  gboolean ok = TRUE;
  int r;

  if (!begin_array_or_null (d, &present))
    return FALSE;
  if (!present)
    return TRUE;

  while ((r = next_item (d)) > 0)
    {
      gpointer entity;

      if (d->token != AICT_JSON_TOKEN_BEGIN_OBJECT)
        {
          ok = type_error (d, N_("an object"));
          break;
        }

      entity = g_object_new (type, NULL);
      g_ptr_array_add (entities, entity);
      if (!decode_object (d, info, entity))
        {
          ok = FALSE;
          break;
        }
      if (collection == AICT_COLLECTION_MEETINGS)
        finish_meeting (entity);
    }
  if (r == FAIL)
    ok = FALSE;

  if (ok)
    _aict_dataset_splice (dataset, collection, entities);

  return ok;
}

static gboolean
decode_dataset (Decoder     *d,
                AictDataset *dataset)
{
  gboolean format_seen = FALSE;
  int m;

  if (!next (d))
    return FALSE;
  if (d->token != AICT_JSON_TOKEN_BEGIN_OBJECT)
    return schema_error (d, _("not an aict/1 dataset: the top-level value must be an object"));

  while ((m = next_member (d)) > 0)
    {
      gsize name_len;
      const char *name = member_name (d, &name_len);
      const char *text;
      gboolean handled = FALSE;

      for (int c = 0; c < AICT_COLLECTION_N; c++)
        if (strcmp (name, collections[c].member) == 0)
          {
            if (!decode_collection (d, dataset, c))
              return FALSE;
            handled = TRUE;
            break;
          }
      if (handled)
        continue;

      if (member_is (name, name_len, "format"))
        {
          if (!next (d))
            return FALSE;
          if (d->token != AICT_JSON_TOKEN_STRING ||
              strcmp (aict_json_reader_get_string (d->reader, NULL), AICT_FORMAT_NAME) != 0)
            {
              g_autofree char *message =
                g_strdup_printf (_("not an aict/1 dataset: “format” must be \"%s\""), AICT_FORMAT_NAME);
              return schema_error (d, message);
            }
          format_seen = TRUE;
        }
      else if (member_is (name, name_len, "title"))
        {
          if (!read_text_ref (d, &text))
            return FALSE;
          aict_dataset_set_title (dataset, text);
        }
      else if (member_is (name, name_len, "description"))
        {
          if (!read_text_ref (d, &text))
            return FALSE;
          aict_dataset_set_description (dataset, text);
        }
      else if (member_is (name, name_len, "language"))
        {
          if (!read_text_ref (d, &text))
            return FALSE;
          aict_dataset_set_language (dataset, text);
        }
      else
        return unknown_member (d, name, N_("the dataset"));
    }
  if (m == FAIL)
    return FALSE;

  if (!format_seen)
    {
      g_autofree char *message =
        g_strdup_printf (_("not an aict/1 dataset: the member “format”: \"%s\" is missing"), AICT_FORMAT_NAME);
      return schema_error (d, message);
    }

  /* The reader checks that only whitespace follows. */
  if (!next (d))
    return FALSE;
  g_assert (d->token == AICT_JSON_TOKEN_END);

  return TRUE;
}

/* After a schema error: reads on to the end so that a syntax error later
 * in the document takes precedence. */
static void
prefer_syntax_error (Decoder  *d,
                     GError  **error)
{
  g_autoptr(GError) syntax_error = NULL;
  AictJsonToken token;

  do
    {
      if (!aict_json_reader_next (d->reader, &token, &syntax_error))
        {
          if (syntax_error != NULL &&
              (g_error_matches (syntax_error, AICT_ERROR, AICT_ERROR_PARSE) ||
               g_error_matches (syntax_error, AICT_ERROR, AICT_ERROR_LIMIT)))
            {
              g_clear_error (error);
              g_propagate_error (error, g_steal_pointer (&syntax_error));
            }
          return;
        }
    }
  while (token != AICT_JSON_TOKEN_END);
}

/* With AictLoadOptions:validate: the first error of the report, as a GError. */
static gboolean
validate_strictly (AictDataset  *dataset,
                   const char   *display_name,
                   GError      **error)
{
  g_autoptr(AictReport) report = aict_dataset_validate (dataset);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (report));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictIssue) issue = g_list_model_get_item (G_LIST_MODEL (report), i);
      const AictIssueCodeInfo *info = _aict_issue_code_get_info (aict_issue_get_code_enum (issue));
      int error_code = info != NULL ? (int) info->error : AICT_ERROR_SCHEMA;

      if (aict_issue_get_severity (issue) != AICT_SEVERITY_ERROR)
        continue;

      g_set_error (error, AICT_ERROR, error_code, "%s: %s: %s",
                   display_name, aict_issue_get_path (issue), aict_issue_get_message (issue));
      return FALSE;
    }

  return TRUE;
}

/* The reader's monitor: cancellation and progress while decoding. */
static gboolean
monitor_load (gsize      offset,
              gsize      length,
              gpointer   user_data,
              GError   **error)
{
  const AictLoadMonitor *monitor = user_data;

  if (g_cancellable_set_error_if_cancelled (monitor->cancellable, error))
    return FALSE;
  if (monitor->progress != NULL)
    monitor->progress (offset, length, monitor->progress_data);

  return TRUE;
}

AictDataset *
_aict_json_decode (const char             *data,
                   gsize                   length,
                   gboolean                discardable,
                   const char             *display_name,
                   const AictLoadOptions  *options,
                   const AictLoadMonitor  *monitor,
                   GError                **error)
{
  g_autoptr(AictDataset) dataset = aict_dataset_new ();
  g_autoptr(AictJsonReader) reader = NULL;
  Decoder d;
  gboolean ok;

  reader = aict_json_reader_new (data, length, display_name,
                                 _aict_load_options_get_limits (options));
  aict_json_reader_set_discardable (reader, discardable);
  if (monitor != NULL)
    aict_json_reader_set_monitor (reader, AICT_LOAD_MONITOR_INTERVAL, monitor_load,
                                  (gpointer) monitor);
  d.reader = reader;
  d.error = error;
  d.token = AICT_JSON_TOKEN_NONE;
  d.currency = NULL;
  d.currency_decimals = 0;
  d.dates = NULL;

  ok = decode_dataset (&d, dataset);
  decoder_clear (&d);
  if (!ok)
    {
      g_assert (error == NULL || *error != NULL);
      /* A value the format cannot take (SCHEMA, OVERFLOW) stops decoding;
       * the rest is still read, so a syntax error later wins. */
      if (error != NULL && *error != NULL && (*error)->domain == AICT_ERROR &&
          (*error)->code != AICT_ERROR_PARSE && (*error)->code != AICT_ERROR_LIMIT)
        prefer_syntax_error (&d, error);
      return NULL;
    }

  if (monitor != NULL)
    {
      if (g_cancellable_set_error_if_cancelled (monitor->cancellable, error))
        return NULL;
      if (monitor->progress != NULL)
        monitor->progress (length, length, monitor->progress_data);
    }

  if (aict_load_options_get_validate (options) &&
      !validate_strictly (dataset, display_name, error))
    return NULL;

  _aict_dataset_set_reload_limit (dataset, aict_load_options_get_max_file_size (options));

  return g_steal_pointer (&dataset);
}
