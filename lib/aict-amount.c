/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <aict/aict-amount.h>
#include <aict/aict-codelist.h>
#include <aict/aict-error.h>

#include "aict-i18n-private.h"
#include "aict-model-private.h"

/**
 * AictAmount:
 *
 * An amount of money: an exact value or a min–max range, in a currency.
 *
 * Amounts are kept as 64-bit integers of the currency's minor unit (cents
 * for EUR, francs for XOF, millimes for TND) together with an ISO 4217
 * code; no floating-point number is involved.  An amount is either
 * *exact* (its minimum and maximum are the same value) or a *range*
 * ("between 30 000 and 70 000 €"), and either kind may be flagged
 * *approximate* ("about 1.2 M€").
 *
 * Every bound lies within ±%AICT_AMOUNT_MAX (2^53 − 1), so that the value
 * survives a trip through JavaScript.  The loader rejects data outside
 * that range with %AICT_ERROR_OVERFLOW; the constructors treat it as a
 * programming error.
 *
 * Arithmetic ([method@Aict.Amount.add], [method@Aict.Amount.subtract]) is
 * exact interval arithmetic and fails with %AICT_ERROR_OVERFLOW instead of
 * wrapping or saturating.
 *
 * An `AictAmount` is immutable: once built, it can be shared between
 * threads without locking.  [method@Aict.Amount.copy] is cheap (it takes a
 * reference).
 *
 * Since: 0.1
 */
struct _AictAmount
{
  gint64      min;
  gint64      max;
  const char *currency;     /* interned with g_intern_string() */
  gint        ref_count;    /* atomic; copy is a reference */
  guint       is_range : 1;
  guint       approximate : 1;
};

G_DEFINE_BOXED_TYPE (AictAmount, aict_amount, aict_amount_copy, aict_amount_free)

#define AMOUNT_IN_RANGE(v) ((v) >= -AICT_AMOUNT_MAX && (v) <= AICT_AMOUNT_MAX)

/* UTF-8 of U+2013 EN DASH */
#define EN_DASH "\xe2\x80\x93"

static inline gboolean
is_currency_code (const char *code)
{
  /* Short-circuit evaluation stops at the first non-letter, so a shorter
   * string is never read past its terminator. */
  return code != NULL &&
         g_ascii_isupper (code[0]) &&
         g_ascii_isupper (code[1]) &&
         g_ascii_isupper (code[2]) &&
         code[3] == '\0';
}

static AictAmount *
amount_alloc (gint64      min,
              gint64      max,
              const char *interned_currency,
              gboolean    is_range,
              gboolean    approximate)
{
  AictAmount *self;

  g_assert (AMOUNT_IN_RANGE (min));
  g_assert (AMOUNT_IN_RANGE (max));
  g_assert (is_range || min == max);
  g_assert (interned_currency != NULL);

  self = g_new (AictAmount, 1);
  self->min = min;
  self->max = max;
  self->currency = interned_currency;
  self->ref_count = 1;
  self->is_range = !!is_range;
  self->approximate = !!approximate;

  return self;
}

/**
 * aict_amount_new:
 * @value: the value in **minor units** of @currency (cents for EUR),
 *   within ±%AICT_AMOUNT_MAX
 * @currency: an ISO 4217 code: three ASCII upper-case letters
 *
 * Creates an exact, non-approximate amount from a value in minor units:
 * `aict_amount_new (30000, "EUR")` is 300 EUR, not 30 000 EUR.
 *
 * This is the same function as [ctor@Aict.Amount.new_minor], whose name
 * says the unit; prefer it, or [ctor@Aict.Amount.new_from_string] and
 * [ctor@Aict.Amount.new_major] for values in major units.  It is kept,
 * not deprecated, because it is the name 0.1 code and data already use
 * and its meaning does not change.
 *
 * @currency is not looked up in the currency codelist: any three upper-case
 * letters are accepted here; the validator reports unknown codes.
 *
 * Returns: (transfer full): a new [struct@Aict.Amount]
 *
 * Since: 0.1
 */
AictAmount *
aict_amount_new (gint64      value,
                 const char *currency)
{
  return aict_amount_new_full (value, value, currency, FALSE, FALSE);
}

