/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "aict-query-private.h"
#include "aict-codec-private.h"
#include "aict-enum-types.h"
#include "aict-i18n-private.h"
#include "aict-model-private.h"

/* Summaries: counts by key, an actor's units and staff, its profile. */

typedef struct
{
  char *key;
  GHashTable *actors;         /* set of actor ids (borrowed from the model) */
  GHashTable *partnerships;   /* set of positions + 1 */
} Tally;

static void
tally_free (gpointer data)
{
  Tally *tally = data;

  g_free (tally->key);
  g_hash_table_unref (tally->actors);
  g_hash_table_unref (tally->partnerships);
  g_free (tally);
}

static Tally *
tally_get (GHashTable *tallies,
           const char *key)
{
  Tally *tally = g_hash_table_lookup (tallies, key);

  if (tally == NULL)
    {
      tally = g_new0 (Tally, 1);
      tally->key = g_strdup (key);
      tally->actors = g_hash_table_new (g_str_hash, g_str_equal);
      tally->partnerships = g_hash_table_new (NULL, NULL);
      g_hash_table_insert (tallies, tally->key, tally);
    }

  return tally;
}

static void
tally_partnership (Tally           *tally,
                   AictDataset     *dataset,
                   AictPartnership *partnership,
                   guint            position)
{
  GPtrArray *participants = _aict_partnership_peek_participants (partnership);

  g_hash_table_add (tally->partnerships, GUINT_TO_POINTER (position + 1));

  /* Distinct actors by id: no lookup per participant (a dataset that
   * names an actor it does not hold is reported by validation). */
  for (guint i = 0; participants != NULL && i < participants->len; i++)
    g_hash_table_add (tally->actors,
                      (gpointer) aict_participant_get_actor_id (g_ptr_array_index (participants, i)));
}

static int
compare_tallies (gconstpointer pa,
                 gconstpointer pb)
{
  const Tally *a = *(Tally * const *) pa;
  const Tally *b = *(Tally * const *) pb;
  guint na = g_hash_table_size (a->actors), nb = g_hash_table_size (b->actors);
  guint pa_ = g_hash_table_size (a->partnerships), pb_ = g_hash_table_size (b->partnerships);

  if (pa_ != pb_)
    return pa_ > pb_ ? -1 : 1;
  if (na != nb)
    return na > nb ? -1 : 1;

  return strcmp (a->key, b->key);
}

/**
 * aict_dataset_count:
 * @self: an [class@Aict.Dataset]
 * @by: what to count by
 * @filter: (nullable): which partnerships (for countries, themes and
 *   statuses) or actors (for actor kinds) to count, or %NULL for all
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Counts partnerships and the distinct actors taking part in them by
 * country, theme or status; or actors by kind, with the partnerships they
 * take part in.  A partnership in two countries counts in both; themes
 * are a partnership's own and its components'.
 *
 * Rows are sorted by number of partnerships, then of actors (both
 * decreasing), then by key.
 *
 * Returns: (transfer full) (nullable): a [iface@Gio.ListModel] of
 *   [class@Aict.Count], or %NULL on error
 *
 * Since: 0.1
 */
