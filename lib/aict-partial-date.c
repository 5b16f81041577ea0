/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <string.h>

#include <aict/aict-partial-date.h>
#include <aict/aict-error.h>

#include "aict-i18n-private.h"

/**
 * AictPartialDate:
 *
 * A date known to the year, the month or the day: `2016`, `2016-09` or
 * `2016-09-27`.
 *
 * Sources often give only part of a date ("since 2008", "in September
 * 2016"); a partial date keeps exactly what is known, with a
 * [enum@Aict.DatePrecision].  Years run from 1000 to 9999.
 *
 * A partial date stands for a span of days, from its
 * [method@Aict.PartialDate.get_first_day] to its
 * [method@Aict.PartialDate.get_last_day], and is compared at its own
 * precision: [method@Aict.PartialDate.compare] says `2016` is before
 * `2017-01`, and neither before nor after `2016-05`, whose span lies
 * within it.  Use [method@Aict.PartialDate.sort_compare] to sort.
 *
 * An `AictPartialDate` is immutable: once built, it can be shared between
 * threads without locking.
 *
 * Since: 0.1
 */
/* Immutable once built, so copies share it: copy() takes a reference
 * (atomic, safe across threads), which spares the loader and the setters a
 * malloc and a free for every date they pass along. */
struct _AictPartialDate
{
  gatomicrefcount ref_count;
  guint16 year;
  guint8  month;  /* 1–12, 0 when absent */
  guint8  day;    /* 1–31, 0 when absent */
};

G_DEFINE_BOXED_TYPE (AictPartialDate, aict_partial_date,
                     aict_partial_date_copy, aict_partial_date_free)

#define MIN_YEAR 1000
#define MAX_YEAR 9999

/* At most this many bytes of a rejected text go into an error message. */
#define MAX_QUOTED 32

static AictPartialDate *
partial_date_alloc (int year,
                    int month,
                    int day)
{
  AictPartialDate *self;

  g_assert (year >= MIN_YEAR && year <= MAX_YEAR);
  g_assert (month >= 0 && month <= 12);
  g_assert (day == 0 || g_date_valid_dmy (day, month, year));
  g_assert (month != 0 || day == 0);

  self = g_new (AictPartialDate, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->year = year;
  self->month = month;
  self->day = day;

  return self;
}

/* Days as comparable integers, YYYYMMDD.  A GDate year may reach 65535,
 * which still fits a gint32. */
static inline gint32
day_key (guint year,
         guint month,
         guint day)
{
  return (gint32) (year * 10000 + month * 100 + day);
}

static gint32
first_key (const AictPartialDate *self)
{
  return day_key (self->year,
                  self->month != 0 ? self->month : 1,
                  self->day != 0 ? self->day : 1);
}

static gint32
last_key (const AictPartialDate *self)
{
  if (self->month == 0)
    return day_key (self->year, 12, 31);
  if (self->day == 0)
    return day_key (self->year, self->month,
                    g_date_get_days_in_month (self->month, self->year));
  return day_key (self->year, self->month, self->day);
}

/**
 * aict_partial_date_new:
 * @year: the year, 1000 to 9999
 * @month: the month, 1 to 12, or 0 for a date known only to the year
 * @day: the day of @month, or 0 for a date known only to the month;
 *   must be 0 when @month is 0
 *
 * Creates a partial date from its fields.
 *
 * The fields must make a real date (no 30 February, 29 February only in
 * leap years); use [func@Aict.PartialDate.parse] for text that may be
 * wrong.
 *
 * Returns: (transfer full): a new [struct@Aict.PartialDate]
 *
 * Since: 0.1
 */
AictPartialDate *
aict_partial_date_new (int year,
                       int month,
                       int day)
{
  g_return_val_if_fail (year >= MIN_YEAR && year <= MAX_YEAR, NULL);
  g_return_val_if_fail (month >= 0 && month <= 12, NULL);
  g_return_val_if_fail (day >= 0 && day <= 31, NULL);
  g_return_val_if_fail (month != 0 || day == 0, NULL);
  g_return_val_if_fail (day == 0 || g_date_valid_dmy (day, month, year), NULL);

  return partial_date_alloc (year, month, day);
}

/* A bounded, valid UTF-8, single-line rendering of untrusted @text for an
 * error message. */
static char *
quote_for_message (const char *text)
{
  gsize len = 0;
  gboolean truncated;
  GString *out;
  char *valid;

  while (len <= MAX_QUOTED && text[len] != '\0')
    len++;
  truncated = len > MAX_QUOTED;
  if (truncated)
    {
      len = MAX_QUOTED;
      /* Back up to the start of a UTF-8 sequence. */
      while (len > 0 && ((guchar) text[len] & 0xC0) == 0x80)
        len--;
    }

  valid = g_utf8_make_valid (text, len);
  for (char *p = valid; *p != '\0'; p++)
    if ((guchar) *p < 0x20 || *p == 0x7F)
      *p = '?';

  out = g_string_new (NULL);
  g_string_append (out, "“");
  g_string_append (out, valid);
  g_string_append (out, truncated ? "…”" : "”");
  g_free (valid);

  return g_string_free (out, FALSE);
}

static gboolean
parse_digits (const char *p,
              guint       n_digits,
              int        *value)
{
  int v = 0;

  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      v = v * 10 + (p[i] - '0');
    }

  *value = v;
  return TRUE;
}