/**
 * aict_amount_new_minor:
 * @minor: the value in minor units of @currency (cents for EUR, francs
 *   for XOF, millimes for TND), within ±%AICT_AMOUNT_MAX
 * @currency: an ISO 4217 code: three ASCII upper-case letters
 *
 * Creates an exact, non-approximate amount from a value in minor units:
 * `aict_amount_new_minor (30050, "EUR")` is 300.50 EUR.
 *
 * Values out of range and malformed codes are programming errors, as for
 * [ctor@Aict.Amount.new_full]; to build an amount from input, use
 * [ctor@Aict.Amount.new_from_string], which reports them as errors.
 *
 * Returns: (transfer full): a new [struct@Aict.Amount]
 *
 * Since: 0.2
 */
AictAmount *
aict_amount_new_minor (gint64      minor,
                       const char *currency)
{
  return aict_amount_new_full (minor, minor, currency, FALSE, FALSE);
}

/* The number of decimal places of @currency as the aict/1 format and
 * aict_amount_format_value() use them: ISO 4217's minor unit, 2 for a code
 * the codelist does not know. */
static guint
currency_exponent (const char *currency)
{
  int decimals = aict_currency_get_decimals (currency);

  return decimals < 0 || decimals > 18 ? 2 : (guint) decimals;
}

static gboolean
check_currency_arg (const char  *currency,
                    GError     **error)
{
  g_autofree char *quoted = NULL;

  if (is_currency_code (currency))
    return TRUE;

  quoted = currency != NULL ? g_strescape (currency, NULL) : g_strdup ("(null)");
  g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
               _("“%s” is not a currency code: expected three upper-case letters such as EUR"),
               quoted);
  return FALSE;
}

/**
 * aict_amount_new_from_string:
 * @text: a decimal number in major units of @currency: an optional `-`,
 *   digits, and optionally `.` followed by digits, such as `"30000.50"`
 * @currency: an ISO 4217 code: three ASCII upper-case letters
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Creates an exact, non-approximate amount from its value in major units,
 * written in machine form: `"30000.50"` EUR is 3 000 050 cents.
 *
 * The conversion is exact.  @text may not have more significant decimal
 * places than @currency has (ISO 4217 minor units, see
 * [func@Aict.currency_get_decimals]; 2 for a code the codelist does not
 * know, as in the `aict/1` format): `"0.005"` EUR and `"1.5"` XOF are
 * refused, never rounded.  Trailing zeros are accepted (`"1.50"` and
 * `"1.500"` are both 1.50 EUR), since they do not change the value, the
 * same rule as the loader's.  No sign `+`, space, grouping, exponent,
 * leading or trailing `.` or locale decimal separator is accepted.
 *
 * Fails with %AICT_ERROR_INVALID_ARGUMENT if @text is not such a number,
 * has too many decimal places, or @currency is not a code, and with
 * %AICT_ERROR_OVERFLOW if the value is beyond ±%AICT_AMOUNT_MAX minor
 * units.  This is the inverse of [func@Aict.Amount.format_value].
 *
 * Returns: (transfer full): a new [struct@Aict.Amount], or %NULL with
 *   @error set
 *
 * Since: 0.2
 */