GListModel *
aict_dataset_count (AictDataset  *self,
                    AictCountBy   by,
                    AictFilter   *filter,
                    GError      **error)
{
  g_autoptr(GHashTable) tallies = NULL;
  g_autoptr(GArray) positions = NULL;
  g_autoptr(GPtrArray) order = NULL;
  AictQueryIndex *index;
  GPtrArray *partnerships;
  GListStore *store;
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  g_return_val_if_fail (by <= AICT_COUNT_BY_ACTOR_KIND, NULL);
  g_return_val_if_fail (filter == NULL || AICT_IS_FILTER (filter), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Without criteria, no table of the index is built: counting every
   * partnership of a large file costs no more than walking them. */
  positions = _aict_query_run (self, by == AICT_COUNT_BY_ACTOR_KIND ? AICT_TARGET_ACTORS
                                                                     : AICT_TARGET_PARTNERSHIPS,
                               filter, error);
  if (positions == NULL)
    return NULL;

  index = _aict_dataset_get_query_index (self);
  partnerships = index->targets[AICT_TARGET_PARTNERSHIPS].items;
  tallies = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, tally_free);

  for (guint i = 0; i < positions->len; i++)
    {
      guint position = g_array_index (positions, guint, i);

      if (by == AICT_COUNT_BY_ACTOR_KIND)
        {
          AictActor *actor = g_ptr_array_index (index->targets[AICT_TARGET_ACTORS].items, position);
          Tally *tally = tally_get (tallies, _aict_enum_nick (AICT_TYPE_ACTOR_KIND, aict_actor_get_kind (actor)));
          GArray *own = _aict_query_index_lookup (index, AICT_TARGET_PARTNERSHIPS, AICT_DIM_ACTOR,
                                                  aict_entity_get_id (AICT_ENTITY (actor)));

          g_hash_table_add (tally->actors, (gpointer) aict_entity_get_id (AICT_ENTITY (actor)));
          for (guint j = 0; own != NULL && j < own->len; j++)
            g_hash_table_add (tally->partnerships, GUINT_TO_POINTER (g_array_index (own, guint, j) + 1));
        }
      else
        {
          AictPartnership *partnership = g_ptr_array_index (partnerships, position);

          if (by == AICT_COUNT_BY_STATUS)
            tally_partnership (tally_get (tallies, _aict_enum_nick (AICT_TYPE_PARTNERSHIP_STATUS,
                                                            aict_partnership_get_status (partnership))),
                               self, partnership, position);
          else if (by == AICT_COUNT_BY_COUNTRY)
            {
              const char * const *keys = aict_partnership_get_countries (partnership);

              for (guint k = 0; keys != NULL && keys[k] != NULL; k++)
                tally_partnership (tally_get (tallies, keys[k]), self, partnership, position);
            }
          else
            {
              /* Its own themes and its components': as the theme
               * criterion of a filter sees them.  A tally counts a
               * partnership once. */
              GPtrArray *components = _aict_partnership_peek_components (partnership);
              const char * const *keys = aict_partnership_get_themes (partnership);

              for (guint k = 0; keys != NULL && keys[k] != NULL; k++)
                tally_partnership (tally_get (tallies, keys[k]), self, partnership, position);
              for (guint c = 0; components != NULL && c < components->len; c++)
                {
                  keys = aict_component_get_themes (g_ptr_array_index (components, c));
                  for (guint k = 0; keys != NULL && keys[k] != NULL; k++)
                    tally_partnership (tally_get (tallies, keys[k]), self, partnership, position);
                }
            }
        }
    }

  order = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, tallies);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Tally *tally = value;

      g_ptr_array_add (order, tally);
    }
  g_ptr_array_sort (order, compare_tallies);

  store = g_list_store_new (AICT_TYPE_COUNT);
  for (guint i = 0; i < order->len; i++)
    {
      Tally *tally = g_ptr_array_index (order, i);
      g_autoptr(AictCount) count = _aict_count_new (by, tally->key,
                                                    g_hash_table_size (tally->partnerships),
                                                    g_hash_table_size (tally->actors));

      g_list_store_append (store, count);
    }

  return G_LIST_MODEL (store);
}

typedef struct
{
  const AictPartialDate *first;
  const AictPartialDate *last;
  guint32 first_day;
  guint32 last_day;
} Period;

static void
period_add (Period                *period,
            const AictPartialDate *date)
{
  guint32 first, last;

  if (date == NULL)
    return;

  /* Earliest by first day, latest by last day: "2016" ends after
   * "2016-09-20". */
  first = _aict_day_first (date);
  last = _aict_day_last (date);
  if (period->first == NULL || first < period->first_day)
    {
      period->first = date;
      period->first_day = first;
    }
  if (period->last == NULL || last > period->last_day)
    {
      period->last = date;
      period->last_day = last;
    }
}

/**
 * aict_dataset_get_period:
 * @self: an [class@Aict.Dataset]
 * @first: (out) (optional) (transfer full) (nullable): the earliest date
 * @last: (out) (optional) (transfer full) (nullable): the latest date
 *
 * Finds the period a dataset covers: the earliest and the latest of the
 * start and end dates of its partnerships and budget lines and of the
 * dates of its meetings, each compared at its precision ("2016" ends after
 * "2016-09-20").
 *
 * Returns: %TRUE if the dataset holds any date (@first and @last are then
 *   set), %FALSE if none (they are set to %NULL)
 *
 * Since: 0.1
 */