/**
 * aict_partial_date_parse:
 * @text: the text to parse
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Parses a partial date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 *
 * The parser is strict: ASCII digits only, exactly four for the year and
 * two for the month and the day, no sign, no surrounding space, a year
 * from 1000 to 9999 and a date that exists (`2016-02-29` is accepted,
 * `2015-02-29` is not).  Anything else fails with %AICT_ERROR_SCHEMA and a
 * message that quotes @text.
 *
 * Returns: (transfer full) (nullable): a new [struct@Aict.PartialDate], or
 *   %NULL on error
 *
 * Since: 0.1
 */
AictPartialDate *
aict_partial_date_parse (const char  *text,
                         GError     **error)
{
  g_autofree char *quoted = NULL;
  gsize len = 0;
  int year = 0;
  int month = 0;
  int day = 0;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Never scan further than the longest valid form. */
  while (len <= 10 && text[len] != '\0')
    len++;

  if ((len != 4 && len != 7 && len != 10) ||
      !parse_digits (text, 4, &year) ||
      (len >= 7 && (text[4] != '-' || !parse_digits (text + 5, 2, &month))) ||
      (len == 10 && (text[7] != '-' || !parse_digits (text + 8, 2, &day))))
    {
      quoted = quote_for_message (text);
      g_set_error (error, AICT_ERROR, AICT_ERROR_SCHEMA,
                   _("%s is not a partial date: expected YYYY, YYYY-MM or YYYY-MM-DD"),
                   quoted);
      return NULL;
    }

  if (year < MIN_YEAR)
    {
      quoted = quote_for_message (text);
      g_set_error (error, AICT_ERROR, AICT_ERROR_SCHEMA,
                   _("%s is not a partial date: the year must be between %d and %d"),
                   quoted, MIN_YEAR, MAX_YEAR);
      return NULL;
    }

  if (len >= 7 && (month < 1 || month > 12))
    {
      quoted = quote_for_message (text);
      g_set_error (error, AICT_ERROR, AICT_ERROR_SCHEMA,
                   _("%s is not a partial date: the month must be between 01 and 12"),
                   quoted);
      return NULL;
    }

  if (len == 10 && (day < 1 || !g_date_valid_dmy (day, month, year)))
    {
      quoted = quote_for_message (text);
      g_set_error (error, AICT_ERROR, AICT_ERROR_SCHEMA,
                   _("%s is not a partial date: the day must be between 01 and %02u"),
                   quoted, (guint) g_date_get_days_in_month (month, year));
      return NULL;
    }

  return partial_date_alloc (year, month, day);
}

/**
 * aict_partial_date_copy:
 * @self: an [struct@Aict.PartialDate]
 *
 * Copies @self.
 *
 * Returns: (transfer full): a copy of @self, to free with
 *   [method@Aict.PartialDate.free]
 *
 * Since: 0.1
 */
AictPartialDate *
aict_partial_date_copy (const AictPartialDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&((AictPartialDate *) self)->ref_count);

  return (AictPartialDate *) self;
}

/**
 * aict_partial_date_free:
 * @self: (nullable) (transfer full): an [struct@Aict.PartialDate], or %NULL
 *
 * Frees @self.  Does nothing if @self is %NULL.
 *
 * Since: 0.1
 */
void
aict_partial_date_free (AictPartialDate *self)
{
  if (self != NULL && g_atomic_ref_count_dec (&self->ref_count))
    g_free (self);
}

/**
 * aict_partial_date_get_year:
 * @self: an [struct@Aict.PartialDate]
 *
 * Gets the year of @self.
 *
 * Returns: the year, 1000 to 9999
 *
 * Since: 0.1
 */
