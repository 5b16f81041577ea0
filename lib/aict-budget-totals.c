/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "aict-query-private.h"
#include "aict-amount.h"
#include "aict-i18n-private.h"
#include "aict-model-private.h"

/* Budget totals: the lines a filter selects, grouped along the asked
 * dimensions, summed exactly by interval arithmetic, one row per group,
 * budget kind and currency. */

#define N_GROUPINGS 6

static const AictBudgetGrouping slots[N_GROUPINGS] = {
  AICT_BUDGET_GROUPING_ACTOR,
  AICT_BUDGET_GROUPING_YEAR,
  AICT_BUDGET_GROUPING_COUNTRY,
  AICT_BUDGET_GROUPING_THEME,
  AICT_BUDGET_GROUPING_PARTNERSHIP,
  AICT_BUDGET_GROUPING_FUNDER,
};

enum { SLOT_ACTOR, SLOT_YEAR, SLOT_COUNTRY, SLOT_THEME, SLOT_PARTNERSHIP, SLOT_FUNDER };

typedef struct
{
  char *keys[N_GROUPINGS];
  AictBudgetKind kind;
  const char *currency;   /* interned */
  gint64 min;
  gint64 max;
  gboolean is_range;
  gboolean approximate;
  GPtrArray *budgets;     /* borrowed AictBudget, in dataset order */
  /* The members of the row for like-for-like changes: the actor each line
   * counts for (borrowed id, or "" for none) → its Member sums. */
  GHashTable *members;
  AictTotal *total;       /* borrowed, once built */
} Row;

typedef struct
{
  gint64 min;
  gint64 max;
  gboolean is_range;
  gboolean approximate;
} Member;

static void
row_free (gpointer data)
{
  Row *row = data;

  for (int i = 0; i < N_GROUPINGS; i++)
    g_free (row->keys[i]);
  g_ptr_array_unref (row->budgets);
  g_hash_table_unref (row->members);
  g_free (row);
}

/* A part of a line: all of it, or what one funder gives. */
typedef struct
{
  const char *funder;   /* for SLOT_FUNDER */
  gint64 min;
  gint64 max;
  const char *currency;
  gboolean is_range;
  gboolean approximate;
} Part;

static gboolean
checked_add (gint64  a,
             gint64  b,
             gint64 *result)
{
  gint64 sum;

  if (__builtin_add_overflow (a, b, &sum) || sum > AICT_AMOUNT_MAX || sum < -AICT_AMOUNT_MAX)
    return FALSE;
  *result = sum;

  return TRUE;
}

/* @value × @share / 10000, rounded down (@up FALSE) or up. */
static gint64
scale (gint64   value,
       int      share,
       gboolean up)
{
  __int128 product = (__int128) value * share;
  __int128 quotient = product / 10000;

  if (product % 10000 != 0 && (product > 0) == up)
    quotient += up ? 1 : -1;

  return (gint64) quotient;
}

static const char *
first_lead (AictPartnership *partnership)
{
  GPtrArray *participants;

  if (partnership == NULL)
    return NULL;

  participants = _aict_partnership_peek_participants (partnership);
  for (guint i = 0; participants != NULL && i < participants->len; i++)
    {
      AictParticipant *participant = g_ptr_array_index (participants, i);

      if (aict_participant_get_role (participant) == AICT_PARTICIPANT_ROLE_LEAD)
        return aict_participant_get_actor_id (participant);
    }

  return NULL;
}

/* The actor a budget line counts for: its own actor, or else the first
 * lead of its partnership (NULL if neither).  @partnership is set to the
 * line's partnership when it had to be looked up or @want_partnership,
 * NULL otherwise: a lookup by id per line only when needed.  Shared with
 * AictTable so that its "owner" column groups as the totals do. */
