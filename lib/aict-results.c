/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-query-private.h"
#include "aict-amount.h"
#include "aict-enum-types.h"

/* The immutable answers of the analysis functions.  Each is built whole by
 * the function that computes it and only read afterwards. */

#define N_GROUPINGS 6   /* actor, year, country, theme, partnership, funder */

static int
grouping_slot (AictBudgetGrouping dimension)
{
  switch (dimension)
    {
    case AICT_BUDGET_GROUPING_ACTOR: return 0;
    case AICT_BUDGET_GROUPING_YEAR: return 1;
    case AICT_BUDGET_GROUPING_COUNTRY: return 2;
    case AICT_BUDGET_GROUPING_THEME: return 3;
    case AICT_BUDGET_GROUPING_PARTNERSHIP: return 4;
    case AICT_BUDGET_GROUPING_FUNDER: return 5;
    case AICT_BUDGET_GROUPING_NONE:
    default:
      return -1;
    }
}

/**
 * AictTotal:
 *
 * One row of [method@Aict.Dataset.get_budget_totals]: the sum of the
 * budget lines that share a group (an actor, a year…), a budget kind and a
 * currency.  Lines of different currencies or kinds are never added
 * together: they make separate rows.
 *
 * The sum is exact: a sum of ranges is a range
 * ([method@Aict.Amount.add]).  When grouped by year, a row also carries
 * the change since the previous year that has a row with the same other
 * keys, kind and currency, over the actors with lines in both years
 * only ([method@Aict.Total.get_change]).
 *
 * Since: 0.1
 */
struct _AictTotal
{
  GObject parent_instance;

  AictBudgetGrouping grouping;
  char *keys[N_GROUPINGS];
  AictBudgetKind kind;
  AictAmount *amount;
  /* The lines, held so that @budget_ids can point at their (immutable)
   * ids instead of copying them: a total of a large dataset may sum a
   * million lines. */
  GPtrArray *budgets;
  const char **budget_ids;
  char *previous_year;
  AictAmount *change;
  gboolean has_percent;
  gint64 basis_points;
  AictAmount *comparable_previous;
  GStrv members_added;
  GStrv members_dropped;
};

G_DEFINE_FINAL_TYPE (AictTotal, aict_total, G_TYPE_OBJECT)

static void
aict_total_finalize (GObject *object)
{
  AictTotal *self = AICT_TOTAL (object);

  for (int i = 0; i < N_GROUPINGS; i++)
    g_free (self->keys[i]);
  g_clear_pointer (&self->amount, aict_amount_free);
  g_free (self->budget_ids);
  g_clear_pointer (&self->budgets, g_ptr_array_unref);
  g_free (self->previous_year);
  g_clear_pointer (&self->change, aict_amount_free);
  g_clear_pointer (&self->comparable_previous, aict_amount_free);
  g_strfreev (self->members_added);
  g_strfreev (self->members_dropped);

  G_OBJECT_CLASS (aict_total_parent_class)->finalize (object);
}

enum
{
  PROP_TOTAL_0,
  PROP_TOTAL_GROUPING,
  PROP_TOTAL_KIND,
  PROP_TOTAL_AMOUNT,
  PROP_TOTAL_BUDGET_IDS,
  PROP_TOTAL_N_BUDGETS,
  PROP_TOTAL_PREVIOUS_YEAR,
  PROP_TOTAL_CHANGE,
  PROP_TOTAL_CHANGE_BASIS_POINTS,
  PROP_TOTAL_HAS_CHANGE_PERCENT,
  PROP_TOTAL_ACTOR,
  PROP_TOTAL_YEAR,
  PROP_TOTAL_COUNTRY,
  PROP_TOTAL_THEME,
  PROP_TOTAL_PARTNERSHIP,
  PROP_TOTAL_FUNDER,
  N_TOTAL_PROPS
};

static GParamSpec *total_properties[N_TOTAL_PROPS];