gboolean
aict_dataset_get_period (AictDataset      *self,
                         AictPartialDate **first,
                         AictPartialDate **last)
{
  Period period = { NULL, NULL, 0, 0 };
  GPtrArray *items;

  g_return_val_if_fail (AICT_IS_DATASET (self), FALSE);

  items = _aict_dataset_get_items (self, AICT_COLLECTION_PARTNERSHIPS);
  for (guint i = 0; i < items->len; i++)
    {
      period_add (&period, aict_partnership_get_start (g_ptr_array_index (items, i)));
      period_add (&period, aict_partnership_get_end (g_ptr_array_index (items, i)));
    }
  items = _aict_dataset_get_items (self, AICT_COLLECTION_BUDGETS);
  for (guint i = 0; i < items->len; i++)
    {
      period_add (&period, aict_budget_get_start (g_ptr_array_index (items, i)));
      period_add (&period, aict_budget_get_end (g_ptr_array_index (items, i)));
    }
  items = _aict_dataset_get_items (self, AICT_COLLECTION_MEETINGS);
  for (guint i = 0; i < items->len; i++)
    {
      period_add (&period, aict_meeting_get_date (g_ptr_array_index (items, i)));
      period_add (&period, aict_meeting_get_end_date (g_ptr_array_index (items, i)));
    }

  if (first != NULL)
    *first = period.first != NULL ? aict_partial_date_copy (period.first) : NULL;
  if (last != NULL)
    *last = period.last != NULL ? aict_partial_date_copy (period.last) : NULL;

  return period.first != NULL;
}

/* The actor and its units, or NULL with @error set. */
static GPtrArray *
family_of (AictDataset     *self,
           AictQueryIndex  *index,
           const char      *actor_id,
           GError         **error)
{
  AictActor *actor = aict_dataset_lookup_actor (self, actor_id);

  if (actor == NULL)
    {
      g_autofree char *shown = g_utf8_make_valid (actor_id, -1);

      g_set_error (error, AICT_ERROR, AICT_ERROR_NOT_FOUND, _("No actor with id “%s”"), shown);
      return NULL;
    }

  return _aict_query_index_actor_family (index, actor);
}

static GArray *
sorted_union (AictQueryIndex *index,
              AictTarget      target,
              AictStringDim   dimension,
              GPtrArray      *family)
{
  GArray *set = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < family->len; i++)
    {
      GArray *postings = _aict_query_index_lookup (index, target, dimension,
                                                   aict_entity_get_id (g_ptr_array_index (family, i)));

      if (postings != NULL)
        g_array_append_vals (set, postings->data, postings->len);
    }
  _aict_positions_sort_unique (set);

  return set;
}

static GListModel *
units_store (AictQueryIndex *index,
             GPtrArray      *family)
{
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 1; i < family->len; i++)
    {
      guint position = (guint) _aict_query_index_position (index, g_ptr_array_index (family, i));

      g_array_append_val (positions, position);
    }
  _aict_positions_sort_unique (positions);

  return _aict_query_store (index, AICT_TARGET_ACTORS, positions);
}

/**
 * aict_dataset_get_units:
 * @self: an [class@Aict.Dataset]
 * @actor_id: the id of an actor
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Finds the units of an actor: the actors whose parent chain leads to it
 * (its directorates, services, offices abroad).
 *
 * Returns: (transfer full) (nullable): a [iface@Gio.ListModel] of
 *   [class@Aict.Actor] in dataset order, or %NULL if there is no such actor
 *
 * Since: 0.1
 */
