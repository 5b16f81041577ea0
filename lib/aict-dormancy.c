/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-dormancy.h"
#include "aict-budget.h"
#include "aict-meeting.h"
#include "aict-outcome.h"
#include "aict-referrer.h"
#include "aict-error.h"
#include "aict-i18n-private.h"
#include "aict-query-private.h"

/* Dormancy: for each partnership marked active or slowed, the dated
 * mentions of it the query index already knows (budget lines through
 * budget.partnership, outcomes of meetings through outcome.partnerships),
 * plus its own start; the latest one on or before the reference date is its
 * last sign of life.  A partnership whose last sign is older than the
 * window, or which has none, is listed.  Nothing is changed. */

/**
 * AictDormancy:
 *
 * A partnership marked active or slowed that shows no sign of life in the
 * years before a date, as aict_dataset_find_dormant_partnerships() finds
 * it, with its last sign of life if it has one.
 *
 * Since: 0.2
 */

struct _AictDormancy
{
  GObject parent_instance;

  AictPartnership *partnership;
  AictPartialDate *last_date;    /* NULL: no dated sign of life */
  AictEntity *last_entity;
  const char *last_member;       /* static */
};

G_DEFINE_FINAL_TYPE (AictDormancy, aict_dormancy, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PARTNERSHIP,
  PROP_LAST_DATE,
  PROP_LAST_ENTITY,
  PROP_LAST_MEMBER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
aict_dormancy_dispose (GObject *object)
{
  AictDormancy *self = AICT_DORMANCY (object);

  g_clear_object (&self->partnership);
  g_clear_object (&self->last_entity);

  G_OBJECT_CLASS (aict_dormancy_parent_class)->dispose (object);
}

static void
aict_dormancy_finalize (GObject *object)
{
  AictDormancy *self = AICT_DORMANCY (object);

  g_clear_pointer (&self->last_date, aict_partial_date_free);

  G_OBJECT_CLASS (aict_dormancy_parent_class)->finalize (object);
}

static void
aict_dormancy_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AictDormancy *self = AICT_DORMANCY (object);

  switch (prop_id)
    {
    case PROP_PARTNERSHIP:
      g_value_set_object (value, self->partnership);
      break;
    case PROP_LAST_DATE:
      g_value_set_boxed (value, self->last_date);
      break;
    case PROP_LAST_ENTITY:
      g_value_set_object (value, self->last_entity);
      break;
    case PROP_LAST_MEMBER:
      g_value_set_static_string (value, self->last_member);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_dormancy_class_init (AictDormancyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = aict_dormancy_dispose;
  object_class->finalize = aict_dormancy_finalize;
  object_class->get_property = aict_dormancy_get_property;

  /**
   * AictDormancy:partnership: (getter get_partnership)
   *
   * The partnership without a recent sign of life.
   *
   * Since: 0.2
   */
  properties[PROP_PARTNERSHIP] =
    g_param_spec_object ("partnership", NULL, NULL, AICT_TYPE_PARTNERSHIP, flags);

  /**
   * AictDormancy:last-date: (getter get_last_date)
   *
   * The date of the last sign of life on or before the reference date, or
   * %NULL if the dataset holds none.
   *
   * Since: 0.2
   */
  properties[PROP_LAST_DATE] =
    g_param_spec_boxed ("last-date", NULL, NULL, AICT_TYPE_PARTIAL_DATE, flags);

  /**
   * AictDormancy:last-entity: (getter get_last_entity)
   *
   * What the last sign of life is: a budget line, an outcome of a meeting,
   * or the partnership itself (its start); %NULL without one.
   *
   * Since: 0.2
   */
  properties[PROP_LAST_ENTITY] =
    g_param_spec_object ("last-entity", NULL, NULL, AICT_TYPE_ENTITY, flags);

  /**
   * AictDormancy:last-member: (getter get_last_member)
   *
   * The member that makes the last sign of life, as `TYPE.MEMBER`:
   * `budget.partnership`, `outcome.partnerships` or `partnership.start`;
   * %NULL without one.
   *
   * Since: 0.2
   */
  properties[PROP_LAST_MEMBER] =
    g_param_spec_string ("last-member", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
aict_dormancy_init (AictDormancy *self)
{
}

/**
 * aict_dormancy_get_partnership:
 * @self: an #AictDormancy
 *
 * Gets the partnership found dormant.
 *
 * Returns: (transfer none): the partnership
 *
 * Since: 0.2
 */
AictPartnership *
aict_dormancy_get_partnership (AictDormancy *self)
{
  g_return_val_if_fail (AICT_IS_DORMANCY (self), NULL);
  return self->partnership;
}

/**
 * aict_dormancy_get_last_date:
 * @self: an #AictDormancy
 *
 * Gets the date of the partnership's last sign of life.
 *
 * Returns: (transfer none) (nullable): the date of the last sign of life,
 *   or %NULL if there is none
 *
 * Since: 0.2
 */
const AictPartialDate *
aict_dormancy_get_last_date (AictDormancy *self)
{
  g_return_val_if_fail (AICT_IS_DORMANCY (self), NULL);
  return self->last_date;
}

/**
 * aict_dormancy_get_last_entity:
 * @self: an #AictDormancy
 *
 * Gets the object that gave the last sign of life: a budget line, an
 * outcome, or the partnership itself (its start).
 *
 * Returns: (transfer none) (nullable): the object of the last sign of life
 *
 * Since: 0.2
 */
AictEntity *
aict_dormancy_get_last_entity (AictDormancy *self)
{
  g_return_val_if_fail (AICT_IS_DORMANCY (self), NULL);
  return self->last_entity;
}

/**
 * aict_dormancy_get_last_member:
 * @self: an #AictDormancy
 *
 * Gets the member through which the last sign of life names the
 * partnership.
 *
 * Returns: (nullable): the member of the last sign of life
 *   (`budget.partnership`, `outcome.partnerships`, `partnership.start`)
 *
 * Since: 0.2
 */
const char *
aict_dormancy_get_last_member (AictDormancy *self)
{
  g_return_val_if_fail (AICT_IS_DORMANCY (self), NULL);
  return self->last_member;
}

/* The date a referrer of a partnership gives it: a budget line its end (or
 * its start), an outcome the date of its meeting.  NULL: not dated. */
static const AictPartialDate *
referrer_date (AictDataset        *dataset,
               AictReferrerEntry  *entry)
{
  if (AICT_IS_BUDGET (entry->entity))
    {
      AictBudget *budget = entry->entity;

      return aict_budget_get_end (budget) != NULL ? aict_budget_get_end (budget) : aict_budget_get_start (budget);
    }
  if (AICT_IS_OUTCOME (entry->entity))
    {
      const char *meeting_id = aict_outcome_get_meeting_id (entry->entity);
      AictMeeting *meeting = meeting_id != NULL ? aict_dataset_lookup_meeting (dataset, meeting_id) : NULL;

      return meeting != NULL ? aict_meeting_get_date (meeting) : NULL;
    }

  return NULL;
}

typedef struct
{
  const AictPartialDate *date;
  gpointer entity;
  const char *member;
} Sign;

/* Keeps in @best the latest of the signs on or before @reference (first
 * day on or before it); of two with the same date, the first seen. */
static void
consider (Sign                  *best,
          const AictPartialDate *date,
          gpointer               entity,
          const char            *member,
          const GDate           *reference)
{
  g_autoptr(GDate) first = NULL;

  if (date == NULL)
    return;
  first = aict_partial_date_get_first_day (date);
  if (g_date_compare (first, reference) > 0)
    return;
  if (best->date != NULL && aict_partial_date_sort_compare (date, best->date) <= 0)
    return;

  best->date = date;
  best->entity = entity;
  best->member = member;
}

/**
 * aict_dataset_find_dormant_partnerships:
 * @self: an #AictDataset
 * @at: the reference date: signs of life after it do not count
 * @years: the length of the window before @at, in years; 0 for
 *   %AICT_DORMANCY_DEFAULT_YEARS (3)
 * @error: return location for a #GError
 *
 * Lists the partnerships whose status is active or slowed and that show
 * no sign of life in the @years years before @at: no budget line
 * (`budget.partnership`; dated by its end, else its start), no outcome of a
 * meeting (`outcome.partnerships`, decisions and actions; dated by the
 * date of the meeting) and no start of the partnership itself in that
 * window.  Agenda items and contributions name no partnership in aict/1:
 * they count through the outcomes that name one.  Undated mentions prove
 * nothing and are not counted.
 *
 * The window runs from the last day of @at minus @years years (that day
 * included) to the last day of @at; a sign of life is in it when its last
 * possible day is in or after the window's first day and its first
 * possible day is not after the last day of @at.  A partnership with no
 * dated sign of life at all is listed too, with no last sign.
 *
 * This is an analysis: no status is changed.
 *
 * Returns: (transfer full): a list of #AictDormancy, in dataset order
 *
 * Since: 0.2
 */
GListModel *
aict_dataset_find_dormant_partnerships (AictDataset           *self,
                                        const AictPartialDate *at,
                                        guint                  years,
                                        GError               **error)
{
  g_autoptr(GListStore) store = NULL;
  g_autoptr(GDate) reference = NULL;
  g_autoptr(GDate) window_start = NULL;
  GListModel *partnerships;
  AictQueryIndex *index;
  guint n;

  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  g_return_val_if_fail (at != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (years == 0)
    years = AICT_DORMANCY_DEFAULT_YEARS;
  reference = aict_partial_date_get_last_day (at);
  if (years >= (guint) g_date_get_year (reference))
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                   _("A window of %u years before %d goes back before year 1"),
                   years, g_date_get_year (reference));
      return NULL;
    }
  window_start = g_date_copy (reference);
  g_date_subtract_years (window_start, years);

  store = g_list_store_new (AICT_TYPE_DORMANCY);
  index = _aict_dataset_get_query_index (self);
  partnerships = aict_dataset_get_partnerships (self);
  n = g_list_model_get_n_items (partnerships);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AictPartnership) partnership = g_list_model_get_item (partnerships, i);
      AictPartnershipStatus status = aict_partnership_get_status (partnership);
      const char *id = aict_entity_get_id (AICT_ENTITY (partnership));
      GArray *entries;
      Sign best = { NULL, NULL, NULL };
      g_autoptr(GDate) last = NULL;
      AictDormancy *dormancy;

      if (status != AICT_PARTNERSHIP_STATUS_ACTIVE && status != AICT_PARTNERSHIP_STATUS_SLOWED)
        continue;

      consider (&best, aict_partnership_get_start (partnership), partnership, "partnership.start", reference);
      entries = _aict_query_index_lookup_referrers (index, id);
      for (guint e = 0; entries != NULL && e < entries->len; e++)
        {
          AictReferrerEntry *entry = &g_array_index (entries, AictReferrerEntry, e);

          consider (&best, referrer_date (self, entry), entry->entity, entry->member, reference);
        }

      if (best.date != NULL)
        {
          last = aict_partial_date_get_last_day (best.date);
          if (g_date_compare (last, window_start) >= 0)
            continue;
        }

      dormancy = g_object_new (AICT_TYPE_DORMANCY, NULL);
      dormancy->partnership = g_object_ref (partnership);
      if (best.date != NULL)
        {
          dormancy->last_date = aict_partial_date_copy (best.date);
          dormancy->last_entity = g_object_ref (best.entity);
          dormancy->last_member = best.member;
        }
      g_list_store_append (store, dormancy);
      g_object_unref (dormancy);
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}