const char *
_aict_budget_resolve_actor (AictDataset      *dataset,
                            AictBudget       *budget,
                            gboolean          want_partnership,
                            AictPartnership **partnership)
{
  const char *partnership_id = aict_budget_get_partnership_id (budget);
  const char *owner = aict_budget_get_actor_id (budget);
  AictPartnership *found = NULL;

  if (partnership_id != NULL && (owner == NULL || want_partnership))
    found = aict_dataset_lookup_partnership (dataset, partnership_id);
  if (owner == NULL)
    owner = first_lead (found);
  if (partnership != NULL)
    *partnership = found;

  return owner;
}

/* The year key of @budget ("2016", "2014-2016" or NULL), from @years (one
 * string per key, made by _aict_budget_year_keys_new()).  Shared with
 * AictTable so that its "year" column groups as the totals do. */
GHashTable *
_aict_budget_year_keys_new (void)
{
  return g_hash_table_new_full (NULL, NULL, NULL, g_free);
}

const char *
_aict_budget_year_key (GHashTable *years,
                       AictBudget *budget)
{
  const AictPartialDate *start = aict_budget_get_start (budget);
  const AictPartialDate *end = aict_budget_get_end (budget);
  int first = start != NULL ? aict_partial_date_get_year (start) : 0;
  int last = end != NULL ? aict_partial_date_get_year (end) : 0;
  gpointer code;
  char *key;

  if (first == 0 && last == 0)
    return NULL;
  if (first == 0 || last == 0)
    first = last = MAX (first, last);

  /* Years are four digits: the pair fits a pointer-sized integer. */
  code = GUINT_TO_POINTER ((guint) first * 10000 + (guint) last);
  key = g_hash_table_lookup (years, code);
  if (key == NULL)
    {
      key = first == last ? g_strdup_printf ("%d", first) : g_strdup_printf ("%d-%d", first, last);
      g_hash_table_insert (years, code, key);
    }

  return key;
}

/* The parts of @budget for the funder dimension: one per funder, or the
 * whole line for its own actor when it lists none. */
static void
funder_parts (AictBudget       *budget,
              const AictAmount *amount,
              const char       *owner,
              GArray           *parts)
{
  GPtrArray *funders = _aict_budget_peek_funders (budget);
  gint64 min = aict_amount_get_min (amount);
  gint64 max = aict_amount_get_max (amount);
  const char *currency = aict_amount_get_currency (amount);
  gboolean approximate = aict_amount_get_approximate (amount);

  if (funders == NULL || funders->len == 0)
    {
      Part part = { owner, min, max, currency, aict_amount_is_range (amount), approximate };

      g_array_append_val (parts, part);
      return;
    }

  for (guint i = 0; i < funders->len; i++)
    {
      AictFunder *funder = g_ptr_array_index (funders, i);
      const AictAmount *given = aict_funder_get_amount (funder);
      int share = aict_funder_get_share (funder);
      Part part = { aict_funder_get_actor_id (funder), 0, 0, currency, FALSE, approximate };

      if (given != NULL)
        {
          part.min = aict_amount_get_min (given);
          part.max = aict_amount_get_max (given);
          part.currency = aict_amount_get_currency (given);
          part.is_range = aict_amount_is_range (given);
          part.approximate = aict_amount_get_approximate (given);
        }
      else if (share >= 0)
        {
          /* Exact when the share divides evenly; otherwise the range of
           * the two nearest minor units. */
          part.min = scale (min, share, FALSE);
          part.max = scale (max, share, TRUE);
          part.is_range = aict_amount_is_range (amount) || part.min != part.max;
        }
      else
        {
          /* Neither amount nor share: anything from nothing to the line. */
          part.min = MIN (min, 0);
          part.max = max;
          part.is_range = TRUE;
        }
      g_array_append_val (parts, part);
    }
}

typedef struct
{
  AictBudgetGrouping grouping;
  GHashTable *rows;   /* row key → Row */
  GPtrArray *order;   /* Row, as created */
  GString *scratch;
  /* Reused for every line: the keys along each dimension, the parts. */
  GPtrArray *values[N_GROUPINGS];
  GArray *parts;
  GHashTable *years;  /* "2016", "2014-2016": one copy each */
} Totals;