AictAmount *
aict_amount_new_from_string (const char  *text,
                             const char  *currency,
                             GError     **error)
{
  const char *p;
  gboolean negative = FALSE;
  guint64 value = 0;
  guint decimals;
  guint places = 0;
  gboolean overflow = FALSE;
  g_autofree char *quoted = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_currency_arg (currency, error))
    return NULL;

  decimals = currency_exponent (currency);
  p = text;
  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }

  if (!g_ascii_isdigit (*p))
    goto syntax;

  for (; g_ascii_isdigit (*p); p++)
    {
      value = value * 10 + (guint64) (*p - '0');
      if (value > (guint64) AICT_AMOUNT_MAX)
        overflow = TRUE, value = (guint64) AICT_AMOUNT_MAX;
    }

  if (*p == '.')
    {
      const char *digits = ++p;
      const char *end;
      const char *last_significant = digits;   /* one past */

      for (end = digits; g_ascii_isdigit (*end); end++)
        if (*end != '0')
          last_significant = end + 1;

      if (end == digits || *end != '\0')
        goto syntax;

      if ((guint) (last_significant - digits) > decimals)
        {
          quoted = g_strescape (text, NULL);
          if (decimals == 0)
            g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                         _("“%s”: %s has no decimal places"), quoted, currency);
          else
            g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                         _("“%s”: %s has at most %u decimal places"),
                         quoted, currency, decimals);
          return NULL;
        }

      for (; p < last_significant; p++, places++)
        {
          value = value * 10 + (guint64) (*p - '0');
          if (value > (guint64) AICT_AMOUNT_MAX)
            overflow = TRUE, value = (guint64) AICT_AMOUNT_MAX;
        }
    }
  else if (*p != '\0')
    goto syntax;

  for (; places < decimals; places++)
    {
      value *= 10;
      if (value > (guint64) AICT_AMOUNT_MAX)
        overflow = TRUE, value = (guint64) AICT_AMOUNT_MAX;
    }

  if (overflow)
    {
      quoted = g_strescape (text, NULL);
      g_set_error (error, AICT_ERROR, AICT_ERROR_OVERFLOW,
                   _("“%s” %s is too large: at most %lld minor units"),
                   quoted, currency, (long long) AICT_AMOUNT_MAX);
      return NULL;
    }

  return aict_amount_new_minor (negative ? -(gint64) value : (gint64) value, currency);

syntax:
  quoted = g_strescape (text, NULL);
  g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
               _("“%s” is not a decimal amount: expected digits with an optional “-” and “.”, such as 30000.50"),
               quoted);
  return NULL;
}

/**
 * aict_amount_new_major:
 * @major: the value in major units of @currency (euros, not cents)
 * @currency: an ISO 4217 code: three ASCII upper-case letters
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Creates an exact, non-approximate amount from a whole number of major
 * units: `aict_amount_new_major (30000, "EUR", &error)` is 30 000 EUR,
 * 3 000 000 cents.  The scale comes from the ISO 4217 minor unit of
 * @currency (see [ctor@Aict.Amount.new_from_string]).
 *
 * Fails with %AICT_ERROR_INVALID_ARGUMENT if @currency is not a code and
 * with %AICT_ERROR_OVERFLOW if the value in minor units is beyond
 * ±%AICT_AMOUNT_MAX.
 *
 * Returns: (transfer full): a new [struct@Aict.Amount], or %NULL with
 *   @error set
 *
 * Since: 0.2
 */
AictAmount *
aict_amount_new_major (gint64       major,
                       const char  *currency,
                       GError     **error)
{
  gint64 minor = major;
  guint decimals;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_currency_arg (currency, error))
    return NULL;

  decimals = currency_exponent (currency);
  for (guint i = 0; i < decimals; i++)
    if (__builtin_mul_overflow (minor, 10, &minor))
      {
        minor = G_MAXINT64;
        break;
      }

  if (!AMOUNT_IN_RANGE (minor))
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_OVERFLOW,
                   _("%lld %s is too large: at most %lld minor units"),
                   (long long) major, currency, (long long) AICT_AMOUNT_MAX);
      return NULL;
    }

  return aict_amount_new_minor (minor, currency);
}

/**
 * aict_amount_new_range:
 * @min: the lower bound in minor units of @currency, within ±%AICT_AMOUNT_MAX
 * @max: the upper bound in minor units of @currency, within ±%AICT_AMOUNT_MAX
 * @currency: an ISO 4217 code: three ASCII upper-case letters
 *
 * Creates a non-approximate range of money, from @min to @max inclusive.
 *
 * @min greater than @max is accepted so that a dataset holding such a
 * range can be loaded and reported by the validator; arithmetic on such a
 * range gives a meaningless (but well-defined) result.
 *
 * Returns: (transfer full): a new [struct@Aict.Amount]
 *
 * Since: 0.1
 */
AictAmount *
aict_amount_new_range (gint64      min,
                       gint64      max,
                       const char *currency)
{
  return aict_amount_new_full (min, max, currency, TRUE, FALSE);
}