GListModel *
aict_dataset_get_units (AictDataset  *self,
                        const char   *actor_id,
                        GError      **error)
{
  AictQueryIndex *index;
  g_autoptr(GPtrArray) family = NULL;

  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  g_return_val_if_fail (actor_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  index = _aict_dataset_get_query_index (self);
  family = family_of (self, index, actor_id, error);
  if (family == NULL)
    return NULL;

  return units_store (index, family);
}

/**
 * aict_dataset_get_staff:
 * @self: an [class@Aict.Dataset]
 * @actor_id: the id of an actor
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Finds the people of an actor: those with an affiliation to it or to one
 * of its units.  Their posts are in their affiliations
 * ([method@Aict.Person.get_affiliation]).
 *
 * Returns: (transfer full) (nullable): a [iface@Gio.ListModel] of
 *   [class@Aict.Person] in dataset order, or %NULL if there is no such actor
 *
 * Since: 0.1
 */
GListModel *
aict_dataset_get_staff (AictDataset  *self,
                        const char   *actor_id,
                        GError      **error)
{
  AictQueryIndex *index;
  g_autoptr(GPtrArray) family = NULL;
  g_autoptr(GArray) positions = NULL;

  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  g_return_val_if_fail (actor_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  index = _aict_dataset_get_query_index (self);
  family = family_of (self, index, actor_id, error);
  if (family == NULL)
    return NULL;

  positions = sorted_union (index, AICT_TARGET_PERSONS, AICT_DIM_ACTOR, family);

  return _aict_query_store (index, AICT_TARGET_PERSONS, positions);
}

/**
 * AictActorProfile:
 *
 * Everything a dataset says about one actor and its units, gathered by
 * [method@Aict.Dataset.get_actor_profile]: what to show an elected
 * official.  Each list is a [iface@Gio.ListModel] in dataset order.
 *
 * Since: 0.1
 */
struct _AictActorProfile
{
  GObject parent_instance;

  AictActor *actor;
  GListModel *units;
  GListModel *partnerships;
  GListModel *budgets;
  GListModel *staff;
  GListModel *meetings;
  GListModel *actions;
  GListModel *contributions;
};

G_DEFINE_FINAL_TYPE (AictActorProfile, aict_actor_profile, G_TYPE_OBJECT)

static void
aict_actor_profile_dispose (GObject *object)
{
  AictActorProfile *self = AICT_ACTOR_PROFILE (object);

  g_clear_object (&self->actor);
  g_clear_object (&self->units);
  g_clear_object (&self->partnerships);
  g_clear_object (&self->budgets);
  g_clear_object (&self->staff);
  g_clear_object (&self->meetings);
  g_clear_object (&self->actions);
  g_clear_object (&self->contributions);

  G_OBJECT_CLASS (aict_actor_profile_parent_class)->dispose (object);
}

enum
{
  PROP_ACTOR_PROFILE_0,
  PROP_ACTOR_PROFILE_ACTOR,
  PROP_ACTOR_PROFILE_UNITS,
  PROP_ACTOR_PROFILE_PARTNERSHIPS,
  PROP_ACTOR_PROFILE_BUDGETS,
  PROP_ACTOR_PROFILE_STAFF,
  PROP_ACTOR_PROFILE_MEETINGS,
  PROP_ACTOR_PROFILE_ACTIONS,
  PROP_ACTOR_PROFILE_CONTRIBUTIONS,
  N_ACTOR_PROFILE_PROPS
};

static GParamSpec *actor_profile_properties[N_ACTOR_PROFILE_PROPS];

static void
aict_actor_profile_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AictActorProfile *self = AICT_ACTOR_PROFILE (object);

  switch (prop_id)
    {
    case PROP_ACTOR_PROFILE_ACTOR:
      g_value_set_object (value, aict_actor_profile_get_actor (self));
      break;

    case PROP_ACTOR_PROFILE_UNITS:
      g_value_set_object (value, aict_actor_profile_get_units (self));
      break;

    case PROP_ACTOR_PROFILE_PARTNERSHIPS:
      g_value_set_object (value, aict_actor_profile_get_partnerships (self));
      break;

    case PROP_ACTOR_PROFILE_BUDGETS:
      g_value_set_object (value, aict_actor_profile_get_budgets (self));
      break;

    case PROP_ACTOR_PROFILE_STAFF:
      g_value_set_object (value, aict_actor_profile_get_staff (self));
      break;

    case PROP_ACTOR_PROFILE_MEETINGS:
      g_value_set_object (value, aict_actor_profile_get_meetings (self));
      break;

    case PROP_ACTOR_PROFILE_ACTIONS:
      g_value_set_object (value, aict_actor_profile_get_actions (self));
      break;

    case PROP_ACTOR_PROFILE_CONTRIBUTIONS:
      g_value_set_object (value, aict_actor_profile_get_contributions (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_actor_profile_class_init (AictActorProfileClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = aict_actor_profile_dispose;
  G_OBJECT_CLASS (klass)->get_property = aict_actor_profile_get_property;

  /**
   * AictActorProfile:actor: (getter get_actor)
   *
   * The actor.
   *
   * Since: 0.2
   */
  actor_profile_properties[PROP_ACTOR_PROFILE_ACTOR] =
    g_param_spec_object ("actor", NULL, NULL, AICT_TYPE_ACTOR, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictActorProfile:units: (getter get_units)
   *
   * The units of the profile (see [method@Aict.ActorProfile.get_units]).
   *
   * Since: 0.2
   */
  actor_profile_properties[PROP_ACTOR_PROFILE_UNITS] =
    g_param_spec_object ("units", NULL, NULL, G_TYPE_LIST_MODEL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictActorProfile:partnerships: (getter get_partnerships)
   *
   * The partnerships of the profile (see [method@Aict.ActorProfile.get_partnerships]).
   *
   * Since: 0.2
   */
  actor_profile_properties[PROP_ACTOR_PROFILE_PARTNERSHIPS] =
    g_param_spec_object ("partnerships", NULL, NULL, G_TYPE_LIST_MODEL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictActorProfile:budgets: (getter get_budgets)
   *
   * The budgets of the profile (see [method@Aict.ActorProfile.get_budgets]).
   *
   * Since: 0.2
   */
  actor_profile_properties[PROP_ACTOR_PROFILE_BUDGETS] =
    g_param_spec_object ("budgets", NULL, NULL, G_TYPE_LIST_MODEL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictActorProfile:staff: (getter get_staff)
   *
   * The staff of the profile (see [method@Aict.ActorProfile.get_staff]).
   *
   * Since: 0.2
   */
  actor_profile_properties[PROP_ACTOR_PROFILE_STAFF] =
    g_param_spec_object ("staff", NULL, NULL, G_TYPE_LIST_MODEL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictActorProfile:meetings: (getter get_meetings)
   *
   * The meetings of the profile (see [method@Aict.ActorProfile.get_meetings]).
   *
   * Since: 0.2
   */
  actor_profile_properties[PROP_ACTOR_PROFILE_MEETINGS] =
    g_param_spec_object ("meetings", NULL, NULL, G_TYPE_LIST_MODEL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictActorProfile:actions: (getter get_actions)
   *
   * The actions of the profile (see [method@Aict.ActorProfile.get_actions]).
   *
   * Since: 0.2
   */
  actor_profile_properties[PROP_ACTOR_PROFILE_ACTIONS] =
    g_param_spec_object ("actions", NULL, NULL, G_TYPE_LIST_MODEL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictActorProfile:contributions: (getter get_contributions)
   *
   * The contributions of the profile (see [method@Aict.ActorProfile.get_contributions]).
   *
   * Since: 0.2
   */
  actor_profile_properties[PROP_ACTOR_PROFILE_CONTRIBUTIONS] =
    g_param_spec_object ("contributions", NULL, NULL, G_TYPE_LIST_MODEL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (G_OBJECT_CLASS (klass), N_ACTOR_PROFILE_PROPS, actor_profile_properties);
}

static void
aict_actor_profile_init (AictActorProfile *self)
{
}

static gboolean
in_set (GHashTable *set,
        const char *id)
{
  return id != NULL && g_hash_table_contains (set, id);
}

/**
 * aict_dataset_get_actor_profile:
 * @self: an [class@Aict.Dataset]
 * @actor_id: the id of an actor
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Gathers the profile of an actor, counting its units (services,
 * directorates) with it: its partnerships, its budget lines and those of
 * its partnerships, its people, the meetings it organised or attended
 * (through a person representing it or one of its people), the follow-up
 * actions it owns and what it said at meetings.
 *
 * The profile is a snapshot: it does not follow later changes.
 *
 * Returns: (transfer full) (nullable): the profile, or %NULL with
 *   %AICT_ERROR_NOT_FOUND if there is no such actor
 *
 * Since: 0.1
 */
AictActorProfile *
aict_dataset_get_actor_profile (AictDataset  *self,
                                const char   *actor_id,
                                GError      **error)
{
  AictActorProfile *profile;
  AictQueryIndex *index;
  g_autoptr(GPtrArray) family = NULL;
  g_autoptr(GHashTable) family_ids = NULL;
  g_autoptr(GHashTable) staff_ids = NULL;
  g_autoptr(GArray) positions = NULL;
  g_autoptr(GArray) meetings = NULL;
  g_autoptr(GArray) owned = NULL;
  g_autoptr(GArray) actions = NULL;
  GListStore *contributions;
  GPtrArray *meeting_items;
  guint n_staff;

  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  g_return_val_if_fail (actor_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  index = _aict_dataset_get_query_index (self);
  family = family_of (self, index, actor_id, error);
  if (family == NULL)
    return NULL;

  profile = g_object_new (AICT_TYPE_ACTOR_PROFILE, NULL);
  profile->actor = g_object_ref (g_ptr_array_index (family, 0));
  profile->units = units_store (index, family);

  family_ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < family->len; i++)
    g_hash_table_add (family_ids, (gpointer) aict_entity_get_id (g_ptr_array_index (family, i)));

  positions = sorted_union (index, AICT_TARGET_PARTNERSHIPS, AICT_DIM_ACTOR, family);
  profile->partnerships = _aict_query_store (index, AICT_TARGET_PARTNERSHIPS, positions);
  g_clear_pointer (&positions, g_array_unref);

  /* Its own budget lines and those of its partnerships: what a filter on
   * budget lines with this actor gives. */
  {
    g_autoptr(AictFilter) budget_filter = aict_filter_new ();

    aict_filter_set_actor (budget_filter, actor_id);
    positions = _aict_query_run (self, AICT_TARGET_BUDGETS, budget_filter, NULL);
    profile->budgets = _aict_query_store (index, AICT_TARGET_BUDGETS, positions);
    g_clear_pointer (&positions, g_array_unref);
  }

  positions = sorted_union (index, AICT_TARGET_PERSONS, AICT_DIM_ACTOR, family);
  profile->staff = _aict_query_store (index, AICT_TARGET_PERSONS, positions);
  g_clear_pointer (&positions, g_array_unref);

  staff_ids = g_hash_table_new (g_str_hash, g_str_equal);
  n_staff = g_list_model_get_n_items (profile->staff);
  for (guint i = 0; i < n_staff; i++)
    {
      g_autoptr(AictEntity) person = g_list_model_get_item (profile->staff, i);

      g_hash_table_add (staff_ids, (gpointer) aict_entity_get_id (person));
    }

  /* Meetings: organised or represented (indexed), or attended by one of
   * its people (checked here, on the attendance lists). */
  meetings = sorted_union (index, AICT_TARGET_MEETINGS, AICT_DIM_ACTOR, family);
  meeting_items = index->targets[AICT_TARGET_MEETINGS].items;
  contributions = g_list_store_new (AICT_TYPE_CONTRIBUTION);
  for (guint m = 0; m < meeting_items->len; m++)
    {
      AictMeeting *meeting = g_ptr_array_index (meeting_items, m);
      GPtrArray *attendance = _aict_meeting_peek_attendance (meeting);
      GListModel *said = _aict_meeting_peek_contributions (meeting);
      guint n_said = g_list_model_get_n_items (said);
      gboolean attended = FALSE;

      for (guint a = 0; attendance != NULL && a < attendance->len && !attended; a++)
        attended = in_set (staff_ids, aict_attendance_get_person_id (g_ptr_array_index (attendance, a)));
      if (attended)
        g_array_append_val (meetings, m);

      for (guint c = 0; c < n_said; c++)
        {
          g_autoptr(AictContribution) contribution = g_list_model_get_item (said, c);

          if (in_set (family_ids, aict_contribution_get_actor_id (contribution)) ||
              in_set (staff_ids, aict_contribution_get_person_id (contribution)))
            g_list_store_append (contributions, contribution);
        }
    }
  _aict_positions_sort_unique (meetings);
  profile->meetings = _aict_query_store (index, AICT_TARGET_MEETINGS, meetings);
  profile->contributions = G_LIST_MODEL (contributions);

  owned = sorted_union (index, AICT_TARGET_OUTCOMES, AICT_DIM_OWNER, family);
  actions = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < owned->len; i++)
    {
      guint position = g_array_index (owned, guint, i);
      AictOutcome *outcome = g_ptr_array_index (index->targets[AICT_TARGET_OUTCOMES].items, position);

      if (aict_outcome_get_kind (outcome) == AICT_OUTCOME_KIND_ACTION)
        g_array_append_val (actions, position);
    }
  profile->actions = _aict_query_store (index, AICT_TARGET_OUTCOMES, actions);

  return profile;
}

/**
 * aict_actor_profile_get_actor: (get-property actor)
 * @self: an [class@Aict.ActorProfile]
 *
 * Gets the actor profiled.
 *
 * Returns: (transfer none): the actor profiled
 *
 * Since: 0.1
 */
AictActor *
aict_actor_profile_get_actor (AictActorProfile *self)
{
  g_return_val_if_fail (AICT_IS_ACTOR_PROFILE (self), NULL);
  return self->actor;
}

#define PROFILE_LIST(name, what) \
  GListModel * \
  aict_actor_profile_get_##name (AictActorProfile *self) \
  { \
    g_return_val_if_fail (AICT_IS_ACTOR_PROFILE (self), NULL); \
    return self->name; \
  }

/**
 * aict_actor_profile_get_units: (get-property units)
 * @self: an [class@Aict.ActorProfile]
 *
 * Gets its units, a [iface@Gio.ListModel] of [class@Aict.Actor].
 *
 * Returns: (transfer none): its units, a [iface@Gio.ListModel] of
 *   [class@Aict.Actor]
 *
 * Since: 0.1
 */
PROFILE_LIST (units, "units")

/**
 * aict_actor_profile_get_partnerships: (get-property partnerships)
 * @self: an [class@Aict.ActorProfile]
 *
 * Gets the partnerships it or its units take part in, a
 * [iface@Gio.ListModel] of [class@Aict.Partnership].
 *
 * Returns: (transfer none): the partnerships it or its units take part
 *   in, a [iface@Gio.ListModel] of [class@Aict.Partnership]
 *
 * Since: 0.1
 */
PROFILE_LIST (partnerships, "partnerships")

/**
 * aict_actor_profile_get_budgets: (get-property budgets)
 * @self: an [class@Aict.ActorProfile]
 *
 * Gets its budget lines and those of its partnerships, a
 * [iface@Gio.ListModel] of [class@Aict.Budget].
 *
 * Returns: (transfer none): its budget lines and those of its
 *   partnerships, a [iface@Gio.ListModel] of [class@Aict.Budget]
 *
 * Since: 0.1
 */
PROFILE_LIST (budgets, "budgets")

/**
 * aict_actor_profile_get_staff: (get-property staff)
 * @self: an [class@Aict.ActorProfile]
 *
 * Gets its people, a [iface@Gio.ListModel] of [class@Aict.Person].
 *
 * Returns: (transfer none): its people, a [iface@Gio.ListModel] of
 *   [class@Aict.Person]
 *
 * Since: 0.1
 */
PROFILE_LIST (staff, "staff")

/**
 * aict_actor_profile_get_meetings: (get-property meetings)
 * @self: an [class@Aict.ActorProfile]
 *
 * Gets the meetings it organised or attended, a [iface@Gio.ListModel] of
 * [class@Aict.Meeting].
 *
 * Returns: (transfer none): the meetings it organised or attended, a
 *   [iface@Gio.ListModel] of [class@Aict.Meeting]
 *
 * Since: 0.1
 */
PROFILE_LIST (meetings, "meetings")

/**
 * aict_actor_profile_get_actions: (get-property actions)
 * @self: an [class@Aict.ActorProfile]
 *
 * Gets the follow-up actions it owns, across meetings, a
 * [iface@Gio.ListModel] of [class@Aict.Outcome].
 *
 * Returns: (transfer none): the follow-up actions it owns, across
 *   meetings, a [iface@Gio.ListModel] of [class@Aict.Outcome]
 *
 * Since: 0.1
 */
PROFILE_LIST (actions, "actions")

/**
 * aict_actor_profile_get_contributions: (get-property contributions)
 * @self: an [class@Aict.ActorProfile]
 *
 * Gets what it or its people said at meetings, a [iface@Gio.ListModel] of
 * [class@Aict.Contribution].
 *
 * Returns: (transfer none): what it or its people said at meetings, a
 *   [iface@Gio.ListModel] of [class@Aict.Contribution]
 *
 * Since: 0.1
 */
PROFILE_LIST (contributions, "contributions")