static gboolean
totals_add (Totals          *totals,
            const char     **keys,
            const char      *owner,
            AictBudgetKind   kind,
            const Part      *part,
            AictBudget      *budget,
            GError         **error)
{
  Member *member;
  Row *row;

  g_string_truncate (totals->scratch, 0);
  for (int i = 0; i < N_GROUPINGS; i++)
    {
      /* Only the dimensions grouped by (the others are all NULL).  NULL
       * and "" must differ: NULL is written as 0x1d. */
      if (!(totals->grouping & slots[i]))
        continue;
      if (keys[i] != NULL)
        g_string_append (totals->scratch, keys[i]);
      else
        g_string_append_c (totals->scratch, '\x1d');
      g_string_append_c (totals->scratch, '\x1e');
    }
  g_string_append_c (totals->scratch, (char) ('0' + kind));
  g_string_append (totals->scratch, part->currency);

  row = g_hash_table_lookup (totals->rows, totals->scratch->str);
  if (row == NULL)
    {
      row = g_new0 (Row, 1);
      for (int i = 0; i < N_GROUPINGS; i++)
        row->keys[i] = g_strdup (keys[i]);
      row->kind = kind;
      row->currency = part->currency;
      row->budgets = g_ptr_array_new ();
      row->members = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
      g_hash_table_insert (totals->rows, g_strdup (totals->scratch->str), row);
      g_ptr_array_add (totals->order, row);
    }

  /* A new row starts from 0, so its first part goes through the same
   * checks. */
  if (!checked_add (row->min, part->min, &row->min) ||
      !checked_add (row->max, part->max, &row->max))
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_OVERFLOW,
                   _("The total of the budget lines up to “%s” is too large to be exact"),
                   aict_entity_get_id (AICT_ENTITY (budget)));
      return FALSE;
    }
  row->is_range |= part->is_range || row->min != row->max;
  row->approximate |= part->approximate;

  /* The member sums stay within the row's (same signs, smaller sum). */
  member = g_hash_table_lookup (row->members, owner != NULL ? owner : "");
  if (member == NULL)
    {
      member = g_new0 (Member, 1);
      g_hash_table_insert (row->members, (gpointer) (owner != NULL ? owner : ""), member);
    }
  member->min += part->min;
  member->max += part->max;
  member->is_range |= part->is_range || member->min != member->max;
  member->approximate |= part->approximate;
  if (row->budgets->len == 0 ||
      g_ptr_array_index (row->budgets, row->budgets->len - 1) != budget)
    g_ptr_array_add (row->budgets, budget);

  return TRUE;
}

/* Calls totals_add for every combination of the keys of @budget along the
 * grouping dimensions (a line in two countries counts in both). */
static gboolean
add_combinations (Totals             *totals,
                  GPtrArray         **values,   /* per slot: const char * */
                  const char        **keys,
                  const char         *owner,
                  int                 slot,
                  AictBudgetKind      kind,
                  const Part         *part,
                  AictBudget         *budget,
                  GError            **error)
{
  if (slot == N_GROUPINGS)
    return totals_add (totals, keys, owner, kind, part, budget, error);

  if (slot == SLOT_FUNDER || !(totals->grouping & slots[slot]))
    {
      if (slot != SLOT_FUNDER)
        keys[slot] = NULL;
      return add_combinations (totals, values, keys, owner, slot + 1, kind, part, budget, error);
    }

  for (guint i = 0; i < values[slot]->len; i++)
    {
      keys[slot] = g_ptr_array_index (values[slot], i);
      if (!add_combinations (totals, values, keys, owner, slot + 1, kind, part, budget, error))
        return FALSE;
    }

  return TRUE;
}

static void
add_strv (GPtrArray          *values,
          const char * const *strv)
{
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    g_ptr_array_add (values, (gpointer) strv[i]);
}