/**
 * aict_amount_new_full:
 * @min: the lower bound (or the exact value) in minor units of @currency,
 *   within ±%AICT_AMOUNT_MAX
 * @max: the upper bound in minor units of @currency, within
 *   ±%AICT_AMOUNT_MAX; equal to @min when @is_range is %FALSE
 * @currency: an ISO 4217 code: three ASCII upper-case letters
 * @is_range: whether the amount is a range rather than an exact value
 * @approximate: whether the figure is approximate ("environ")
 *
 * Creates an amount with every attribute given.
 *
 * When @is_range is %FALSE, @min and @max must be equal.
 *
 * Returns: (transfer full): a new [struct@Aict.Amount]
 *
 * Since: 0.1
 */
AictAmount *
aict_amount_new_full (gint64      min,
                      gint64      max,
                      const char *currency,
                      gboolean    is_range,
                      gboolean    approximate)
{
  g_return_val_if_fail (is_currency_code (currency), NULL);
  g_return_val_if_fail (AMOUNT_IN_RANGE (min), NULL);
  g_return_val_if_fail (AMOUNT_IN_RANGE (max), NULL);
  g_return_val_if_fail (is_range || min == max, NULL);

  return amount_alloc (min, max, g_intern_string (currency), is_range, approximate);
}

AictAmount *
_aict_amount_new_interned (gint64      min,
                           gint64      max,
                           const char *interned_currency,
                           gboolean    is_range,
                           gboolean    approximate)
{
  g_assert (is_currency_code (interned_currency));

  return amount_alloc (min, max, interned_currency, is_range, approximate);
}

/**
 * aict_amount_copy:
 * @self: an [struct@Aict.Amount]
 *
 * Copies @self.
 *
 * Amounts are immutable, so this only takes a reference; it is cheap and
 * thread-safe.
 *
 * Returns: (transfer full): a copy of @self, to free with
 *   [method@Aict.Amount.free]
 *
 * Since: 0.1
 */
AictAmount *
aict_amount_copy (const AictAmount *self)
{
  AictAmount *mutable_self = (AictAmount *) self;

  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_int_inc (&mutable_self->ref_count);

  return mutable_self;
}

/**
 * aict_amount_free:
 * @self: (nullable) (transfer full): an [struct@Aict.Amount], or %NULL
 *
 * Frees @self (releases the reference taken by its constructor or by
 * [method@Aict.Amount.copy]).  Does nothing if @self is %NULL.
 *
 * Since: 0.1
 */
void
aict_amount_free (AictAmount *self)
{
  if (self == NULL)
    return;

  g_return_if_fail (g_atomic_int_get (&self->ref_count) > 0);

  if (g_atomic_int_dec_and_test (&self->ref_count))
    g_free (self);
}

/**
 * aict_amount_is_range:
 * @self: an [struct@Aict.Amount]
 *
 * Tells whether @self is a range rather than an exact value.
 *
 * Returns: %TRUE for a range, %FALSE for an exact value
 *
 * Since: 0.1
 */
gboolean
aict_amount_is_range (const AictAmount *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->is_range;
}

/**
 * aict_amount_get_value:
 * @self: an [struct@Aict.Amount]
 *
 * Gets the exact value of @self in minor units of its currency.
 *
 * For a range this is its lower bound, the same as
 * [method@Aict.Amount.get_min]; check [method@Aict.Amount.is_range] first
 * when the difference matters.
 *
 * Returns: the value in minor units
 *
 * Since: 0.1
 */
gint64
aict_amount_get_value (const AictAmount *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->min;
}

/**
 * aict_amount_get_min:
 * @self: an [struct@Aict.Amount]
 *
 * Gets the lower bound of @self in minor units of its currency; for an
 * exact amount, its value.
 *
 * Returns: the lower bound in minor units
 *
 * Since: 0.1
 */
gint64
aict_amount_get_min (const AictAmount *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->min;
}

/**
 * aict_amount_get_max:
 * @self: an [struct@Aict.Amount]
 *
 * Gets the upper bound of @self in minor units of its currency; for an
 * exact amount, its value.
 *
 * Returns: the upper bound in minor units
 *
 * Since: 0.1
 */