static void
aict_total_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AictTotal *self = AICT_TOTAL (object);

  switch (prop_id)
    {
    case PROP_TOTAL_GROUPING:
      g_value_set_flags (value, aict_total_get_grouping (self));
      break;

    case PROP_TOTAL_KIND:
      g_value_set_enum (value, aict_total_get_kind (self));
      break;

    case PROP_TOTAL_AMOUNT:
      g_value_set_boxed (value, aict_total_get_amount (self));
      break;

    case PROP_TOTAL_BUDGET_IDS:
      g_value_set_boxed (value, aict_total_get_budget_ids (self));
      break;

    case PROP_TOTAL_N_BUDGETS:
      g_value_set_uint (value, aict_total_get_n_budgets (self));
      break;

    case PROP_TOTAL_PREVIOUS_YEAR:
      g_value_set_string (value, aict_total_get_previous_year (self));
      break;

    case PROP_TOTAL_CHANGE:
      g_value_set_boxed (value, aict_total_get_change (self));
      break;

    case PROP_TOTAL_CHANGE_BASIS_POINTS:
      g_value_set_int64 (value, self->has_percent ? self->basis_points : 0);
      break;

    case PROP_TOTAL_HAS_CHANGE_PERCENT:
      g_value_set_boolean (value, self->has_percent);
      break;

    case PROP_TOTAL_ACTOR:
      g_value_set_string (value, aict_total_get_key (self, AICT_BUDGET_GROUPING_ACTOR));
      break;

    case PROP_TOTAL_YEAR:
      g_value_set_string (value, aict_total_get_key (self, AICT_BUDGET_GROUPING_YEAR));
      break;

    case PROP_TOTAL_COUNTRY:
      g_value_set_string (value, aict_total_get_key (self, AICT_BUDGET_GROUPING_COUNTRY));
      break;

    case PROP_TOTAL_THEME:
      g_value_set_string (value, aict_total_get_key (self, AICT_BUDGET_GROUPING_THEME));
      break;

    case PROP_TOTAL_PARTNERSHIP:
      g_value_set_string (value, aict_total_get_key (self, AICT_BUDGET_GROUPING_PARTNERSHIP));
      break;

    case PROP_TOTAL_FUNDER:
      g_value_set_string (value, aict_total_get_key (self, AICT_BUDGET_GROUPING_FUNDER));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_total_class_init (AictTotalClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = aict_total_finalize;
  G_OBJECT_CLASS (klass)->get_property = aict_total_get_property;

  /**
   * AictTotal:grouping: (getter get_grouping)
   *
   * The dimensions the totals were grouped by.
   *
   * Since: 0.2
   */
  total_properties[PROP_TOTAL_GROUPING] =
    g_param_spec_flags ("grouping", NULL, NULL, AICT_TYPE_BUDGET_GROUPING, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictTotal:kind: (getter get_kind)
   *
   * The budget kind of the lines summed.
   *
   * Since: 0.2
   */
  total_properties[PROP_TOTAL_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, AICT_TYPE_BUDGET_KIND, AICT_BUDGET_KIND_ESTIMATE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictTotal:amount: (getter get_amount)
   *
   * The exact sum.
   *
   * Since: 0.2
   */
  total_properties[PROP_TOTAL_AMOUNT] =
    g_param_spec_boxed ("amount", NULL, NULL, AICT_TYPE_AMOUNT, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictTotal:budget-ids: (getter get_budget_ids)
   *
   * The ids of the lines summed, in dataset order.
   *
   * Since: 0.2
   */
  total_properties[PROP_TOTAL_BUDGET_IDS] =
    g_param_spec_boxed ("budget-ids", NULL, NULL, G_TYPE_STRV, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictTotal:n-budgets: (getter get_n_budgets)
   *
   * The number of lines summed.
   *
   * Since: 0.2
   */
  total_properties[PROP_TOTAL_N_BUDGETS] =
    g_param_spec_uint ("n-budgets", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictTotal:previous-year: (getter get_previous_year)
   *
   * The year the change is from, or %NULL.
   *
   * Since: 0.2
   */
  total_properties[PROP_TOTAL_PREVIOUS_YEAR] =
    g_param_spec_string ("previous-year", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictTotal:change: (getter get_change)
   *
   * The change since #AictTotal:previous-year, or %NULL.
   *
   * Since: 0.2
   */
  total_properties[PROP_TOTAL_CHANGE] =
    g_param_spec_boxed ("change", NULL, NULL, AICT_TYPE_AMOUNT, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictTotal:change-basis-points:
   *
   * The relative change in basis points, 0 when #AictTotal:has-change-percent is %FALSE (see [method@Aict.Total.get_change_percent]).
   *
   * Since: 0.2
   */
  total_properties[PROP_TOTAL_CHANGE_BASIS_POINTS] =
    g_param_spec_int64 ("change-basis-points", NULL, NULL, G_MININT64, G_MAXINT64, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictTotal:has-change-percent:
   *
   * Whether #AictTotal:change-basis-points is defined.
   *
   * Since: 0.2
   */
  total_properties[PROP_TOTAL_HAS_CHANGE_PERCENT] =
    g_param_spec_boolean ("has-change-percent", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictTotal:actor:
   *
   * The key along %AICT_BUDGET_GROUPING_ACTOR, as [method@Aict.Total.get_key] gives it.
   *
   * Since: 0.2
   */
  total_properties[PROP_TOTAL_ACTOR] =
    g_param_spec_string ("actor", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictTotal:year:
   *
   * The key along %AICT_BUDGET_GROUPING_YEAR, as [method@Aict.Total.get_key] gives it.
   *
   * Since: 0.2
   */
  total_properties[PROP_TOTAL_YEAR] =
    g_param_spec_string ("year", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictTotal:country:
   *
   * The key along %AICT_BUDGET_GROUPING_COUNTRY, as [method@Aict.Total.get_key] gives it.
   *
   * Since: 0.2
   */
  total_properties[PROP_TOTAL_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictTotal:theme:
   *
   * The key along %AICT_BUDGET_GROUPING_THEME, as [method@Aict.Total.get_key] gives it.
   *
   * Since: 0.2
   */
  total_properties[PROP_TOTAL_THEME] =
    g_param_spec_string ("theme", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictTotal:partnership:
   *
   * The key along %AICT_BUDGET_GROUPING_PARTNERSHIP, as [method@Aict.Total.get_key] gives it.
   *
   * Since: 0.2
   */
  total_properties[PROP_TOTAL_PARTNERSHIP] =
    g_param_spec_string ("partnership", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictTotal:funder:
   *
   * The key along %AICT_BUDGET_GROUPING_FUNDER, as [method@Aict.Total.get_key] gives it.
   *
   * Since: 0.2
   */
  total_properties[PROP_TOTAL_FUNDER] =
    g_param_spec_string ("funder", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (G_OBJECT_CLASS (klass), N_TOTAL_PROPS, total_properties);
}

static void
aict_total_init (AictTotal *self)
{
}

/* Takes @keys (N_GROUPINGS entries, in slot order) and @amount; refs the
 * budget lines of @budgets (borrowed, in dataset order). */
AictTotal *
_aict_total_new (AictBudgetGrouping   grouping,
                 char               **keys,
                 AictBudgetKind       kind,
                 AictAmount          *amount,
                 GPtrArray           *budgets)
{
  AictTotal *self = g_object_new (AICT_TYPE_TOTAL, NULL);

  self->grouping = grouping;
  for (int i = 0; i < N_GROUPINGS; i++)
    self->keys[i] = keys[i];
  self->kind = kind;
  self->amount = amount;
  self->budgets = g_ptr_array_new_full (budgets->len, g_object_unref);
  self->budget_ids = g_new (const char *, budgets->len + 1);
  for (guint i = 0; i < budgets->len; i++)
    {
      AictEntity *budget = g_ptr_array_index (budgets, i);

      g_ptr_array_add (self->budgets, g_object_ref (budget));
      self->budget_ids[i] = aict_entity_get_id (budget);
    }
  self->budget_ids[budgets->len] = NULL;

  return self;
}

void
_aict_total_set_change (AictTotal  *self,
                        const char *previous_year,
                        AictAmount *change,
                        gboolean    has_percent,
                        gint64      basis_points)
{
  self->previous_year = g_strdup (previous_year);
  self->change = change;
  self->has_percent = has_percent;
  self->basis_points = basis_points;
}

void
_aict_total_set_composition (AictTotal   *self,
                             AictAmount  *comparable_previous,
                             char       **added,
                             char       **dropped)
{
  self->comparable_previous = comparable_previous;
  self->members_added = g_strdupv (added);
  self->members_dropped = g_strdupv (dropped);
}

/**
 * aict_total_get_key:
 * @self: an [class@Aict.Total]
 * @dimension: one grouping dimension (a single flag)
 *
 * Gets the group of @self along @dimension: the id of an actor, a
 * partnership or a funder, a country or theme code, a year ("2016") or a
 * span of years ("2014-2016").
 *
 * Returns: (nullable): the key, or %NULL if the lines of @self have none
 *   along @dimension (a line without partnership has no country) or if
 *   @dimension is not one of the grouping
 *
 * Since: 0.1
 */
const char *
aict_total_get_key (AictTotal          *self,
                    AictBudgetGrouping  dimension)
{
  int slot = grouping_slot (dimension);

  g_return_val_if_fail (AICT_IS_TOTAL (self), NULL);
  g_return_val_if_fail (slot >= 0, NULL);

  return self->keys[slot];
}

/**
 * aict_total_get_grouping: (get-property grouping)
 * @self: an [class@Aict.Total]
 *
 * Gets the dimensions the totals were grouped by.
 *
 * Returns: the dimensions the totals were grouped by
 *
 * Since: 0.1
 */
AictBudgetGrouping
aict_total_get_grouping (AictTotal *self)
{
  g_return_val_if_fail (AICT_IS_TOTAL (self), AICT_BUDGET_GROUPING_NONE);
  return self->grouping;
}

/**
 * aict_total_get_kind: (get-property kind)
 * @self: an [class@Aict.Total]
 *
 * Gets the budget kind of the lines summed.
 *
 * Returns: the budget kind of the lines summed
 *
 * Since: 0.1
 */
AictBudgetKind
aict_total_get_kind (AictTotal *self)
{
  g_return_val_if_fail (AICT_IS_TOTAL (self), AICT_BUDGET_KIND_ALLOCATED);
  return self->kind;
}

/**
 * aict_total_get_amount: (get-property amount)
 * @self: an [class@Aict.Total]
 *
 * Gets the sum, in one currency.
 *
 * Returns: (transfer none): the sum, in one currency
 *
 * Since: 0.1
 */
const AictAmount *
aict_total_get_amount (AictTotal *self)
{
  g_return_val_if_fail (AICT_IS_TOTAL (self), NULL);
  return self->amount;
}

/**
 * aict_total_get_budget_ids: (get-property budget-ids)
 * @self: an [class@Aict.Total]
 *
 * Gets the ids of the budget lines summed, in dataset order.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the
 *   budget lines summed, in dataset order
 *
 * Since: 0.1
 */
const char * const *
aict_total_get_budget_ids (AictTotal *self)
{
  g_return_val_if_fail (AICT_IS_TOTAL (self), NULL);
  return self->budget_ids;
}

/**
 * aict_total_get_n_budgets: (get-property n-budgets)
 * @self: an [class@Aict.Total]
 *
 * Gets how many budget lines were summed.
 *
 * Returns: how many budget lines were summed
 *
 * Since: 0.1
 */
guint
aict_total_get_n_budgets (AictTotal *self)
{
  g_return_val_if_fail (AICT_IS_TOTAL (self), 0);
  return self->budgets->len;
}

/**
 * aict_total_get_previous_year: (get-property previous-year)
 * @self: an [class@Aict.Total]
 *
 * Gets the year the change is measured from, or %NULL if there is no
 * earlier row to compare with.
 *
 * Returns: (nullable): the year the change is measured from, or %NULL if
 *   there is no earlier row to compare with
 *
 * Since: 0.1
 */
const char *
aict_total_get_previous_year (AictTotal *self)
{
  g_return_val_if_fail (AICT_IS_TOTAL (self), NULL);
  return self->previous_year;
}

/**
 * aict_total_get_change: (get-property change)
 * @self: an [class@Aict.Total]
 *
 * Gets the change since [method@Aict.Total.get_previous_year], by interval
 * arithmetic ([method@Aict.Amount.subtract]), like for like: over the
 * members (the actors the lines count for) present in both years only.
 * A member that appears or disappears is not a rise or a fall: see
 * [method@Aict.Total.get_members_added] and
 * [method@Aict.Total.get_members_dropped].
 *
 * Returns: (transfer none) (nullable): the change, or %NULL without a
 *   previous year or without a member present in both years
 *
 * Since: 0.1
 */
const AictAmount *
aict_total_get_change (AictTotal *self)
{
  g_return_val_if_fail (AICT_IS_TOTAL (self), NULL);
  return self->change;
}

/**
 * aict_total_get_change_percent:
 * @self: an [class@Aict.Total]
 * @basis_points: (out) (optional): the change in basis points (−7500 is
 *   −75 %)
 *
 * Gets the relative change since the previous year, as
 * [method@Aict.Amount.percent_change] computes it, over the members
 * present in both years (see [method@Aict.Total.get_change]).  There is
 * none when either year's comparable total is a range, the earlier one is
 * zero or no member is present in both years.
 *
 * Returns: %TRUE if there is a relative change
 *
 * Since: 0.1
 */
gboolean
aict_total_get_change_percent (AictTotal *self,
                               gint64    *basis_points)
{
  g_return_val_if_fail (AICT_IS_TOTAL (self), FALSE);

  if (basis_points != NULL)
    *basis_points = self->has_percent ? self->basis_points : 0;

  return self->has_percent;
}

/**
 * aict_total_get_comparable_previous:
 * @self: an [class@Aict.Total]
 *
 * Gets the total of [method@Aict.Total.get_previous_year] over the members
 * present in both years: the base the change is measured from.  It differs
 * from that year's own total when members were dropped.
 *
 * Returns: (transfer none) (nullable): the comparable earlier total, or
 *   %NULL without a previous year or without a member present in both
 *
 * Since: 0.2
 */
const AictAmount *
aict_total_get_comparable_previous (AictTotal *self)
{
  g_return_val_if_fail (AICT_IS_TOTAL (self), NULL);
  return self->comparable_previous;
}

/**
 * aict_total_get_members_added:
 * @self: an [class@Aict.Total]
 *
 * Gets the members (ids of the actors the lines count for, "" for lines
 * with no actor) of @self that had no line in the row of
 * [method@Aict.Total.get_previous_year]: left out of the change.
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the
 *   sorted ids, empty if none, or %NULL without a previous year
 *
 * Since: 0.2
 */
const char * const *
aict_total_get_members_added (AictTotal *self)
{
  g_return_val_if_fail (AICT_IS_TOTAL (self), NULL);
  return (const char * const *) self->members_added;
}

/**
 * aict_total_get_members_dropped:
 * @self: an [class@Aict.Total]
 *
 * Gets the members of the row of [method@Aict.Total.get_previous_year]
 * that have no line in @self: left out of the change.
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the
 *   sorted ids, empty if none, or %NULL without a previous year
 *
 * Since: 0.2
 */
const char * const *
aict_total_get_members_dropped (AictTotal *self)
{
  g_return_val_if_fail (AICT_IS_TOTAL (self), NULL);
  return (const char * const *) self->members_dropped;
}

/**
 * aict_total_get_composition_changed:
 * @self: an [class@Aict.Total]
 *
 * Whether the members of @self differ from those of the previous year's
 * row: then the change covers the common members only, or there is no
 * change when there are none.
 *
 * Returns: %TRUE if a member was added or dropped since the previous year
 *
 * Since: 0.2
 */
gboolean
aict_total_get_composition_changed (AictTotal *self)
{
  g_return_val_if_fail (AICT_IS_TOTAL (self), FALSE);
  return (self->members_added != NULL && self->members_added[0] != NULL) ||
         (self->members_dropped != NULL && self->members_dropped[0] != NULL);
}

/**
 * AictCount:
 *
 * One row of [method@Aict.Dataset.count]: how many partnerships and
 * distinct actors fall under a key (a country, a theme, a status or an
 * actor kind).
 *
 * Since: 0.1
 */
struct _AictCount
{
  GObject parent_instance;

  AictCountBy by;
  char *key;
  guint n_partnerships;
  guint n_actors;
};

G_DEFINE_FINAL_TYPE (AictCount, aict_count, G_TYPE_OBJECT)

static void
aict_count_finalize (GObject *object)
{
  g_free (AICT_COUNT (object)->key);

  G_OBJECT_CLASS (aict_count_parent_class)->finalize (object);
}

enum
{
  PROP_COUNT_0,
  PROP_COUNT_BY,
  PROP_COUNT_KEY,
  PROP_COUNT_N_PARTNERSHIPS,
  PROP_COUNT_N_ACTORS,
  N_COUNT_PROPS
};

static GParamSpec *count_properties[N_COUNT_PROPS];

static void
aict_count_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AictCount *self = AICT_COUNT (object);

  switch (prop_id)
    {
    case PROP_COUNT_BY:
      g_value_set_enum (value, aict_count_get_by (self));
      break;

    case PROP_COUNT_KEY:
      g_value_set_string (value, aict_count_get_key (self));
      break;

    case PROP_COUNT_N_PARTNERSHIPS:
      g_value_set_uint (value, aict_count_get_n_partnerships (self));
      break;

    case PROP_COUNT_N_ACTORS:
      g_value_set_uint (value, aict_count_get_n_actors (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_count_class_init (AictCountClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = aict_count_finalize;
  G_OBJECT_CLASS (klass)->get_property = aict_count_get_property;

  /**
   * AictCount:by: (getter get_by)
   *
   * What was counted by.
   *
   * Since: 0.2
   */
  count_properties[PROP_COUNT_BY] =
    g_param_spec_enum ("by", NULL, NULL, AICT_TYPE_COUNT_BY, AICT_COUNT_BY_COUNTRY, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictCount:key: (getter get_key)
   *
   * The key counted.
   *
   * Since: 0.2
   */
  count_properties[PROP_COUNT_KEY] =
    g_param_spec_string ("key", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictCount:n-partnerships: (getter get_n_partnerships)
   *
   * The number of partnerships under the key.
   *
   * Since: 0.2
   */
  count_properties[PROP_COUNT_N_PARTNERSHIPS] =
    g_param_spec_uint ("n-partnerships", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictCount:n-actors: (getter get_n_actors)
   *
   * The number of distinct actors under the key.
   *
   * Since: 0.2
   */
  count_properties[PROP_COUNT_N_ACTORS] =
    g_param_spec_uint ("n-actors", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (G_OBJECT_CLASS (klass), N_COUNT_PROPS, count_properties);
}

static void
aict_count_init (AictCount *self)
{
}

AictCount *
_aict_count_new (AictCountBy  by,
                 const char  *key,
                 guint        n_partnerships,
                 guint        n_actors)
{
  AictCount *self = g_object_new (AICT_TYPE_COUNT, NULL);

  self->by = by;
  self->key = g_strdup (key);
  self->n_partnerships = n_partnerships;
  self->n_actors = n_actors;

  return self;
}

/**
 * aict_count_get_by: (get-property by)
 * @self: an [class@Aict.Count]
 *
 * Gets what was counted by.
 *
 * Returns: what was counted by
 *
 * Since: 0.1
 */
AictCountBy
aict_count_get_by (AictCount *self)
{
  g_return_val_if_fail (AICT_IS_COUNT (self), AICT_COUNT_BY_COUNTRY);
  return self->by;
}

/**
 * aict_count_get_key: (get-property key)
 * @self: an [class@Aict.Count]
 *
 * Gets the key counted: a country or theme code, or the nick of a status
 * or an actor kind (`active`, `departement`).
 *
 * Returns: the key
 *
 * Since: 0.1
 */
const char *
aict_count_get_key (AictCount *self)
{
  g_return_val_if_fail (AICT_IS_COUNT (self), NULL);
  return self->key;
}

/**
 * aict_count_get_n_partnerships: (get-property n-partnerships)
 * @self: an [class@Aict.Count]
 *
 * Gets the number of partnerships under the key.
 *
 * Returns: the number of partnerships under the key
 *
 * Since: 0.1
 */
guint
aict_count_get_n_partnerships (AictCount *self)
{
  g_return_val_if_fail (AICT_IS_COUNT (self), 0);
  return self->n_partnerships;
}

/**
 * aict_count_get_n_actors: (get-property n-actors)
 * @self: an [class@Aict.Count]
 *
 * Gets the number of distinct actors under the key.
 *
 * Returns: the number of distinct actors under the key
 *
 * Since: 0.1
 */
guint
aict_count_get_n_actors (AictCount *self)
{
  g_return_val_if_fail (AICT_IS_COUNT (self), 0);
  return self->n_actors;
}

/**
 * AictOverlap:
 *
 * A group of two or more home-side actors that share one thing — a
 * country, a partner, a theme or a funder — with the partnerships behind
 * it: a chance to pool work ("mutualisation").  See
 * [method@Aict.Dataset.find_overlaps].
 *
 * Since: 0.1
 */
struct _AictOverlap
{
  GObject parent_instance;

  AictOverlapKind kind;
  char *key;
  char **actor_ids;
  /* Held so that @partnership_ids can point at their ids: an overlap by
   * country in a large dataset holds hundreds of thousands. */
  GPtrArray *partnerships;
  const char **partnership_ids;
  AictOverlapKind shared_kinds;
  guint n_active;
};

G_DEFINE_FINAL_TYPE (AictOverlap, aict_overlap, G_TYPE_OBJECT)

static void
aict_overlap_finalize (GObject *object)
{
  AictOverlap *self = AICT_OVERLAP (object);

  g_free (self->key);
  g_strfreev (self->actor_ids);
  g_free (self->partnership_ids);
  g_clear_pointer (&self->partnerships, g_ptr_array_unref);

  G_OBJECT_CLASS (aict_overlap_parent_class)->finalize (object);
}

enum
{
  PROP_OVERLAP_0,
  PROP_OVERLAP_KIND,
  PROP_OVERLAP_KEY,
  PROP_OVERLAP_ACTOR_IDS,
  PROP_OVERLAP_PARTNERSHIP_IDS,
  PROP_OVERLAP_SHARED_KINDS,
  PROP_OVERLAP_STRENGTH,
  PROP_OVERLAP_N_ACTIVE,
  N_OVERLAP_PROPS
};

static GParamSpec *overlap_properties[N_OVERLAP_PROPS];

static void
aict_overlap_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AictOverlap *self = AICT_OVERLAP (object);

  switch (prop_id)
    {
    case PROP_OVERLAP_KIND:
      g_value_set_flags (value, aict_overlap_get_kind (self));
      break;

    case PROP_OVERLAP_KEY:
      g_value_set_string (value, aict_overlap_get_key (self));
      break;

    case PROP_OVERLAP_ACTOR_IDS:
      g_value_set_boxed (value, aict_overlap_get_actor_ids (self));
      break;

    case PROP_OVERLAP_PARTNERSHIP_IDS:
      g_value_set_boxed (value, aict_overlap_get_partnership_ids (self));
      break;

    case PROP_OVERLAP_SHARED_KINDS:
      g_value_set_flags (value, aict_overlap_get_shared_kinds (self));
      break;

    case PROP_OVERLAP_STRENGTH:
      g_value_set_uint (value, aict_overlap_get_strength (self));
      break;

    case PROP_OVERLAP_N_ACTIVE:
      g_value_set_uint (value, aict_overlap_get_n_active (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_overlap_class_init (AictOverlapClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = aict_overlap_finalize;
  G_OBJECT_CLASS (klass)->get_property = aict_overlap_get_property;

  /**
   * AictOverlap:kind: (getter get_kind)
   *
   * What the actors share (one flag).
   *
   * Since: 0.2
   */
  overlap_properties[PROP_OVERLAP_KIND] =
    g_param_spec_flags ("kind", NULL, NULL, AICT_TYPE_OVERLAP_KIND, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictOverlap:key: (getter get_key)
   *
   * The thing shared.
   *
   * Since: 0.2
   */
  overlap_properties[PROP_OVERLAP_KEY] =
    g_param_spec_string ("key", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictOverlap:actor-ids: (getter get_actor_ids)
   *
   * The actors that share it.
   *
   * Since: 0.2
   */
  overlap_properties[PROP_OVERLAP_ACTOR_IDS] =
    g_param_spec_boxed ("actor-ids", NULL, NULL, G_TYPE_STRV, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictOverlap:partnership-ids: (getter get_partnership_ids)
   *
   * The partnerships behind it.
   *
   * Since: 0.2
   */
  overlap_properties[PROP_OVERLAP_PARTNERSHIP_IDS] =
    g_param_spec_boxed ("partnership-ids", NULL, NULL, G_TYPE_STRV, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictOverlap:shared-kinds: (getter get_shared_kinds)
   *
   * Every kind of thing the actors share.
   *
   * Since: 0.2
   */
  overlap_properties[PROP_OVERLAP_SHARED_KINDS] =
    g_param_spec_flags ("shared-kinds", NULL, NULL, AICT_TYPE_OVERLAP_KIND, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictOverlap:strength: (getter get_strength)
   *
   * How strong the overlap is.
   *
   * Since: 0.2
   */
  overlap_properties[PROP_OVERLAP_STRENGTH] =
    g_param_spec_uint ("strength", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictOverlap:n-active: (getter get_n_active)
   *
   * The number of active partnerships behind it.
   *
   * Since: 0.2
   */
  overlap_properties[PROP_OVERLAP_N_ACTIVE] =
    g_param_spec_uint ("n-active", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (G_OBJECT_CLASS (klass), N_OVERLAP_PROPS, overlap_properties);
}

static void
aict_overlap_init (AictOverlap *self)
{
}

/* Takes @actor_ids; refs the partnerships of @partnerships (borrowed,
 * in dataset order). */
AictOverlap *
_aict_overlap_new (AictOverlapKind   kind,
                   const char       *key,
                   char            **actor_ids,
                   GPtrArray        *partnerships,
                   AictOverlapKind   shared_kinds,
                   guint             n_active)
{
  AictOverlap *self = g_object_new (AICT_TYPE_OVERLAP, NULL);

  self->kind = kind;
  self->key = g_strdup (key);
  self->actor_ids = actor_ids;
  self->partnerships = g_ptr_array_new_full (partnerships->len, g_object_unref);
  self->partnership_ids = g_new (const char *, partnerships->len + 1);
  for (guint i = 0; i < partnerships->len; i++)
    {
      AictEntity *partnership = g_ptr_array_index (partnerships, i);

      g_ptr_array_add (self->partnerships, g_object_ref (partnership));
      self->partnership_ids[i] = aict_entity_get_id (partnership);
    }
  self->partnership_ids[partnerships->len] = NULL;
  self->shared_kinds = shared_kinds;
  self->n_active = n_active;

  return self;
}

/**
 * aict_overlap_get_kind: (get-property kind)
 * @self: an [class@Aict.Overlap]
 *
 * Gets what the actors share (one flag).
 *
 * Returns: what the actors share (one flag)
 *
 * Since: 0.1
 */
AictOverlapKind
aict_overlap_get_kind (AictOverlap *self)
{
  g_return_val_if_fail (AICT_IS_OVERLAP (self), AICT_OVERLAP_KIND_NONE);
  return self->kind;
}

/**
 * aict_overlap_get_key: (get-property key)
 * @self: an [class@Aict.Overlap]
 *
 * Gets the country code, the id of the partner or funder, or the theme code
 * they share.
 *
 * Returns: the country code, the id of the partner or funder, or the
 *   theme code they share
 *
 * Since: 0.1
 */
const char *
aict_overlap_get_key (AictOverlap *self)
{
  g_return_val_if_fail (AICT_IS_OVERLAP (self), NULL);
  return self->key;
}

/**
 * aict_overlap_get_actor_ids: (get-property actor-ids)
 * @self: an [class@Aict.Overlap]
 *
 * Gets the ids of the actors (two or more), in dataset order.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the
 *   actors (two or more), in dataset order
 *
 * Since: 0.1
 */
const char * const *
aict_overlap_get_actor_ids (AictOverlap *self)
{
  g_return_val_if_fail (AICT_IS_OVERLAP (self), NULL);
  return (const char * const *) self->actor_ids;
}

/**
 * aict_overlap_get_partnership_ids: (get-property partnership-ids)
 * @self: an [class@Aict.Overlap]
 *
 * Gets the ids of the partnerships behind the overlap, in dataset order.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the
 *   partnerships behind the overlap, in dataset order
 *
 * Since: 0.1
 */
const char * const *
aict_overlap_get_partnership_ids (AictOverlap *self)
{
  g_return_val_if_fail (AICT_IS_OVERLAP (self), NULL);
  return self->partnership_ids;
}

/**
 * aict_overlap_get_shared_kinds: (get-property shared-kinds)
 * @self: an [class@Aict.Overlap]
 *
 * Gets the dimensions, among those asked for, on which all the actors of
 * @self share at least one thing: always its own kind, and maybe more (the
 * same two départements may share a country and a theme).
 *
 * Returns: the dimensions
 *
 * Since: 0.1
 */
AictOverlapKind
aict_overlap_get_shared_kinds (AictOverlap *self)
{
  g_return_val_if_fail (AICT_IS_OVERLAP (self), AICT_OVERLAP_KIND_NONE);
  return self->shared_kinds;
}

/**
 * aict_overlap_get_strength: (get-property strength)
 * @self: an [class@Aict.Overlap]
 *
 * Gets how many dimensions the actors share (1 to 4).
 *
 * Returns: how many dimensions the actors share (1 to 4), the first
 *   ranking key
 *
 * Since: 0.1
 */
guint
aict_overlap_get_strength (AictOverlap *self)
{
  g_return_val_if_fail (AICT_IS_OVERLAP (self), 0);
  return __builtin_popcount ((unsigned) self->shared_kinds);
}

/**
 * aict_overlap_get_n_active: (get-property n-active)
 * @self: an [class@Aict.Overlap]
 *
 * Gets how many of its partnerships are active.
 *
 * Returns: how many of its partnerships are active, the second ranking
 *   key
 *
 * Since: 0.1
 */
guint
aict_overlap_get_n_active (AictOverlap *self)
{
  g_return_val_if_fail (AICT_IS_OVERLAP (self), 0);
  return self->n_active;
}

/**
 * AictPoolingCandidate:
 *
 * A home-side actor that shares countries, partners, themes or funders
 * with a given actor: see [method@Aict.Dataset.find_pooling_candidates].
 *
 * Since: 0.1
 */
struct _AictPoolingCandidate
{
  GObject parent_instance;

  char *actor_id;
  char **shared[4];   /* country, partner, theme, funder */
  char **partnership_ids;
  guint n_active;
};

G_DEFINE_FINAL_TYPE (AictPoolingCandidate, aict_pooling_candidate, G_TYPE_OBJECT)

static void
aict_pooling_candidate_finalize (GObject *object)
{
  AictPoolingCandidate *self = AICT_POOLING_CANDIDATE (object);

  g_free (self->actor_id);
  for (int i = 0; i < 4; i++)
    g_strfreev (self->shared[i]);
  g_strfreev (self->partnership_ids);

  G_OBJECT_CLASS (aict_pooling_candidate_parent_class)->finalize (object);
}

enum
{
  PROP_POOLING_CANDIDATE_0,
  PROP_POOLING_CANDIDATE_ACTOR_ID,
  PROP_POOLING_CANDIDATE_SHARED_KINDS,
  PROP_POOLING_CANDIDATE_PARTNERSHIP_IDS,
  PROP_POOLING_CANDIDATE_STRENGTH,
  PROP_POOLING_CANDIDATE_N_SHARED,
  PROP_POOLING_CANDIDATE_N_ACTIVE,
  N_POOLING_CANDIDATE_PROPS
};

static GParamSpec *pooling_candidate_properties[N_POOLING_CANDIDATE_PROPS];

static void
aict_pooling_candidate_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AictPoolingCandidate *self = AICT_POOLING_CANDIDATE (object);

  switch (prop_id)
    {
    case PROP_POOLING_CANDIDATE_ACTOR_ID:
      g_value_set_string (value, aict_pooling_candidate_get_actor_id (self));
      break;

    case PROP_POOLING_CANDIDATE_SHARED_KINDS:
      g_value_set_flags (value, aict_pooling_candidate_get_shared_kinds (self));
      break;

    case PROP_POOLING_CANDIDATE_PARTNERSHIP_IDS:
      g_value_set_boxed (value, aict_pooling_candidate_get_partnership_ids (self));
      break;

    case PROP_POOLING_CANDIDATE_STRENGTH:
      g_value_set_uint (value, aict_pooling_candidate_get_strength (self));
      break;

    case PROP_POOLING_CANDIDATE_N_SHARED:
      g_value_set_uint (value, aict_pooling_candidate_get_n_shared (self));
      break;

    case PROP_POOLING_CANDIDATE_N_ACTIVE:
      g_value_set_uint (value, aict_pooling_candidate_get_n_active (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_pooling_candidate_class_init (AictPoolingCandidateClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = aict_pooling_candidate_finalize;
  G_OBJECT_CLASS (klass)->get_property = aict_pooling_candidate_get_property;

  /**
   * AictPoolingCandidate:actor-id: (getter get_actor_id)
   *
   * The candidate actor.
   *
   * Since: 0.2
   */
  pooling_candidate_properties[PROP_POOLING_CANDIDATE_ACTOR_ID] =
    g_param_spec_string ("actor-id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictPoolingCandidate:shared-kinds: (getter get_shared_kinds)
   *
   * What it shares.
   *
   * Since: 0.2
   */
  pooling_candidate_properties[PROP_POOLING_CANDIDATE_SHARED_KINDS] =
    g_param_spec_flags ("shared-kinds", NULL, NULL, AICT_TYPE_OVERLAP_KIND, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictPoolingCandidate:partnership-ids: (getter get_partnership_ids)
   *
   * The partnerships behind it.
   *
   * Since: 0.2
   */
  pooling_candidate_properties[PROP_POOLING_CANDIDATE_PARTNERSHIP_IDS] =
    g_param_spec_boxed ("partnership-ids", NULL, NULL, G_TYPE_STRV, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictPoolingCandidate:strength: (getter get_strength)
   *
   * How strong the candidate is.
   *
   * Since: 0.2
   */
  pooling_candidate_properties[PROP_POOLING_CANDIDATE_STRENGTH] =
    g_param_spec_uint ("strength", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictPoolingCandidate:n-shared: (getter get_n_shared)
   *
   * The number of things shared.
   *
   * Since: 0.2
   */
  pooling_candidate_properties[PROP_POOLING_CANDIDATE_N_SHARED] =
    g_param_spec_uint ("n-shared", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictPoolingCandidate:n-active: (getter get_n_active)
   *
   * The number of active partnerships behind it.
   *
   * Since: 0.2
   */
  pooling_candidate_properties[PROP_POOLING_CANDIDATE_N_ACTIVE] =
    g_param_spec_uint ("n-active", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (G_OBJECT_CLASS (klass), N_POOLING_CANDIDATE_PROPS, pooling_candidate_properties);
}

static void
aict_pooling_candidate_init (AictPoolingCandidate *self)
{
}

/* Takes the lists. */
AictPoolingCandidate *
_aict_pooling_candidate_new (const char  *actor_id,
                             char       **shared[4],
                             char       **partnership_ids,
                             guint        n_active)
{
  AictPoolingCandidate *self = g_object_new (AICT_TYPE_POOLING_CANDIDATE, NULL);

  self->actor_id = g_strdup (actor_id);
  for (int i = 0; i < 4; i++)
    self->shared[i] = shared[i] != NULL ? shared[i] : g_new0 (char *, 1);
  self->partnership_ids = partnership_ids;
  self->n_active = n_active;

  return self;
}

/**
 * aict_pooling_candidate_get_actor_id: (get-property actor-id)
 * @self: an [class@Aict.PoolingCandidate]
 *
 * Gets the id of the candidate actor.
 *
 * Returns: the id of the candidate actor
 *
 * Since: 0.1
 */
const char *
aict_pooling_candidate_get_actor_id (AictPoolingCandidate *self)
{
  g_return_val_if_fail (AICT_IS_POOLING_CANDIDATE (self), NULL);
  return self->actor_id;
}

/**
 * aict_pooling_candidate_get_shared:
 * @self: an [class@Aict.PoolingCandidate]
 * @kind: one dimension (a single flag)
 *
 * Gets what the two actors share along @kind (country or theme codes,
 * partner or funder ids), sorted; empty if nothing.
 *
 * Returns: (transfer none) (array zero-terminated=1): what the two actors
 *   share along @kind (country or theme codes, partner or funder ids),
 *   sorted; empty if nothing
 *
 * Since: 0.1
 */
const char * const *
aict_pooling_candidate_get_shared (AictPoolingCandidate *self,
                                   AictOverlapKind       kind)
{
  g_return_val_if_fail (AICT_IS_POOLING_CANDIDATE (self), NULL);
  g_return_val_if_fail (kind == AICT_OVERLAP_KIND_COUNTRY || kind == AICT_OVERLAP_KIND_PARTNER ||
                        kind == AICT_OVERLAP_KIND_THEME || kind == AICT_OVERLAP_KIND_FUNDER, NULL);

  return (const char * const *) self->shared[g_bit_nth_lsf (kind, -1)];
}

/**
 * aict_pooling_candidate_get_shared_kinds: (get-property shared-kinds)
 * @self: an [class@Aict.PoolingCandidate]
 *
 * Gets the dimensions along which the two actors share something.
 *
 * Returns: the dimensions along which the two actors share something
 *
 * Since: 0.1
 */
AictOverlapKind
aict_pooling_candidate_get_shared_kinds (AictPoolingCandidate *self)
{
  AictOverlapKind kinds = AICT_OVERLAP_KIND_NONE;

  g_return_val_if_fail (AICT_IS_POOLING_CANDIDATE (self), AICT_OVERLAP_KIND_NONE);

  for (int i = 0; i < 4; i++)
    if (self->shared[i][0] != NULL)
      kinds |= 1 << i;

  return kinds;
}

/**
 * aict_pooling_candidate_get_partnership_ids: (get-property partnership-ids)
 * @self: an [class@Aict.PoolingCandidate]
 *
 * Gets the candidate's partnerships through which it shares something, in
 * dataset order.
 *
 * Returns: (transfer none) (array zero-terminated=1): the candidate's
 *   partnerships through which it shares something, in dataset order
 *
 * Since: 0.1
 */
const char * const *
aict_pooling_candidate_get_partnership_ids (AictPoolingCandidate *self)
{
  g_return_val_if_fail (AICT_IS_POOLING_CANDIDATE (self), NULL);
  return (const char * const *) self->partnership_ids;
}

/**
 * aict_pooling_candidate_get_strength: (get-property strength)
 * @self: an [class@Aict.PoolingCandidate]
 *
 * Gets how many dimensions the two actors share (1 to 4).
 *
 * Returns: how many dimensions the two actors share (1 to 4), the first
 *   ranking key
 *
 * Since: 0.1
 */
guint
aict_pooling_candidate_get_strength (AictPoolingCandidate *self)
{
  g_return_val_if_fail (AICT_IS_POOLING_CANDIDATE (self), 0);
  return __builtin_popcount ((unsigned) aict_pooling_candidate_get_shared_kinds (self));
}

/**
 * aict_pooling_candidate_get_n_shared: (get-property n-shared)
 * @self: an [class@Aict.PoolingCandidate]
 *
 * Gets how many things the two actors share, all dimensions together.
 *
 * Returns: how many things the two actors share, all dimensions together,
 *   the second ranking key
 *
 * Since: 0.1
 */
guint
aict_pooling_candidate_get_n_shared (AictPoolingCandidate *self)
{
  guint n = 0;

  g_return_val_if_fail (AICT_IS_POOLING_CANDIDATE (self), 0);

  for (int i = 0; i < 4; i++)
    n += g_strv_length (self->shared[i]);

  return n;
}

/**
 * aict_pooling_candidate_get_n_active: (get-property n-active)
 * @self: an [class@Aict.PoolingCandidate]
 *
 * Gets how many of [method@Aict.PoolingCandidate.get_partnership_ids] are
 * active.
 *
 * Returns: how many of [method@Aict.PoolingCandidate.get_partnership_ids]
 *   are active, the third ranking key
 *
 * Since: 0.1
 */
guint
aict_pooling_candidate_get_n_active (AictPoolingCandidate *self)
{
  g_return_val_if_fail (AICT_IS_POOLING_CANDIDATE (self), 0);
  return self->n_active;
}