static gboolean
add_budget (Totals      *totals,
            AictDataset *dataset,
            AictBudget  *budget,
            GError     **error)
{
  const AictAmount *amount = aict_budget_get_amount (budget);
  const char *partnership_id = aict_budget_get_partnership_id (budget);
  AictPartnership *partnership = NULL;
  GPtrArray **values = totals->values;
  const char *keys[N_GROUPINGS] = { NULL, };
  GArray *parts = totals->parts;
  const char *owner;
  gboolean ok = TRUE;

  /* Staff-only lines have no money to add. */
  if (amount == NULL)
    return TRUE;

  owner = _aict_budget_resolve_actor (dataset, budget,
                                      (totals->grouping & (AICT_BUDGET_GROUPING_COUNTRY |
                                                           AICT_BUDGET_GROUPING_THEME)) != 0,
                                      &partnership);

  for (int i = 0; i < N_GROUPINGS; i++)
    g_ptr_array_set_size (values[i], 0);
  g_array_set_size (parts, 0);

  g_ptr_array_add (values[SLOT_ACTOR], (gpointer) owner);
  g_ptr_array_add (values[SLOT_YEAR], (gpointer) _aict_budget_year_key (totals->years, budget));
  if (partnership != NULL)
    {
      add_strv (values[SLOT_COUNTRY], aict_partnership_get_countries (partnership));
      add_strv (values[SLOT_THEME], aict_partnership_get_themes (partnership));
    }
  if (values[SLOT_COUNTRY]->len == 0)
    g_ptr_array_add (values[SLOT_COUNTRY], NULL);
  if (values[SLOT_THEME]->len == 0)
    g_ptr_array_add (values[SLOT_THEME], NULL);
  g_ptr_array_add (values[SLOT_PARTNERSHIP], (gpointer) partnership_id);

  if (totals->grouping & AICT_BUDGET_GROUPING_FUNDER)
    funder_parts (budget, amount, owner, parts);
  else
    {
      Part whole = { NULL, aict_amount_get_min (amount), aict_amount_get_max (amount),
                     aict_amount_get_currency (amount), aict_amount_is_range (amount),
                     aict_amount_get_approximate (amount) };

      g_array_append_val (parts, whole);
    }

  for (guint p = 0; p < parts->len && ok; p++)
    {
      const Part *part = &g_array_index (parts, Part, p);

      keys[SLOT_FUNDER] = (totals->grouping & AICT_BUDGET_GROUPING_FUNDER) ? part->funder : NULL;
      ok = add_combinations (totals, values, keys, owner, 0, aict_budget_get_kind (budget),
                             part, budget, error);
    }

  return ok;
}

static int
compare_keys (const char *a,
              const char *b)
{
  /* Rows without a key come last. */
  if (a == NULL || b == NULL)
    return (a == NULL) - (b == NULL);

  return strcmp (a, b);
}

static int
compare_rows (gconstpointer pa,
              gconstpointer pb)
{
  const Row *a = *(Row * const *) pa;
  const Row *b = *(Row * const *) pb;
  int order;

  for (int i = 0; i < N_GROUPINGS; i++)
    if ((order = compare_keys (a->keys[i], b->keys[i])) != 0)
      return order;
  if (a->kind != b->kind)
    return a->kind < b->kind ? -1 : 1;

  return strcmp (a->currency, b->currency);
}

static gboolean
is_single_year (const char *key)
{
  return key != NULL && strchr (key, '-') == NULL;
}

/* The key of a row without its year: rows that share it form a series. */
static char *
series_key (const Row *row)
{
  GString *key = g_string_new (NULL);

  for (int i = 0; i < N_GROUPINGS; i++)
    if (i != SLOT_YEAR)
      {
        g_string_append (key, row->keys[i] != NULL ? row->keys[i] : "\x1d");
        g_string_append_c (key, '\x1e');
      }
  g_string_append_printf (key, "%d\x1e%s", row->kind, row->currency);

  return g_string_free (key, FALSE);
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* The members of @a that are not in @b, sorted ("" is "no actor"). */
static GStrv
members_missing (GHashTable *a,
                 GHashTable *b)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GHashTableIter iter;
  gpointer member;
  GStrv result;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &member, NULL))
    if (!g_hash_table_contains (b, member))
      g_strv_builder_add (builder, member);
  result = g_strv_builder_end (builder);
  qsort (result, g_strv_length (result), sizeof (char *), compare_strings);

  return result;
}