gint64
aict_amount_get_max (const AictAmount *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->max;
}

/**
 * aict_amount_get_currency:
 * @self: an [struct@Aict.Amount]
 *
 * Gets the ISO 4217 code of the currency of @self, such as `"EUR"`.
 *
 * The string is interned: it stays valid for the life of the process.
 *
 * Returns: (transfer none): the currency code
 *
 * Since: 0.1
 */
const char *
aict_amount_get_currency (const AictAmount *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->currency;
}

/**
 * aict_amount_get_approximate:
 * @self: an [struct@Aict.Amount]
 *
 * Tells whether the figure of @self is approximate ("environ").
 *
 * Returns: %TRUE if the amount is approximate
 *
 * Since: 0.1
 */
gboolean
aict_amount_get_approximate (const AictAmount *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->approximate;
}

/**
 * aict_amount_equal:
 * @a: an [struct@Aict.Amount]
 * @b: another [struct@Aict.Amount]
 *
 * Compares two amounts field by field: currency, kind (exact or range),
 * bounds and approximate flag.
 *
 * This is structural equality, not a numeric comparison: an exact 100 EUR
 * and the range 100–100 EUR are different, so are 100 EUR and ~100 EUR.
 *
 * Returns: %TRUE if @a and @b are the same amount
 *
 * Since: 0.1
 */
gboolean
aict_amount_equal (const AictAmount *a,
                   const AictAmount *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return a->min == b->min &&
         a->max == b->max &&
         a->currency == b->currency &&   /* both interned */
         a->is_range == b->is_range &&
         a->approximate == b->approximate;
}

static gboolean
check_same_currency (const AictAmount  *a,
                     const AictAmount  *b,
                     const char        *what,
                     GError           **error)
{
  g_assert (a != NULL);
  g_assert (b != NULL);

  if (a->currency == b->currency)
    return TRUE;

  /* One whole message per operation, for translators. */
  if (strcmp (what, "add") == 0)
    g_set_error (error, AICT_ERROR, AICT_ERROR_CURRENCY,
                 _("Cannot add amounts in different currencies (%s and %s)"),
                 a->currency, b->currency);
  else if (strcmp (what, "subtract") == 0)
    g_set_error (error, AICT_ERROR, AICT_ERROR_CURRENCY,
                 _("Cannot subtract amounts in different currencies (%s and %s)"),
                 a->currency, b->currency);
  else
    g_set_error (error, AICT_ERROR, AICT_ERROR_CURRENCY,
                 _("Cannot compare amounts in different currencies (%s and %s)"),
                 a->currency, b->currency);
  return FALSE;
}

static gboolean
set_overflow_error (GError **error)
{
  g_set_error (error, AICT_ERROR, AICT_ERROR_OVERFLOW,
               _("Result out of the exact range of amounts (±%lld minor units)"),
               (long long) AICT_AMOUNT_MAX);
  return FALSE;
}

static gboolean
checked_add (gint64   x,
             gint64   y,
             gint64  *result,
             GError **error)
{
  if (__builtin_add_overflow (x, y, result) || !AMOUNT_IN_RANGE (*result))
    return set_overflow_error (error);

  return TRUE;
}

static gboolean
checked_sub (gint64   x,
             gint64   y,
             gint64  *result,
             GError **error)
{
  if (__builtin_sub_overflow (x, y, result) || !AMOUNT_IN_RANGE (*result))
    return set_overflow_error (error);

  return TRUE;
}

/**
 * aict_amount_add:
 * @a: an [struct@Aict.Amount]
 * @b: an [struct@Aict.Amount] in the same currency
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Adds two amounts with exact interval arithmetic.
 *
 * The sum of two exact amounts is exact; as soon as one is a range, the
 * result is the range from the sum of the minimums to the sum of the
 * maximums (an exact value counts as both).  The result is approximate if
 * either operand is.
 *
 * Fails with %AICT_ERROR_CURRENCY if the currencies differ, and with
 * %AICT_ERROR_OVERFLOW if a bound of the result falls outside
 * ±%AICT_AMOUNT_MAX.
 *
 * Returns: (transfer full): the sum, or %NULL on error
 *
 * Since: 0.1
 */