int
aict_partial_date_get_year (const AictPartialDate *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->year;
}

/**
 * aict_partial_date_get_month:
 * @self: an [struct@Aict.PartialDate]
 *
 * Gets the month of @self.
 *
 * Returns: the month, 1 to 12, or 0 if @self is known only to the year
 *
 * Since: 0.1
 */
int
aict_partial_date_get_month (const AictPartialDate *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->month;
}

/**
 * aict_partial_date_get_day:
 * @self: an [struct@Aict.PartialDate]
 *
 * Gets the day of the month of @self.
 *
 * Returns: the day, 1 to 31, or 0 if @self is known only to the month or
 *   the year
 *
 * Since: 0.1
 */
int
aict_partial_date_get_day (const AictPartialDate *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->day;
}

/**
 * aict_partial_date_get_precision:
 * @self: an [struct@Aict.PartialDate]
 *
 * Gets how precise @self is.
 *
 * Returns: the precision
 *
 * Since: 0.1
 */
AictDatePrecision
aict_partial_date_get_precision (const AictPartialDate *self)
{
  g_return_val_if_fail (self != NULL, AICT_DATE_PRECISION_YEAR);

  if (self->month == 0)
    return AICT_DATE_PRECISION_YEAR;
  if (self->day == 0)
    return AICT_DATE_PRECISION_MONTH;
  return AICT_DATE_PRECISION_DAY;
}

/**
 * aict_partial_date_get_first_day:
 * @self: an [struct@Aict.PartialDate]
 *
 * Gets the first day of the span @self stands for: 1 January for a year,
 * the 1st for a month, the day itself for a full date.
 *
 * Returns: (transfer full): a new [struct@GLib.Date]
 *
 * Since: 0.1
 */
GDate *
aict_partial_date_get_first_day (const AictPartialDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_date_new_dmy (self->day != 0 ? self->day : 1,
                         self->month != 0 ? self->month : G_DATE_JANUARY,
                         self->year);
}

/**
 * aict_partial_date_get_last_day:
 * @self: an [struct@Aict.PartialDate]
 *
 * Gets the last day of the span @self stands for: 31 December for a year,
 * the last day of the month for a month, the day itself for a full date.
 *
 * Returns: (transfer full): a new [struct@GLib.Date]
 *
 * Since: 0.1
 */
GDate *
aict_partial_date_get_last_day (const AictPartialDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->month == 0)
    return g_date_new_dmy (31, G_DATE_DECEMBER, self->year);
  if (self->day == 0)
    return g_date_new_dmy (g_date_get_days_in_month (self->month, self->year),
                           self->month, self->year);
  return g_date_new_dmy (self->day, self->month, self->year);
}

/**
 * aict_partial_date_to_string:
 * @self: an [struct@Aict.PartialDate]
 *
 * Formats @self in its canonical form, the one
 * [func@Aict.PartialDate.parse] reads and the `aict/1` format uses:
 * `"2016"`, `"2016-09"` or `"2016-09-27"`.
 *
 * Returns: (transfer full): the text of @self
 *
 * Since: 0.1
 */
char *
aict_partial_date_to_string (const AictPartialDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->month == 0)
    return g_strdup_printf ("%04u", (guint) self->year);
  if (self->day == 0)
    return g_strdup_printf ("%04u-%02u", (guint) self->year, (guint) self->month);
  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) self->year, (guint) self->month, (guint) self->day);
}

/**
 * aict_partial_date_equal:
 * @a: an [struct@Aict.PartialDate]
 * @b: another [struct@Aict.PartialDate]
 *
 * Tells whether @a and @b are the same partial date: same precision and
 * same fields.  `2016` and `2016-01` are different.
 *
 * Together with [method@Aict.PartialDate.hash] this can key a
 * [struct@GLib.HashTable].
 *
 * Returns: %TRUE if @a and @b are equal
 *
 * Since: 0.1
 */
gboolean
aict_partial_date_equal (const AictPartialDate *a,
                         const AictPartialDate *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return a->year == b->year && a->month == b->month && a->day == b->day;
}

/**
 * aict_partial_date_hash:
 * @self: an [struct@Aict.PartialDate]
 *
 * Hashes @self, consistently with [method@Aict.PartialDate.equal].
 *
 * Returns: a hash value
 *
 * Since: 0.1
 */
guint
aict_partial_date_hash (const AictPartialDate *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return ((guint) self->year << 9) | ((guint) self->month << 5) | self->day;
}