static void
member_add (gint64       *min,
            gint64       *max,
            gboolean     *is_range,
            gboolean     *approximate,
            const Member *member)
{
  /* Cannot overflow: a member's sums stay within its row's. */
  *min += member->min;
  *max += member->max;
  *is_range |= member->is_range || *min != *max;
  *approximate |= member->approximate;
}

/* The change of @row since @previous, over the members present in both
 * only: a member that joined or left is named, not counted as a rise or a
 * fall.  Without a common member there is no change at all. */
static void
set_change (AictTotal *total,
            Row       *previous,
            Row       *row)
{
  g_auto(GStrv) added = members_missing (row->members, previous->members);
  g_auto(GStrv) dropped = members_missing (previous->members, row->members);
  gint64 from_min = 0, from_max = 0, to_min = 0, to_max = 0;
  gboolean from_range = FALSE, to_range = FALSE, from_approx = FALSE, to_approx = FALSE;
  g_autoptr(AictAmount) from = NULL;
  g_autoptr(AictAmount) to = NULL;
  AictAmount *change = NULL;
  gint64 basis_points = 0;
  gboolean has_percent = FALSE;
  guint n_common = 0;
  GHashTableIter iter;
  gpointer id, value;

  g_hash_table_iter_init (&iter, row->members);
  while (g_hash_table_iter_next (&iter, &id, &value))
    {
      Member *before = g_hash_table_lookup (previous->members, id);

      if (before == NULL)
        continue;
      n_common++;
      member_add (&from_min, &from_max, &from_range, &from_approx, before);
      member_add (&to_min, &to_max, &to_range, &to_approx, value);
    }

  if (n_common > 0)
    {
      g_autoptr(GError) percent_error = NULL;

      from = aict_amount_new_full (from_min, from_max, row->currency, from_range, from_approx);
      to = aict_amount_new_full (to_min, to_max, row->currency, to_range, to_approx);
      change = aict_amount_subtract (to, from, NULL);
      if (change != NULL)
        {
          basis_points = aict_amount_percent_change (from, to, &percent_error);
          has_percent = percent_error == NULL;
        }
    }

  _aict_total_set_change (total,
                          aict_total_get_key (previous->total, AICT_BUDGET_GROUPING_YEAR),
                          change, has_percent, basis_points);
  _aict_total_set_composition (total, g_steal_pointer (&from), added, dropped);
}

/**
 * aict_dataset_get_budget_totals:
 * @self: an [class@Aict.Dataset]
 * @grouping: the dimensions to group by, or %AICT_BUDGET_GROUPING_NONE
 * @filter: (nullable): which budget lines to sum (see [class@Aict.Filter]),
 *   or %NULL for all
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Sums the budget lines that match @filter, grouped by @grouping: by actor
 * and year for an actor's budget over time, by funder for the
 * co-financing of a partnership.  Each row is one group, one budget kind
 * and one currency: lines in different currencies are never added, and
 * neither are an allocation and a spending.  Lines without an amount
 * (staff only) are left out.
 *
 * Sums are exact ranges: adding "30 000 to 70 000" and 10 000 gives
 * "40 000 to 80 000".  When @grouping includes the year, each row carries
 * its change since the previous year of its series (same other keys, kind
 * and currency): 200 000 in 2015 and 50 000 in 2016 give −150 000, −75 %.
 * The change is like for like: it is computed over the members of the
 * row (the actors its lines count for) with lines in both years only, and
 * the actors that joined or left are named rather than counted as a rise
 * or a fall (see [method@Aict.Total.get_members_added]).
 * A funder that gives neither an amount nor a share counts as anything
 * from nothing to the whole line.
 *
 * Rows are sorted by their keys in the order of the dimensions (actor,
 * year, country, theme, partnership, funder), rows without a key last,
 * then by kind and currency.
 *
 * Fails with %AICT_ERROR_OVERFLOW if a total leaves the exact range of
 * amounts, and as [method@Aict.Dataset.filter_budgets] does for @filter.
 *
 * Returns: (transfer full) (nullable): a [iface@Gio.ListModel] of
 *   [class@Aict.Total], or %NULL on error
 *
 * Since: 0.1
 */