AictAmount *
aict_amount_add (const AictAmount  *a,
                 const AictAmount  *b,
                 GError           **error)
{
  gint64 min;
  gint64 max;

  g_return_val_if_fail (a != NULL, NULL);
  g_return_val_if_fail (b != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_same_currency (a, b, "add", error) ||
      !checked_add (a->min, b->min, &min, error) ||
      !checked_add (a->max, b->max, &max, error))
    return NULL;

  return amount_alloc (min, max, a->currency,
                       a->is_range || b->is_range,
                       a->approximate || b->approximate);
}

/**
 * aict_amount_subtract:
 * @a: an [struct@Aict.Amount]
 * @b: an [struct@Aict.Amount] in the same currency, to take from @a
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Subtracts @b from @a with exact interval arithmetic.
 *
 * The result is the range from `a.min − b.max` to `a.max − b.min`: every
 * difference of a value of @a and a value of @b lies within it.  The
 * difference of two exact amounts is exact.  Note that a range minus
 * itself is not zero but a range around zero, since the two operands are
 * taken as independent.  The result is approximate if either operand is.
 *
 * Fails with %AICT_ERROR_CURRENCY if the currencies differ, and with
 * %AICT_ERROR_OVERFLOW if a bound of the result falls outside
 * ±%AICT_AMOUNT_MAX.
 *
 * Returns: (transfer full): the difference, or %NULL on error
 *
 * Since: 0.1
 */
AictAmount *
aict_amount_subtract (const AictAmount  *a,
                      const AictAmount  *b,
                      GError           **error)
{
  gint64 min;
  gint64 max;

  g_return_val_if_fail (a != NULL, NULL);
  g_return_val_if_fail (b != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_same_currency (a, b, "subtract", error) ||
      !checked_sub (a->min, b->max, &min, error) ||
      !checked_sub (a->max, b->min, &max, error))
    return NULL;

  return amount_alloc (min, max, a->currency,
                       a->is_range || b->is_range,
                       a->approximate || b->approximate);
}

/**
 * aict_amount_percent_change:
 * @from: the earlier [struct@Aict.Amount], exact and not zero
 * @to: the later [struct@Aict.Amount], exact, in the same currency
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Computes the relative change from @from to @to, `(to − from) / |from|`,
 * in basis points: 10000 is +100 %, −7500 is −75 % (200 000 → 50 000).
 *
 * The computation is exact integer arithmetic; the result is rounded half
 * away from zero to the nearest basis point (0.01 %).  The denominator is
 * the magnitude of @from, so the sign of the result always says whether
 * the amount went up or down, even from a negative base.  The approximate
 * flags are ignored.
 *
 * Fails with %AICT_ERROR_INVALID_ARGUMENT if either amount is a range or
 * if @from is zero, with %AICT_ERROR_CURRENCY if the currencies differ and
 * with %AICT_ERROR_OVERFLOW if the result falls outside ±%AICT_AMOUNT_MAX.
 *
 * Returns: the change in basis points (hundredths of a percent), or 0
 *   with @error set
 *
 * Since: 0.1
 */