static int
compare_spans (gint32 a_first,
               gint32 a_last,
               gint32 b_first,
               gint32 b_last)
{
  if (a_last < b_first)
    return -1;
  if (a_first > b_last)
    return 1;
  return 0;
}

/**
 * aict_partial_date_compare:
 * @a: an [struct@Aict.PartialDate]
 * @b: another [struct@Aict.PartialDate]
 *
 * Compares two partial dates at their own precision, as spans of days.
 *
 * The result is −1 if the whole of @a comes before the whole of @b, 1 if
 * it comes after, and 0 if the spans overlap: `2016` is before `2017-01`,
 * `2016-12-31` is before `2017`, and `2016` is neither before nor after
 * `2016-05`.
 *
 * This is not a total order (0 does not mean equal, and 0 is not
 * transitive), so it must not be used to sort: use
 * [method@Aict.PartialDate.sort_compare] for that.
 *
 * Returns: −1, 0 or 1
 *
 * Since: 0.1
 */
int
aict_partial_date_compare (const AictPartialDate *a,
                           const AictPartialDate *b)
{
  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  return compare_spans (first_key (a), last_key (a), first_key (b), last_key (b));
}

/**
 * aict_partial_date_is_before:
 * @a: an [struct@Aict.PartialDate]
 * @b: another [struct@Aict.PartialDate]
 *
 * Tells whether @a ends before @b starts, that is whether
 * [method@Aict.PartialDate.compare] is negative.  `2016` is before
 * `2017-01` but not before `2016-12`.
 *
 * Returns: %TRUE if the whole of @a comes before the whole of @b
 *
 * Since: 0.1
 */
gboolean
aict_partial_date_is_before (const AictPartialDate *a,
                             const AictPartialDate *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return last_key (a) < first_key (b);
}

/**
 * aict_partial_date_overlaps:
 * @a: an [struct@Aict.PartialDate]
 * @b: another [struct@Aict.PartialDate]
 *
 * Tells whether the spans of days of @a and @b have a day in common, that
 * is whether [method@Aict.PartialDate.compare] is 0.  `2016` overlaps
 * `2016-05` and `2016-12-31`, not `2017`.
 *
 * Returns: %TRUE if the spans intersect
 *
 * Since: 0.1
 */
gboolean
aict_partial_date_overlaps (const AictPartialDate *a,
                            const AictPartialDate *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return compare_spans (first_key (a), last_key (a), first_key (b), last_key (b)) == 0;
}

/**
 * aict_partial_date_compare_date:
 * @self: an [struct@Aict.PartialDate]
 * @date: a valid [struct@GLib.Date], such as today
 *
 * Compares @self, at its own precision, with a day, the way
 * [method@Aict.PartialDate.compare] compares with a full date.
 *
 * The result is −1 if the last day of @self is before @date, 1 if the
 * first day of @self is after @date and 0 if @self contains @date.  For
 * instance an "active" partnership whose end compares −1 with today has
 * ended; one whose start compares 1 has not begun.
 *
 * Returns: −1, 0 or 1
 *
 * Since: 0.1
 */
int
aict_partial_date_compare_date (const AictPartialDate *self,
                                const GDate           *date)
{
  gint32 key;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (date != NULL, 0);
  g_return_val_if_fail (g_date_valid (date), 0);

  key = day_key (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));

  return compare_spans (first_key (self), last_key (self), key, key);
}

/**
 * aict_partial_date_sort_compare:
 * @a: an [struct@Aict.PartialDate]
 * @b: another [struct@Aict.PartialDate]
 *
 * A total order of partial dates for sorting: by first day, then the
 * coarser precision first.  `2016` < `2016-01` < `2016-01-01` <
 * `2016-01-02` < `2016-02` < `2017`.
 *
 * It returns 0 only for equal dates (see [method@Aict.PartialDate.equal]).
 *
 * Returns: a negative value if @a sorts before @b, 0 if they are equal,
 *   a positive value if @a sorts after @b
 *
 * Since: 0.1
 */
int
aict_partial_date_sort_compare (const AictPartialDate *a,
                                const AictPartialDate *b)
{
  gint32 a_first;
  gint32 b_first;
  AictDatePrecision a_precision;
  AictDatePrecision b_precision;

  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  a_first = first_key (a);
  b_first = first_key (b);
  if (a_first != b_first)
    return a_first < b_first ? -1 : 1;

  a_precision = aict_partial_date_get_precision (a);
  b_precision = aict_partial_date_get_precision (b);
  if (a_precision != b_precision)
    return a_precision < b_precision ? -1 : 1;

  return 0;
}