GListModel *
aict_dataset_get_budget_totals (AictDataset         *self,
                                AictBudgetGrouping   grouping,
                                AictFilter          *filter,
                                GError             **error)
{
  g_autoptr(GArray) positions = NULL;
  g_autoptr(GHashTable) series = NULL;
  g_autoptr(GPtrArray) results = NULL;
  AictQueryIndex *index;
  GPtrArray *items;
  Totals totals;
  GListStore *store;
  gboolean ok = TRUE;

  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  g_return_val_if_fail ((grouping & ~0x3f) == 0, NULL);
  g_return_val_if_fail (filter == NULL || AICT_IS_FILTER (filter), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  positions = _aict_query_run (self, AICT_TARGET_BUDGETS, filter, error);
  if (positions == NULL)
    return NULL;

  index = _aict_dataset_get_query_index (self);
  items = index->targets[AICT_TARGET_BUDGETS].items;

  totals.grouping = grouping;
  totals.rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  totals.order = g_ptr_array_new_with_free_func (row_free);
  totals.scratch = g_string_new (NULL);
  for (int i = 0; i < N_GROUPINGS; i++)
    totals.values[i] = g_ptr_array_new ();
  totals.parts = g_array_new (FALSE, FALSE, sizeof (Part));
  totals.years = _aict_budget_year_keys_new ();

  for (guint i = 0; i < positions->len && ok; i++)
    ok = add_budget (&totals, self, g_ptr_array_index (items, g_array_index (positions, guint, i)), error);

  g_hash_table_unref (totals.rows);
  g_string_free (totals.scratch, TRUE);
  for (int i = 0; i < N_GROUPINGS; i++)
    g_ptr_array_unref (totals.values[i]);
  g_array_unref (totals.parts);
  g_hash_table_unref (totals.years);
  if (!ok)
    {
      g_ptr_array_unref (totals.order);
      return NULL;
    }

  g_ptr_array_sort (totals.order, compare_rows);

  store = g_list_store_new (AICT_TYPE_TOTAL);
  results = g_ptr_array_new_full (totals.order->len, g_object_unref);
  series = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < totals.order->len; i++)
    {
      Row *row = g_ptr_array_index (totals.order, i);
      char *keys[N_GROUPINGS];
      g_autofree char *key = (grouping & AICT_BUDGET_GROUPING_YEAR) ? series_key (row) : NULL;
      g_autoptr(AictTotal) total = NULL;

      for (int k = 0; k < N_GROUPINGS; k++)
        keys[k] = g_steal_pointer (&row->keys[k]);
      total = _aict_total_new (grouping, keys, row->kind,
                               aict_amount_new_full (row->min, row->max, row->currency,
                                                     row->is_range, row->approximate),
                               row->budgets);

      if ((grouping & AICT_BUDGET_GROUPING_YEAR) &&
          is_single_year (aict_total_get_key (total, AICT_BUDGET_GROUPING_YEAR)))
        {
          Row *previous = g_hash_table_lookup (series, key);

          if (previous != NULL)
            set_change (total, previous, row);
          g_hash_table_replace (series, g_steal_pointer (&key), row);
        }

      row->total = total;
      g_ptr_array_add (results, g_steal_pointer (&total));
    }
  /* One splice: appending one by one costs a tree rebalancing each. */
  g_list_store_splice (store, 0, 0, results->pdata, results->len);

  g_ptr_array_unref (totals.order);

  return G_LIST_MODEL (store);
}