gint64
aict_amount_percent_change (const AictAmount  *from,
                            const AictAmount  *to,
                            GError           **error)
{
  gint64 diff;
  guint64 n, d, q, r, bp;

  g_return_val_if_fail (from != NULL, 0);
  g_return_val_if_fail (to != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (from->is_range || to->is_range)
    {
      g_set_error_literal (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                           _("A percent change needs exact amounts, not ranges"));
      return 0;
    }

  if (!check_same_currency (from, to, "compare", error))
    return 0;

  if (from->min == 0)
    {
      g_set_error_literal (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                           _("A percent change from zero is undefined"));
      return 0;
    }

  /* |to|, |from| ≤ 2^53 − 1, so neither the difference (≤ 2^54) nor the
   * magnitudes below can overflow 64 bits. */
  diff = to->min - from->min;
  n = diff < 0 ? (guint64) -diff : (guint64) diff;
  d = from->min < 0 ? (guint64) -from->min : (guint64) from->min;

  /* n × 10000 / d by long division in two base-100 steps, since n × 10000
   * may not fit in 64 bits.  r < d < 2^53, so r × 100 < 2^60.  The early
   * test on q keeps bp far below 2^64 (≤ AICT_AMOUNT_MAX + 10000). */
  q = n / d;
  r = n % d;
  if (q > (guint64) AICT_AMOUNT_MAX / 10000)
    {
      set_overflow_error (error);
      return 0;
    }
  bp = q * 10000;

  r *= 100;
  bp += (r / d) * 100;
  r %= d;
  r *= 100;
  bp += r / d;
  r %= d;
  if (2 * r >= d)        /* half away from zero, on the magnitude */
    bp += 1;

  if (bp > (guint64) AICT_AMOUNT_MAX)
    {
      set_overflow_error (error);
      return 0;
    }

  return diff < 0 ? -(gint64) bp : (gint64) bp;
}

/**
 * aict_amount_format_value:
 * @minor: an amount in minor units of @currency
 * @currency: an ISO 4217 code: three ASCII upper-case letters
 *
 * Formats @minor in major units, in machine form: `'.'` as the decimal
 * point, no grouping, no trailing zeros in the fraction and no fraction
 * at all for whole amounts.  123450 EUR gives `"1234.5"`, −5 EUR gives
 * `"-0.05"`, 30000 XOF gives `"30000"`, −1500 TND gives `"-1.5"`.
 *
 * The result is exact and does not depend on the locale; it is the form
 * the `aict/1` format uses for amounts.  The number of decimals comes from
 * the currency codelist (see [func@Aict.currency_get_decimals]); a
 * currency it does not know is formatted with 2 decimals.
 *
 * Returns: (transfer full): the formatted value
 *
 * Since: 0.1
 */
char *
aict_amount_format_value (gint64      minor,
                          const char *currency)
{
  guint64 magnitude;
  guint64 divisor = 1;
  guint64 whole;
  guint64 fraction;
  int decimals;
  const char *sign;

  g_return_val_if_fail (is_currency_code (currency), NULL);

  decimals = aict_currency_get_decimals (currency);
  if (decimals < 0 || decimals > 18)   /* 10^18 is the largest that fits */
    decimals = 2;

  for (int i = 0; i < decimals; i++)
    divisor *= 10;

  /* Written so that G_MININT64 is handled too. */
  magnitude = minor < 0 ? (guint64) -(minor + 1) + 1 : (guint64) minor;
  sign = minor < 0 ? "-" : "";
  whole = magnitude / divisor;
  fraction = magnitude % divisor;

  if (fraction == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT, sign, whole);

  while (fraction % 10 == 0)
    {
      fraction /= 10;
      decimals--;
    }

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%0*" G_GUINT64_FORMAT,
                          sign, whole, decimals, fraction);
}

/**
 * aict_amount_to_string:
 * @self: an [struct@Aict.Amount]
 *
 * Formats @self for logs, debugging and language bindings' `repr()`:
 * the value as [func@Aict.Amount.format_value] writes it, then a space and
 * the currency code.  A range is written with an en dash (U+2013) between
 * its bounds and an approximate amount starts with `~`:
 * `"30000 EUR"`, `"30000–70000 EUR"`, `"~1200000 EUR"`.
 *
 * The result does not depend on the locale.  It is not meant for end
 * users, who expect grouping and a locale's decimal separator.
 *
 * Returns: (transfer full): a string describing @self
 *
 * Since: 0.1
 */
char *
aict_amount_to_string (const AictAmount *self)
{
  g_autofree char *min = NULL;
  g_autofree char *max = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  min = aict_amount_format_value (self->min, self->currency);

  if (!self->is_range)
    return g_strconcat (self->approximate ? "~" : "", min, " ", self->currency, NULL);

  max = aict_amount_format_value (self->max, self->currency);

  return g_strconcat (self->approximate ? "~" : "",
                      min, EN_DASH, max, " ", self->currency, NULL);
}
